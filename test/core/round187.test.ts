/**
 * Round 187: rows tables as the prefectures and counties of Guizhou, Guangxi, Yunnan, Xinjiang, Qinghai and
 * Gansu publish them — a 2025年目标 column beside 中期目标 (no 指标值), 芒市 (the 县级市 of one character
 * before 市) as the district, and a 部门整体 table titled …整体支出绩效目标表 or 单位整体支出… naming its unit.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf, leadingCity } from "../../src/core/table/district";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

/** name, comparator, value, unit, kind of every record read from a grid. */
const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

describe("goals' columns heading a rows table's targets", () => {
  it("reads 2025年目标 beside 中期目标 as the year's target, the 中期 one set aside (德宏, 黄南)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "民族团结进步示范创建", null, "主管部门", "芒市民族宗教事务局", null],
        ["一级指标", "二级指标", "三级指标", "中期目标", "2025年目标", "计量单位"],
        ["产出指标", "数量指标", "创建示范村（社区）", "≥30", "≥10", "个"],
        [null, "质量指标", "创建验收通过率", "100", "100", "%"],
        ["效益指标", "社会效益指标", "民族团结进步意识", "显著增强", "明显增强", ""],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit, i.kind])).toEqual([
      ["E3", "创建示范村（社区）", ">=", 10, "个", "quantitative"],
      ["E4", "创建验收通过率", "=", 100, "%", "quantitative"],
      ["E5", "民族团结进步意识", null, null, "", "qualitative"],
    ]);
  });

  it("reads 年度目标 and 2025年度目标 whichever side 中期目标 stands, and 中期目标（2025-2027年） as the long half", () => {
    expect(
      read([
        ["主管部门", "项目名称", "一级指标", "二级指标", "三级指标", "中期目标", "年度目标", "计量单位"],
        ["三穗县林业局", "油茶低产林改造", "产出指标", "数量指标", "低产林改造面积", "≥6000", "≥2000", "亩"],
        ["", "", "效益指标", "经济效益指标", "油茶鲜果亩产提高", "≥30", "≥10", "%"],
      ]),
    ).toEqual([
      ["低产林改造面积", ">=", 2000, "亩", "quantitative"],
      ["油茶鲜果亩产提高", ">=", 10, "%", "quantitative"],
    ]);
    expect(
      read([
        ["一级指标", "二级指标", "三级指标", "2025年度目标", "中期目标（2025-2027年）"],
        ["产出指标", "时效指标", "货车平均通关时间", "≤2.5小时", "≤2小时"],
        ["成本指标", "经济成本指标", "项目总成本", "≤600万元", "≤1800万元"],
      ]),
    ).toEqual([
      ["货车平均通关时间", "<=", 2.5, "小时", "quantitative"],
      ["项目总成本", "<=", 6000000, "元", "quantitative"],
    ]);
  });

  it("reads the year's half of 中期目标 | 年度目标 over 指标值 | 计量单位 twice, its unit too (云南's 中期 tables)", () => {
    const cells = (rows: CellValue[][]) =>
      parseGrid(grid(rows)).indicators.map((i) => [i.cell, i.comparator, i.value, i.unit]);
    const lower = [null, null, null, "指标值", "计量单位", "指标值", "计量单位"];
    expect(
      cells([
        ["一级指标", "二级指标", "三级指标", "中期目标", null, "年度目标", null],
        lower,
        ["产出指标", "数量指标", "培训人数", "≥900", "人次", "≥300", "人次"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90", "%", "≥95", "%"],
      ]),
    ).toEqual([
      ["F3", ">=", 300, "人次"],
      ["F4", ">=", 95, "%"],
    ]);
    expect(
      cells([
        ["一级指标", "二级指标", "三级指标", "2025年目标", null, "中期目标", null],
        lower,
        ["产出指标", "数量指标", "培训人数", "≥300", "人次", "≥900", "人次"],
      ]),
    ).toEqual([["D3", ">=", 300, "人次"]]);
    expect(
      cells([
        ["一级指标", "二级指标", "三级指标", "中期目标", "年度目标"],
        [null, null, null, "指标值", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥900人次", "≥300人次"],
      ]),
    ).toEqual([["E3", ">=", 300, "人次"]]);
  });

  it("keeps a 年度目标 column left of the categories the project's goal", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["农村公路养护", "完成860公里养护。", "产出指标", "数量指标", "养护里程", "≥860公里"],
      ]),
    );
    expect(r.projects.map((p) => p.goal)).toEqual(["完成860公里养护。"]);
    expect(r.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([["养护里程", 860, "公里"]]);
  });
});

