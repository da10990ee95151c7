/**
 * Review probe round 105: accidents counted as quantity, checkable deeds called vague, poor advice on
 * directions, states and headcounts, vague words missed, outputs filed as effects, and lenient grades.
 */
import type { CellValue } from "../../../src/core/grid";
import { inferLevel2 } from "../../../src/core/text/categories";
import { completeOutputDetail } from "../../../src/core/review/rules/completeness";
import { vague } from "../../../src/core/review/rules/targets";
import { rowsOfProject as rows, runRule, testRule } from "./ruleTester";

const row = (l1: string, l2: string, name: string, target: string): [string, string, string, string] => [
  l1,
  l2,
  name,
  target,
];

const OUTPUTS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "保洁面积", "≥520万平方米"],
  ["产出指标", "时效指标", "完成时间", "2025年12月31日前"],
  ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
];

/** A table with one packed column per 一级 (round 105's 齐齐哈尔 民政). */
const byColumn = (outputs: string): { grid: CellValue[][] } => ({
  grid: [
    ["项目名称", "年度绩效目标", "产出指标", "效益指标", "满意度指标"],
    ["特困供养", "保障特困人员基本生活。", outputs, "基本生活保障率100%", "供养对象满意度≥90%"],
  ],
});

describe("round 105 false alarms 1–2: an accident, error or complaint counted is quality", () => {
  it.each([
    "供养服务机构安全责任事故",
    "重大道路运输安全事故",
    "医疗废物流失泄漏事件",
    "发放差错",
    "有效投诉",
    "医疗纠纷",
  ])("%s is a 质量指标", (name) =>
    expect(inferLevel2("产出指标", name, "起", "quantitative")).toBe("质量指标"),
  );
  it.each(["处理群众投诉", "突发事件处置", "事故隐患排查", "拆除违规户外广告", "调解矛盾纠纷"])(
    "%s, work done on them, is a 数量指标",
    (name) => expect(inferLevel2("产出指标", name, "件", "quantitative")).toBe("数量指标"),
  );
  testRule(completeOutputDetail, {
    clean: [byColumn("集中供养特困人员≥1800人；供养服务机构安全责任事故0起；资金2025年12月底前拨付到位")],
    flagged: [
      {
        ...byColumn("集中供养特困人员≥1800人；供养服务机构安全责任事故0起"),
        severity: "info",
        count: 1,
        includes: "没有时效指标",
      },
      {
        ...byColumn("集中供养特困人员≥1800人；处理群众投诉≥300件"),
        count: 1,
        includes: "没有质量指标和时效指标",
      },
    ],
  });
});

describe("round 105 false alarm 3: a deed whose words set its measure, answered 是, is checkable", () => {
  const quality = (name: string, target = "是") =>
    rows("道路保洁", ...OUTPUTS, row("产出指标", "质量指标", name, target));
  testRule(vague, {
    clean: [quality("补贴资金按时足额发放"), quality("生活垃圾日产日清", "100%")],
    flagged: [
      ...["生活垃圾日产日清", "特困人员应保尽保", "群众诉求随到随办", "重点区域视频监控全覆盖"].map(
        (name) => ({
          ...quality(name),
          count: 1,
          severity: "info" as const,
          includes: "可以按检查记录核对",
        }),
      ),
      { ...quality("道路保洁质量"), includes: "不可衡量" },
      { ...quality("是否日产日清"), includes: "不可衡量" },
      { ...quality("生活垃圾日产日清", "较好"), includes: "不可衡量" },
    ],
  });
});

it("a whole deed's rate is its own name", () => {
  const fix = (name: string) =>
    runRule(vague, rows("道路保洁", ...OUTPUTS, row("产出指标", "质量指标", name, "是")))[0]?.fix?.zh;
  expect(fix("生活垃圾日产日清")).toContain("生活垃圾日产日清率 100%");
  expect(fix("重点区域视频监控全覆盖")).toContain("重点区域视频监控覆盖率 100%");
});
