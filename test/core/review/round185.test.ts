/**
 * Review probe round 185 (the sample's packed layout, a row per project): a goal naming one of the places sharing it
 * is that place's, and a goal naming another place of the list is a copy; 否 to a fire is a zero; a deed on its own
 * schedule (日产日清) passes; the goal's day count completes a standard × count; bare counts of work in the packed
 * layout need a unit; more produce is known; a cost named so in the 产出 block is said once.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, findingsOf, gradeOf } from "./probeTables";

const HEAD = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标", "资金（万元）"];

/** One packed row: department, name, goal, indicators, funds. */
const packed = (dept: string, name: string, goal: string, lines: string, funds: number | null = null) => [
  dept,
  dept,
  name,
  goal,
  lines,
  funds,
];

const DIBAO_LINES =
  "1、产出指标：保障低保对象人数，≥1.2万人。2、产出指标：低保资金按月足额发放，是。3、产出指标：动态管理核查覆盖率，100%。4、效益指标：困难群众基本生活，得到保障。5、满意度指标：低保对象满意度，≥90%。";

/** 朔州's 民政 sheet: 平鲁区 filing 朔城区's goal and lines, the place name left in. */
const shuozhou = (goal2: string, lines2 = DIBAO_LINES): CellValue[][] => [
  HEAD,
  packed(
    "朔城区民政局",
    "朔城区城乡低保资金",
    "保障朔城区城乡低保对象约1.2万人基本生活，低保资金按月足额发放。",
    DIBAO_LINES,
    5200,
  ),
  packed("平鲁区民政局", "平鲁区城乡低保资金", goal2, lines2, 1900),
];

describe("round 185 FA1 + M4: a goal naming one of the places sharing it is that place's", () => {
  const grid = shuozhou("保障朔城区城乡低保对象约1.2万人基本生活，低保资金按月足额发放。");
  it("朔城区 gets hints only, 平鲁区 the warnings, told its goal still names 朔城区", () => {
    const f = findingsOf(grid).filter((x) => x.code === "GOAL-COPY" || x.code === "INDICATOR-COPY");
    const of = (p: string) => f.filter((x) => x.project === p).map((x) => [x.code, x.severity]);
    expect(of("朔城区城乡低保资金")).toEqual([
      ["GOAL-COPY", "info"],
      ["INDICATOR-COPY", "info"],
    ]);
    expect(of("平鲁区城乡低保资金")).toEqual([
      ["GOAL-COPY", "warning"],
      ["INDICATOR-COPY", "warning"],
    ]);
    const copier = f.find((x) => x.code === "GOAL-COPY" && x.project === "平鲁区城乡低保资金");
    expect(copier?.message.zh).toContain("目标中仍写着“朔城区”");
  });
  it("朔城区 grades 良, as the reviewer did", () => {
    expect(gradeOf(grid, 0).grade).toBe("良");
  });
  it("a goal naming another district of the list, copied in its own words, is a warning on its own", () => {
    const f = codes(
      shuozhou(
        "保障朔城区城乡低保对象约0.5万人基本生活，低保资金按月足额发放。",
        DIBAO_LINES.replace("≥1.2万人", "≥0.5万人"),
      ),
      "GOAL-COPY",
    );
    expect(f.map((x) => [x.project, x.severity])).toEqual([["平鲁区城乡低保资金", "warning"]]);
    expect(f[0].message.zh).toContain("写的是“朔城区”");
  });
  it.each([
    "与朔城区联合开展低保核查，保障平鲁区城乡低保对象约0.5万人基本生活。",
    "保障城乡低保对象约0.5万人基本生活，参照朔城区、应县做法按月足额发放。",
    "保障城乡低保对象约0.5万人基本生活，朔城区至平鲁区沿线低保户按月足额发放。",
    "保障平鲁区城乡低保对象约0.5万人基本生活，学习朔城区经验。",
  ])("%s — a partner, a list, a route or its own place named: nothing", (goal) => {
    expect(
      codes(shuozhou(goal, DIBAO_LINES.replace("≥1.2万人", "≥0.5万人")), "GOAL-COPY").filter(
        (x) => x.project === "平鲁区城乡低保资金",
      ),
    ).toEqual([]);
  });
});

