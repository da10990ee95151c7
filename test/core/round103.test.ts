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

/** A document pasted a line per row down one column (" / " between lines). */
const lines = (text: string) => parseGrid(grid(text.split(" / ").map((t) => [t])));

describe("the issuing unit on the first line, the year's title on the second", () => {
  const body =
    "项目名称：送戏下乡惠民演出项目 / 项目单位：某区文化馆 / 三、绩效目标 / （一）产出指标 / 1.时效指标 / （1）12月底前完成全部演出；";

  it("12月底前 takes the second line's year, as when the title comes first", () => {
    const r = lines(`益阳市资阳区文化旅游广电体育局 / 2024年度部门项目支出预算绩效目标申报书 / ${body}`);
    expect(r.indicators.map((i) => [i.name, i.kind, i.date])).toEqual([
      ["完成全部演出", "date", "2024-12-31"],
    ]);
  });

  it("a second line that is no title gives no year", () => {
    const r = lines(`某区文化旅游广电体育局 / 说明：2024年项目绩效目标 / ${body}`);
    expect(r.indicators.map((i) => i.date)).toEqual([null]);
  });
});

/** One packed 绩效指标 cell under the simplest header (项目名称 | 绩效指标). */
const packedCell = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );

describe("无明显… after a name is a qualitative target", () => {
  it.each([
    ["质量：河面无明显漂浮物；", "河面", "无明显漂浮物"],
    ["质量指标：路面无明显坑槽。", "路面", "无明显坑槽"],
  ])("%s → %s | %s", (cell, name, target) => {
    const r = packedCell(cell);
    expect(r.indicators.map((i) => [i.name, i.target, i.kind])).toEqual([[name, target, "qualitative"]]);
  });

  it("in a cell with other labelled indicators", () => {
    const r = packedCell("产出：管护河道18条；质量：河面无明显漂浮物；满意度：群众满意度不低于90%。");
    expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([
      ["管护河道", "quantitative"],
      ["河面", "qualitative"],
      ["群众满意度", "quantitative"],
    ]);
  });
});
