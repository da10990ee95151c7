/**
 * Review probe round 152: a goal's floor written 不低于 (no ceiling); ≥0 on a rate of people lost from supervision
 * (脱管漏管率) and on any name; 时效指标：按时完成 with no work and no date; a bare count of things bought with no
 * unit; a bracketed target after the name beside another target; wrongs in the community counted in a list with no
 * headings are its effect, and a category missing there is a warning.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { inferLevel2 } from "../../../src/core/text/categories";
import { codes, gradeOf, rows, withGoals } from "./probeTables";

/** Rows with the goal beside the first (项目名称 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值). */
const withGoal = (name: string, goal: string, body: [string, string, string, string][]) =>
  withGoals([[name, goal, body]]);

/** A packed cell: 项目名称 | 绩效目标 | 绩效指标. */
const packed = (name: string, goal: string, cell: string): CellValue[][] => [
  ["项目名称", "绩效目标", "绩效指标"],
  [name, goal, cell],
];

describe("round 152 miss 1: GOAL-FIGURE reads the goal's 不低于 as a floor, not a ceiling", () => {
  const sheet = (goal: string, target = "≥90%") =>
    withGoal("数字城管平台运行", goal, [
      ["产出指标", "数量指标", "案件受理数", "≥12万件"],
      ["产出指标", "质量指标", "案件结案率", target],
      ["产出指标", "时效指标", "案件按期处置率", "≥90%"],
      ["效益指标", "社会效益指标", "群众投诉件数", "较上年下降≥5%"],
      ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
    ]);

  it.each([
    "数字城管平台全年运行，案件结案率不低于95%。",
    "数字城管平台全年运行，案件结案率不小于95%。",
    "数字城管平台全年运行，案件结案率达到95%。",
  ])("%s vs ≥90% → GOAL-FIGURE", (goal) => {
    const f = codes(sheet(goal), "GOAL-FIGURE");
    expect(f.map((x) => x.indicator)).toEqual(["案件结案率"]);
    expect(f[0].message.zh).toContain("95%");
  });

  it("a subsidy's floor in the goal (每人每月不低于500元) vs ≥450元 → GOAL-FIGURE", () => {
    const grid = withGoal(
      "困难群众生活补助",
      "为120名困难群众发放生活补助，人均月补助标准不低于500元/人·月。",
      [
        ["产出指标", "数量指标", "补助人数", "≥120人"],
        ["产出指标", "质量指标", "人均月补助标准", "≥450元/人·月"],
        ["产出指标", "时效指标", "发放时间", "每月10日前"],
        ["效益指标", "社会效益指标", "困难群众基本生活保障率", "100%"],
        ["满意度指标", "服务对象满意度指标", "补助对象满意度", "≥90%"],
      ],
    );
    expect(codes(grid, "GOAL-FIGURE").map((x) => x.indicator)).toEqual(["人均月补助标准"]);
  });

  it("the goal's floor met, or below the target → none", () => {
    expect(codes(sheet("案件结案率不低于95%。", "≥95%"), "GOAL-FIGURE")).toEqual([]);
    expect(codes(sheet("案件结案率不低于85%。"), "GOAL-FIGURE")).toEqual([]);
  });
});

describe("round 152 miss 5: ≥0 sets no target", () => {
  const sheet = (name: string, target: string) =>
    withGoal("资中县社区矫正工作经费", "对全县约350名社区矫正对象实施监督管理。", [
      ["产出指标", "数量指标", "社区矫正对象监管人数", "≥350人"],
      ["产出指标", "质量指标", name, target],
      ["产出指标", "时效指标", "入矫报到及时率", "100%"],
      ["效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%"],
      ["满意度指标", "服务对象满意度指标", "社区群众满意度", "≥90%"],
    ]);

  it.each([
    ["脱管漏管率", "≥0%"],
    ["社区矫正对象脱管率", "≥0%"],
    ["信息漏报错报率", "≥0%"],
  ])("%s %s → DIRECTION error (lower is better)", (name, target) => {
    const f = codes(sheet(name, target), "DIRECTION");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([[name, "error"]]);
    expect(f[0].message.zh).toContain("等于没有设目标");
  });

  it.each([
    ["教育帮扶完成率", "≥0%"],
    ["走访核查对象数", "≥0人"],
  ])("%s %s (no lower-better name) → DIRECTION warning, no target set", (name, target) => {
    const f = codes(sheet(name, target), "DIRECTION");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([[name, "warning"]]);
    expect(f[0].message.zh).toContain("没有设目标");
  });

  it("a change (收入增长率 ≥0%) or a real floor (≥95%) → none", () => {
    expect(codes(sheet("矫正对象收入增长率", "≥0%"), "DIRECTION")).toEqual([]);
    expect(codes(sheet("教育帮扶完成率", "≥95%"), "DIRECTION")).toEqual([]);
  });
});

