/**
 * Review probe round 133: 防治效果 is a rate; hiring 生态护林员 is the programme's output; a target set below the
 * goal's figure; 正向 over a bare figure on a lower-better name; 得到维护 and its kin; a state raised by a
 * percentage; nameless rows quoted without their numbers; examples fitted to the project's own field.
 */
import type { CellValue } from "../../../src/core/grid";
import { rows, withRow, codes, findingsOf, gradeOf } from "./probeTables";

/** 滦平's packed layout: one row a project, the goal and the indicators in cells of their own. */
const packed = (project: string, goal: string, indicators: string): CellValue[][] => [
  ["序号", "主管部门", "项目名称", "预算金额（万元）", "绩效目标", "绩效指标"],
  [1, "滦平县农业农村局", project, 60, goal, indicators],
];

describe("round 133 false alarm 1: 防治效果 is a defined rate of plant protection", () => {
  const grid = packed(
    "农作物病虫害统防统治",
    "开展统防统治10万亩。",
    "1、产出指标：统防统治面积≥10万亩；防治效果≥85%；完成时间：2024年9月底前。2、效益指标：病虫害危害损失率≤5%。3、满意度指标：种植户满意度≥90%。",
  );

  it("防治效果 ≥85% → no UNIT-MISMATCH, and it counts as the outputs' quality", () => {
    expect(codes(grid, "UNIT-MISMATCH")).toEqual([]);
    expect(codes(grid, "COMPLETE-OUTPUT-DETAIL")).toEqual([]);
  });

  it.each(["防控效果", "防效"])("%s ≥85% → no UNIT-MISMATCH", (name) => {
    expect(codes(withRow("小麦条锈病防控", ["产出指标", "质量指标", name, "≥85%"]), "UNIT-MISMATCH")).toEqual(
      [],
    );
  });

  it("宣传效果 100% still names a state → UNIT-MISMATCH", () => {
    expect(
      codes(withRow("普法宣传", ["效益指标", "社会效益指标", "宣传效果", "100%"]), "UNIT-MISMATCH"),
    ).toHaveLength(1);
  });
});

describe("round 133 false alarm 2: hiring is the output of a programme that employs", () => {
  const table = (project: string, goal: string): CellValue[][] => [
    ["单位", "项目名称", "预算（万元）", "绩效目标", "绩效指标"],
    [
      "江口县林业局",
      project,
      300,
      goal,
      "一、产出指标：1.聘用生态护林员人数300名；2.管护森林面积≥45万亩；3.护林员巡护到岗率≥95%。二、效益指标：1.森林火灾发生次数0次。三、满意度指标：1.护林员满意度≥90%。",
    ],
  ];

  it("生态护林员补助: 聘用生态护林员人数 → no CATEGORY-MISMATCH", () => {
    expect(codes(table("生态护林员补助", "选聘生态护林员，带动脱贫人口增收。"), "CATEGORY-MISMATCH")).toEqual(
      [],
    );
  });

  it("a goal that hires them (选聘生态护林员300名) → no CATEGORY-MISMATCH", () => {
    expect(
      codes(table("天然林保护工程", "选聘生态护林员300名，管护森林45万亩。"), "CATEGORY-MISMATCH"),
    ).toEqual([]);
  });

  it("a project that only uses them (林业有害生物防治) → CATEGORY-MISMATCH, staff put in", () => {
    expect(codes(table("林业有害生物防治", "防治松材线虫病。"), "CATEGORY-MISMATCH")).toHaveLength(1);
  });
});

describe("round 133 miss 1: an indicator asking less than the goal's figure", () => {
  it.each([
    [
      "送戏下乡文化惠民演出经费",
      "全年组织送戏下乡演出200场，丰富农村群众精神文化生活。",
      "送戏下乡演出场次≥150场",
      "200场",
    ],
    [
      "农村饮水安全工程维修养护",
      "维修养护供水工程86处，农村自来水普及率达到94%。",
      "农村自来水普及率≥92%",
      "94%",
    ],
    [
      "乡村旅游示范村创建",
      "创建乡村旅游示范村5个，乡村旅游接待人次增长10%。",
      "乡村旅游接待人次增长≥5%",
      "增长10%",
    ],
    [
      "学前教育公用经费补助",
      "按生均600元/年标准补助公办幼儿园公用经费。",
      "生均公用经费补助标准≥500元/生·年",
      "600元/年",
    ],
  ])("%s: %s vs %s → GOAL-FIGURE (warning)", (project, goal, indicator, said) => {
    const grid = packed(
      project,
      goal,
      `一、产出指标：1.${indicator}；2.完成时间：2024年11月底前。二、效益指标：1.受益群众≥6万人次。三、满意度指标：1.群众满意度≥90%。`,
    );
    const f = codes(grid, "GOAL-FIGURE");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.zh).toContain(`目标写${said}`);
    expect(f[0].message.zh).toContain("低于目标");
  });

  it.each([
    ["the floor meets the goal", "全年组织送戏下乡演出200场。", "送戏下乡演出场次≥200场"],
    ["another measure in the same unit", "全年组织送戏下乡演出200场。", "培训文艺骨干场次≥20场"],
    ["a part of the year", "全年组织送戏下乡演出200场。", "上半年送戏下乡演出场次≥80场"],
    ["a multi-year goal", "到2025年农村自来水普及率达到94%。", "农村自来水普及率≥92%"],
    ["a change against a level", "农村自来水普及率提高2%。", "农村自来水普及率≥92%"],
    ["two figures of one unit", "补助标准由500元/年提高到600元/年。", "生均公用经费补助标准≥500元/年"],
  ])("%s → no GOAL-FIGURE", (_what, goal, indicator) => {
    const grid = packed(
      "送戏下乡",
      goal,
      `一、产出指标：1.${indicator}；2.完成时间：2024年11月底前。二、效益指标：1.受益群众≥6万人次。三、满意度指标：1.群众满意度≥90%。`,
    );
    expect(codes(grid, "GOAL-FIGURE")).toEqual([]);
  });
});

