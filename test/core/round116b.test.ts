/**
 * Round 116b: a 申报书 whose only name of its project is its title (塔城市2025年…补助资金项目申报书).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** A document pasted a line per row down one column. */
const lines = (text: string) => parseGrid(grid(text.split(" / ").map((t) => [t])));

describe("a 申报书 naming its project only in its title (塔城市2025年城乡居民基本医疗保险补助资金项目申报书)", () => {
  const r = lines(
    "塔城市2025年城乡居民基本医疗保险补助资金项目申报书 / 项目单位：塔城市医疗保障局 / （二）绩效指标 / 1.产出指标 / （1）数量指标：参保人数≥10.2万人。 / 2.效益指标 / （1）社会效益指标：群众看病负担有效减轻。",
  );

  it("names the project from the title, without its place, year and 项目申报书", () => {
    expect(r.projects).toHaveLength(1);
    expect(r.projects[0]).toMatchObject({
      project: "城乡居民基本医疗保险补助资金",
      budgetUnit: "塔城市医疗保障局",
      projectCell: "A1",
      projectFrom: "title",
    });
    expect(r.indicators.map((x) => [x.project, x.name, x.value])).toEqual([
      ["城乡居民基本医疗保险补助资金", "参保人数", 102000],
      ["城乡居民基本医疗保险补助资金", "群众看病负担", null],
    ]);
  });

  it("keeps 项目 when the name ends in it (…改造建设项目申报书)", () => {
    const s = lines(
      "某县2025年老旧小区改造建设项目申报书 / 项目单位：某局 / 1.产出指标 / （1）数量指标：改造小区数量≥3个。",
    );
    expect(s.projects.map((p) => p.project)).toEqual(["老旧小区改造建设项目"]);
  });

  it("reads no project from a title naming none (2025年部门项目申报书, …绩效目标申报书)", () => {
    for (const title of ["某县2025年部门项目申报书", "某区文化旅游局2024年项目绩效目标申报书"]) {
      const s = lines(`${title} / 项目单位：某局 / 1.产出指标 / （1）数量指标：改造小区数量≥3个。`);
      expect(s.indicators.map((x) => [x.project, x.name])).toEqual([["", "改造小区数量"]]);
    }
  });
});
