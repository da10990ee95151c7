/**
 * Districts from sheet and file names as other cities send them (probe round 54): 历城区 and 城区 as a
 * sheet, 附件2：宜都市2024年….xlsx, 长阳土家族自治县 whole, a 县级市 sheet never overruled by the file's
 * 封面加每区一表, and a bracketed （城区） never dropped in silence.
 */
import {
  compareDistricts,
  findDistrict,
  formatComparisonSummary,
  type CompareSource,
} from "../../../src/core/compare";
import { placeInName } from "../../../src/core/compare/districts";
import { project, record } from "./helpers";

const PROGRAM = "公共文化服务体系建设补助资金";

/** One source with one project on `sheet`; the district is named nowhere but in `label` or `sheet`. */
function source(
  label: string,
  sheet: string,
  value: number,
  name = PROGRAM,
  budgetUnit = "文化和旅游局",
): CompareSource {
  const p = project({ id: 0, row: 2, sheet, project: name, budgetUnit, district: null });
  const r = record({
    sheet,
    row: 2,
    cell: "D4",
    project: name,
    projectId: 0,
    name: "免费开放个数",
    comparator: ">=",
    value,
    unit: "个",
    target: `≥${value}个`,
  });
  return { label, projects: [p], indicators: [r] };
}

describe("a sheet's or file's name", () => {
  it.each([
    ["历城区", "历城区"],
    ["历城区.xlsx", "历城区"],
    ["城区", "城区"],
    ["矿区.xlsx", "矿区"],
    ["附件8：长阳土家族自治县2024年公共文化服务体系建设绩效目标表.xlsx", "长阳土家族自治县"],
    ["附件5：兴山县.xlsx", "兴山县"],
    // (县级市 of the closed list name their district, round 122.)
    ["附件2-当阳市公共文化.xlsx", "当阳市"],
    ["余姚市", "余姚市"],
    // (宜都市 ends like 都市, but is one of the closed list: a district, as the parser reads it, round 123.)
    ["附件2：宜都市2024年公共文化服务体系建设绩效目标表.xlsx", "宜都市"],
    ["2024年宜都市公共文化.xlsx", "宜都市"],
  ])("%s names the district %s", (name, district) => {
    expect(placeInName(name)).toEqual({ district, city: null });
  });

  it.each([
    ["2024年荆州市公共文化.xlsx", "荆州市"],
    ["成都市.xlsx", "成都市"],
  ])("%s names the city %s", (name, city) => {
    expect(placeInName(name)).toEqual({ district: null, city });
  });

  it.each([
    "w10-宁波-退役军人服务站-封面加每区一表.xlsx",
    "宁波-退役军人-汇总含十区.xlsx",
    "附件2各区县绩效目标汇总表.xlsx",
    "每区一表.xlsx",
    "中心城区",
    "智慧城市.xlsx",
  ])("%s names no place", (name) => {
    expect(placeInName(name)).toEqual({ district: null, city: null });
  });

  it("a project's bracket or unit: 历城区 is a district, 阳泉市郊区 is not 市郊区", () => {
    expect(findDistrict("学生资助补助经费（历城区）")).toBe("历城区");
    expect(findDistrict("阳泉市郊区应急管理局")).not.toBe("市郊区");
  });
});

describe("one file per county, the county only in the file's name (宜昌)", () => {
  const names = [
    "夷陵区",
    "宜都市",
    "当阳市",
    "枝江市",
    "远安县",
    "兴山县",
    "秭归县",
    "长阳土家族自治县",
    "五峰土家族自治县",
  ];
  const sources = names.map((n, i) =>
    source(`附件${i + 1}：${n}2024年公共文化服务体系建设绩效目标表.xlsx`, "Sheet1", 5 + i),
  );

  it("compares all nine, each autonomous county under its own name", () => {
    const r = compareDistricts(sources);
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toEqual(names);
    expect(r.programs[0].unplaced).toEqual([]);
    expect(r.programs[0].unaligned).toEqual([]);
  });
});

