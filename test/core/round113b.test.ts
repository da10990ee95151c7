/**
 * Round 113b: a free-text document numbering its header lines (一、项目名称：… 二、实施单位：…), and the
 * bureaus of a 县级市 whose towns the same table writes right after it (麻城市福田河镇人民政府 beside
 * 麻城市卫生健康局).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("a document numbering its header lines (一、项目名称：… 二、实施单位：… 三、绩效指标：)", () => {
  it("reads the numbered unit line as the numbered project line is read, and the district from it", () => {
    const r = parseGrid(
      grid([
        ["一、项目名称：农村供水保障工程"],
        ["二、实施单位：汉滨区水利局"],
        ["三、绩效指标："],
        ["【产出指标-数量指标】新建集中供水工程：9处"],
        ["一、项目名称：茶园提质增效项目"],
        ["（二）主管部门：汉阴县农业农村局"],
        ["三、绩效指标："],
        ["【产出指标-数量指标】新建标准化茶园：1200亩"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.department, p.district])).toEqual([
      ["农村供水保障工程", "汉滨区水利局", "", "汉滨区"],
      ["茶园提质增效项目", "", "汉阴县农业农村局", "汉阴县"],
    ]);
    expect(r.indicators.map((i) => [i.name, i.value, i.unit, i.district])).toEqual([
      ["新建集中供水工程", 9, "处", "汉滨区"],
      ["新建标准化茶园", 1200, "亩", "汉阴县"],
    ]);
  });
});

describe("a 县级市's bureaus beside its towns (麻城市卫生健康局 beside 麻城市福田河镇人民政府)", () => {
  const table = (title: string | null, units: string[]) =>
    parseGrid(
      grid([
        ...(title === null ? [] : [[title, null, null, null]]),
        ["序号", "单位", "项目名称", "绩效指标"],
        ...units.map((u, i) => [
          i + 1,
          u,
          `项目${"甲乙丙丁"[i]}`,
          "产出：培训人数≥500人；满意度：群众满意度≥90%",
        ]),
      ]),
    );
  const districts = (r: ReturnType<typeof parseGrid>) => ({
    projects: r.projects.map((p) => p.district),
    records: r.indicators.map((i) => i.district),
  });

  it("gives the city to its bureaus under a title naming it, the towns keeping their own", () => {
    const d = districts(
      table("麻城市2024年财政专项资金绩效目标表", [
        "麻城市福田河镇人民政府",
        "麻城市龟山镇人民政府",
        "麻城市卫生健康局",
        "麻城市水利和湖泊局",
      ]),
    );
    expect(d.projects).toEqual(["福田河镇", "龟山镇", "麻城市", "麻城市"]);
    expect(d.records).toEqual([
      "福田河镇",
      "福田河镇",
      "龟山镇",
      "龟山镇",
      "麻城市",
      "麻城市",
      "麻城市",
      "麻城市",
    ]);
  });

  it("gives it with no title too, one town beside one bureau", () => {
    const d = districts(table(null, ["麻城市龟山镇人民政府", "麻城市卫生健康局"]));
    expect(d.projects).toEqual(["龟山镇", "麻城市"]);
  });

  it("gives none to a prefecture with no districts (东莞市长安镇 beside 东莞市卫生健康局)", () => {
    const d = districts(table(null, ["东莞市长安镇人民政府", "东莞市卫生健康局"]));
    expect(d.projects).toEqual(["长安镇", null]);
  });

  it("gives none where the city stands before a district too; a 县级市 of the closed list is given alone too", () => {
    expect(
      districts(table(null, ["苏州市姑苏区教育局", "苏州市金庭镇人民政府", "苏州市档案馆"])).projects,
    ).toEqual(["姑苏区", "金庭镇", null]);
    // (Round 122: 麻城市 is a 县级市 of the closed list, no prefecture, also where no town follows it.)
    expect(districts(table(null, ["麻城市卫生健康局", "麻城市水利和湖泊局"])).projects).toEqual([
      "麻城市",
      "麻城市",
    ]);
  });
});
