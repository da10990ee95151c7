/**
 * Round 88 (what the parser hands the comparison): a 县级市 named only in its sheet's title among the
 * prefecture's other counties' sheets, an autonomous county written short in the unit and whole in the
 * title, and a column among place columns that names no place.
 */
import { compareDistricts } from "../../src/core/compare";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** A county's sheet of a workbook of one sheet per county (每县一表), titled as the officer titled it. */
const countySheet = (sheet: string, title: string, target: string) =>
  parseGrid(
    grid(
      [
        [title],
        ["项目名称", "公共文化服务体系建设补助资金"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "送戏下乡演出场次", target],
      ],
      sheet,
    ),
  );

const compareSheets = (sheets: ReturnType<typeof countySheet>[]) =>
  compareDistricts(
    sheets.map((r, i) => ({
      label: `赣州.xlsx · ${r.projects[0].sheet}`,
      projects: r.projects,
      indicators: r.indicators,
      order: i,
    })),
  );

describe("a 县级市 named only in its sheet's title (龙南市2024年…) among its prefecture's counties' sheets", () => {
  const longnan = countySheet("Sheet3", "龙南市2024年公共文化服务体系建设补助资金绩效目标表", "≥70场");
  const siblings = [
    countySheet("章贡区", "2024年公共文化服务体系建设补助资金绩效目标表", "≥60场"),
    countySheet("南康区", "2024年公共文化服务体系建设补助资金绩效目标表", "≥80场"),
  ];

  it("hands the title's city to the comparison, which places it beside the sheets of districts", () => {
    // (龙南市 is a 县级市 of the closed list: the title names the district itself, round 122.)
    expect(longnan.projects[0].district).toBe("龙南市");
    const result = compareSheets([...siblings, longnan]);
    expect(result.programs).toHaveLength(1);
    expect(result.programs[0].districts).toEqual(["章贡区", "南康区", "龙南市"]);
    expect(result.programs[0].unplaced).toEqual([]);
  });

  it("places nothing by a prefecture's own title (赣州市…) with no sheet of a district beside it", () => {
    const own = countySheet("Sheet1", "赣州市2024年公共文化服务体系建设补助资金绩效目标表", "≥500场");
    expect(own.projects[0].titleCity).toBe("赣州市");
    // Alone in the comparison, the title's city places nothing: no sheet beside it names a district.
    expect(compareSheets([own]).programs).toHaveLength(0);
  });

  it("gives no title city to a project whose unit names its own city, or under a title naming none", () => {
    const r = parseGrid(
      grid([
        ["龙南市2024年项目支出绩效目标表"],
        ["项目名称", "某项目", "预算单位", "定南县文化广电新闻出版旅游局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "送戏下乡演出场次", "≥70场"],
      ]),
    );
    expect(r.projects[0].district).toBe("定南县");
    expect(r.projects[0].titleCity).toBeUndefined();
    expect(siblings[0].projects[0].titleCity).toBeUndefined();
  });
});

describe("an autonomous county written short in the unit (兰坪县…) and whole in the title", () => {
  const form = (title: string, unit: string) =>
    parseGrid(
      grid([
        [title],
        ["项目名称", "农村危房改造补助资金", "实施单位", unit],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "农村危房改造户数", "≥300户"],
      ]),
    );

  it("takes the title's full name as the project's district", () => {
    const r = form("兰坪白族普米族自治县2024年绩效目标表", "兰坪县住房和城乡建设局");
    expect(r.projects[0].district).toBe("兰坪白族普米族自治县");
    expect(r.indicators[0].district).toBe("兰坪白族普米族自治县");
  });

  it("reads an autonomous banner alike (鄂伦春自治旗 over 鄂伦春旗…)", () => {
    const r = form("鄂伦春自治旗2024年项目绩效目标表", "鄂伦春旗住房和城乡建设局");
    expect(r.projects[0].district).toBe("鄂伦春自治旗");
  });

  it("keeps the unit's county when the title names another place", () => {
    expect(form("兰坪白族普米族自治县2024年绩效目标表", "福贡县住房和城乡建设局").projects[0].district).toBe(
      "福贡县",
    );
    expect(form("大通回族土族自治县2024年绩效目标表", "大通区住房和城乡建设局").projects[0].district).toBe(
      "大通区",
    );
  });
});

describe("a column among place columns that names no place (姑苏区 | 市直 | 吴中区)", () => {
  const zh = (r: ReturnType<typeof parseGrid>) => r.messages.map((m) => m.text.zh).join("\n");

  it("is named in a message when the places head the columns", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "姑苏区", "市直", "吴中区", "常熟市"],
        ["产出指标", "数量指标", "补助幼儿园数量", "≥85所", "≥60所", "≥70所", "≥150所"],
      ]),
    );
    expect(r.indicators.map((i) => i.district)).toEqual(["姑苏区", "吴中区", "常熟市"]);
    expect(zh(r)).toContain("E 列“市直”夹在各地区的列之间");
  });

  it("does not keep the places under a merged 指标值 from being read, and is named", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "计量单位", "指标值", null, null, null],
        [null, null, null, null, "姑苏区", "市直", "吴中区", "常熟市"],
        ["产出指标", "数量指标", "补助幼儿园数量", "所", "≥85", "≥60", "≥70", "≥150"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.district])).toEqual([
      ["E3", "姑苏区"],
      ["G3", "吴中区"],
      ["H3", "常熟市"],
    ]);
    expect(zh(r)).toContain("第 2 行的表头中，F 列“市直”夹在各地区的列之间");
  });

  it("says nothing of a park among the places, or of a total", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "姑苏区", "苏州工业园区", "合计", "常熟市"],
        ["产出指标", "数量指标", "补助幼儿园数量", "≥85所", "≥60所", "≥215所", "≥150所"],
      ]),
    );
    expect(zh(r)).not.toContain("夹在各地区的列之间");
  });
});
