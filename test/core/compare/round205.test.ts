/**
 * Round 205 (round 198's left item): a 汇总表 sent along with the districts' own files is not compared, and its own
 * 合计 was never checked. It is now, against the 汇总表's own places' sum and, holding there, against the sum of
 * what the districts filed in their own files.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { gridSource } from "./helpers";

type Place = [string, number];

/** 西安 森林防火: a sheet per county, and a 汇总 sheet with a column per county and a 合计 column. */
function sources(own: Place[], summary: Place[], total: number) {
  const sheets = own.map(([d, n]) =>
    gridSource(
      `西安市森林防火.xlsx · ${d}`,
      [
        [`${d}2025年森林防火补助资金绩效目标表`],
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["森林防火补助资金", "产出指标", "数量指标", "生态护林员人数", `${n}人`],
        [null, null, "质量指标", "森林火灾受害率", "≤0.8‰"],
      ],
      d,
    ),
  );
  const head: CellValue[] = [
    "一级指标",
    "二级指标",
    "三级指标",
    "计量单位",
    ...summary.map(([d]) => d),
    "合计",
  ];
  const summarySheet = gridSource(
    "西安市森林防火.xlsx · 汇总",
    [
      ["西安市2025年森林防火补助资金绩效目标汇总表"],
      head,
      ["产出指标", "数量指标", "生态护林员人数", "人", ...summary.map(([, n]) => n), total],
      [null, "质量指标", "森林火灾受害率", "‰", ...summary.map(() => "≤0.8"), "≤0.8"],
    ],
    "汇总",
  );
  return [summarySheet, ...sheets];
}

const places: Place[] = [
  ["周至县", 420],
  ["蓝田县", 380],
  ["长安区", 300],
  ["临潼区", 210],
  ["鄠邑区", 260],
];
const noteOf = (own: Place[], summary: Place[], total: number) =>
  formatComparisonSummary(compareDistricts(sources(own, summary, total)), "zh");

describe("a 汇总表's own 合计", () => {
  it("holding within the 汇总表 but not against the districts' own files (蓝田县 400 there, 380 filed): said", () => {
    const summary = places.map(([d, n]): Place => [d, d === "蓝田县" ? 400 : n]);
    const text = noteOf(places, summary, 1590);
    expect(text).toContain("蓝田县 生态护林员人数（汇总表 400人，报送表 380人）");
    expect(text).toContain(
      "汇总表 合计 生态护林员人数 1590 人（汇总!J3），而各区（县）报送表之和为 1570 人（相差 20 人），请核对",
    );
  });

  it("not holding within the 汇总表 (1600 against its places' 1570): said as TOTAL-DIFF says it", () => {
    const text = noteOf(places, places, 1600);
    expect(text).toContain("的取值与其报送表一致；合计 生态护林员人数 1600 人（J3），而 5 个");
    expect(text).toContain("之和为 1570 人（相差 30 人），请核对");
  });

  it("holding everywhere: nothing said of it", () => {
    const text = noteOf(places, places, 1570);
    expect(text).toContain("的取值与其报送表一致");
    expect(text).not.toContain("1570 人");
  });

  it("a county only the 汇总表 gives counts its 汇总表 figure in the filed sum", () => {
    const text = noteOf(places.slice(0, 4), places, 1570);
    expect(text).toContain("鄠邑区 只见于汇总表");
    expect(text).not.toContain("报送表之和");
  });
});
