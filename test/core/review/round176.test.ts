/**
 * Review probe round 176: the place whose goal or funds state copied lines wrote them (INDICATOR-COPY a hint there);
 * a goal copied with every line is owned by the name it fits; a standard times its count above the funds; 安全感 and
 * its kin are survey rates; a count before its noun in a clause of two figures; weights that do not add up to 100;
 * fixes worded as a reviewer writes them.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { codes, findingsOf, gradeOf, rows, withGoals } from "./probeTables";

/** 喀什's packed 分县 table: 疏勒 wrote 3200人 (its goal, 320万元 ÷ 1000元), 伽师 copied it (4100人, 410万元). */
const kashi = (shuleGoal: string, jiashiGoal: string): CellValue[][] => {
  const lines =
    "1、产出指标：资助幼儿人数≥3200人；资助对象认定准确率100%；资助资金发放及时率100%；资助标准1000元/生·年。2、效益指标：适龄幼儿毛入园率≥95%。3、满意度指标：受助幼儿家长满意度≥90%。";
  return [
    ["喀什地区2025年学前教育幼儿资助项目绩效目标（分县）"],
    ["县市", "项目名称", "资金（万元）", "绩效目标", "绩效指标"],
    ["疏勒县", "疏勒县2025年学前教育幼儿资助项目", "320", shuleGoal, lines],
    ["伽师县", "伽师县2025年学前教育幼儿资助项目", "410", jiashiGoal, lines],
  ];
};

describe("round 176 FA2: INDICATOR-COPY is a hint for the place whose own figures the copied lines state", () => {
  it("疏勒's goal says 3200人: 疏勒 an info naming 伽师, 伽师 the warning", () => {
    const f = findingsOf(
      kashi("资助在园幼儿3200人，每生每年1000元。", "资助在园幼儿4100人，每生每年1000元。"),
    ).filter((x) => x.code === "INDICATOR-COPY");
    expect(f.map((x) => [x.project, x.severity])).toEqual([
      ["疏勒县2025年学前教育幼儿资助项目", "info"],
      ["伽师县2025年学前教育幼儿资助项目", "warning"],
    ]);
    expect(f[0].message.zh).toContain("“伽师县”");
    expect(f[0].fix?.zh).toContain("无需修改");
  });
  it("no goal figure: 320万元 ÷ 1000元/生·年 = 3200 tells the owner too", () => {
    const f = codes(kashi("资助家庭经济困难在园幼儿。", "资助家庭经济困难在园幼儿。"), "INDICATOR-COPY");
    expect(f.map((x) => x.severity)).toEqual(["info", "warning"]);
    expect(f[0].message.zh).toContain("资金和补助标准");
  });
  it("neither place's goal or funds state it: both are warned, as before", () => {
    const g = kashi("资助家庭经济困难在园幼儿。", "资助家庭经济困难在园幼儿。");
    g[2][2] = "380";
    expect(codes(g, "INDICATOR-COPY").map((x) => x.severity)).toEqual(["warning", "warning"]);
  });
  it("疏勒, with only the copier's fault said of it, grades 优", () => {
    const g = kashi("资助在园幼儿3200人，每生每年1000元。", "资助在园幼儿4100人，每生每年1000元。");
    expect(gradeOf(g, 0).grade).toBe("优");
  });
});

/** 麻城's 福白菊 goal and lines, copied whole into 英山's tea project. */
const fubaiju: [string, string, string, string][] = [
  ["产出指标", "数量指标", "新建福白菊标准化种植基地", "≥2000亩"],
  ["产出指标", "数量指标", "建设菊花烘干生产线", "≥5条"],
  ["产出指标", "质量指标", "基地建设验收合格率", "≥95%"],
  ["产出指标", "时效指标", "项目完成时间", "2025年10月底前"],
  ["产出指标", "成本指标", "亩均建设成本", "≤4000元/亩"],
  ["效益指标", "经济效益指标", "种植户户均增收", "≥3000元"],
  ["效益指标", "社会效益指标", "带动种植户数", "≥1500户"],
  ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
];
const fubaijuGoal = "新建福白菊标准化种植基地2000亩，建设菊花烘干生产线5条，带动1500户种植户户均增收3000元。";