describe("round 185 FA2: 否 to whether a fire, an epidemic or casualties happened is a zero", () => {
  const fire = (name: string): CellValue[][] => [
    HEAD,
    packed(
      "天门市应急管理局",
      "天门市森林防灭火专项经费",
      "开展森林防火巡护200次以上，确保全年不发生重大森林火灾。",
      `1、产出指标：森林防火巡护次数，≥200次。2、产出指标：巡护完成时间，2025年12月底前。3、效益指标：${name}，否。4、满意度指标：群众满意度，≥90%。`,
    ),
  ];
  it.each(["是否发生重大森林火灾", "是否发生重大动物疫情", "是否发生人员伤亡", "是否发生重大刑事案件"])(
    "%s | 否 — no VAGUE",
    (name) => {
      expect(codes(fire(name), "VAGUE")).toEqual([]);
    },
  );
  it("是否发生重大森林火灾 | 是 is still vague", () => {
    const grid = fire("是否发生重大森林火灾");
    grid[1][4] = String(grid[1][4]).replace("，否。", "，是。");
    expect(codes(grid, "VAGUE")).toHaveLength(1);
  });
});

describe("round 185 bad fix 6: a deed on its own schedule (日产日清) answered 是 passes", () => {
  const grid = (name: string): CellValue[][] => [
    HEAD,
    packed(
      "潜江市城市管理执法局",
      "潜江市城区环卫保洁服务项目",
      "负责城区1260万平方米道路清扫保洁，垃圾日产日清。",
      `1、产出指标：保洁面积，1260万平方米。2、产出指标：道路机械化清扫率，≥85%。3、产出指标：${name}，是。4、成本指标：保洁单价，≤4.2元/平方米·年。5、效益指标：城市市容环境卫生考评得分，≥90分。6、满意度指标：市民满意度，≥90%。`,
    ),
  ];
  it.each(["垃圾日产日清", "垃圾清运日清日结", "道路垃圾随产随清"])(
    "%s | 是 — no VAGUE, graded 优",
    (name) => {
      expect(codes(grid(name), "VAGUE")).toEqual([]);
      expect(gradeOf(grid(name)).grade).toBe("优");
    },
  );
  it("是否日产日清 | 是 still asks", () => {
    expect(codes(grid("是否日产日清"), "VAGUE")).toHaveLength(1);
  });
});

describe("round 185 M1: more produce is known (蓝莓 among 木耳 lines, the goal naming 蓝莓)", () => {
  const grid = (goal: string, lines: string): CellValue[][] => [
    HEAD.slice(0, 5),
    packed("黑河市农业农村局", "黑河市蓝莓产业发展项目", goal, lines).slice(0, 5),
  ];
  const MUER =
    "1、产出指标：扶持黑木耳栽培基地，5个。2、产出指标：新增木耳菌包，≥500万袋。3、效益指标：带动木耳种植户增收，≥2000元/户。4、满意度指标：种植户满意度，≥90%。";
  it("every output and effect about 木耳: OTHER-PRODUCT, the grade 中 at best", () => {
    const g = grid("支持蓝莓种植基地建设，提升产业效益。", MUER);
    const f = codes(g, "OTHER-PRODUCT");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("“木耳”");
    expect(["中", "差"]).toContain(gradeOf(g).grade);
  });
  it("a goal that names 木耳 too, or one line of 蓝莓: nothing", () => {
    expect(codes(grid("支持蓝莓和黑木耳种植基地建设。", MUER), "OTHER-PRODUCT")).toEqual([]);
    expect(
      codes(
        grid(
          "支持蓝莓种植基地建设，提升产业效益。",
          MUER.replace("4、满意度指标", "4、产出指标：新建蓝莓基地，≥500亩。5、满意度指标"),
        ),
        "OTHER-PRODUCT",
      ),
    ).toEqual([]);
  });
  it("人参 of 万人参与 is no produce", () => {
    const g = grid(
      "",
      "1、产出指标：举办人参文化节活动，3场。2、产出指标：1万人参与活动，≥1万人。3、效益指标：人参产业带动农户增收，≥1000元/户。",
    );
    expect(codes(g, "OTHER-PRODUCT")).toEqual([]);
  });
});

