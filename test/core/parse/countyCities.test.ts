/**
 * 昆山市水务局 beside 太仓市教育局: a city written before a unit's name is the project's place when the
 * table names other cities too and the city is not the table's own.
 */
import type { Grid } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";

const grid = (title: string | null, units: string[]): Grid => ({
  sheet: "S",
  top: 1,
  left: 1,
  values: [
    ...(title === null ? [] : [[title, null, null]]),
    ["预算单位", "项目名称", "绩效指标"],
    ...units.map((u, i) => [u, `项目${"甲乙丙丁戊"[i]}`, "1、产出指标：培训人数不少于500人次。"]),
  ],
});

const districts = (g: Grid) => {
  const r = parseGrid(g);
  return {
    projects: r.projects.map((p) => p.district),
    records: r.indicators.map((i) => i.district),
  };
};

describe("county-level cities written before a unit's name", () => {
  it("gives each 县级市 of a prefecture's table its own city, and the prefecture's own units none", () => {
    const d = districts(
      grid("苏州市2024年项目支出绩效目标表", ["昆山市水务局", "太仓市教育局", "苏州市档案馆"]),
    );
    expect(d.projects).toEqual(["昆山市", "太仓市", null]);
    expect(d.records).toEqual(["昆山市", "太仓市", null]);
  });

  it("takes a city that stands before a district for the prefecture", () => {
    const d = districts(grid(null, ["苏州市姑苏区教育局", "昆山市水务局", "苏州市档案馆"]));
    expect(d.projects).toEqual(["姑苏区", "昆山市", null]);
  });

  it("names no place where the table names one city only and it is no 县级市 of the list: X市 may be the prefecture", () => {
    expect(districts(grid(null, ["苏州市水务局", "苏州市河道管理处"])).projects).toEqual([null, null]);
    expect(districts(grid("苏州市2024年项目支出绩效目标表", ["苏州市水务局"])).projects).toEqual([null]);
    // (Round 122: 昆山市, a 县级市 of the closed list, is a district alone too.)
    expect(districts(grid("昆山市2024年项目支出绩效目标表", ["昆山市水务局"])).projects).toEqual(["昆山市"]);
  });

  it("reads no city from words that end in 市 (城市管理局, 市场监督管理局)", () => {
    const d = districts(grid(null, ["城市管理局", "市场监督管理局", "余姚市文化馆"]));
    // (余姚市, a 县级市 of the closed list, is read alone too: round 122.)
    expect(d.projects).toEqual([null, null, "余姚市"]);
  });

  it("keeps a town the names give (a 镇 does not make the city before it a prefecture)", () => {
    const d = districts(grid(null, ["昆山市花桥镇人民政府", "太仓市教育局", "昆山市水务局"]));
    expect(d.projects).toEqual(["花桥镇", "太仓市", "昆山市"]);
  });

  it("reads the city after a party's or a national body's name (中共南安市委…, 政协桂平市委员会)", () => {
    const d = districts(
      grid(null, ["中共南安市委统一战线工作部", "政协桂平市委员会", "国家税务总局五常市税务局"]),
    );
    expect(d.projects).toEqual(["南安市", "桂平市", "五常市"]);
  });
});
