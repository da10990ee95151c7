/**
 * Round 198 (round 194's miss): a rows table one row per district per indicator (区县 | 一级指标 | … | 指标值)
 * ending in a 合计 block in its place column. The block is the districts' total, not a footer set aside as
 * text (没有指标名称或指标值) and no district: each of its rows is kept as the total of the districts' rows of
 * that name, and the comparison checks it against their sum.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { parseGrid } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/grid";
import { grid } from "../../support/grid";
import { gridSource } from "./helpers";

/** 广州's 专职安监员队伍建设经费 分解表: three districts, each block under its merged 区县 cell, then 合计. */
function guangzhou(staff = "150人", training = "700人次", lead: CellValue[] = ["合计"]): CellValue[][] {
  const pad = lead.length === 2 ? [null] : [];
  const head = lead.length === 2 ? ["序号"] : [];
  return [
    ["广州市2025年专职安监员队伍建设经费绩效目标分解表"],
    [...head, "区县", "一级指标", "二级指标", "三级指标", "指标值"],
    ...(
      [
        ["越秀区", "50人", "200人次"],
        ["海珠区", "60人", "240人次"],
        ["荔湾区", "40人", "160人次"],
      ] as const
    ).flatMap(([d, s, t], i) => [
      [...(pad.length ? [i + 1] : []), d, "产出指标", "数量指标", "专职安监员人数", s],
      [...pad, null, null, null, "培训人次", t],
      [...pad, null, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"],
    ]),
    [...lead, "产出指标", "数量指标", "专职安监员人数", staff],
    [...pad, null, null, null, "培训人次", training],
    [...pad, null, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"],
    ["填表人：张三", null, null, null, "联系电话：020-12345678"],
  ];
}

const totalFlags = (g: CellValue[][]) =>
  compareDistricts([gridSource("广州.xlsx", g)])
    .programs[0].indicators.flatMap((i) => i.flags)
    .filter((f) => f.code === "TOTAL-DIFF");

describe("a 合计 block in a rows table's place column", () => {
  it("is no district and no indicator of its own, each row kept as its districts' total", () => {
    const r = parseGrid(grid(guangzhou()));
    expect(r.projects.map((p) => p.district)).toEqual(["越秀区", "海珠区", "荔湾区"]);
    expect(r.indicators).toHaveLength(9);
    const staff = r.indicators.filter((i) => i.name === "专职安监员人数");
    expect(staff.map((i) => i.rowTotal?.cell)).toEqual(["E12", "E12", "E12"]);
    expect(staff[0].rowTotal).toMatchObject({
      header: "合计",
      value: 150,
      unit: "人",
      places: 3,
      inRow: true,
    });
    const zh = r.messages.map((m) => m.text.zh).join("\n");
    expect(zh).toContain("第 12、13、14 行（“合计”）是各地区的合计");
    expect(zh).not.toMatch(/第 [^行]*12[^行]*行在表格中或表格下方有文字/);
  });

  it("is checked against the districts' sum, said as one block of rows", () => {
    expect(totalFlags(guangzhou())).toHaveLength(1);
    const flags = totalFlags(guangzhou("150人", "700人次"));
    expect(flags[0].message.zh).toBe(
      "合计 培训人次 700 人次（E13），而 3 个区之和为 600 人次（相差 100 人次），请核对",
    );
    expect(totalFlags(guangzhou("150人", "600人次"))).toHaveLength(0);
    expect(totalFlags(guangzhou("160人", "600人次"))[0].indicator).toBe("专职安监员人数");
    const text = formatComparisonSummary(compareDistricts([gridSource("广州.xlsx", guangzhou())]), "zh");
    expect(text).toContain(
      "“合计”行（Sheet1 第 12–14 行）不是区，未纳入对比；“专职安监员人数”“培训人次”的合计已与各区之和核对",
    );
  });

  it("is read so when 合计 is merged over 序号 and 区县 (the place cell blank)", () => {
    const flags = totalFlags(guangzhou("150人", "700人次", ["合计", null]));
    expect(flags.map((f) => f.indicator)).toEqual(["培训人次"]);
  });

  it("a 全区 row within one district's rows, naming no other district's indicator, stays that district's", () => {
    const r = parseGrid(
      grid([
        ["区", "项目名称", "三级指标", "指标值"],
        ["番禺区", "基本公共卫生服务", "建立健康档案人数", "≥80万人"],
        ["", "", "居民满意度", "≥85%"],
        ["花都区", "基本公共卫生服务", "建立健康档案人数", "≥60万人"],
        ["全区", "", "档案规范率", "≥90%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.district, i.name])).toEqual([
      ["番禺区", "建立健康档案人数"],
      ["番禺区", "居民满意度"],
      ["花都区", "建立健康档案人数"],
      ["花都区", "档案规范率"],
    ]);
  });

  it("above the districts' rows (合计 first) is held until the table ends, then checked", () => {
    const g = guangzhou();
    const total = g.slice(11, 14);
    const moved = [...g.slice(0, 2), ...total, ...g.slice(2, 11), ...g.slice(14)];
    const r = parseGrid(grid(moved));
    expect(r.projects.map((p) => p.district)).toEqual(["越秀区", "海珠区", "荔湾区"]);
    expect(r.indicators.map((i) => i.rowTotal?.cell ?? null)).toEqual(
      Array(3).fill(["E3", "E4", "E5"]).flat(),
    );
    expect(totalFlags(moved).map((f) => f.message.zh)).toEqual([
      "合计 培训人次 700 人次（E4），而 3 个区之和为 600 人次（相差 100 人次），请核对",
    ]);
  });

  it("a 全县 block before any place, in a table of no other place, is still the county's own project", () => {
    const r = parseGrid(
      grid([
        ["地区", "一级指标", "二级指标", "三级指标", "指标值"],
        ["全县", "产出指标", "数量指标", "巡河次数", "1200次"],
        [null, null, "质量指标", "问题整改率", "≥95%"],
      ]),
    );
    expect(r.indicators.map((i) => i.name)).toEqual(["巡河次数", "问题整改率"]);
  });
});
