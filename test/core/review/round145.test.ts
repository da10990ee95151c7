/**
 * Review probe round 145: a goal listing two figures of one unit, each paired with the indicator its words name; a
 * standard of support under 质量; a spending rate under 满意度; the cost of the whole works as the only cost, its
 * example worked out from the project's own count; quantities that are all percentages of nothing; a money rate
 * is no cost; a count per year beside a 正向 column is a hint as a bare count is; a subsidy settled in the next
 * spring is a hint.
 */
import { parseGrid } from "../../../src/core/parse";
import { codes, findingsOf, gradeOf, rows, withGoal } from "./probeTables";

describe("round 145 miss 2: a goal listing two figures of one unit (禁牧1350万亩、草畜平衡1800万亩)", () => {
  const sheet = (goal: string, ban = "≥1200万亩", balance = "≥1800万亩") =>
    withGoal("仲巴县草原生态保护补助奖励", goal, [
      ["产出指标", "数量指标", "禁牧面积", ban],
      ["产出指标", "数量指标", "草畜平衡面积", balance],
      ["效益指标", "经济效益指标", "牧民人均增收", "≥500元"],
      ["满意度指标", "服务对象满意度指标", "牧民满意度", "≥90%"],
    ]);

  it.each([
    "落实禁牧1350万亩、草畜平衡1800万亩，补奖资金发放到户。",
    "落实禁牧1350万亩和草畜平衡1800万亩，补奖资金发放到户。",
  ])("%s → GOAL-FIGURE on 禁牧面积 ≥1200万亩 alone", (goal) => {
    const f = codes(sheet(goal), "GOAL-FIGURE");
    expect(f.map((x) => x.indicator)).toEqual(["禁牧面积"]);
    expect(f[0].message.zh).toContain("1350万亩");
  });

  it("each figure met → none", () => {
    expect(codes(sheet("落实禁牧1350万亩、草畜平衡1800万亩。", "≥1350万亩"), "GOAL-FIGURE")).toEqual([]);
  });

  it("the second figure below its own label → GOAL-FIGURE quotes 1800万亩, not 1350万亩", () => {
    const f = codes(sheet("落实禁牧1350万亩、草畜平衡1800万亩。", "≥1350万亩", "≥1500万亩"), "GOAL-FIGURE");
    expect(f.map((x) => x.indicator)).toEqual(["草畜平衡面积"]);
    expect(f[0].message.zh).toContain("1800万亩");
  });

  it("由500元提高到600元: two figures of one unit with no label of their own stay unpaired", () => {
    const grid = withGoal("城乡居民基本养老保险", "基础养老金由500元提高到600元。", [
      ["产出指标", "数量指标", "基础养老金", "≥550元"],
      ["产出指标", "时效指标", "发放时间", "每月10日前"],
      ["效益指标", "社会效益指标", "参保率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "GOAL-FIGURE")).toEqual([]);
  });
});

describe("round 145 miss 3: a standard of support filed under 质量指标", () => {
  const sheet = (name: string, target: string) =>
    rows("西丰县特困人员集中供养经费", [
      ["产出指标", "数量指标", "集中供养特困人员", "≥210人"],
      ["产出指标", "质量指标", name, target],
      ["效益指标", "社会效益指标", "敬老院安全责任事故", "0起"],
      ["满意度指标", "服务对象满意度指标", "供养对象满意度", "≥95%"],
    ]);

  it.each([
    ["特困人员集中供养标准", "≥1050元/人·月"],
    ["临时救助标准", "≥1500元/人·次"],
  ])("%s %s → CATEGORY-MISMATCH, and COMPLETE-COST counts it", (name, target) => {
    const grid = sheet(name, target);
    expect(codes(grid, "CATEGORY-MISMATCH").map((x) => x.indicator)).toEqual([name]);
    expect(codes(grid, "COMPLETE-COST")).toEqual([]);
  });

  it("a quality standard (供养服务达标率) stays", () => {
    expect(codes(sheet("供养服务达标率", "≥95%"), "CATEGORY-MISMATCH")).toEqual([]);
  });
});

describe("round 145 miss 4: a spending rate filed under 满意度指标", () => {
  const sheet = (satisfaction: [string, string][]) =>
    rows("定日县珠峰景区道路养护", [
      ["产出指标", "数量指标", "养护道路里程", "≥98公里"],
      ["产出指标", "质量指标", "优良路率", "≥80%"],
      ["效益指标", "社会效益指标", "道路通行保障率", "≥98%"],
      ...satisfaction.map(([n, t]): [string, string, string, string] => [
        "满意度指标",
        "服务对象满意度指标",
        n,
        t,
      ]),
    ]);

  it.each(["预算执行率", "资金支出进度", "项目资金执行率"])(
    "%s ≥95% beside 群众满意度 → CATEGORY-MISMATCH",
    (name) => {
      const f = codes(
        sheet([
          ["沿线群众满意度", "≥90%"],
          [name, "≥95%"],
        ]),
        "CATEGORY-MISMATCH",
      );
      expect(f.map((x) => x.indicator)).toEqual([name]);
      expect(f[0].fix?.zh).toContain("沿线群众满意度");
    },
  );

  it("the only row under 满意度 → COMPLETE-SATISFACTION names it", () => {
    const f = codes(sheet([["预算执行率", "≥95%"]]), "COMPLETE-SATISFACTION");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("预算执行率");
  });

  it("预算执行率 under 产出/时效 is no mismatch", () => {
    const grid = rows("定日县珠峰景区道路养护", [
      ["产出指标", "数量指标", "养护道路里程", "≥98公里"],
      ["产出指标", "时效指标", "预算执行率", "≥95%"],
      ["效益指标", "社会效益指标", "道路通行保障率", "≥98%"],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "CATEGORY-MISMATCH")).toEqual([]);
  });
});

describe("round 145 miss 5: the cost of the whole works as the only cost", () => {
  const sheet = (name: string, target = "≤1360万元") =>
    rows("江华县小型水库除险加固", [
      ["产出指标", "数量指标", "除险加固水库", "≥8座"],
      ["产出指标", "质量指标", "单元工程质量合格率", "≥90%"],
      ["产出指标", "成本指标", name, target],
      ["效益指标", "经济效益指标", "恢复灌溉面积", "≥5000亩"],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]);

  it.each(["工程建设成本", "建设成本"])("%s ≤1360万元 → COST-BUDGET, per 座 worked out", (name) => {
    const f = codes(sheet(name), "COST-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("170万元/座");
  });

  it("a cost per 座 (每座除险加固成本 ≤170万元/座) → none", () => {
    expect(codes(sheet("每座除险加固成本", "≤170万元/座"), "COST-BUDGET")).toEqual([]);
  });

  it("the example divides by the output counted, never an effect's figure (货运量 吨)", () => {
    const grid = rows("吉隆县边境口岸联检设施运行维护", [
      ["产出指标", "数量指标", "维护联检设施设备", "≥260台（套）"],
      ["产出指标", "质量指标", "设施设备完好率", "≥95%"],
      ["产出指标", "成本指标", "运行维护费", "≤210万元"],
      ["效益指标", "经济效益指标", "口岸进出口货运量", "≥18万吨"],
      ["满意度指标", "服务对象满意度指标", "通关企业满意度", "≥90%"],
    ]);
    const fix = codes(grid, "COST-BUDGET")
      .map((x) => x.fix?.zh)
      .join("");
    expect(fix).toContain("210万元÷260台");
    expect(fix).not.toContain("吨");
  });
});

describe("round 145 miss 6: 100% everywhere, no output counting anything", () => {
  const packed = (outputs: string) => [
    ["县", "项目名称", "年度绩效目标", "绩效指标"],
    [
      "代县",
      "代县学前教育公用经费保障",
      "保障全县公办幼儿园正常运转。",
      `1.产出指标：${outputs}\n2.效益指标：幼儿园正常运转率100%；学前教育毛入园率100%。\n3.满意度指标：家长满意度100%。`,
    ],
  ];

  it("资金使用合规率 is read as no cost: COMPLETE-COST is said", () => {
    const parse = parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: packed("保障幼儿园数量100%；资金拨付率100%；资金使用合规率100%。"),
    });
    const rate = parse.indicators.find((r) => r.name === "资金使用合规率");
    expect(rate?.level2Inferred).toBe("质量指标");
    expect(
      codes(packed("保障幼儿园数量100%；资金拨付率100%；资金使用合规率100%。"), "COMPLETE-COST"),
    ).toHaveLength(1);
  });

  it("every quantity a percentage of nothing counted → COMPLETE-OUTPUT-DETAIL (warning); 中 at best", () => {
    const grid = packed("保障幼儿园数量100%；资金拨付率100%；资金使用合规率100%。");
    const f = codes(grid, "COMPLETE-OUTPUT-DETAIL");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.zh).toContain("保障幼儿园数量 100%");
    expect(gradeOf(grid).grade).toBe("中");
  });

  it("a count among them (保障幼儿园12所) → no such finding", () => {
    const grid = packed("保障幼儿园12所；资金拨付率100%；资金使用合规率100%。");
    expect(codes(grid, "COMPLETE-OUTPUT-DETAIL").filter((x) => x.severity === "warning")).toEqual([]);
  });

  it("a population's share (老年人健康管理率 ≥62%) counts people: no such finding", () => {
    const grid = rows("基本公共卫生服务项目", [
      ["产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%"],
      ["产出指标", "质量指标", "电子健康档案建档率", "≥90%"],
      ["产出指标", "时效指标", "资金拨付时间", "2024年12月底前"],
      ["效益指标", "社会效益指标", "居民健康素养水平", "≥25%"],
      ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]);
    expect(codes(grid, "COMPLETE-OUTPUT-DETAIL")).toEqual([]);
  });
});

describe("round 145: a count per year beside a 正向 column is a hint, as a bare count is", () => {
  const grid = [
    ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    [
      "岗巴县护边员补助",
      "为860名护边员按月发放补助。",
      "产出指标",
      "数量指标",
      "护边员人数",
      "正向",
      "860",
      "人",
    ],
    [null, null, null, null, "人均巡边次数", "正向", "48", "次/年"],
    [null, null, null, "质量指标", "巡边任务完成率", "正向", "≥95", "%"],
    [null, null, "效益指标", "社会效益指标", "边境涉稳事件发生数", "反向", "0", "起"],
    [null, null, "满意度指标", "服务对象满意度指标", "护边员满意度", "正向", "≥90", "%"],
  ];

  it("人均巡边次数 48次/年 and 护边员人数 860人 → both NO-COMPARATOR at info", () => {
    const f = codes(grid, "NO-COMPARATOR");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([
      ["护边员人数", "info"],
      ["人均巡边次数", "info"],
    ]);
  });

  it("a sum per household (户均增收 48元/户) is no count of work: still a warning", () => {
    const money = grid.map((row) =>
      row[4] === "人均巡边次数" ? [...row.slice(0, 4), "户均增收", "正向", "48", "元/户"] : row,
    );
    expect(codes(money, "NO-COMPARATOR").find((x) => x.indicator === "户均增收")?.severity).toBe("warning");
  });
});

describe("round 145 judgement: a subsidy settled in the next spring", () => {
  const sheet = (name: string, target: string) => [
    ["开原市2024年项目支出绩效目标表", null, null, null, null, null],
    ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["开原市秸秆还田补贴", "秸秆机械还田60万亩。", "产出指标", "数量指标", "秸秆机械还田面积", "≥60万亩"],
    [null, null, null, "时效指标", name, target],
    [null, null, "效益指标", "生态效益指标", "秸秆焚烧火点数", "较上年下降≥10%"],
    [null, null, "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
  ];

  it("补贴资金兑付时间 | 次年3月底前 → DATE-AFTER as a hint asking for the year's own part", () => {
    const f = codes(sheet("补贴资金兑付时间", "次年3月底前"), "DATE-AFTER");
    expect(f.map((x) => x.severity)).toEqual(["info"]);
    expect(f[0].fix?.zh).toContain("2024年12月底前完成核查验收");
  });

  it.each([
    ["完工时间", "次年3月底前"],
    ["补贴资金兑付时间", "次年6月底前"],
    ["完成资金拨付", "次年3月底前"],
  ])("%s | %s → DATE-AFTER stays a warning", (name, target) => {
    expect(codes(sheet(name, target), "DATE-AFTER").map((x) => x.severity)).toEqual(["warning"]);
  });
});

it("round 145: findings of the repros never throw", () => {
  expect(() =>
    findingsOf([
      ["项目名称", "绩效目标"],
      ["x", "禁牧1350万亩、草畜平衡1800万亩"],
    ]),
  ).not.toThrow();
});

describe("round 145 bad fix: a vague effect whose figure the goal states", () => {
  const sheet = (goal: string) =>
    withGoal("江达县乡村旅游节庆活动", goal, [
      ["产出指标", "数量指标", "举办节庆活动", "≥3场"],
      ["产出指标", "时效指标", "完成时间", "2024年10月底前"],
      ["效益指标", "经济效益指标", "带动乡村旅游收入", "明显增加"],
      ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"],
    ]);

  it("带动乡村旅游收入 | 明显增加 under 实现乡村旅游收入1200万元 → VAGUE's fix quotes ≥1200万元", () => {
    const f = codes(sheet("举办节庆活动3场，接待游客5万人次，实现乡村旅游收入1200万元。"), "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("带动乡村旅游收入 ≥1200万元");
  });

  it("a goal with no figure for it keeps the stock advice", () => {
    const f = codes(sheet("举办节庆活动3场，带动乡村旅游发展。"), "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).not.toContain("绩效目标所写");
  });
});

describe("round 145: a cost per lamp named 单灯/单盏 is a unit cost", () => {
  it.each(["单灯年维护成本", "单盏路灯年维护费用"])("%s ≤120元 → no COST-BUDGET", (name) => {
    const grid = rows("城区路灯维护", [
      ["产出指标", "数量指标", "维护路灯", "≥6800盏"],
      ["产出指标", "质量指标", "路灯亮灯率", "≥98%"],
      ["产出指标", "成本指标", name, "≤120元"],
      ["效益指标", "社会效益指标", "夜间出行安全", "因路灯故障引发交通事故0起"],
      ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
    ]);
    expect(codes(grid, "COST-BUDGET")).toEqual([]);
  });
});
