/**
 * Round 210's fixes, each with cells written fresh (not the round's own): a 区 word after a 县级市 of the closed list
 * (梅河口市东部城区…) is the city's own words, no district — a 县级市 has none; and prose opening with what is
 * supported or where a task is done (支持…，扶持…，鼓励…，引导…，在全镇各村开展…，) leads in to the indicators
 * after it, as 通过… and 围绕… do, rather than naming one record that swallows them.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

function read(cell: string): string[] {
  return parseGrid(
    grid(
      [
        ["单位名称", "项目名称", "绩效目标"],
        ["某县农业农村局", "某项目", cell],
      ],
      "Sheet1",
    ),
  ).indicators.map((x) => `${x.name} | ${x.comparator} ${x.value} ${x.unit}`);
}

describe("round 210", () => {
  it("reads no district in a 区 word after a 县级市, but the city", () => {
    expect(districtOf("梅河口市东部城区供水管网改造", "梅河口市水利局")).toBe("梅河口市");
    expect(districtOf("敦化市夏季城区绿化养护")).toBe("敦化市");
    expect(districtOf("吉林省珲春市北部城区道路维修")).toBe("珲春市");
  });

  it("keeps a prefecture's district after it", () => {
    expect(districtOf("通化市东昌区城区道路维修")).toBe("东昌区");
    expect(districtOf("延边州延吉市城市管理")).toBe("延吉市");
  });

  it("reads prose opening with what is supported as a lead-in", () => {
    expect(read("扶持农民专业合作社发展，扶持合作社25家，带动农户1200户。")).toEqual([
      "扶持合作社 | = 25 家",
      "带动农户 | = 1200 户",
    ]);
    expect(read("鼓励企业开展技术改造，奖补企业40家，带动新增投资不少于2亿元。")).toEqual([
      "奖补企业 | = 40 家",
      "带动新增投资 | >= 200000000 元",
    ]);
  });

  it("reads prose opening with where a task is done as a lead-in", () => {
    expect(read("在全镇各村开展人居环境整治，清理垃圾3000吨，拆除违建120处。")).toEqual([
      "清理垃圾 | = 3000 吨",
      "拆除违建 | = 120 处",
    ]);
  });

  it("keeps the words before a comma as the name of a bare target after it, whatever they open with", () => {
    expect(read("支持企业数量，20家；培训人数≥300人")).toEqual([
      "支持企业数量 | = 20 家",
      "培训人数 | >= 300 人",
    ]);
    expect(read("引导社会资本投入，≥500万元")).toEqual(["引导社会资本投入 | >= 5000000 元"]);
    expect(read("通过率，95%；培训人数≥300人")).toEqual(["通过率 | = 95 %", "培训人数 | >= 300 人"]);
  });

  it("keeps a name opening with 在 that does no task", () => {
    expect(read("在校学生人数，1200人")).toEqual(["在校学生人数 | = 1200 人"]);
  });
});
