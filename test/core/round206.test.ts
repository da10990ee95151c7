/**
 * Round 206's fixes, each with cells written fresh (not the round's own): districts whose names end as a kind of
 * area does (永州市冷水滩区, 洛阳市老城区) and a district's 市政/市场 offices; a section number before 成本指标 (1.4成本指标：,
 * 成 no unit there); a 【】 heading between the form's 绩效指标 label and its items; a year's rain or flood season
 * closing a deadline written first (2025年雨季前完成…).
 */
import { parseGrid } from "../../src/core/parse";
import { districtOf, leadingCity } from "../../src/core/table/district";
import { grid } from "../support/grid";

/** The records of one 绩效指标 cell in a 单位名称 | 项目名称 | 绩效指标 table. */
function read(cell: string): string[] {
  const g = grid(
    [
      ["单位名称", "项目名称", "绩效指标"],
      ["某县农业农村局", "某项目", cell],
    ],
    "Sheet1",
  );
  return parseGrid(g).indicators.map((x) =>
    [x.level1, x.level2, x.name, x.comparator, x.value, x.unit, x.kind, x.date].join("|"),
  );
}

describe("round 206", () => {
  it("reads 冷水滩区 and 洛阳市老城区 as districts, as 红谷滩区 is", () => {
    expect(districtOf("", "永州市冷水滩区农业农村局")).toBe("冷水滩区");
    expect(districtOf("冷水滩区城乡供水一体化")).toBe("冷水滩区");
    expect(districtOf("", "洛阳市老城区文化和旅游局")).toBe("老城区");
    // (老城区 alone is any city's old town.)
    expect(districtOf("老城区背街小巷改造")).toBe(null);
  });

  it("never reads a district's 市政 or 市场 office as a city ending in 区市", () => {
    expect(leadingCity("老城区市政设施维护中心")).toBe(null);
    expect(leadingCity("冷水滩区市场监督管理局")).toBe(null);
    const g = grid(
      [
        ["永州市冷水滩区项目支出绩效目标表", "", "", ""],
        ["项目名称", "城区排水管网清淤", "", ""],
        ["实施单位", "冷水滩区市政设施维护中心", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "清淤排水管网", "≥45公里"],
      ],
      "Sheet1",
    );
    expect(parseGrid(g).indicators.map((x) => x.district)).toEqual(["冷水滩区"]);
  });

  it("cuts 1.4成本指标： on its line after a deadline or a figure as 1.3质量指标： is", () => {
    expect(
      read(
        "1.产出指标\n1.1数量指标：新建机耕道路8.5公里\n1.2时效指标：完工时间2025年9月30日前\n1.3成本指标：每公里造价≤45万元\n2.满意度指标\n2.1服务对象满意度指标：农户满意度≥90%",
      ),
    ).toEqual([
      "产出指标|数量指标|新建机耕道路|=|8.5|公里|quantitative|",
      "产出指标|时效指标|完工时间||||date|2025-09-30",
      "产出指标|成本指标|每公里造价|<=|450000|元|quantitative|",
      "满意度指标|服务对象满意度指标|农户满意度|>=|90|%|quantitative|",
    ]);
  });

  it("reads the items beside a 【】 heading whose row opens with the form's 绩效指标 label", () => {
    const g = grid(
      [
        ["项目名称", "乡镇综合文化站免费开放", ""],
        ["实施单位", "某县文化馆", ""],
        ["绩效指标", "【产出指标-数量指标】", "指标1:开展文化活动(≥48场)；指标2:开放天数(≥300天)"],
        ["", "【满意度指标-服务对象满意度指标】", "指标1:群众满意度(≥90%)"],
      ],
      "Sheet1",
    );
    expect(parseGrid(g).indicators.map((x) => [x.level1, x.level2, x.name, x.value].join("|"))).toEqual([
      "产出指标|数量指标|开展文化活动|48",
      "产出指标|数量指标|开放天数|300",
      "满意度指标|服务对象满意度指标|群众满意度|90",
    ]);
  });

  it("names 2025年雨季前完成… and 2025年主汛期前完成… by their work, as 2025年汛前完成… is", () => {
    const g = grid(
      [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["山洪沟治理", "产出指标", "时效指标", "2025年雨季前完成护坡砌筑", ""],
        ["", "", "", "2025年主汛期前完成河道清淤", ""],
      ],
      "Sheet1",
    );
    expect(parseGrid(g).indicators.map((x) => [x.name, x.kind, x.date].join("|"))).toEqual([
      "完成护坡砌筑|date|2025",
      "完成河道清淤|date|2025",
    ]);
  });
});
