/**
 * Round 110: an autonomous county written short with 县 (化隆县, 罗城县, 巴马县) beside others named whole
 * (环江毛南族自治县) goes by its full name, as its neighbours do; a short form that was a county of its own
 * too (东乡县, 江西's till 2016) and a name the closed list does not hold stay as written (round 130: 大通县,
 * whose short form only 淮南's 大通区 shares, is the autonomous county).
 */
import { compareDistricts } from "../../../src/core/compare";
import type { CompareSource } from "../../../src/core/compare";
import { project, record } from "./helpers";

const PROGRAM = "农村危房改造补助资金";

function file(label: string, district: string, households: number): CompareSource {
  const p = project({
    id: 0,
    row: 2,
    project: `${district}${PROGRAM}`,
    budgetUnit: `${district}住房和城乡建设局`,
    district,
  });
  const r = record({ row: 2, project: p.project, projectId: 0, name: "农村危房改造户数", comparator: ">=" });
  return {
    label,
    projects: [p],
    indicators: [{ ...r, value: households, unit: "户", target: `≥${households}户` }],
  };
}

describe("an autonomous county written short with 县 goes by its full name", () => {
  const r = compareDistricts([
    file("罗城县.xlsx", "罗城县", 220),
    file("巴马县.xlsx", "巴马县", 2600),
    file("环江毛南族自治县.xlsx", "环江毛南族自治县", 240),
    file("都安瑶族自治县.xlsx", "都安瑶族自治县", 260),
    file("宜州区.xlsx", "宜州区", 230),
  ]);
  const program = r.programs[0];

  it("in the comparison's columns", () => {
    expect(program.districts).toEqual([
      "罗城仫佬族自治县",
      "巴马瑶族自治县",
      "环江毛南族自治县",
      "都安瑶族自治县",
      "宜州区",
    ]);
    expect(program.districts).not.toContain("罗城县");
  });

  it("in its sentences", () => {
    const text = JSON.stringify(program.indicators.flatMap((i) => i.flags).map((f) => f.message));
    expect(text).toContain("巴马瑶族自治县");
    expect(text).not.toMatch(/巴马县|罗城县/);
  });

  it("while the cell quoted still names the file and the project as written", () => {
    const cell = program.indicators[0].cells["巴马瑶族自治县"];
    expect(cell.source).toContain("巴马县.xlsx");
    expect(JSON.stringify(r)).toContain("巴马县农村危房改造补助资金");
    expect(program.members.find((m) => m.district === "巴马瑶族自治县")).toMatchObject({ written: "巴马县" });
    expect(program.members.find((m) => m.district === "环江毛南族自治县")?.written).toBeUndefined();
    expect(program.members.find((m) => m.district === "宜州区")?.written).toBeUndefined();
  });

  it("a short form that was a county of its own too (东乡县) stays as written; 大通县 is the 自治县", () => {
    const shared = compareDistricts([
      file("东乡县.xlsx", "东乡县", 220),
      file("大通县.xlsx", "大通县", 240),
      file("临夏县.xlsx", "临夏县", 230),
    ]);
    expect(shared.programs[0].districts).toEqual(["东乡县", "大通回族土族自治县", "临夏县"]);
  });

  it("a name the list does not hold stays as written, and so does a 区 or 市 of the same short form", () => {
    const plain = compareDistricts([
      file("阳朔县.xlsx", "阳朔县", 220),
      file("化隆区.xlsx", "化隆区", 240),
      file("化隆县.xlsx", "化隆县", 230),
    ]);
    expect(plain.programs[0].districts).toEqual(["阳朔县", "化隆区", "化隆回族自治县"]);
  });
});
