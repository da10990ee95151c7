/**
 * Review probe round 159: a heating season that starts in the budget year is no late deadline; (more below).
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, rows } from "./probeTables";

describe("round 159 FA1: a season of service running over the new year is no late deadline", () => {
  const sheet = (name: string, target: string): CellValue[][] => [
    ["2025年项目支出绩效目标表"],
    ...rows("临江市2025年城市集中供热补贴项目", [
      ["产出指标", "数量指标", "补贴供热面积", "≥520万平方米"],
      ["产出指标", "质量指标", "居民室温达标率", "≥98%"],
      ["产出指标", "时效指标", name, target],
      ["效益指标", "社会效益指标", "供热投诉件数", "≤200件"],
      ["满意度指标", "服务对象满意度指标", "供热用户满意度", "≥85%"],
    ]),
  ];
  it.each([
    ["供热期", "2025年10月25日—2026年4月10日"],
    ["采暖期", "10月20日至次年4月10日"],
    ["供暖时间", "2025年11月1日至2026年3月31日供暖季"],
  ])("%s | %s → no DATE-AFTER", (name, target) => {
    expect(codes(sheet(name, target), "DATE-AFTER")).toEqual([]);
  });
  it.each([
    ["供热期", "2026年1月1日—2026年4月10日"],
    ["供热管网改造完成时间", "2026年4月10日前"],
  ])("%s | %s (starts next year, or work done) → DATE-AFTER", (name, target) => {
    expect(codes(sheet(name, target), "DATE-AFTER").map((x) => x.indicator)).toEqual([name]);
  });
});

describe("round 159 M5: 长期有效 is vague", () => {
  const sheet = (target: string): CellValue[][] =>
    rows("阿拉善右旗2025年农牧民职业技能培训项目", [
      ["产出指标", "数量指标", "培训农牧民人次", "≥500人次"],
      ["产出指标", "时效指标", "培训完成时间", "2025年11月30日前"],
      ["效益指标", "社会效益指标", "培训后转移就业率", "≥30%"],
      ["效益指标", "可持续影响指标", "农牧民持续增收", target],
      ["满意度指标", "服务对象满意度指标", "参训农牧民满意度", "≥90%"],
    ]);
  it.each(["长期有效", "长期稳定"])("农牧民持续增收 | %s → VAGUE", (target) => {
    expect(codes(sheet(target), "VAGUE").map((x) => x.indicator)).toEqual(["农牧民持续增收"]);
  });
  it("持续增收3年以上 → none", () => {
    expect(codes(sheet("持续增收3年以上"), "VAGUE")).toEqual([]);
  });
});

describe("round 159 wording (2): a sewage works' unit cost is per tonne of sewage, not of refuse", () => {
  const sheet: CellValue[][] = [
    ["2025年项目支出绩效目标表"],
    ...rows("古蔺县2025年乡镇污水处理厂运行维护项目", [
      ["产出指标", "数量指标", "污水处理量", "≥300万吨"],
      ["产出指标", "质量指标", "出水水质达标率", "≥95%"],
      ["产出指标", "时效指标", "运维资金拨付", "按季度拨付"],
      ["成本指标", "经济成本指标", "运维费用", "≤1260万元"],
      ["效益指标", "生态效益指标", "COD削减量", "≥800吨"],
      ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"],
    ]),
  ];
  it("COST-BUDGET's example is 每吨污水处理成本", () => {
    const f = codes(sheet, "COST-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix.zh).toContain("每吨污水处理成本");
    expect(f[0].fix.zh).not.toContain("垃圾");
  });
});
