/**
 * Review probe round 98: a 是 checked against a named norm, an offence count's direction, a total cost
 * flagged twice, a magnitude word printed twice, a cost above the budget, vague words missed and poor advice.
 */
import type { CellValue } from "../../../src/core/grid";
import { polarityOf } from "../../../src/core/review/lexicon";
import { vague } from "../../../src/core/review/rules/targets";
import { runRule, testRule } from "./ruleTester";

/** A rows table of one project (一级 | 二级 | 三级 | 指标值), its first row naming it. */
function rows(project: string, ...body: [string, string, string, string][]): { grid: CellValue[][] } {
  return {
    grid: [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ...body.map(([l1, l2, name, target], i) => [i === 0 ? project : null, l1, l2, name, target]),
    ],
  };
}

const OUTPUTS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "修缮文物保护单位", "3处"],
  ["产出指标", "时效指标", "完成时间", "2025年9月30日前"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

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
      rows("特困供养", ...OUTPUTS, row("效益指标", "社会效益指标", "特困人员应保尽保", "是")),
      rows("村级运转", ...OUTPUTS, row("效益指标", "社会效益指标", "村级组织正常运转", "是")),
      // 符合要求 names no norm.
      rows("道路维修", ...OUTPUTS, row("产出指标", "质量指标", "工程质量符合要求", "是")),
      rows("道路维修", ...OUTPUTS, row("产出指标", "质量指标", "工程质量符合相关标准", "是")),
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
