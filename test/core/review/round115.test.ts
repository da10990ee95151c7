/**
 * Review probe round 115: a burden counted down (跑腿次数) under a 正向 column, 一站式 read as a number, a rate in
 * basis points told to use %.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { review } from "../../../src/core/review/review";
import { parseTarget } from "../../../src/core/text/target";
import { polarityOf } from "../../../src/core/review/lexicon";
import { gradeOfGrid, rowsOfProject } from "./ruleTester";

const findingsOf = (grid: CellValue[][]) =>
  review(parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid }));

/** One project in rows, with 计量单位 and 指标性质 columns. */
const table = (name: string, body: [string, string, string, string, string, string][]): CellValue[][] => [
  ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
  ...body.map(([a, b, c, d, e, f], i) => [
    i === 0 ? name : null,
    i === 0 ? "2024年完成360个。" : null,
    a,
    b,
    c,
    d,
    e,
    f,
  ]),
];

describe("round 115 false alarm 1: a burden counted down beats a 正向 column", () => {
  it.each([
    ["群众办事平均跑腿次数", "≤1", "次"],
    ["群众平均等候时间", "≤15", "分钟"],
    ["窗口排队时长", "≤10", "分钟"],
    ["企业办事环节", "≤3", "个"],
  ])("%s %s%s | 正向 → the column is wrong, the ≤ stays", (name, target, unit) => {
    const f = findingsOf(
      table("医保经办服务能力提升", [
        ["产出指标", "数量指标", "村级医保服务点建设", "≥360", "个", "正向"],
        ["效益指标", "社会效益指标", name, target, unit, "正向"],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90", "%", "正向"],
      ]),
    ).filter((x) => x.code === "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].fix?.zh).toContain("反向");
    expect(f[0].fix?.zh).toContain(`“${target}${unit}”保留`);
    expect(f[0].fix?.zh).not.toContain("≥");
  });

  it("a floor on 跑腿次数 with no column is DIRECTION towards ≤", () => {
    const f = findingsOf(
      table("医保经办服务能力提升", [
        ["产出指标", "数量指标", "村级医保服务点建设", "≥360", "个", ""],
        ["效益指标", "社会效益指标", "群众办事跑腿次数", "≥1", "次", ""],
      ]),
    ).filter((x) => x.code === "DIRECTION");
    expect(f.map((x) => x.fix?.zh)).toEqual(["改为“≤1次”。"]);
  });
});

describe("round 115 false alarm 2: 一站式 is a word, not one 站", () => {
  it.each(["一站式即时结算", "一站式办理", "一门式受理", "一次性告知"])("%s is qualitative", (t) => {
    expect(parseTarget(t)).toMatchObject({ value: null, kind: "qualitative" });
  });
  it("一站 and 两个 are still counts", () => {
    expect(parseTarget("两个")).toMatchObject({ value: 2, unit: "个" });
    expect(parseTarget("一站")).toMatchObject({ value: 1, unit: "站" });
  });
  it("救助资金结算时间 | 一站式即时结算 gets no NO-COMPARATOR asking for ＝1站", () => {
    const f = findingsOf(
      table("医疗救助资金", [
        ["产出指标", "数量指标", "医疗救助人次", "≥12000", "人次", "正向"],
        ["产出指标", "时效指标", "救助资金结算时间", "一站式即时结算", "", "正向"],
      ]),
    );
    expect(f.filter((x) => x.code === "NO-COMPARATOR")).toEqual([]);
  });
});

describe("round 115 false alarm 3: basis points are a rate's unit", () => {
  it.each(["150BP", "150bp", "150基点"])("贴息比例 %s gets no UNIT-MISMATCH", (t) => {
    const f = findingsOf(
      table("创业担保贷款贴息", [
        ["产出指标", "数量指标", "新增发放创业担保贷款", "≥5", "亿元", "正向"],
        ["成本指标", "经济成本指标", "贴息比例", t, "", "正向"],
      ]),
    );
    expect(f.filter((x) => x.code === "UNIT-MISMATCH")).toEqual([]);
  });
  it("贴息比例 150元 still does", () => {
    const f = findingsOf(
      table("创业担保贷款贴息", [
        ["产出指标", "数量指标", "新增发放创业担保贷款", "≥5", "亿元", "正向"],
        ["成本指标", "经济成本指标", "贴息比例", "150元", "", "正向"],
      ]),
    );
    expect(f.filter((x) => x.code === "UNIT-MISMATCH")).toHaveLength(1);
  });
});

describe("round 115: a reduction named has no way to tell", () => {
  it.each(["减少群众跑腿次数", "群众办事少跑腿", "减少投诉件数"])("%s", (name) => {
    expect(polarityOf(name)).toBeNull();
  });
  it.each(["群众办事跑腿次数", "青少年意外伤亡人数", "投诉件数"])("%s still falls", (name) => {
    expect(polarityOf(name)).toBe("negative");
  });
});

describe("round 115 grades: effects none can measure and more to correct are 中 under 90", () => {
  type Row = [string, string, string, string];
  const OUT: Row[] = [
    ["产出指标", "数量指标", "优抚对象人数", "≥1200人"],
    ["产出指标", "质量指标", "发放准确率", "=100%"],
    ["产出指标", "时效指标", "发放时间", "每季度首月15日前"],
  ];
  const SAT: Row = ["满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%"];
  const gradeOf = (...body: Row[]) => {
    const g = gradeOfGrid(rowsOfProject("优抚对象抚恤补助经费", ...body).grid);
    return `${g.grade} ${g.score}`;
  };
  const vagueEffect: Row = ["效益指标", "社会效益指标", "优抚对象生活水平", "明显提高"];

  it("a sole vague effect and a wrong target besides (≥100%) is 中 at 80", () => {
    const [n, , t] = OUT;
    expect(gradeOf(n, ["产出指标", "质量指标", "发放准确率", "≥100%"], t, vagueEffect, SAT)).toBe("中 80");
  });
  it("two effects, both vague, are 中 at 85", () => {
    expect(
      gradeOf(...OUT, vagueEffect, ["效益指标", "社会效益指标", "优待政策落实", "得到保障"], SAT),
    ).toMatch(/^中/);
  });
  it("a sole vague effect and a gap of completeness only stays 良 (rounds 105, 112)", () => {
    expect(gradeOf(OUT[0], vagueEffect, SAT)).toMatch(/^良/);
  });
  it("a sole vague effect and nothing else is 良 90", () => {
    expect(gradeOf(...OUT, vagueEffect, SAT)).toBe("良 90");
  });
  it("a measurable effect beside a wrong target is not capped", () => {
    const [n, , t] = OUT;
    expect(
      gradeOf(
        n,
        ["产出指标", "质量指标", "发放准确率", "≥100%"],
        t,
        ["效益指标", "社会效益指标", "优抚对象抚恤金标准提高", "≥5%"],
        SAT,
      ),
    ).toBe("良 90");
  });
});

describe("round 115 miss 1: the project's own activity filed as an effect, a qualifier before it", () => {
  const codesOf = (name: string, target: string, l2 = "社会效益指标", l1 = "效益指标") =>
    findingsOf(
      table("普法宣传经费", [
        ["产出指标", "数量指标", "开展活动", "≥100", "场", ""],
        [l1, l2, name, target, "", ""],
      ]),
    )
      .filter((f) => f.code === "CATEGORY-MISMATCH" || f.code === "UNIT-MISMATCH")
      .map((f) => f.code);
  it.each([
    ["电商培训覆盖率", "≥90%"],
    ["普法活动覆盖率", "≥95%"],
    ["参赛运动员人次", "≥1500人次"],
    ["应急演练参与人数", "≥1500人"],
  ])("%s %s is CATEGORY-MISMATCH", (name, target) => {
    expect(codesOf(name, target)).toEqual(["CATEGORY-MISMATCH"]);
  });
  it.each([
    ["群众文化活动参与率", "≥60%"],
    ["全民健身活动参与人数", "≥5000人"],
    ["电商培训后就业人数", "≥200人"],
    ["应急演练知晓率", "≥90%"],
  ])("%s %s stays an effect", (name, target) => {
    expect(codesOf(name, target)).toEqual([]);
  });

  it("检查定点医药机构 100% under 数量指标 is UNIT-MISMATCH asking for 家", () => {
    const f = findingsOf(
      table("医保基金监管专项经费", [
        ["产出指标", "数量指标", "检查定点医药机构", "100", "%", ""],
        ["效益指标", "社会效益指标", "追回医保基金", "≥50", "万元", ""],
      ]),
    ).filter((x) => x.code === "UNIT-MISMATCH");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("≥（数量）家");
  });
  it("the same under 质量指标, or named 覆盖率, is left alone", () => {
    for (const [l2, name] of [
      ["质量指标", "检查定点医药机构"],
      ["数量指标", "定点医药机构检查覆盖率"],
    ])
      expect(
        findingsOf(
          table("医保基金监管专项经费", [
            ["产出指标", l2, name, "100", "%", ""],
            ["效益指标", "社会效益指标", "追回医保基金", "≥50", "万元", ""],
          ]),
        ).filter((x) => x.code === "UNIT-MISMATCH"),
      ).toEqual([]);
  });
});

describe("round 115 fixes that belong to the project's own field", () => {
  const fixesOf = (project: string, body: [string, string, string, string, string, string][], code: string) =>
    findingsOf(table(project, body))
      .filter((f) => f.code === code)
      .map((f) => f.fix?.zh ?? "");
  const SAT: [string, string, string, string, string, string] = [
    "满意度指标",
    "服务对象满意度指标",
    "服务对象满意度",
    "≥90",
    "%",
    "",
  ];
  const costRow: [string, string, string, string, string, string] = [
    "成本指标",
    "经济成本指标",
    "补助标准",
    "≤600",
    "元/人",
    "",
  ];

  it("医保基金监管 and DRG are told a cost per institution checked, not 人均财政补助", () => {
    for (const project of ["医保基金监管专项经费", "DRG支付方式改革经费"]) {
      const body: [string, string, string, string, string, string][] = [
        ["产出指标", "数量指标", "检查定点医药机构", "≥120", "家", ""],
        ["成本指标", "经济成本指标", "x", "", "", ""],
      ];
      const other = fixesOf(
        project,
        [body[0], ["效益指标", "社会效益指标", "追回医保基金", "≥50", "万元", ""], SAT, costRow],
        "COMPLETE-COST",
      );
      expect(other).toEqual([]);
      const fix = fixesOf(
        project,
        [body[0], ["效益指标", "社会效益指标", "追回医保基金", "≥50", "万元", ""], SAT],
        "COMPLETE-COST",
      ).join("");
      expect(fix).toContain("每家定点医药机构检查成本");
      expect(fix).not.toContain("人均财政补助");
    }
  });

  it("a 12348 hotline is told a cost per call, not 每件纠纷调解补贴", () => {
    const fix = fixesOf(
      "公共法律服务平台运维",
      [
        ["产出指标", "数量指标", "热线接听量", "≥30000", "件", ""],
        ["成本指标", "经济成本指标", "运维费用", "40", "万元", ""],
        ["效益指标", "社会效益指标", "群众法律咨询解答率", "≥95", "%", ""],
        SAT,
      ],
      "COST-BUDGET",
    ).join("");
    expect(fix).toContain("每件热线服务成本");
    expect(fix).not.toContain("纠纷调解");
  });

  it("a publicity project's effect is what the public knows, not 参训人员考核合格率", () => {
    const fix = fixesOf(
      "生态环境宣传教育",
      [
        ["产出指标", "数量指标", "开展宣传活动", "≥30", "场", ""],
        ["效益指标", "社会效益指标", "宣传活动参与人次", "≥8000", "人次", ""],
        SAT,
      ],
      "CATEGORY-MISMATCH",
    ).join("");
    expect(fix).toContain("知晓率");
    expect(fix).not.toContain("参训");
  });

  it("持续发展 is asked for growth, not 持续 ≥3年", () => {
    const fix = fixesOf(
      "茶叶产业发展奖补",
      [
        ["产出指标", "数量指标", "新建茶园", "≥500", "亩", ""],
        ["效益指标", "社会效益指标", "茶叶产业", "持续发展", "", ""],
        SAT,
      ],
      "VAGUE",
    ).join("");
    expect(fix).toContain("较上年增长");
    expect(fix).not.toContain("≥3年");
  });

  it("a count of complaints written ≥5% is asked for a fall, not ≤5%", () => {
    const fix = fixesOf(
      "饮用水水源地保护",
      [
        ["产出指标", "数量指标", "巡查水源地", "≥12", "次", ""],
        ["效益指标", "社会效益指标", "环境信访投诉量", "≥5", "%", ""],
        SAT,
      ],
      "DIRECTION",
    );
    expect(fix).toHaveLength(1);
    expect(fix[0]).toContain("较上年下降 ≥5%");
    expect(fix[0]).not.toContain("“≤5%”");
  });
});