describe("round 176 M4: a goal copied with every line is owned by the name it fits", () => {
  const g = withGoals([
    ["麻城市2025年福白菊产业发展项目", fubaijuGoal, fubaiju],
    ["英山县2025年茶产业发展项目", fubaijuGoal, fubaiju],
  ]);
  it("the figures tie: 福白菊 in 麻城's name makes 麻城 the owner, 英山 the copier (GOAL-COPY)", () => {
    const f = codes(g, "GOAL-COPY");
    expect(f.map((x) => [x.project, x.severity])).toEqual([
      ["麻城市2025年福白菊产业发展项目", "info"],
      ["英山县2025年茶产业发展项目", "warning"],
    ]);
    expect(f[1].message.zh).toContain("“麻城市2025年福白菊产业发展项目”的内容");
  });
  it("and INDICATOR-COPY the same way", () => {
    expect(codes(g, "INDICATOR-COPY").map((x) => [x.project, x.severity])).toEqual([
      ["麻城市2025年福白菊产业发展项目", "info"],
      ["英山县2025年茶产业发展项目", "warning"],
    ]);
  });
  it("names that fit the goal alike (neither) leave no owner", () => {
    const h = withGoals([
      ["甲县2025年特色产业发展项目", fubaijuGoal, fubaiju],
      ["乙县2025年特色产业发展项目", fubaijuGoal, fubaiju],
    ]);
    expect(codes(h, "GOAL-COPY").map((x) => x.severity)).toEqual(["warning", "warning"]);
  });
});

describe("round 176 M4 (optional): a project named for one produce whose lines name another", () => {
  const grid = (name: string, body: [string, string, string, string][], goal = fubaijuGoal) =>
    withGoals([[name, goal, body]]);
  const asked = (who: string) =>
    fubaiju.map(
      ([a, b, c, d]) => [a, b, c === "种植户满意度" ? who : c, d] as [string, string, string, string],
    );
  it("英山县茶产业发展 whose goal and lines are 福白菊 and 菊花 (茶农满意度 aside): OTHER-PRODUCT", () => {
    const f = codes(grid("英山县2025年茶产业发展项目", asked("茶农满意度")), "OTHER-PRODUCT");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("“茶”");
    expect(f[0].message.zh).toContain("新建福白菊标准化种植基地");
  });
  it.each([
    ["麻城市2025年福白菊产业发展项目", fubaiju, fubaijuGoal],
    ["英山县2025年茶产业发展项目", fubaiju, "新建标准化茶园2000亩，配套建设菊花烘干生产线5条。"],
    [
      "茶陵县2025年农村公路养护项目",
      [
        ["产出指标", "数量指标", "养护农村公路里程", "≥860公里"],
        ["产出指标", "数量指标", "沿线种植菊花示范带", "≥12公里"],
        ["效益指标", "社会效益指标", "沿线菊花观赏游客", "≥2万人次"],
      ] as [string, string, string, string][],
      "养护农村公路860公里。",
    ],
    ["英山县2025年茶菊产业发展项目", fubaiju, fubaijuGoal],
  ])(
    "%s: its own produce named, or the place's 茶 or two kinds in the name — nothing",
    (name, body, goal) => {
      expect(codes(grid(name, body, goal), "OTHER-PRODUCT")).toEqual([]);
    },
  );
});