describe("round 152 miss 3: 时效指标：按时完成 names no work and no date", () => {
  const cell = (when: string) =>
    packed(
      "劳动保障监察执法经费",
      "2025年检查用人单位800户，欠薪案件结案率95%。",
      `产出指标：数量指标：检查用人单位≥800户；质量指标：欠薪案件结案率≥95%；时效指标：${when}；效益指标：欠薪投诉件数较上年下降≥10%；满意度指标：劳动者满意度≥90%。`,
    );

  it.each(["按时完成", "按期完成", "及时完成", "按计划完成", "如期完成"])(
    "%s → NAME-MISSING (period)",
    (when) => {
      const f = codes(cell(when), "NAME-MISSING");
      expect(f).toHaveLength(1);
      expect(f[0].message.zh).toContain("等于没有设置时效指标");
    },
  );

  it("a deadline with its work (检查任务完成时间 2025年12月底前) → none", () => {
    expect(codes(cell("检查任务完成时间2025年12月底前"), "NAME-MISSING")).toEqual([]);
  });
});

describe("round 152 miss 2: a bare count of things bought under 数量指标 has no unit", () => {
  const sheet = (name: string, target: string, goal = "2025年购置棉被2000床、折叠床1000张，12月底前入库。") =>
    withGoal("应急物资储备", goal, [
      ["产出指标", "数量指标", "购置棉被", "≥2000床"],
      ["产出指标", "数量指标", name, target],
      ["产出指标", "时效指标", "入库时间", "2025年12月31日前"],
      ["效益指标", "社会效益指标", "受灾群众临时安置保障人数", "≥3000人"],
      ["满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"],
    ]);

  it("购置折叠床 ≥1000 → NO-UNIT, the goal's 张 suggested", () => {
    const f = codes(sheet("购置折叠床", "≥1000"), "NO-UNIT");
    expect(f.map((x) => x.indicator)).toEqual(["购置折叠床"]);
    expect(f[0].fix?.zh).toContain("≥1000张");
  });

  it("培训人次 800, the goal's 800人次 → the fix writes 人次, not 人", () => {
    const f = codes(
      sheet("培训人次", "800", "开展农牧民技能培训800人次，实现转移就业300人以上。"),
      "NO-UNIT",
    );
    expect(f[0].fix?.zh).toContain("“800人次”");
  });

  it("开展应急演练 12 (no unit in the goal) → NO-UNIT with the usual fix", () => {
    const f = codes(sheet("开展应急演练", "12", "2025年储备应急物资，12月底前入库。"), "NO-UNIT");
    expect(f.map((x) => x.indicator)).toEqual(["开展应急演练"]);
    expect(f[0].fix?.zh).toContain("写明单位");
  });

  it.each([
    ["实施年度", "2025"],
    ["物资储备等级", "3"],
    ["储备库星级评定得分", "95"],
    ["新增储备点", "1"],
    ["购置折叠床", "≥1000张"],
  ])("%s %s → none", (name, target) => {
    expect(codes(sheet(name, target), "NO-UNIT")).toEqual([]);
  });
});