describe("round 185 M2: a bare count of work in the packed layout has no unit", () => {
  const grid = (lines: string): CellValue[][] => [
    HEAD,
    packed("茂名市文化广电旅游体育局", "茂名市旅游宣传推广项目", "开展旅游宣传推广活动10场。", lines, 30),
  ];
  it("发放宣传资料 ≥5000, 媒体宣传投放 50 — NO-UNIT on both", () => {
    const f = codes(
      grid(
        "1、产出指标：宣传推广活动，≥10场。2、产出指标：发放宣传资料，≥5000。3、产出指标：媒体宣传投放，50。4、效益指标：旅游接待人次增长率，≥8%。5、满意度指标：游客满意度，≥90%。",
      ),
      "NO-UNIT",
    );
    expect(f.map((x) => x.indicator)).toEqual(["发放宣传资料", "媒体宣传投放"]);
  });
  it("an index, a year, or a name that is no work under 产出: nothing", () => {
    expect(
      codes(
        grid(
          "1、产出指标：宣传推广活动，≥10场。2、产出指标：旅游宣传指数，≥80。3、产出指标：开展活动年度，2025。4、产出指标：宣传效果评价，90。5、满意度指标：游客满意度，≥90%。",
        ),
        "NO-UNIT",
      ),
    ).toEqual([]);
  });
});

describe("round 185 M3: the days a per-day standard is paid for may be the goal's", () => {
  const grid = (goal: string): CellValue[][] => [
    HEAD,
    packed(
      "宿州市教育体育局",
      "宿州市义务教育学生营养改善计划",
      goal,
      "1、产出指标：受益学生人数，≥3.2万人。2、产出指标：补助标准，5元/生·天。3、产出指标：补助资金发放及时率，100%。4、效益指标：学生营养状况，逐步改善。5、满意度指标：学生家长满意度，≥90%。",
      1800,
    ),
  ];
  it("全年按200天计: 3.2万 × 5 × 200 = 3200万元 against 1800万元", () => {
    const f = codes(
      grid("为全市农村义务教育学生提供营养膳食补助，每生每天5元，全年按200天计，惠及学生约3.2万人。"),
      "COST-OVER-BUDGET",
    );
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("按200天计");
    expect(f[0].message.zh).toContain("3200万元");
  });
  it.each([
    "为全市农村义务教育学生提供营养膳食补助，每生每天5元，惠及学生约3.2万人。",
    "为全市农村义务教育学生提供营养膳食补助，每生每天5元，全年按200天计，市级承担部分，中央资金另行下达。",
    "秋季学期为农村义务教育学生提供营养膳食补助，每生每天5元，全年按200天计。",
    "每生每天5元，按100天计，或按200天计，惠及学生约3.2万人。",
  ])("%s — nothing", (goal) => {
    expect(codes(grid(goal), "COST-OVER-BUDGET")).toEqual([]);
  });
});