describe("a cover sheet and one sheet per district in a file named 封面加每区一表 (宁波)", () => {
  const FILE = "w10-宁波-退役军人服务站-封面加每区一表.xlsx";
  const sheets = ["海曙区", "江北区", "余姚市", "慈溪市", "宁海县"];
  const bySheet = sheets.map((s, i) =>
    source(`${FILE} · ${s}`, s, 50 + 10 * i, "退役军人服务站运行经费", ""),
  );
  const whole: CompareSource = {
    label: FILE,
    projects: bySheet.map((s, i) => ({ ...s.projects[0], id: i })),
    indicators: bySheet.map((s, i) => ({ ...s.indicators[0], projectId: i })),
  };

  it("takes 余姚市 and 慈溪市 from the sheets, read sheet by sheet (compare) or whole (analyze)", () => {
    for (const sources of [bySheet, [whole]]) {
      const r = compareDistricts(sources);
      expect(r.programs[0].districts).toEqual(sheets);
      expect(r.programs[0].unaligned).toEqual([]);
    }
  });
});

describe("a bracketed place word that is no known district (（城区） among 历城区, 历下区 …)", () => {
  const rows = ["历城区", "历下区", "城区", "市中区"].map((d, i) => {
    const s = source("licheng.xlsx", "s", 100 + i, `学生资助补助经费（${d}）`, "");
    return {
      ...s,
      projects: s.projects.map((p) => ({ ...p, row: 2 + i, district: d === "城区" ? null : d })),
    };
  });
  const one: CompareSource = {
    label: "licheng.xlsx",
    projects: rows.map((s, i) => ({ ...s.projects[0], id: i })),
    indicators: rows.map((s, i) => ({ ...s.indicators[0], projectId: i })),
  };

  it("is listed as unplaced, naming the word, never dropped in silence", () => {
    const r = compareDistricts([one]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["历城区", "历下区", "市中区"]);
    expect(p.unplaced).toEqual([
      { project: "学生资助补助经费（城区）", source: "licheng.xlsx", sheet: "s", row: 4, seen: "城区" },
    ]);
    const text = formatComparisonSummary(r, "zh");
    expect(text).toContain("“城区”不能确认为区县名");
    expect(text).not.toContain("请在项目名称或预算单位中写明区县");
  });
});

describe("阳泉's 城区, 矿区 and 郊区, named only in their units", () => {
  const units = [
    "阳泉市城区应急管理局",
    "阳泉市矿区应急管理局",
    "阳泉市郊区应急管理局",
    "平定县应急管理局",
    "盂县应急管理局",
  ];
  const one: CompareSource = {
    label: "w12.xlsx",
    projects: units.map((u, i) => ({
      ...source("w12.xlsx", "Sheet1", 1, "应急物资储备经费", u).projects[0],
      id: i,
      row: 2 + 4 * i,
    })),
    indicators: units.map((u, i) => ({
      ...source("w12.xlsx", "Sheet1", 3000 + 100 * i, "应急物资储备经费", u).indicators[0],
      projectId: i,
    })),
  };

  it("never makes a fake 阳泉市 or 市郊区 entry; each is compared under its name or listed, naming the word", () => {
    const p = compareDistricts([one]).programs[0];
    expect(p.districts).not.toContain("阳泉市");
    expect(p.districts).not.toContain("市郊区");
    expect(p.districts).toEqual(expect.arrayContaining(["平定县", "盂县"]));
    for (const word of ["城区", "矿区", "郊区"]) {
      const listed = p.unplaced.find((u) => u.seen === word);
      expect(p.districts.includes(word) || listed !== undefined).toBe(true);
    }
    expect(p.districts.length + p.unplaced.length).toBe(5);
    expect(p.unaligned).toEqual([]);
  });
});