describe("round 152 miss 4: a bracketed target after the name beside another target", () => {
  const sheet = (name: string, target: string) =>
    withGoal("违法建设治理", "2025年拆除违法建设5万平方米，新增违建零增长。", [
      ["产出指标", "数量指标", "拆除违法建设面积", "≥5万平方米"],
      ["产出指标", "时效指标", "新增违建处置时限", "≤15日"],
      ["效益指标", "社会效益指标", name, target],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);

  it("违法建设蔓延势头（≥90%）| 有效遏制 → NAME-HAS-TARGET naming both", () => {
    const f = codes(sheet("违法建设蔓延势头（≥90%）", "有效遏制"), "NAME-HAS-TARGET");
    expect(f.map((x) => x.indicator)).toEqual(["违法建设蔓延势头"]);
    expect(f[0].message.zh).toContain("≥90%");
    expect(f[0].message.zh).toContain("有效遏制");
  });

  it("违法建设查处率（≥90%）| ≥95% → NAME-HAS-TARGET", () => {
    expect(codes(sheet("违法建设查处率（≥90%）", "≥95%"), "NAME-HAS-TARGET")).toHaveLength(1);
  });

  it.each([
    ["违法建设查处率（≥90%）", "≥90%"],
    ["违法建设查处率（≥90%）", "90%"],
    ["违法建设查处率（含存量）", "≥90%"],
  ])("%s | %s → none", (name, target) => {
    expect(codes(sheet(name, target), "NAME-HAS-TARGET")).toEqual([]);
  });

  it("a packed 机柜数量(≥77台) with no other target → none", () => {
    const grid = packed(
      "数据中心运维",
      "保障机房全年运行。",
      "产出指标：数量指标：机柜数量(≥77台)；质量指标：系统可用率≥99%；效益指标：业务中断次数≤1次；满意度指标：用户满意度≥90%",
    );
    expect(codes(grid, "NAME-HAS-TARGET")).toEqual([]);
  });
});

describe("round 152 false alarm 2: a list with no headings", () => {
  const list = (fifth: string) =>
    packed(
      "人民调解工作经费",
      "全年受理人民调解案件3000件以上，调解成功率95%以上。",
      `指标1：人民调解案件受理数≥3000件\n指标2：调解成功率≥95%\n指标3：调解案件办结时限≤30日\n指标4：${fifth}\n指标5：群众满意度≥90%`,
    );

  it.each(["民转刑案件发生数0起", "民转刑案件发生数≤0起", "社区矫正对象再犯罪率≤0.2%", "刑事案件发案率≤1‰"])(
    "%s is the effect: no COMPLETE-EFFECT",
    (fourth) => {
      expect(codes(list(fourth), "COMPLETE-EFFECT")).toEqual([]);
    },
  );

  it("the grade is no longer cut by a false error", () => {
    expect(gradeOf(list("民转刑案件发生数≤0起")).grade).toBe("优");
  });

  it("a lower-better line guessed an output (调解差错 ≤2次) → COMPLETE-EFFECT a warning naming it", () => {
    const f = codes(list("调解文书差错≤2次"), "COMPLETE-EFFECT");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
    expect(f[0].message.zh).toContain("调解文书差错");
  });

  it("no line that could be an effect (调解卷宗归档率 ≥95%) → COMPLETE-EFFECT stays an error", () => {
    expect(codes(list("调解卷宗归档率≥95%"), "COMPLETE-EFFECT").map((x) => x.severity)).toEqual(["error"]);
  });

  it("with headings written, COMPLETE-EFFECT stays an error", () => {
    const grid = rows("人民调解工作经费", [
      ["产出指标", "数量指标", "人民调解案件受理数", "≥3000件"],
      ["产出指标", "质量指标", "调解成功率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "COMPLETE-EFFECT").map((x) => x.severity)).toEqual(["error"]);
  });

  it.each([
    ["民转刑案件发生数", "起", "社会效益指标"],
    ["社区矫正对象再犯罪率", "%", "社会效益指标"],
    ["刑事案件破案率", "%", "质量指标"],
    ["安全生产事故", "起", "质量指标"],
    ["人民调解案件受理数", "件", "数量指标"],
  ])("inferLevel2(null, %s, %s) → %s", (name, unit, level2) => {
    expect(inferLevel2(null, name, unit, "quantitative")).toBe(level2);
  });

  it("a written 产出指标 keeps its 二级 guess (民转刑案件发生数 as 产出 stays no effect)", () => {
    const p = parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: rows("人民调解工作经费", [["产出指标", "", "民转刑案件发生数", "0起"]]),
    });
    expect(p.indicators[0].level1).toBe("产出指标");
  });
});