describe("round 185 bad fixes: one defect said once; a message that agrees with the listing; a fix in the project's unit", () => {
  it("设备采购成本 45万元 in the 产出 block: COST-BUDGET, no CATEGORY-MISMATCH beside it", () => {
    const grid: CellValue[][] = [
      HEAD,
      packed(
        "天门市应急管理局",
        "天门市应急管理综合执法装备购置项目",
        "购置执法记录仪40台、执法车辆2辆，提升执法规范化水平。",
        "1、产出指标：执法记录仪购置数量，20台。2、产出指标：执法车辆，2辆。3、产出指标：设备采购成本，45万元。4、效益指标：执法规范化水平，有效提高。5、满意度指标：执法人员满意度，≥90%。",
        45,
      ),
    ];
    const f = findingsOf(grid).filter((x) => x.indicator === "设备采购成本");
    expect(f.map((x) => x.code)).toEqual(["COST-BUDGET"]);
  });
  it("基本公卫's coverage rates, shown as a guessed 质量, are named as the quantity they are taken for", () => {
    const grid: CellValue[][] = [
      HEAD.slice(0, 5),
      packed(
        "营口市卫生健康委员会",
        "营口市基本公共卫生服务项目",
        "为全市常住人口提供12类基本公共卫生服务，居民电子健康档案建档率保持在90%以上。",
        "1、产出指标：居民电子健康档案建档率，≥90%。2、产出指标：65岁以上老年人健康管理率，≥62%。3、时效指标：资金拨付及时率，100%。4、效益指标：居民健康素养水平，≥28%。5、满意度指标：服务对象满意度，≥85%。",
      ).slice(0, 5),
    ];
    const f = codes(grid, "COMPLETE-OUTPUT-DETAIL");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("“居民电子健康档案建档率 ≥90%”");
    expect(f[0].message.zh).toContain("按数量指标看待");
    expect(f[0].message.zh).not.toMatch(/^产出指标没有质量指标/);
  });
  it("大豆种植面积 | 稳中有增 beside 补贴面积 ≥420万亩: the example is in 万亩, never 平方米", () => {
    const grid: CellValue[][] = [
      HEAD.slice(0, 5),
      packed(
        "黑河市农业农村局",
        "黑河市大豆生产者补贴",
        "按时足额兑付大豆生产者补贴，稳定大豆生产。",
        "1、产出指标：补贴面积，≥420万亩。2、产出指标：补贴资金兑付时间，2025年12月底前。3、产出指标：补贴对象准确率，100%。4、效益指标：大豆种植面积，稳中有增。5、满意度指标：种植户满意度，≥90%。",
      ).slice(0, 5),
    ];
    const f = codes(grid, "VAGUE").filter((x) => x.indicator === "大豆种植面积");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).not.toContain("平方米");
    expect(f[0].fix?.zh).toContain("万亩");
  });
  it("森林防火巡护 | 是 and 宣传覆盖率 100% count no work: the outputs' scale is unsaid", () => {
    const grid: CellValue[][] = [
      HEAD,
      packed(
        "天门市应急管理局",
        "天门市森林防灭火专项经费",
        "开展森林防火宣传和巡护，确保全年不发生重大森林火灾。",
        "1、产出指标：森林防火巡护，是。2、产出指标：宣传覆盖率，100%。3、效益指标：森林火灾受害率，≥0.9‰。4、效益指标：是否发生重大森林火灾，否。5、满意度指标：群众满意度，100%。",
        60,
      ),
    ];
    const f = codes(grid, "COMPLETE-OUTPUT-DETAIL");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
    expect(f[0].message.zh).toContain("没有一项写明完成多少工作");
    expect(gradeOf(grid).grade).toBe("差");
  });
});

describe("round 185 minor: a floor below a goal's figure said roughly (约320万平方米) is a hint", () => {
  const grid = (goal: string): CellValue[][] => [
    HEAD.slice(0, 5),
    packed(
      "潜江市城市管理执法委员会",
      "潜江市园林绿化养护项目",
      goal,
      "1、产出指标：绿地养护面积，≥300万平方米。2、产出指标：苗木成活率，≥95%。3、效益指标：城市绿化覆盖率，≥42%。4、满意度指标：市民满意度，≥90%。",
    ).slice(0, 5),
  ];
  it("养护城区绿地面积约320万平方米 against 绿地养护面积 ≥300万平方米: an info", () => {
    const f = codes(grid("养护城区绿地面积约320万平方米，确保苗木成活率95%以上。"), "GOAL-FIGURE");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([["绿地养护面积", "info"]]);
    expect(f[0].message.zh).toContain("目标写约320万平方米");
  });
  it("without 约, a warning", () => {
    const f = codes(grid("养护城区绿地面积320万平方米，确保苗木成活率95%以上。"), "GOAL-FIGURE");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([["绿地养护面积", "warning"]]);
  });
  it("a figure of another subject (养护城区行道树面积) stays apart", () => {
    expect(codes(grid("养护城区行道树面积约320万平方米。"), "GOAL-FIGURE")).toEqual([]);
  });
});