/** 玉树's form: 8500人 × 5元/生·天 × 200天 = 850万元 against `funds` 万元. */
const yushu = (funds: string, standard = "营养膳食补助标准", count = "受益学生人数"): CellValue[][] => [
  ["项目支出绩效目标表"],
  ["项目名称", "玉树市2025年牧区寄宿制学校学生营养改善计划", null, null, null],
  ["主管部门及代码", "玉树市教育局", null, "实施单位", "玉树市教育局"],
  ["项目资金（万元）", "年度资金总额", funds, null, null],
  ["年度目标", "为全市8500名寄宿制学校学生提供营养膳食补助，每生每天5元，全年在校200天。", null, null, null],
  ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
  ["产出指标", "数量指标", count, "≥8500", "人"],
  [null, null, "在校供餐天数", "≥200", "天"],
  [null, "质量指标", "营养膳食抽检合格率", "≥98", "%"],
  [null, "时效指标", "补助资金拨付时间", "按学期拨付", ""],
  ["成本指标", "经济成本指标", standard, "5", "元/生·天"],
  ["效益指标", "社会效益指标", "学生食品安全事故", "0", "起"],
  ["满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90", "%"],
];

describe("round 176 M1: a standard times its count above the project's funds", () => {
  it("8500人 × 5元/生·天 × 200天 = 850万元 against 500万元: COST-OVER-BUDGET on the standard", () => {
    const f = codes(yushu("500"), "COST-OVER-BUDGET");
    expect(f.map((x) => x.indicator)).toEqual(["营养膳食补助标准"]);
    expect(f[0].message.zh).toContain("850万元");
    expect(f[0].message.zh).toContain("500万元");
    expect(f[0].fix?.zh).toContain("约5000人");
  });
  it.each(["850", "900"])("funds of %s万元 cover it: nothing", (funds) => {
    expect(codes(yushu(funds), "COST-OVER-BUDGET")).toEqual([]);
  });
  it("within a tenth above the funds (850 against 800): nothing", () => {
    expect(codes(yushu("800"), "COST-OVER-BUDGET")).toEqual([]);
  });
  it("a standard several levels pay (人均财政补助标准) is no sum the project's funds hold: nothing", () => {
    expect(codes(yushu("500", "人均财政补助标准"), "COST-OVER-BUDGET")).toEqual([]);
  });
  it("a part's standard (初中) against everyone counted: nothing", () => {
    expect(codes(yushu("500", "营养膳食补助标准（初中）"), "COST-OVER-BUDGET")).toEqual([]);
    expect(
      codes(yushu("500", "营养膳食补助标准（初中）", "受益初中学生人数"), "COST-OVER-BUDGET"),
    ).toHaveLength(1);
  });
  it("per day with no count of days, in the lines or the goal: nothing to multiply by", () => {
    const g = yushu("300");
    g.splice(7, 1);
    g[4][1] = "为全市8500名寄宿制学校学生提供营养膳食补助，每生每天5元。";
    expect(codes(g, "COST-OVER-BUDGET")).toEqual([]);
  });
  it("the goal's 全年在校200天 where no line counts the days (round 185 M3): 850万元 against 300万元", () => {
    const g = yushu("300");
    g.splice(7, 1);
    expect(codes(g, "COST-OVER-BUDGET").map((x) => x.message.zh)).toEqual([
      expect.stringContaining("全年在校200天"),
    ]);
  });
});

describe("round 176 M2: 安全感, 获得感, 幸福感, 认可度 are survey rates, as 满意度 is", () => {
  const grid = (name: string, target: string) =>
    rows("细河区2025年社区网格化服务管理项目", [
      ["产出指标", "数量指标", "网格员培训", "≥200人次"],
      ["产出指标", "质量指标", "网格员到岗率", "≥98%"],
      ["产出指标", "时效指标", "网格事件处置完成时间", "2025年12月底前"],
      ["效益指标", "社会效益指标", name, target],
      ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]);
  it.each(["群众安全感", "居民获得感", "群众幸福感", "群众认可度"])("%s 100%: SATISFACTION-100", (name) => {
    const f = findingsOf(grid(name, "100%"));
    expect(f.filter((x) => x.code === "SATISFACTION-100").map((x) => x.indicator)).toEqual([name]);
    expect(f.filter((x) => x.code === "RATE-100-GE")).toEqual([]);
  });
  it("群众安全感 ≥100%: SATISFACTION-100, not RATE-100-GE", () => {
    const f = findingsOf(grid("群众安全感", "≥100%"));
    expect(f.filter((x) => /SATISFACTION-100|RATE-100-GE/.test(x.code)).map((x) => x.code)).toEqual([
      "SATISFACTION-100",
    ]);
  });
  it("群众安全感 ≥70%: SATISFACTION-LOW", () => {
    expect(codes(grid("群众安全感", "≥70%"), "SATISFACTION-LOW").map((x) => x.indicator)).toEqual([
      "群众安全感",
    ]);
  });
  it.each([
    ["群众安全感", "≥95%"],
    ["群众安全感提升率", "100%"],
    ["安全隐患整改率", "100%"],
  ])("%s %s: no survey finding", (name, target) => {
    expect(findingsOf(grid(name, target)).filter((x) => /SATISFACTION-(100|LOW)/.test(x.code))).toEqual([]);
  });
});

