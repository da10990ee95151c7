/**
 * Round 111 (a fresh inbox): names that kept a 不 or a 于, a deadline inside a name, two bounds of one
 * name, a statement opening a column's cell, and town prose with purpose clauses.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** One packed 绩效指标 cell under the simplest header (项目名称 | 绩效指标). */
const packedCell = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );

/** The records of one packed cell: name, comparator, value, unit, kind (and the date where there is one). */
function read(cell: string) {
  return packedCell(cell).indicators.map((i) =>
    i.kind === "date" ? [i.name, i.kind, i.date] : [i.name, i.comparator, i.value, i.unit, i.kind],
  );
}

describe("a name keeps no dangling 不 or 于 (十堰, 松材线虫病防治)", () => {
  it("reads 不 and a change that must not happen as the target (疫区数量不增加, 耕地面积不减少)", () => {
    const r = packedCell("效益指标：疫区数量不增加；耕地面积不减少；水质不下降");
    expect(r.indicators.map((i) => [i.name, i.target, i.comparator, i.kind])).toEqual([
      ["疫区数量", "不增加", null, "qualitative"],
      ["耕地面积", "不减少", null, "qualitative"],
      ["水质", "不下降", null, "qualitative"],
    ]);
  });

  it("drops the 于 before a deadline after any name (除治工作于…, 资金于…)", () => {
    expect(read("时效指标：除治工作于2025年3月底前完成；资金于2025年6月30日前拨付到位")).toEqual([
      ["除治工作", "date", "2025-03-31"],
      ["资金", "date", "2025-06-30"],
    ]);
    // (A 为 after 作 is a word's: 违法行为, 工作为 — the 为 of 作为 stays.)
    expect(read("查处违法行为不少于1800起")[0][0]).toBe("查处违法行为");
  });
});

describe("a deadline written inside the name, before the figure (衢州柯城)", () => {
  it("moves the deadline to the target: 开工率2024年6月底前达100% → 开工率, >= 100 %", () => {
    const r = packedCell("时效指标：开工率2024年6月底前达100%；项目完工率于12月底前≥95%");
    expect(r.indicators.map((i) => [i.name, i.target, i.comparator, i.value, i.unit])).toEqual([
      ["开工率", "2024年6月底前达100%", ">=", 100, "%"],
      ["项目完工率", "12月底前≥95%", ">=", 95, "%"],
    ]);
  });
});

describe("two bounds of one name after a 、 (钦州)", () => {
  it("reads 培训果农≥15期、≥600人次 as two records of the name, the text covered", () => {
    const r = packedCell("产出指标：（1）培训果农≥15期、≥600人次；（2）建设冷库1座。");
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.text])).toEqual([
      ["培训果农", ">=", 15, "期", "（1）培训果农≥15期、"],
      ["培训果农", ">=", 600, "人次", "≥600人次；"],
      ["建设冷库", "=", 1, "座", "（2）建设冷库1座。"],
    ]);
  });

  it("keeps bounds in one unit, and a second quantity with no comparator, with the first", () => {
    expect(read("达标率≥90%、≥95%")).toHaveLength(1);
    expect(read("培训4期200人次")).toHaveLength(1);
  });
});

describe("a statement opening a cell under a 效益指标 column (十堰)", () => {
  it("reads 为…提供数据支撑； as qualitative, as under its own label", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "产出指标", "效益指标"],
        ["水土保持监测", "监测站点数量≥16个", "为库区水质保护提供数据支撑；入库河流水质达标率≥95%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind])).toEqual([
      ["监测站点数量", "quantitative"],
      ["为库区水质保护提供数据支撑", "qualitative"],
      ["入库河流水质达标率", "quantitative"],
    ]);
  });
});

describe("town prose with purpose clauses (盐城大丰, 通辽科尔沁)", () => {
  it("cuts a deadline's deed from a purpose that leads in to a satisfaction", () => {
    const r = packedCell(
      "安装太阳能路灯150盏，路灯亮灯率≥98%，9月底前完工，解决群众夜间出行难问题，群众满意度达95%。",
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.comparator, i.value, i.text])).toEqual([
      ["安装太阳能路灯", "quantitative", "=", 150, "安装太阳能路灯150盏，"],
      ["路灯亮灯率", "quantitative", ">=", 98, "路灯亮灯率≥98%，"],
      ["完工", "date", null, null, "9月底前完工，"],
      ["群众满意度", "quantitative", ">=", 95, "解决群众夜间出行难问题，群众满意度达95%。"],
    ]);
  });

  it("names a figure after a purpose by its own name (方便群众出行，受益人口4500人)", () => {
    const r = packedCell("产出：新建道路3.2公里。效益：方便群众出行，受益人口4500人。");
    expect(r.indicators.map((i) => [i.name, i.value, i.unit, i.text])).toEqual([
      ["新建道路", 3.2, "公里", "产出：新建道路3.2公里。"],
      ["受益人口", 4500, "人", "效益：方便群众出行，受益人口4500人。"],
    ]);
  });

  it("cuts a period and its work (全年养护) after a figure, a record of its own", () => {
    const r = packedCell(
      "养护村级道路120公里，道路完好率达85%以上，全年养护，保障群众出行安全，满意度90%以上。",
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.value, i.text])).toEqual([
      ["养护村级道路", "quantitative", 120, "养护村级道路120公里，"],
      ["道路完好率", "quantitative", 85, "道路完好率达85%以上，"],
      ["养护", "date", null, "全年养护，"],
      ["满意度", "quantitative", 90, "保障群众出行安全，满意度90%以上。"],
    ]);
    expect(read("产出指标：开展培训20期，全年开展，提升群众技能，受益人数≥500人。")).toEqual([
      ["开展培训", "=", 20, "期", "quantitative"],
      ["开展", "date", null],
      ["受益人数", ">=", 500, "人", "quantitative"],
    ]);
  });
});
