/**
 * Review probe round 152 (GOAL-COPY, INDICATOR-COPY, the cost rules, the template's 社会成本 row, fix examples): a
 * shared goal fits the project that wrote it, which is not warned; two counties filing one table of rates say so
 * once; the project's money listed beside its standard is the input restated; a lump purchase cost is the budget
 * again; recovered money is no cost; a template leftover under 社会成本 is a hint; examples from the field the
 * indicator's own words name.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, findingsOf, gradeOf, rows, withGoals } from "./probeTables";

describe("round 152 FA: GOAL-COPY on the project the goal belongs to", () => {
  const goal = "对城区主次干道约580万平方米实施机械化清扫保洁，机扫率达到95%。";
  const grid = withGoals([
    [
      "城区道路清扫保洁经费",
      goal,
      [
        ["产出指标", "数量指标", "清扫保洁面积", "≥580万平方米"],
        ["产出指标", "数量指标", "机械化清扫率", "≥95%"],
        ["效益指标", "社会效益指标", "道路积尘负荷", "≤1.0克/平方米"],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
      ],
    ],
    [
      "违法建设治理经费",
      goal,
      [
        ["产出指标", "数量指标", "拆除违法建设面积", "≥5万平方米"],
        ["产出指标", "时效指标", "新增违建处置时限", "≤15日"],
        ["效益指标", "社会效益指标", "新增违法建设", "0平方米"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ],
    ],
  ]);

  it("the owner (its name's words, its 580万平方米) gets a hint; the copier a warning naming whose goal it is", () => {
    const f = codes(grid, "GOAL-COPY");
    expect(f.map((x) => [x.project, x.severity])).toEqual([
      ["城区道路清扫保洁经费", "info"],
      ["违法建设治理经费", "warning"],
    ]);
    expect(f[0].message.zh).toContain("“违法建设治理经费”照抄了本项目的绩效目标");
    expect(f[1].message.zh).toContain("写的是“城区道路清扫保洁经费”的内容");
  });

  it("a goal of the owner's name words alone (加强劳动保障监察): the same, said by its name", () => {
    const g = "加强劳动保障监察，维护劳动者合法权益。";
    const f = codes(
      withGoals([
        [
          "劳动保障监察执法经费",
          g,
          [
            ["产出指标", "质量指标", "案件结案率", "≥95%"],
            ["效益指标", "社会效益指标", "拖欠工资案件结案率", "≥95%"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
          ],
        ],
        [
          "社会保险经办服务经费",
          g,
          [
            ["产出指标", "数量指标", "社保业务经办量", "≥15万件"],
            ["产出指标", "时效指标", "业务办结时限", "≤15个工作日"],
            ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"],
          ],
        ],
      ]),
      "GOAL-COPY",
    );
    expect(f.map((x) => x.severity)).toEqual(["info", "warning"]);
    expect(f[1].message.zh).toContain("与其名称相符");
  });

  it("a goal that fits neither: both warned as before", () => {
    const g = "保障单位正常运转，提高工作效率，完成年度各项工作任务。";
    const f = codes(
      withGoals([
        ["办公设备购置", g, [["产出指标", "数量指标", "购置电脑", "≥20台"]]],
        ["档案数字化", g, [["产出指标", "数量指标", "扫描档案", "≥5万页"]]],
      ]),
      "GOAL-COPY",
    );
    expect(f.map((x) => x.severity)).toEqual(["warning", "warning"]);
    expect(f[0].message.zh).toContain("完全相同，未体现本项目的具体内容");
  });
});

describe("round 152 M6: two counties filing one table of rates", () => {
  const goal =
    "为辖区常住居民免费提供基本公共卫生服务，居民电子健康档案建档率达到90%以上，65岁及以上老年人健康管理率达到65%以上。";
  const body = (effect: string): [string, string, string, string][] => [
    ["产出指标", "数量指标", "居民电子健康档案建档率", "≥90%"],
    ["产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%"],
    ["产出指标", "数量指标", "高血压患者规范管理率", "≥60%"],
    ["产出指标", "质量指标", "基本公卫项目绩效考核", "合格"],
    ["产出指标", "时效指标", "资金拨付及时率", "100%"],
    ["效益指标", "社会效益指标", "居民健康素养水平", effect],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
  ];
  const grid = (effect: string) =>
    withGoals(
      [
        ["睢县卫生健康委员会", goal, body(effect)],
        ["宁陵县卫生健康委员会", goal, body(effect)],
      ].map(([unit, g, b]) => [unit as string, g as string, b as [string, string, string, string][]]),
      ["单位名称", "绩效目标"],
    ).map((row, i) =>
      // 单位名称 | 项目名称 | 绩效目标 …: the program's name in its own column.
      i === 0
        ? ["单位名称", "项目名称", ...row.slice(1)]
        : [row[0], row[0] === null ? null : "2025年基本公共卫生服务补助资金", ...row.slice(1)],
    );

  it("the same goal and every line alike, rates only → INDICATOR-COPY on each, saying the goal too", () => {
    const f = findingsOf(grid("稳步提升"));
    const copies = f.filter((x) => x.code === "INDICATOR-COPY");
    expect(copies).toHaveLength(2);
    expect(copies[0].message.zh).toContain("同一项目的“宁陵县”");
    expect(copies[0].message.zh).toContain("连各项比率和目标值");
    expect(copies[0].message.zh).toContain("绩效目标也一字不差");
    expect(f.filter((x) => x.code === "GOAL-COPY")).toEqual([]);
  });

  it("较上年提高≥1个百分点 is no 数量指标 of the message", () => {
    const copies = codes(grid("较上年提高≥1个百分点"), "INDICATOR-COPY");
    expect(copies).toHaveLength(2);
    expect(copies[0].message.zh).not.toContain("数量指标");
  });
});

describe("round 152 M7: the project's money listed beside its standard", () => {
  const sheet = (fund: string) =>
    rows("困难两癌妇女救助", [
      ["产出指标", "数量指标", "救助困难两癌妇女人数", "≥150人"],
      ["产出指标", "时效指标", "救助金发放完成时间", "2025年12月底前"],
      ["产出指标", "成本指标", "救助标准", "1万元/人"],
      ["产出指标", "成本指标", "救助资金", fund],
      ["效益指标", "社会效益指标", "受助妇女及时就医率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "受助妇女满意度", "≥90%"],
    ]);

  it("救助资金 150万元 = 1万元/人 × 150人 → COST-BUDGET: the project's money, an input", () => {
    const f = codes(sheet("150万元"), "COST-BUDGET");
    expect(f.map((x) => x.indicator)).toEqual(["救助资金"]);
    expect(f[0].message.zh).toContain("是本项目的资金总额");
    expect(f[0].message.zh).toContain("×");
  });

  it("a sum that is no product of the two (40万元, an item) → none", () => {
    expect(codes(sheet("40万元"), "COST-BUDGET")).toEqual([]);
  });

  it("a cap on the total beside a unit cost (项目总成本 控制在…以内) stays the officer's limit", () => {
    const grid = rows("中小学校舍维修改造", [
      ["产出指标", "数量指标", "维修校舍面积", "≥8000平方米"],
      ["成本指标", "经济成本指标", "单位面积维修成本", "≤850元/平方米"],
      ["成本指标", "经济成本指标", "项目总成本", "控制在680万元以内"],
      ["效益指标", "社会效益指标", "校舍安全达标率", "100%"],
    ]);
    expect(codes(grid, "COST-BUDGET")).toEqual([]);
  });
});

describe("round 152 M8: a lump purchase cost as the only cost", () => {
  const sheet = (count: [string, string, string, string][]) =>
    rows("应急救灾物资储备", [
      ...count,
      ["产出指标", "质量指标", "物资验收合格率", "100%"],
      ["产出指标", "成本指标", "物资采购成本", "≤150万元"],
      ["效益指标", "社会效益指标", "应急物资调拨到位及时率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"],
    ]);

  it("物资采购成本 ≤150万元 beside 购置棉被 2000床 → COST-BUDGET, priced by the piece", () => {
    const f = codes(
      sheet([
        ["产出指标", "数量指标", "购置棉被", "≥2000床"],
        ["产出指标", "数量指标", "购置折叠床", "≥1000张"],
      ]),
      "COST-BUDGET",
    );
    expect(f.map((x) => x.indicator)).toEqual(["物资采购成本"]);
    expect(f[0].fix?.zh).toContain("采购单价");
  });

  it("a single piece (采购CT 1台): the total is its price → none", () => {
    expect(codes(sheet([["产出指标", "数量指标", "采购CT", "1台"]]), "COST-BUDGET")).toEqual([]);
  });
});

describe("round 152: recovered money is no cost", () => {
  const grid = rows("医疗保障基金监管专项经费", [
    ["产出指标", "数量指标", "飞行检查次数", "≥4次"],
    ["产出指标", "时效指标", "检查问题整改时限", "≤30日"],
    ["成本指标", "经济成本指标", "追回违规医保基金", "≥1200万元"],
    ["效益指标", "社会效益指标", "违规问题整改率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"],
  ]);

  it("追回违规医保基金 under 成本 → CATEGORY-MISMATCH, no cost finding", () => {
    const f = findingsOf(grid);
    expect(f.filter((x) => x.code === "CATEGORY-MISMATCH").map((x) => x.indicator)).toEqual([
      "追回违规医保基金",
    ]);
    expect(f.filter((x) => x.code.startsWith("COST-"))).toEqual([]);
  });
});

describe("round 152: the 2021 template's 社会成本 row", () => {
  const grid = rows("大气污染防治专项资金", [
    ["产出指标", "数量指标", "治理燃煤锅炉", "≥20台"],
    ["产出指标", "质量指标", "治理工程验收合格率", "100%"],
    ["产出指标", "时效指标", "完成时间", "2025年11月底前"],
    ["成本指标", "经济成本指标", "每台锅炉治理成本", "≤50万元/台"],
    ["成本指标", "社会成本指标", "社会不利影响", "减少"],
    ["效益指标", "生态效益指标", "空气质量优良天数比率", "≥86%"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ]);

  it("社会不利影响 | 减少 → VAGUE as a hint, the grade untouched", () => {
    const f = codes(grid, "VAGUE");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([["社会不利影响", "info"]]);
    expect(gradeOf(grid).score).toBe(100);
  });
});

describe("round 152: fix examples from the indicator's own field", () => {
  const fixOf = (grid: CellValue[][], code: string, indicator?: string) =>
    codes(grid, code).find((x) => indicator === undefined || x.indicator === indicator)?.fix?.zh ?? "";

  it("急救服务能力 in a 卫生健康 project → an 急救 measure, not 早诊早治率", () => {
    const grid = rows("商丘市卫生健康委员会院前医疗急救体系建设", [
      ["产出指标", "数量指标", "购置急救车辆", "10辆"],
      ["产出指标", "数量指标", "急救人员培训", "≥300人次"],
      ["效益指标", "社会效益指标", "急救服务能力", "显著提升"],
      ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
    ]);
    const fix = fixOf(grid, "VAGUE", "急救服务能力");
    expect(fix).not.toContain("早诊早治率");
    expect(fix).toMatch(/急救/);
  });

  it("外贸企业发展环境 → the trade's own figure, no 研发投入", () => {
    const grid = rows("外贸稳增长专项资金", [
      ["产出指标", "数量指标", "支持企业参展", "≥30家次"],
      ["效益指标", "可持续影响指标", "外贸企业发展环境", "持续优化"],
    ]);
    const fix = fixOf(grid, "VAGUE", "外贸企业发展环境");
    expect(fix).not.toContain("研发投入");
    expect(fix).toContain("进出口");
  });

  it("参保群众办事便利度 → 一次办结率, not 参保率", () => {
    const grid = rows("社会保险经办服务经费", [
      ["产出指标", "数量指标", "社保业务经办量", "≥15万件"],
      ["效益指标", "社会效益指标", "参保群众办事便利度", "明显提升"],
    ]);
    const fix = fixOf(grid, "VAGUE", "参保群众办事便利度");
    expect(fix).toContain("一次办结率");
    expect(fix).not.toContain("参保率");
  });

  it("医保基金安全 → the funds recovered, no accident count", () => {
    const grid = rows("医疗保障基金监管专项经费", [
      ["产出指标", "数量指标", "飞行检查次数", "≥4次"],
      ["效益指标", "社会效益指标", "医保基金安全", "有效保障"],
    ]);
    const fix = fixOf(grid, "VAGUE", "医保基金安全");
    expect(fix).toContain("追回率");
    expect(fix).not.toContain("安全事故");
  });

  it("a 赛事 project's missing cost → per 赛事, not per 运动员", () => {
    const grid = rows("瑞丽市全民健身赛事活动", [
      ["产出指标", "数量指标", "举办赛事活动", "6项"],
      ["产出指标", "数量指标", "参赛人数", "≥20000人次"],
      ["效益指标", "社会效益指标", "群众参与人次较上年增长", "≥5%"],
    ]);
    const fix = fixOf(grid, "COMPLETE-COST");
    expect(fix).not.toContain("运动员");
    expect(fix).toContain("赛事");
  });

  it("农村环境整治村庄数 100% → a count of 个, not 人次; 项目总投资 → per 村庄", () => {
    const grid = rows("龙州县农村环境综合整治", [
      ["产出指标", "数量指标", "农村环境整治村庄数", "≥100%"],
      ["产出指标", "质量指标", "整治工程验收合格率", "100%"],
      ["成本指标", "经济成本指标", "项目总投资", "≤600万元"],
      ["效益指标", "社会效益指标", "村庄环境整治达标率", "≥90%"],
    ]);
    const unit = fixOf(grid, "UNIT-MISMATCH", "农村环境整治村庄数");
    expect(unit).toContain("个");
    expect(unit).not.toContain("人次");
    const cost = fixOf(grid, "COST-BUDGET", "项目总投资");
    expect(cost).toContain("村庄");
    expect(cost).not.toContain("吨");
  });
});