describe("芒市, the 县级市 of one character", () => {
  it("reads 芒市 opening a unit's name as the district, after its prefecture too", () => {
    expect(leadingCity("芒市民族宗教事务局")).toBe("芒市");
    expect(districtOf("", "", "芒市民族宗教事务局")).toBe("芒市");
    expect(districtOf("", "德宏州芒市教育体育局")).toBe("芒市");
    expect(districtOf("", "云南省芒市卫生健康局")).toBe("芒市");
  });

  it("reads no other single character before 市 as a city (某市, 本市, 城市)", () => {
    for (const t of ["某市教育局", "本市道路保洁", "城市管理局", "芒市本级"])
      expect(leadingCity(t)).toBeNull();
    expect(districtOf("", "德宏州各市县教育局")).toBeNull();
  });

  it("reads （芒市） after a project's name as its district, and no other one character in brackets", () => {
    expect(districtOf("城区风貌提升（芒市）")).toBe("芒市");
    expect(districtOf("城区风貌提升（全市）")).toBeNull();
    expect(districtOf("城区风貌提升（本市）")).toBeNull();
  });

  it("gives the records of a form filed by 芒市's bureau 芒市 as district", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "边境防疫", "主管部门", "芒市卫生健康局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "核酸检测点", "≥12个"],
      ]),
    );
    expect(r.indicators.map((i) => [i.department, i.budgetUnit, i.district])).toEqual([
      ["芒市卫生健康局", "", "芒市"],
    ]);
  });
});

describe("a 县级市 before 城区 (凯里市城区…)", () => {
  it("reads the 县级市 as the district, and a prefecture's 城区 still as its district (阳泉市城区)", () => {
    expect(districtOf("凯里市城区污水处理")).toBe("凯里市");
    expect(districtOf("都匀市郊区蔬菜基地")).toBe("都匀市");
    expect(districtOf("", "阳泉市城区应急管理局")).toBe("城区");
    expect(districtOf("赣州市城区公交")).toBeNull();
  });
});

describe("a 部门整体 table titled by its unit", () => {
  it.each([
    [
      "塔城地区乌苏市人力资源和社会保障局2025年整体支出绩效目标表",
      "塔城地区乌苏市人力资源和社会保障局",
      "乌苏市",
    ],
    ["东兴市民政局2025年部门整体支出绩效目标表", "东兴市民政局", "东兴市"],
    ["德钦县自然资源局2025年单位整体支出绩效目标表", "德钦县自然资源局", "德钦县"],
  ])("%s: the unit its project and budget unit", (title, unit, district) => {
    const r = parseGrid(
      grid([
        [title],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "城镇新增就业人数", "≥3500人"],
      ]),
    );
    expect(r.indicators.map((i) => [i.project, i.budgetUnit, i.district])).toEqual([[unit, unit, district]]);
  });

  it("leaves a project's table titled 整体 a project's (城区整体风貌提升项目绩效目标表)", () => {
    const r = parseGrid(
      grid([
        ["凯里市城区整体风貌提升项目绩效目标表"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造立面", "≥12万平方米"],
      ]),
    );
    expect(r.indicators.map((i) => [i.project, i.district])).toEqual([
      ["凯里市城区整体风貌提升项目", "凯里市"],
    ]);
  });
});