describe("round 133 miss 2: 正向 over a bare figure on a lower-better name", () => {
  /** 泾县's rows: 指标方向 column, bare values, the unit apart; no target writes a comparator. */
  const table = (name: string, value: number, unit: string): CellValue[][] => [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"],
    ["泾县院前急救体系运行经费", "产出指标", "数量指标", "急救出车次数", "正向", 3000, "次"],
    [null, null, "质量指标", name, "正向", value, unit],
    [null, null, "时效指标", "平均急救反应时间", "反向", 15, "分钟"],
    [null, "效益指标", "社会效益指标", "急救呼叫满足率", "正向", 98, "%"],
    [null, "满意度指标", "服务对象满意度指标", "患者满意度", "正向", 90, "%"],
  ];

  it("院前急救死亡率 | 正向 | 0.5 | % → DIRECTION (warning), 反向 ≤0.5% asked", () => {
    const f = codes(table("院前急救死亡率", 0.5, "%"), "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.zh).toContain("成了下限");
    expect(f[0].fix?.zh).toContain("≤0.5%");
  });

  it("群众投诉次数 | 正向 | 0 | 次 → DIRECTION, ≥0 said to set no target", () => {
    const f = codes(table("群众投诉次数", 0, "次"), "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("“≥0”无论发生多少都成立");
  });

  it("急救呼叫满足率 | 正向 | 98 → no DIRECTION", () => {
    expect(codes(table("急救呼叫满足率", 98, "%"), "DIRECTION")).toEqual([]);
  });
});

describe("round 133 miss 3: 得到维护 and its kin are vague", () => {
  it.each(["得到维护", "得到落实", "得到巩固", "得到保护"])("受援群众合法权益 | %s → VAGUE", (target) => {
    expect(
      codes(withRow("法律援助经费", ["效益指标", "社会效益指标", "受援群众合法权益", target]), "VAGUE"),
    ).toHaveLength(1);
  });
});

describe("round 133 miss 5: a state raised by a percentage", () => {
  const grid: CellValue[][] = [
    ["项目名称", "主管部门", "资金（万元）", "绩效目标", "绩效指标"],
    [
      "村卫生室运行补助",
      "天水市麦积区卫生健康局",
      96,
      "保障全区312个村卫生室正常运行。",
      "产出指标：补助村卫生室数量≥312个；运行补助按时足额发放100%。效益指标：基层医疗服务能力提升100%。满意度指标：群众满意度≥90%。",
    ],
  ];

  it("基层医疗服务能力提升100% → UNIT-MISMATCH", () => {
    const f = codes(grid, "UNIT-MISMATCH");
    expect(f).toHaveLength(1);
    expect(f[0].indicator).toBe("基层医疗服务能力");
  });

  it("培训人数增长10% (a count's change) → no UNIT-MISMATCH", () => {
    expect(
      codes(withRow("技能培训", ["效益指标", "社会效益指标", "培训人数增长", "10%"]), "UNIT-MISMATCH"),
    ).toEqual([]);
  });

  it("the cost example is the field's own: per 村卫生室, not 人均筛查成本", () => {
    const f = codes(grid, "COMPLETE-COST");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("村卫生室");
    expect(f[0].fix?.zh).not.toContain("筛查");
  });
});

describe("round 133 wording: a nameless row is quoted without its number", () => {
  it("1.经济效益：显著； → 「经济效益：显著」", () => {
    const grid: CellValue[][] = [
      ["单位", "项目名称", "预算（万元）", "绩效目标", "绩效指标"],
      [
        "江口县农业农村局",
        "抹茶产业基地建设",
        500,
        "建设抹茶原料基地。",
        "一、产出指标：1.新建茶园面积：2000亩；2.完成时间：2024年。三、效益指标：1.经济效益：显著；2.社会效益：明显。四、满意度指标：1.群众满意度≥90%。",
      ],
    ];
    const quoted = codes(grid, "VAGUE").map((f) => f.indicator);
    expect(quoted).toContain("经济效益：显著");
    expect(quoted).toContain("社会效益：明显");
    expect(quoted.some((q) => /^\d|；$/.test(q))).toBe(false);
  });
});

describe("round 133 fixes: the example fits the project's field", () => {
  const vagueFix = (project: string, row: [string, string, string, string]) =>
    codes(withRow(project, row), "VAGUE")[0]?.fix?.zh ?? "";

  it("森林防火能力 | 长期提升 → a forest-fire measure, not 生产安全事故", () => {
    const fix = vagueFix("森林防火能力建设", ["效益指标", "可持续影响指标", "森林防火能力", "长期提升"]);
    expect(fix).toContain("森林火灾");
    expect(fix).not.toContain("生产安全事故");
  });

  it("耕地地力保护意识 | 提高 → 知晓率, not a soil grade", () => {
    const fix = vagueFix("耕地地力保护补贴", ["效益指标", "社会效益指标", "耕地地力保护意识", "提高"]);
    expect(fix).toContain("知晓率");
    expect(fix).not.toContain("耕地质量");
  });

  it("是否促进教育公平 | 是 → no 完成率", () => {
    expect(
      vagueFix("家庭经济困难学生资助", ["效益指标", "社会效益指标", "是否促进教育公平", "是"]),
    ).not.toContain("完成率");
  });

  it("公路安全通行保障 | 有效保障 → the roads' state, not 保障率", () => {
    const fix = vagueFix("农村公路日常养护", ["效益指标", "社会效益指标", "公路安全通行保障", "有效保障"]);
    expect(fix).toContain("优良中等路率");
    expect(fix).not.toContain("保障率");
  });

  it("特困人员基本生活保障 | 有效保障 → 应保尽保率", () => {
    expect(
      vagueFix("特困人员救助供养", ["效益指标", "社会效益指标", "特困人员基本生活保障", "有效保障"]),
    ).toContain("应保尽保率");
  });

  it("廊桥 repair with 宣传活动 beside: the cost per 座, not 每场活动成本", () => {
    const grid = rows("廊桥文化保护利用", [
      ["产出指标", "数量指标", "修缮廊桥数量", "3座"],
      ["产出指标", "数量指标", "宣传活动场次", "≥10场"],
      ["效益指标", "社会效益指标", "游客接待量增长率", "≥5%"],
      ["满意度指标", "服务对象满意度指标", "游客满意度", "≥95%"],
    ]);
    const f = findingsOf(grid).filter((x) => x.code === "COMPLETE-COST");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("元/座");
  });
});

describe("round 133 grades", () => {
  /** 江口's 抹茶: every effect a bare word, the satisfaction 满意 (round 133; r112 场镇基础设施维修, r115 松材线虫病防治). */
  const mocha = (satisfaction: string): CellValue[][] => [
    ["单位", "项目名称", "预算（万元）", "绩效目标", "绩效指标"],
    [
      "江口县农业农村局",
      "抹茶产业基地建设",
      500,
      "建设抹茶原料基地，提升抹茶产业发展水平。",
      `一、产出指标：1.新建茶园面积：2000亩；2.茶园建设质量：优良；3.完成时间：2024年。二、成本指标：1.经济成本指标：项目总投资500万元。三、效益指标：1.经济效益：显著；2.社会效益：明显；3.生态效益：良好。四、满意度指标：1.群众满意度：${satisfaction}。`,
    ],
  ];

  it("no effect and no satisfaction with a figure → 差, the reason said", () => {
    const g = gradeOf(mocha("满意"));
    expect(g.grade).toBe("差");
    expect(g.reason?.zh).toContain("效益指标和满意度指标都没有可核对的数值");
  });

  it("the same with 群众满意度 ≥90% → not 差", () => {
    expect(gradeOf(mocha("≥90%")).grade).not.toBe("差");
  });

  it("生态护林员补助 without the false CATEGORY-MISMATCH → 优", () => {
    const grid: CellValue[][] = [
      ["单位", "项目名称", "预算（万元）", "绩效目标", "绩效指标"],
      [
        "江口县林业局",
        "生态护林员补助",
        300,
        "选聘生态护林员300名，管护森林45万亩。",
        "一、产出指标：1.聘用生态护林员人数300名；2.管护森林面积≥45万亩；3.护林员巡护到岗率≥95%；4.补助资金发放时间：2024年12月底前。二、效益指标：1.森林火灾发生次数0次。三、满意度指标：1.护林员满意度≥90%。",
      ],
    ];
    expect(gradeOf(grid).grade).toBe("优");
  });
});