describe("round 176 M3: a count before its noun, in a clause with a figure per 户 after it", () => {
  const grid = (households: string) =>
    withGoals([
      [
        "麻城市2025年福白菊产业发展项目",
        fubaijuGoal,
        fubaiju.map(([a, b, c, d]) => [a, b, c, c === "带动种植户数" ? households : d]),
      ],
    ]);
  it("带动1500户种植户户均增收3000元 against 带动种植户数 ≥1000户: GOAL-FIGURE", () => {
    const f = codes(grid("≥1000户"), "GOAL-FIGURE");
    expect(f.map((x) => x.indicator)).toEqual(["带动种植户数"]);
    expect(f[0].fix?.zh).toContain("≥1500户");
  });
  it("≥1500户: nothing, nor for 种植户户均增收 ≥3000元", () => {
    expect(codes(grid("≥1500户"), "GOAL-FIGURE")).toEqual([]);
  });
});

describe("round 176 M5: weights that do not add up to 100", () => {
  const grid = (weights: (number | string)[], total?: string): CellValue[][] => [
    ["2025年项目支出绩效目标表"],
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "权重（分）"],
    [
      "黄州区2025年中小学校舍维修改造项目",
      "产出指标",
      "数量指标",
      "维修校舍面积",
      "≥1.2万平方米",
      weights[0],
    ],
    [null, null, "质量指标", "工程验收合格率", "100%", weights[1]],
    [null, null, "时效指标", "完工时间", "2025年8月25日前", weights[2]],
    [null, null, "成本指标", "单位面积维修成本", "≤600元/平方米", weights[3]],
    [null, "效益指标", "社会效益指标", "校舍安全隐患整改率", "100%", weights[4]],
    [null, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", weights[5]],
    ...(total ? [["合计", null, null, null, null, total]] : []),
  ];
  it("the weights are carried onto the records", () => {
    const parse = parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid([30, 10, 10, 10, 20, 10]) });
    expect(parse.indicators.map((r) => r.weight?.value)).toEqual([30, 10, 10, 10, 20, 10]);
    expect(parse.indicators[0].weight?.cell).toBe("F3");
  });
  it("30+10+10+10+20+10 = 90 beside a 合计 row of 90: WEIGHT-SUM", () => {
    const f = codes(grid([30, 10, 10, 10, 20, 10], "90"), "WEIGHT-SUM");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("90 分");
    expect(f[0].cell).toBe("F3");
  });
  it.each([
    [[40, 10, 10, 10, 20, 10]],
    [["40分", "10分", "10分", "10分", "20分", "10分"]],
    [[0.4, 0.1, 0.1, 0.1, 0.2, 0.1]],
  ])("weights adding up to a whole (%j): nothing", (weights) => {
    expect(codes(grid(weights, "100"), "WEIGHT-SUM")).toEqual([]);
  });
  it("a row with no weight: the sum is not judged", () => {
    expect(codes(grid([30, 10, 10, 10, 20, ""]), "WEIGHT-SUM")).toEqual([]);
  });
  it("a hint: the project keeps its grade", () => {
    expect(gradeOf(grid([30, 10, 10, 10, 20, 10])).grade).toBe("优");
  });
});

