/**
 * Review probe round 98: a 是 checked against a named norm, an offence count's direction, a total cost
 * flagged twice, a magnitude word printed twice, a cost above the budget, vague words missed and poor advice.
 */
import type { CellValue } from "../../../src/core/grid";
import { polarityOf } from "../../../src/core/review/lexicon";
import { targetAsWritten } from "../../../src/core/review/format";
import { costBudget, costOverBudget } from "../../../src/core/review/rules/costs";
import { direction, noComparator } from "../../../src/core/review/rules/direction";
import { satisfactionLow } from "../../../src/core/review/rules/rates";
import { vague } from "../../../src/core/review/rules/targets";
import { runRule, testRule, rowsOfProject as rows } from "./ruleTester";

const OUTPUTS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "修缮文物保护单位", "3处"],
  ["产出指标", "时效指标", "完成时间", "2025年9月30日前"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

/** The suggested fix of the one finding a rule makes of a case. */
function fixOf(rule: Parameters<typeof runRule>[0], c: Parameters<typeof runRule>[1]): string {
  const found = runRule(rule, c);
  expect(found).toHaveLength(1);
  return found[0].fix?.zh ?? "";
}

const row = (l1: string, l2: string, name: string, target: string): [string, string, string, string] => [
  l1,
  l2,
  name,
  target,
];

describe("round 98 false alarm 1: 是 on a work checked against a named norm", () => {
  testRule(vague, {
    clean: [
      rows("文物保护修缮", ...OUTPUTS, row("产出指标", "质量指标", "修缮工程符合文物保护规范", "是")),
      rows("消防改造", ...OUTPUTS, row("产出指标", "质量指标", "设计符合国家消防技术标准", "是")),
      rows("系统建设", ...OUTPUTS, row("产出指标", "质量指标", "通过消防部门检查", "是")),
    ],
    flagged: [
      // Round 105: a whole deed (应保尽保) is checkable, and only told its rate, as a hint.
      {
        ...rows("特困供养", ...OUTPUTS, row("效益指标", "社会效益指标", "特困人员应保尽保", "是")),
        severity: "info",
      },
      rows("村级运转", ...OUTPUTS, row("效益指标", "社会效益指标", "村级组织正常运转", "是")),
      // 符合要求 names no norm.
      rows("道路维修", ...OUTPUTS, row("产出指标", "质量指标", "工程质量符合要求", "是")),
      rows("道路维修", ...OUTPUTS, row("产出指标", "质量指标", "工程质量符合相关标准", "是")),
      rows("补助发放", ...OUTPUTS, row("产出指标", "质量指标", "补助发放符合国家规定", "是")),
    ],
  });
});

describe("round 98 miss 1: an offence count between the polarity word and its measure", () => {
  it.each([
    ["卫生违法案件发生数", "negative"],
    ["违章行为起数", "negative"],
    ["违法案件数", "negative"],
  ])("%s is %s", (name, p) => expect(polarityOf(name)).toBe(p));
  it.each(["查处违法案件数", "立案查处违法行为次数", "办结违法案件数"])(
    "%s, the work done on offences, is not read as one",
    (name) => expect(polarityOf(name)).not.toBe("negative"),
  );
});

describe("round 98 double flag: a total COST-BUDGET reports is not told its comparator", () => {
  const project = rows(
    "教育信息化设备运维",
    ["产出指标", "数量指标", "运维设备", "≥1200台"],
    ["产出指标", "质量指标", "系统正常运行率", "≥98%"],
    ["产出指标", "成本指标", "运维费用", "86万元"],
    ...OUTPUTS.slice(1),
  );
  it("COST-BUDGET flags the total, NO-COMPARATOR does not", () => {
    expect(runRule(costBudget, project).map((f) => f.indicator)).toEqual(["运维费用"]);
    expect(runRule(noComparator, project).map((f) => f.indicator)).not.toContain("运维费用");
  });
  it("a unit cost with no comparator is still told", () => {
    const unit = rows(
      "教育信息化设备运维",
      ["产出指标", "数量指标", "运维设备", "≥1200台"],
      ["产出指标", "成本指标", "每台设备运维成本", "700元/台"],
      ...OUTPUTS.slice(1),
    );
    expect(runRule(noComparator, unit).map((f) => f.indicator)).toContain("每台设备运维成本");
  });
});

describe("round 98: a magnitude word the cell wrote is quoted once", () => {
  it.each([
    [{ target: "1.2万", value: 12000, unit: "亩" }, "1.2万亩"],
    [{ target: "0.1", value: 1000, unit: "元/人" }, "0.1万元/人"],
    [{ target: "25万", value: 250000, unit: "人" }, "25万人"],
  ])("%j → %s", (r, shown) => expect(targetAsWritten(r)).toBe(shown));
});

describe("round 98 miss 3: a total cost above the project's budget", () => {
  /** A rows table whose project names its money in a 预算金额（万元） column. */
  const withBudget = (budget: number, cost: string): { grid: CellValue[][] } => ({
    grid: [
      ["项目名称", "预算金额（万元）", "一级指标", "二级指标", "三级指标", "指标值"],
      ["镇村道路维修", budget, "产出指标", "数量指标", "维修道路", "≥3.2公里"],
      [null, null, "产出指标", "成本指标", "总投资", cost],
      [null, null, "效益指标", "社会效益指标", "受益群众", "≥5000人"],
      [null, null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
  });
  testRule(costOverBudget, {
    clean: [withBudget(260, "≤260万元"), withBudget(300, "≤260万元")],
    flagged: [withBudget(120, "≤260万元")],
  });
  it("names both figures", () => {
    const [f] = runRule(costOverBudget, withBudget(120, "≤260万元"));
    expect(f.message.zh).toContain("≤260万元");
    expect(f.message.zh).toContain("120万元");
  });
});

describe("round 98 miss 4: 丰富 and X效益明显 as targets", () => {
  testRule(vague, {
    clean: [
      rows("送戏下乡", ...OUTPUTS, row("效益指标", "社会效益指标", "群众参加文化活动人次", "≥5000人次")),
      rows("送戏下乡", ...OUTPUTS, row("效益指标", "社会效益指标", "演出节目类型", "≥5类")),
    ],
    flagged: [
      rows("送戏下乡", ...OUTPUTS, row("效益指标", "社会效益指标", "群众文化生活", "丰富")),
      rows("惠民殡葬", ...OUTPUTS, row("效益指标", "生态效益指标", "节约土地资源", "生态效益明显")),
      rows("农业技术推广", ...OUTPUTS, row("效益指标", "经济效益指标", "农民增收", "经济效益显著")),
    ],
  });
});

describe("round 98 poor advice: the fixes fit the project", () => {
  const edu = (project: string, ...body: [string, string, string, string][]) =>
    rows(
      project,
      ["产出指标", "数量指标", "参训教师人数", "≥300人"],
      ["产出指标", "质量指标", "培训考核合格率", "≥95%"],
      ...body,
      ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"],
    );
  it("a teacher's quality is told a classroom measure, not the training pass rate the project has", () => {
    const fix = fixOf(
      vague,
      edu("中小学教师培训", row("效益指标", "社会效益指标", "教师综合素质", "显著提升")),
    );
    expect(fix).toContain("课堂教学达标率");
    expect(fix).not.toContain("考核合格率");
  });
  it("教学效率 is told a classroom measure, not a 政务 time", () => {
    const fix = fixOf(
      vague,
      edu("教育信息化设备运维", row("效益指标", "社会效益指标", "教学效率", "有效提升")),
    );
    expect(fix).not.toContain("办理时间");
    expect(fix).toContain("课堂");
  });
  it("学校管理水平 of a 校长 training is told how schools are rated, not 毛入园率", () => {
    const fix = fixOf(
      vague,
      edu("中小学校长任职资格培训", row("效益指标", "社会效益指标", "学校管理水平", "提升")),
    );
    expect(fix).not.toContain("入园率");
    expect(fix).toContain("办学考核");
  });
  it("a 设备购置's service capacity is told the equipment's use, not 早诊早治率", () => {
    const fix = fixOf(
      vague,
      rows(
        "乡镇卫生院设备购置",
        ["产出指标", "数量指标", "购置医疗设备", "≥20台"],
        row("效益指标", "社会效益指标", "基层医疗服务能力", "显著提升"),
        ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
      ),
    );
    expect(fix).toContain("设备使用率");
    expect(fix).not.toContain("早诊早治率");
  });
  it("应保尽保 | 是 is told its rate", () => {
    const fix = fixOf(
      vague,
      rows("特困供养", ...OUTPUTS, row("效益指标", "社会效益指标", "特困人员应保尽保", "是")),
    );
    expect(fix).toContain("应保尽保率 100%");
  });
  it("an accident rate's floor is told 0起, not the same figure as a ceiling", () => {
    const fix = fixOf(
      direction,
      rows("校园安全保卫服务", ...OUTPUTS, row("产出指标", "质量指标", "校园安全事故发生率", "≥5%")),
    );
    expect(fix).toContain("校园安全事故 0起");
  });
  it("a road traffic death rate keeps its ceiling", () => {
    const fix = fixOf(
      direction,
      rows("道路交通安全", ...OUTPUTS, row("效益指标", "社会效益指标", "道路交通事故死亡率", "≥5%")),
    );
    expect(fix).toBe("改为“≤5%”。");
  });
});

describe("round 98 miss 5: a satisfaction target well below the table's others", () => {
  /** Projects of one rows table, each with its satisfaction target. */
  const table = (...targets: string[]): { grid: CellValue[][] } => ({
    grid: [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ...targets.flatMap((t, i) => [
        [`项目${i + 1}`, "产出指标", "数量指标", "服务人数", "≥100人"],
        [null, "满意度指标", "服务对象满意度指标", "服务对象满意度", t],
      ]),
    ],
  });
  it("says 80% beside 90–95% as info, naming the others' level", () => {
    const found = runRule(satisfactionLow, table("≥90%", "≥95%", "≥90%", "≥80%"));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("info");
    expect(found[0].message.zh).toContain("中位数 90%");
  });
  it("says nothing of a table that asks 80% alike, or of too few others", () => {
    expect(runRule(satisfactionLow, table("≥80%", "≥85%", "≥80%", "≥80%"))).toHaveLength(0);
    expect(runRule(satisfactionLow, table("≥90%", "≥95%", "≥80%"))).toHaveLength(0);
  });
});
