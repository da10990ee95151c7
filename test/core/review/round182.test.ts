/**
 * Review probe round 182: a standard × count above funds the goal calls a share (or a standard every level pays) is
 * no alarm; feed crops and a rotation's crop are no other produce, and more local produce is known; a standard pairs
 * with the count its words name among several of one unit; a count well above the goal's figure for it, and parts
 * (其中) adding to more than their total, are said.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, gradeOf, rows, withGoal } from "./probeTables";

/** 旬邑's packed table: 1000元/生·年 × 2600人 = 260万元 against 65万元, with `goal`. */
const xunyi = (goal: string, funds = "65"): CellValue[][] => [
  ["主管部门", "项目名称", "预算金额（万元）", "绩效目标", "绩效指标"],
  [
    "旬邑县教育局",
    "2025年旬邑县学前教育幼儿资助项目",
    funds,
    goal,
    "产出指标：资助幼儿人数≥2600人；资助标准1000元/生·年；资助对象认定准确率100%；资助资金发放时间2025年11月底前。效益指标：因贫失学幼儿0人。满意度指标：受助幼儿家长满意度≥95%。",
  ],
];

describe("round 182 FA1: COST-OVER-BUDGET is silent where the goal says the funds are one level's share", () => {
  it.each([
    "按每生每年1000元标准资助家庭经济困难幼儿2600人。资助资金由中央、省、市、县按比例分担，本项目为县级承担部分（25%），中央和省市资金另行下达。",
    "按每生每年1000元标准资助家庭经济困难幼儿2600人，县级承担25%。",
    "资助家庭经济困难幼儿2600人，本级配套资金65万元。",
    "自2025年9月起按每生每年1000元标准资助家庭经济困难幼儿2600人。",
    "秋季学期资助家庭经济困难幼儿2600人，每生每年1000元。",
  ])("%s — nothing", (goal) => {
    expect(codes(xunyi(goal), "COST-OVER-BUDGET")).toEqual([]);
  });
  it("the same table with no share said still warns, and its fix rounds the count (约650人)", () => {
    const f = codes(xunyi("按每生每年1000元标准资助家庭经济困难幼儿2600人。"), "COST-OVER-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("只能保障约650人");
  });
  it("旬邑学前, its share said, grades 优", () => {
    expect(
      gradeOf(
        xunyi(
          "按每生每年1000元标准资助家庭经济困难幼儿2600人。资助资金由中央、省、市、县按比例分担，本项目为县级承担部分（25%），中央和省市资金另行下达。",
        ),
      ).grade,
    ).toBe("优");
  });
});

/** 邻水's packed 基本公卫: 94元/人·年 × 78万人 = 7332万元 against 1860万元. */
const linshui = (standard: string, goal: string): CellValue[][] => [
  ["主管部门", "项目名称", "预算金额（万元）", "绩效目标", "绩效指标"],
  [
    "邻水县卫生健康局",
    "邻水县2025年基本公共卫生服务项目",
    "1860",
    goal,
    `产出指标：高血压患者规范管理率≥65%；居民电子健康档案建档率≥90%；${standard}94元/人·年；服务常住人口≥78万人；资金拨付时间2025年11月底前。效益指标：居民健康素养水平≥28%。满意度指标：居民满意度≥85%。`,
  ],
];

describe("round 182 FA2: a 基本公卫 standard, or one the goal calls 财政补助标准, is every level's", () => {
  it("人均基本公共卫生服务经费补助标准 — nothing", () => {
    expect(
      codes(
        linshui(
          "人均基本公共卫生服务经费补助标准",
          "为全县常住人口提供基本公共卫生服务，高血压患者规范管理率达到65%。",
        ),
        "COST-OVER-BUDGET",
      ),
    ).toEqual([]);
  });
  it("补助标准 beside a goal saying 人均财政补助标准94元 — nothing", () => {
    expect(
      codes(
        linshui(
          "服务经费补助标准",
          "为全县常住人口提供服务，人均财政补助标准94元，高血压患者规范管理率达到65%。",
        ),
        "COST-OVER-BUDGET",
      ),
    ).toEqual([]);
  });
  it("a 服务经费补助标准 with no share said warns, the count it pays for rounded (约19.8万人)", () => {
    const f = codes(linshui("服务经费补助标准", "为全县常住人口提供服务。"), "COST-OVER-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("只能保障约19.8万人");
  });
});

/** 会宁's rows table (no goal column): 基础母牛, 犊牛 and the cattle's 青贮玉米. */
const huining: [string, string, string, string][] = [
  ["产出指标", "数量指标", "新增基础母牛存栏", "≥2000头"],
  ["产出指标", "数量指标", "种植青贮玉米面积", "≥1.2万亩"],
  ["产出指标", "数量指标", "全株青贮玉米收贮量", "≥6万吨"],
  ["产出指标", "质量指标", "犊牛繁育成活率", "≥92%"],
  ["产出指标", "时效指标", "母牛补栏完成时间", "2025年10月底前"],
  ["成本指标", "经济成本指标", "每头基础母牛补助", "≤3000元/头"],
  ["效益指标", "经济效益指标", "养殖户户均增收", "≥3000元"],
  ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
];

describe("round 182 FA3: a cattle project's 母牛/犊牛 are its cattle, 青贮玉米 their feed", () => {
  it("会宁县肉牛产业发展 — nothing, graded 优", () => {
    const g = rows("会宁县2025年肉牛产业发展项目", huining);
    expect(codes(g, "OTHER-PRODUCT")).toEqual([]);
    expect(gradeOf(g).grade).toBe("优");
  });
  it("feed crops never count as another produce, whatever the cattle lines say", () => {
    const body = huining.map(
      ([a, b, c, d]) =>
        [a, b, c.replace(/基础母牛|母牛|犊牛/, "能繁"), d] as [string, string, string, string],
    );
    expect(codes(rows("会宁县2025年肉牛产业发展项目", body), "OTHER-PRODUCT")).toEqual([]);
  });
  const corn: [string, string, string, string][] = [
    ["产出指标", "数量指标", "玉米种植面积", "≥1.2万亩"],
    ["产出指标", "质量指标", "玉米良种覆盖率", "≥95%"],
    ["效益指标", "经济效益指标", "养殖户户均增收", "≥3000元"],
    ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
  ];
  it("with no goal written, two lines of another crop are too little; with a goal saying neither, they are enough", () => {
    expect(codes(rows("会宁县2025年肉牛产业发展项目", corn), "OTHER-PRODUCT")).toEqual([]);
    expect(
      codes(withGoal("会宁县2025年肉牛产业发展项目", "种植玉米1.2万亩，带动增收。", corn), "OTHER-PRODUCT"),
    ).toHaveLength(1);
  });
});

describe("round 182 FA4: 再生稻, 中稻, 稻谷 and a 稻油 rotation are a rice project's own", () => {
  it("仙桃市水稻绿色高质高效创建 — nothing", () => {
    const g = rows("仙桃市2025年水稻绿色高质高效创建项目", [
      ["产出指标", "数量指标", "再生稻、优质中稻示范片面积", "≥2万亩"],
      ["产出指标", "数量指标", "稻油轮作油菜种植面积", "≥1.5万亩"],
      ["产出指标", "质量指标", "统防统治覆盖率", "≥60%"],
      ["产出指标", "时效指标", "示范片建设完成时间", "2025年9月底前"],
      ["产出指标", "成本指标", "示范片亩均物化补助", "≤100元/亩"],
      ["效益指标", "经济效益指标", "示范片稻谷亩均增产", "≥30公斤"],
      ["效益指标", "经济效益指标", "油菜籽亩均增产", "≥10公斤"],
      ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ]);
    expect(codes(g, "OTHER-PRODUCT")).toEqual([]);
    expect(gradeOf(g).grade).toBe("优");
  });
});

describe("round 182 M1: local produce (橡胶, 咖啡, 石斛 …) is known to OTHER-PRODUCT", () => {
  const tea: [string, string, string, string][] = [
    ["产出指标", "数量指标", "改造低产茶园面积", "≥1.5万亩"],
    ["产出指标", "数量指标", "建设生态茶园示范基地", "≥3个"],
    ["产出指标", "质量指标", "茶叶农残抽检合格率", "100%"],
    ["产出指标", "时效指标", "项目完成时间", "2025年12月底前"],
    ["效益指标", "经济效益指标", "茶农人均增收", "≥500元"],
    ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"],
  ];
  const goal = "改造低产茶园1.5万亩，建设生态茶园示范基地3个，带动茶农增收。";
  it("勐腊县天然橡胶产业提质增效, all 茶园 and 茶农: OTHER-PRODUCT", () => {
    const f = codes(withGoal("勐腊县2025年天然橡胶产业提质增效项目", goal, tea), "OTHER-PRODUCT");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("“橡胶”");
    expect(f[0].message.zh).toContain("“茶”");
  });
  it("a 橡胶 project whose lines say 胶园 and 割胶 — nothing", () => {
    const own = tea.map(
      ([a, b, c, d], i) =>
        [a, b, i === 0 ? "胶园更新改造面积" : i === 2 ? "割胶技术培训合格率" : c, d] as [
          string,
          string,
          string,
          string,
        ],
    );
    expect(codes(withGoal("勐腊县2025年天然橡胶产业提质增效项目", goal, own), "OTHER-PRODUCT")).toEqual([]);
  });
  it("石榴籽 of 民族团结 is no 石榴", () => {
    expect(codes(withGoal("2025年石榴籽家园建设项目", goal, tea), "OTHER-PRODUCT")).toEqual([]);
  });
});

/** 贵德's packed table: the copied ≥420万亩 / ≥560万亩 against its own goal's 160 / 210万亩, funds 1200万元. */
const guide = (lines: string, goal: string): CellValue[][] => [
  ["项目名称", "预算单位", "预算金额（万元）", "绩效目标", "绩效指标"],
  ["贵德县2025年草原生态保护补助奖励项目", "贵德县农牧和科技局", "1200", goal, lines],
];
const guideLines =
  "1、产出指标：禁牧面积，≥420万亩；草畜平衡面积，≥560万亩；禁牧补助标准，7.5元/亩·年；补奖资金兑付准确率，100%；资金兑付时间，2025年11月底前。2、效益指标：草原综合植被盖度，≥52%；受益牧户户均增收，≥2000元。3、满意度指标：牧户满意度，≥90%。";
const guideGoal = "对全县160万亩禁牧草原发放禁牧补助，落实草畜平衡210万亩，草原综合植被盖度稳定在50%以上。";

describe("round 182 M2: the copied 420万亩 against the goal's 160 / 210万亩 and 1200万元", () => {
  it("禁牧补助标准 pairs with 禁牧面积 among two counts in 亩: COST-OVER-BUDGET (约160万亩)", () => {
    const f = codes(guide(guideLines, guideGoal), "COST-OVER-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("“禁牧面积 ≥420万亩”");
    expect(f[0].fix?.zh).toContain("只能保障约160万亩");
  });
  it("a standard whose words every count shares pairs with none (危房改造补助标准 over 危房改造户数 and its parts)", () => {
    const g = rows("某县2025年农村危房改造项目", [
      ["产出指标", "数量指标", "危房改造户数", "≥120户"],
      ["产出指标", "数量指标", "危房改造验收户数", "≥100户"],
      ["产出指标", "成本指标", "危房改造户均补助标准", "3万元/户"],
      ["效益指标", "社会效益指标", "住房安全鉴定合格率", "100%"],
    ]);
    g[0].push("预算金额（万元）");
    g[1].push("100");
    expect(codes(g, "COST-OVER-BUDGET")).toEqual([]);
  });
  it("草畜平衡面积 ≥560万亩 against the goal's 草畜平衡210万亩: GOAL-FIGURE (2.7倍)", () => {
    const f = codes(guide(guideLines, guideGoal), "GOAL-FIGURE");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("目标写210万亩");
    expect(f[0].message.zh).toContain("2.7倍");
    expect(f[0].fix?.zh).toContain("≥210万亩");
  });
  it.each([
    ["a little above (≥250万亩 against 210万亩)", guideLines.replace("≥560万亩", "≥250万亩")],
    ["a running total (累计草畜平衡面积)", guideLines.replace("草畜平衡面积", "累计草畜平衡面积")],
  ])("%s — no GOAL-FIGURE", (_, lines) => {
    expect(codes(guide(lines, guideGoal), "GOAL-FIGURE")).toEqual([]);
  });
  it("贵德 alone (no INDICATOR-COPY) is no longer 优 100: 中 80 (two warnings, 3150万元 against 1200万元)", () => {
    expect(gradeOf(guide(guideLines, guideGoal))).toMatchObject({ grade: "中", score: 80 });
  });
});

/** 怀远's form: 危房改造户数 ≥120户 over 其中 C级 `c` and D级 `d`. */
const huaiyuan = (c: string, d: string, mark = "其中："): CellValue[][] => [
  ["项目支出绩效目标申报表", null, null, null],
  ["项目名称", "怀远县2025年农村危房改造项目", "实施单位", "怀远县住房和城乡建设局"],
  ["项目资金（万元）", "年度资金总额", "270", null],
  ["年度绩效目标", "对全县120户农村低收入群体危房实施改造。", null, null],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "危房改造户数", "≥120户"],
  [null, null, `${mark}C级危房加固户数`, c],
  [null, null, `${mark}D级危房拆除重建户数`, d],
  [null, "质量指标", "竣工验收合格率", "100%"],
  [null, "时效指标", "改造完成时间", "2025年10月底前"],
  [null, "成本指标", "D级危房户均补助标准", "3万元/户"],
  [null, null, "C级危房户均补助标准", "1.5万元/户"],
  ["效益指标", "社会效益指标", "改造后农户住房安全鉴定合格率", "100%"],
  ["满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%"],
];

describe("round 182 M3: PARTS-OVER-TOTAL — 其中 lines adding up to more than their total", () => {
  it("80 + 60 = 140户 over 危房改造户数 ≥120户: a warning at the first part, no longer 优", () => {
    const g = huaiyuan("≥80户", "≥60户");
    const f = codes(g, "PARTS-OVER-TOTAL");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.zh).toContain("合计 140户");
    expect(f[0].message.zh).toContain("“危房改造户数 ≥120户”");
    expect(gradeOf(g).grade).toBe("良");
  });
  it.each([
    ["parts that fit (70 + 50)", huaiyuan("≥70户", "≥50户")],
    ["lines not written as parts", huaiyuan("≥80户", "≥60户", "")],
    ["a part in another unit (≥60%)", huaiyuan("≥80户", "≥60%")],
  ])("%s — nothing", (_, g) => {
    expect(codes(g, "PARTS-OVER-TOTAL")).toEqual([]);
  });
  it("C级危房户均补助标准 pairs with its own C级 count (80 × 1.5万 = 120万 within 270万)", () => {
    expect(codes(huaiyuan("≥80户", "≥60户"), "COST-OVER-BUDGET")).toEqual([]);
    const g = huaiyuan("≥80户", "≥60户");
    g[2][2] = "100";
    // D级 3万元 × 60户 = 180万元 and C级 1.5万元 × 80户 = 120万元 against 100万元: each said.
    expect(codes(g, "COST-OVER-BUDGET").map((x) => x.indicator)).toEqual([
      "D级危房户均补助标准",
      "C级危房户均补助标准",
    ]);
  });
});

describe("round 182: a 低保标准 is a line made up to, not paid whole per head", () => {
  it("农村牧区低保标准 7560元/人·年 × 9800人 against 3860万元 — nothing (the gap is paid)", () => {
    const g = rows("城乡居民最低生活保障资金", [
      ["产出指标", "数量指标", "农村牧区低保保障人数", "≥9800人"],
      ["产出指标", "成本指标", "农村牧区低保标准", "≥7560元/人·年"],
      ["效益指标", "社会效益指标", "应保尽保率", "100%"],
    ]);
    g[0].push("预算金额（万元）");
    g[1].push("3860");
    expect(codes(g, "COST-OVER-BUDGET")).toEqual([]);
  });
});

/** 仙桃's 园林 rows: a percentage for its area, 控制在预算内 for its cost, 是 for its effects. */
const yuanlin = (effects: [string, string, string, string][], goal = "养护城区绿地，提升城市环境。") =>
  withGoal("仙桃市2025年城区园林绿化养护项目", goal, [
    ["产出指标", "数量指标", "绿化养护面积", "100%"],
    ["产出指标", "质量指标", "苗木成活率", "≥98%"],
    ["产出指标", "时效指标", "养护及时率", "100%"],
    ["产出指标", "成本指标", "养护经费", "控制在预算内"],
    ...effects,
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
  ]);

describe("round 182 fixes: a green-space project's examples are its own", () => {
  const g = yuanlin([["效益指标", "生态效益指标", "绿化覆盖率是否提高", "是"]]);
  it("COST-BUDGET asks a cost per 平方米 of green space, not per 吨 of rubbish", () => {
    const f = codes(g, "COST-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("每平方米绿地年养护成本");
    expect(f[0].fix?.zh).not.toContain("垃圾");
  });
  it("COMPLETE-OUTPUT-DETAIL asks the green space tended, not devices or lamps", () => {
    const f = codes(g, "COMPLETE-OUTPUT-DETAIL");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("绿地面积");
    expect(f[0].fix?.zh).not.toContain("路灯");
  });
  it("VAGUE on 绿化覆盖率是否提高 | 是 names the rate and rises by points", () => {
    const f = codes(g, "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("绿化覆盖率较上年提高 ≥1个百分点");
  });
});

describe("round 182 fixes: VAGUE offers the goal's growth of a sum (旅游收入增长15%)", () => {
  it("旅游综合收入 | 显著 → 较上年增长 ≥15%", () => {
    const g = withGoal(
      "昭苏县2025年冬季旅游宣传推广项目",
      "举办冰雪旅游节1届，赴疆内外开展旅游推介8场，全年接待游客突破150万人次，旅游收入增长15%。",
      [
        ["产出指标", "数量指标", "开展旅游推介活动", "≥8场"],
        ["产出指标", "时效指标", "冰雪旅游节举办时间", "2025年12月"],
        ["效益指标", "经济效益指标", "旅游综合收入", "显著"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"],
      ],
    );
    const f = codes(g, "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("“旅游综合收入 较上年增长 ≥15%”（绩效目标所写）");
  });
});

/** A packed single-row table (主管部门 | 项目名称 | 预算金额 | 绩效目标 | 绩效指标). */
const packed = (unit: string, name: string, funds: string, goal: string, lines: string): CellValue[][] => [
  ["主管部门", "项目名称", "预算金额（万元）", "绩效目标", "绩效指标"],
  [unit, name, funds, goal, lines],
];

describe("round 182 minor: a named group's training asks its trainees; 就业 beside 选聘护林员 restates it", () => {
  it("退役军人就业创业培训 | 群众满意度: SATISFACTION-SUBJECT (就业创业 no longer makes it the public's)", () => {
    const g = packed(
      "五河县退役军人事务局",
      "五河县2025年退役军人就业创业培训项目",
      "45",
      "组织退役军人开展职业技能培训300人次，培训后就业率达到70%以上。",
      "产出指标：培训退役军人≥300人次；培训合格率≥90%；培训完成时间2025年11月底前；人均培训成本≤1500元/人次。效益指标：培训后就业率≥70%。满意度指标：群众满意度≥90%。",
    );
    expect(codes(g, "SATISFACTION-SUBJECT")).toHaveLength(1);
    g[1][1] = "五河县2025年城乡劳动力就业创业培训项目";
    expect(codes(g, "SATISFACTION-SUBJECT")).toEqual([]);
  });
  it("带动脱贫人口就业 ≥320人 beside 选聘生态护林员 ≥320人: CATEGORY-MISMATCH", () => {
    const g = packed(
      "察布查尔县林业和草原局",
      "察布查尔县2025年生态护林员补助项目",
      "320",
      "选聘生态护林员320名，每人每年补助1万元，管护森林面积45万亩。",
      "产出指标：选聘生态护林员≥320人；管护森林面积≥45万亩；护林员巡护到岗率≥95%；补助资金按季度发放；护林员补助标准1万元/人·年。效益指标：森林火灾受害率≤0.9‰；带动脱贫人口就业≥320人。满意度指标：护林员满意度≥90%。",
    );
    const f = codes(g, "CATEGORY-MISMATCH");
    expect(f.map((x) => x.indicator)).toEqual(["带动脱贫人口就业"]);
  });
});

describe("round 182 grades: two findings a reviewer counts as 中 at best", () => {
  it("OTHER-PRODUCT (勐腊 橡胶 named, 茶园 measured): 中, not 良", () => {
    const g = withGoal(
      "勐腊县2025年天然橡胶产业提质增效项目",
      "改造低产茶园1.5万亩，建设生态茶园示范基地3个，带动茶农增收。",
      [
        ["产出指标", "数量指标", "改造低产茶园面积", "≥1.5万亩"],
        ["产出指标", "数量指标", "建设生态茶园示范基地", "≥3个"],
        ["产出指标", "质量指标", "茶叶农残抽检合格率", "100%"],
        ["产出指标", "时效指标", "项目完成时间", "2025年12月底前"],
        ["效益指标", "经济效益指标", "茶农人均增收", "≥500元"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"],
      ],
    );
    expect(gradeOf(g).grade).toBe("中");
  });
  it("a standard × count more than twice the funds, unexplained (260万元 against 65万元): 中", () => {
    const g = xunyi("按每生每年1000元标准资助家庭经济困难幼儿2600人。");
    expect(gradeOf(g)).toMatchObject({ grade: "中", score: 90 });
  });
  it("twice exactly (260万元 against 130万元, 霍城's 2000元 × 1800 against 180万元): 良 as before", () => {
    expect(gradeOf(xunyi("按每生每年1000元标准资助家庭经济困难幼儿2600人。", "130")).grade).toBe("良");
  });
});