describe("round 176 wording", () => {
  it("COST-BUDGET's worked cost in 万元 from ten thousand on: 260万元 ÷ 46公里 → ≤5.65万元/公里", () => {
    const g = rows("王屋镇2025年旅游公路养护项目", [
      ["产出指标", "数量指标", "养护旅游公路里程", "≥46公里"],
      ["产出指标", "质量指标", "公路优良路率", "≥88%"],
      ["产出指标", "时效指标", "养护完成时间", "2025年12月底前"],
      ["成本指标", "经济成本指标", "公路养护资金", "≤260万元"],
      ["效益指标", "社会效益指标", "接待游客人次", "≥120万人次"],
    ]);
    const f = codes(g, "COST-BUDGET");
    expect(f[0].fix?.zh).toContain("≤5.65万元/公里");
    expect(f[0].fix?.zh).not.toContain("56522");
  });
  it("COST-BUDGET puts a whole budget per the count in the field's unit (800万元 ÷ 2000亩 → 亩均成本 ≤4000元/亩)", () => {
    const g = rows(
      "麻城市2025年福白菊产业发展项目",
      fubaiju.map(([a, b, c, d]) =>
        c === "亩均建设成本"
          ? ([a, b, "项目总投资", "≤800万元"] as [string, string, string, string])
          : [a, b, c, d],
      ),
    );
    const f = codes(g, "COST-BUDGET");
    expect(f[0].fix?.zh).toContain("亩均成本 ≤4000元/亩");
  });
  it("GOAL-FIGURE's fix keeps the indicator's unit: goal 4.2万名, indicator ≥4万人 → ≥4.2万人", () => {
    const g = withGoals([
      [
        "那曲市2025年干部职工冬季取暖补贴",
        "为全市4.2万名干部职工发放冬季取暖补贴，改善取暖条件。",
        [
          ["产出指标", "数量指标", "补贴发放人数", "≥4万人"],
          ["产出指标", "时效指标", "补贴发放时间", "2025年11月底前"],
          ["效益指标", "社会效益指标", "干部职工取暖条件", "明显改善"],
          ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%"],
        ],
      ],
    ]);
    const f = codes(g, "GOAL-FIGURE");
    expect(f[0].fix?.zh).toContain("≥4.2万人");
    expect(f[0].fix?.zh).not.toContain("万名");
  });
  it.each([
    ["阿尔山市2025年森林草原防火装备购置项目", "森林火灾扑救能力提升", "森林火灾"],
    ["安多县2025年农牧民技能培训项目", "农牧民就业技能提升", "取得职业技能证书比例"],
  ])(
    "VAGUE on %s's “%s | 是” offers a measure of the state, not 较上年提高 ≥5%",
    (project, name, measure) => {
      const g = rows(project, [
        ["产出指标", "数量指标", "完成任务", "≥100人次"],
        ["产出指标", "时效指标", "完成时间", "2025年12月底前"],
        ["效益指标", "社会效益指标", name, "是"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]);
      const f = codes(g, "VAGUE").filter((x) => x.indicator === name);
      expect(f[0].fix?.zh).toContain(measure);
      expect(f[0].fix?.zh).not.toContain("较上年提高 ≥5%");
    },
  );
  it("补偿标准 | 按规定执行 under a written 质量指标 is CATEGORY-MISMATCH, as 补贴标准 is", () => {
    const g = rows("汪清县2025年野生动物致害补偿项目", [
      ["产出指标", "数量指标", "野生动物致害补偿案件", "≥150件"],
      ["产出指标", "质量指标", "补偿标准", "按规定执行"],
      ["产出指标", "时效指标", "补偿资金兑付及时率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "受偿群众满意度", "≥90%"],
    ]);
    expect(codes(g, "CATEGORY-MISMATCH").map((x) => x.indicator)).toEqual(["补偿标准"]);
  });
});
