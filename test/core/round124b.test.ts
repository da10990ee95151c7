/**
 * Round 124 (b): goals numbered 目标N：, a unit column closing with its bound (天内), a period into the next
 * year (10月15日至次年4月15日), districts whose names hold 市 (沙市区), and documents' project headings.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

describe("goals numbered 目标N： in a packed cell", () => {
  it("strips the numbering as 指标N: is, and a satisfaction goal infers its 二级", () => {
    const r = parseGrid(
      grid([
        ["单位名称", "项目名称", "绩效目标"],
        [
          "某某镇人民政府",
          "产业补助",
          "目标1：发展烤烟种植1200亩。\n目标2：建设蔬菜基地1个。\n目标3：受益农户满意度达90%以上。",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.seq, i.comparator, i.value, i.unit, i.level2Inferred])).toEqual(
      [
        ["发展烤烟种植", 1, "=", 1200, "亩", "数量指标"],
        ["建设蔬菜基地", 2, "=", 1, "个", "数量指标"],
        ["受益农户满意度", 3, ">=", 90, "%", "服务对象满意度指标"],
      ],
    );
  });

  it("keeps 目标 inside a name, and 目标 with no colon after its number", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["测试项目", "完成年度目标1200亩；目标1个"],
      ]),
    );
    expect(r.indicators.map((i) => i.name)).not.toContain("发展烤烟种植");
    expect(r.indicators[0].name).toContain("年度目标");
  });
});

describe("a unit column closing with its bound (30 | 天内)", () => {
  it("reads the bound as the comparator and the unit without it, as 30天内 in one cell", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "秸秆利用", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "时效指标", "秋收后离田时限", "30", "天内"],
        [null, "质量指标", "验收合格率", "95", "%以上"],
        [null, "成本指标", "亩均补助", "60", "元以内"],
        [null, "数量指标", "购置打捆机", "3", "台"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit])).toEqual([
      ["秋收后离田时限", "<=", 30, "天"],
      ["验收合格率", ">=", 95, "%"],
      ["亩均补助", "<=", 60, "元"],
      ["购置打捆机", "=", 3, "台"],
    ]);
  });
});

describe("a period into the next year (10月15日至次年4月15日)", () => {
  it("dates the end of the period, in the year after the table's", () => {
    const r = parseGrid(
      grid([
        ["乌海市海勃湾区部门项目支出绩效目标表（2024年度）", null, null, null],
        ["项目名称", "供暖补贴", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "供暖期", "10月15日至次年4月15日"],
        [null, "时效指标", "完成时间", "次年3月底前"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.date])).toEqual([
      ["供暖期", "date", "2025-04-15"],
      ["完成时间", "date", "2025-03-31"],
    ]);
  });
});

describe("districts whose own names hold 市 (沙市区, 西市区)", () => {
  it("are read from units and departments, after their city or alone", () => {
    expect(districtOf("", "沙市区岑河镇人民政府", "荆州市沙市区水利和湖泊局")).toBe("沙市区");
    expect(districtOf("", "", "荆州市沙市区水利和湖泊局")).toBe("沙市区");
    expect(districtOf("", "营口市西市区财政局")).toBe("西市区");
    expect(districtOf("", "乌鲁木齐市新市区教育局")).toBe("新市区");
    expect(districtOf("（沙市区）")).toBe("沙市区");
  });

  it("leaves a city's words with 市 inside alone", () => {
    expect(districtOf("全市区道路改造")).toBeNull();
    expect(districtOf("新市区建设")).toBeNull();
    expect(districtOf("", "赣州市城区公交公司")).toBeNull();
  });

  it("gives the projects of a 沙市区 form their district", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "供水管网改造", "主管部门", "沙市区水利和湖泊局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "更换入户水表", "1860块"],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["沙市区"]);
  });
});
