/**
 * Round 103: town tables titled without 表 (…2024年镇级项目支出绩效目标) still name their district.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** A packed table (项目名称 | 绩效目标) under a title alone in its row. */
const titled = (title: string) =>
  parseGrid(
    grid([
      [title, ""],
      ["项目名称", "绩效目标"],
      ["绿化", "种植绿化苗木3000株。"],
    ]),
  );

describe("a town's title with its year and no 表 names the district of its projects", () => {
  it.each([
    ["临沧市临翔区博尚镇2024年镇级项目支出绩效目标", "临翔区"],
    ["泰州市姜堰区张甸镇2024年项目支出绩效目标", "姜堰区"],
    ["临翔区博尚镇2024年项目绩效目标情况", "临翔区"],
  ])("%s → %s", (title, district) => {
    const r = titled(title);
    expect(r.projects.map((p) => [p.project, p.district])).toEqual([["绿化", district]]);
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([["种植绿化苗木", 3000]]);
  });

  it("as the same title with 表 does", () => {
    expect(titled("临翔区博尚镇2024年项目支出绩效目标表").projects[0].district).toBe("临翔区");
  });

  it("a numbered heading (一、2024年项目绩效目标) is still no title", () => {
    const r = titled("一、临翔区2024年项目绩效目标");
    expect(r.projects.map((p) => p.project)).toEqual(["绿化"]);
  });
});
