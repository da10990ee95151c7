/**
 * Round 149 (u): a bare 单位 column naming the submitting office (零陵区文物局), read as the budget unit — beside a
 * 计量单位 column, over office names, or beside a target split into 符号 | 数值 | 单位 — not as every indicator's
 * measure unit.
 */
import { parseGrid } from "../../src/core/parse";
import { namesOffice } from "../../src/core/table/rowKinds";
import { grid } from "../support/grid";

/** budgetUnit, name, value, unit of each indicator. */
function units(rows: (string | number | null)[][]) {
  return parseGrid(grid(rows)).indicators.map((i) => [i.budgetUnit, i.name, i.value, i.unit]);
}

describe("a bare 单位 column naming the submitting office", () => {
  it("reads 计量单位 as the unit and 单位 as the budget unit when a header has both (永州)", () => {
    expect(
      units([
        [
          "单位",
          "项目名称",
          "年度目标",
          "一级指标",
          "二级指标",
          "三级指标",
          "指标方向",
          "指标值",
          "计量单位",
        ],
        [
          "零陵区文物局",
          "柳子庙修缮",
          "修缮1200平方米。",
          "产出指标",
          "数量指标",
          "修缮建筑面积",
          "≥",
          "1200",
          "平方米",
        ],
        [null, null, null, null, "质量指标", "验收合格率", "=", "100", "%"],
        [null, null, null, "效益指标", "社会效益指标", "年接待游客", "≥", "30", "万人次"],
        [null, null, null, "满意度指标", "服务对象满意度指标", "游客满意度", "≥", "90", "%"],
        [
          "宁远县教育局",
          "学校改薄",
          "改造校舍1500平方米。",
          "产出指标",
          "数量指标",
          "改造校舍面积",
          "≥",
          "1500",
          "平方米",
        ],
        [null, null, null, "满意度指标", "服务对象满意度指标", "师生满意度", "≥", "90", "%"],
      ]),
    ).toEqual([
      ["零陵区文物局", "修缮建筑面积", 1200, "平方米"],
      ["零陵区文物局", "验收合格率", 100, "%"],
      ["零陵区文物局", "年接待游客", 300000, "人次"],
      ["零陵区文物局", "游客满意度", 90, "%"],
      ["宁远县教育局", "改造校舍面积", 1500, "平方米"],
      ["宁远县教育局", "师生满意度", 90, "%"],
    ]);
  });

  it("reads 计量单位 as the unit when the bare 单位 comes after it, and 单位名称 over a bare 单位", () => {
    expect(
      units([
        ["项目名称", "三级指标", "指标值", "计量单位", "单位"],
        ["道路养护", "养护里程", "≥120", "公里", "道县交通运输局"],
        [null, "验收合格率", "100", "%", null],
      ]),
    ).toEqual([
      ["道县交通运输局", "养护里程", 120, "公里"],
      ["道县交通运输局", "验收合格率", 100, "%"],
    ]);
    expect(
      units([
        ["单位", "单位名称", "项目名称", "三级指标", "指标值", "计量单位"],
        ["文物局", "零陵区文物局", "柳子庙修缮", "修缮建筑面积", "1200", "平方米"],
      ]),
    ).toEqual([["零陵区文物局", "修缮建筑面积", 1200, "平方米"]]);
  });

  it("reads a bare 单位 column over office names as the budget unit, with no 计量单位 column", () => {
    expect(
      units([
        ["单位", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["江华瑶族自治县水利局", "水库除险加固", "产出指标", "数量指标", "恢复灌溉面积", "≥4000亩"],
        [null, null, null, "时效指标", "完工时间", "2025年12月底前"],
        ["道县财政局", "危房改造", "产出指标", "数量指标", "改造户数", "≥320户"],
      ]),
    ).toEqual([
      ["江华瑶族自治县水利局", "恢复灌溉面积", 4000, "亩"],
      ["江华瑶族自治县水利局", "完工时间", null, ""],
      ["道县财政局", "改造户数", 320, "户"],
    ]);
  });

  it("keeps a bare 单位 column of measures (人, 个, %, 万元) as the unit", () => {
    expect(
      units([
        ["项目名称", "二级指标", "三级指标", "指标值", "单位"],
        ["乡村医生培训", "数量指标", "培训人数", "≥200", "人"],
        [null, "数量指标", "覆盖卫生院", "12", "个卫生院"],
        [null, "质量指标", "考核合格率", "≥95", "%"],
        [null, "成本指标", "培训经费", "≤30", "万元"],
      ]),
    ).toEqual([
      ["", "培训人数", 200, "人"],
      ["", "覆盖卫生院", 12, "个卫生院"],
      ["", "考核合格率", 95, "%"],
      ["", "培训经费", 300000, "元"],
    ]);
  });

  it("reads 符号 | 数值 | 单位 under 指标值 as the target's, and a bare 单位 left of the indicators as the office", () => {
    expect(
      units([
        ["单位", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", null, null],
        [null, null, null, null, null, "符号", "数值", "单位"],
        ["零陵区文物局", "柳子庙修缮", "产出指标", "数量指标", "修缮建筑面积", "≥", "1200", "平方米"],
        [null, null, "满意度指标", "服务对象满意度指标", "游客满意度", "≥", "90", "%"],
      ]),
    ).toEqual([
      ["零陵区文物局", "修缮建筑面积", 1200, "平方米"],
      ["零陵区文物局", "游客满意度", 90, "%"],
    ]);
  });

  it("reads a 单位 header written with a space (单 位) as the bare 单位", () => {
    expect(
      units([
        ["单 位", "项目名称", "三级指标", "指标值", "计量单位"],
        ["零陵区文物局", "柳子庙修缮", "修缮建筑面积", "1200", "平方米"],
      ]),
    ).toEqual([["零陵区文物局", "修缮建筑面积", 1200, "平方米"]]);
  });

  it("tells an office's name from a measure of offices", () => {
    const offices = [
      "零陵区文物局",
      "教育局",
      "某镇人民政府",
      "个旧市财政局",
      "县疾病预防控制中心",
      "道县红十字会",
    ];
    const measures = ["个卫生院", "所学校", "个社区卫生服务中心", "家医院", "人", "万元", "个", "%"];
    expect(offices.filter((t) => !namesOffice(t))).toEqual([]);
    expect(measures.filter(namesOffice)).toEqual([]);
  });
});
