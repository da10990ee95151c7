/**
 * Round 184: rows tables and 申报表 forms as budget systems export them — two indicators joined in one row
 * (帮扶镇数/帮扶村数 | 22个/379个), a unit cell stacked by line beside stacked names and targets, numbered 二级
 * labels ((一)数量指标), and one 指标类别 column written 一级-二级.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

const HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"];

/** name, comparator, value, unit, kind of every record read from rows under HEAD (or a header given). */
const read = (rows: CellValue[][], head: CellValue[] = HEAD) =>
  parseGrid(grid([head, ...rows])).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

describe("two indicators joined by / 、 or ； in one row are two records, never a ratio", () => {
  it("reads a/b with a unit a/b as two figures, each with its unit (茂名 高州)", () => {
    expect(
      read([
        ["产出指标", "数量指标", "培训果农人数/场次", "3000/30", "人/场"],
        ["效益指标", "经济效益指标", "带动果农增收/户均增收", "1.2/3000", "亿元/元"],
      ]),
    ).toEqual([
      ["培训果农人数", "=", 3000, "人", "quantitative"],
      ["场次", "=", 30, "场", "quantitative"],
      ["带动果农增收", "=", 120000000, "元", "quantitative"],
      ["户均增收", "=", 3000, "元", "quantitative"],
    ]);
  });

  it("reads a/b with no unit column, and units written in the target (电白区)", () => {
    expect(
      read(
        [
          ["产出指标", "数量指标", "受益人数/受益户数", "1200/350"],
          [null, null, "帮扶镇数/帮扶村数", "22个/379个"],
          [null, null, "受益人数/受益户数", "≥1.5万人/≥4200户"],
        ],
        HEAD.slice(0, 4),
      ),
    ).toEqual([
      ["受益人数", "=", 1200, "", "quantitative"],
      ["受益户数", "=", 350, "", "quantitative"],
      ["帮扶镇数", "=", 22, "个", "quantitative"],
      ["帮扶村数", "=", 379, "个", "quantitative"],
      ["受益人数", ">=", 15000, "人", "quantitative"],
      ["受益户数", ">=", 4200, "户", "quantitative"],
    ]);
  });

  it("reads parts joined by 、 and by ； (a unit cell joined alike gives each its own)", () => {
    expect(
      read([
        ["产出指标", "数量指标", "整治街道条数、长度", "12条、8.6公里", null],
        [null, null, "管护供水站、管网", "3座、126公里", null],
        [null, null, "特困供养人数；临时救助人次", "1850；2400", "人；人次"],
      ]),
    ).toEqual([
      ["整治街道条数", "=", 12, "条", "quantitative"],
      ["长度", "=", 8.6, "公里", "quantitative"],
      ["管护供水站", "=", 3, "座", "quantitative"],
      ["管网", "=", 126, "公里", "quantitative"],
      ["特困供养人数", "=", 1850, "人", "quantitative"],
      ["临时救助人次", "=", 2400, "人次", "quantitative"],
    ]);
  });

  it("keeps one indicator when the target has one part, or its parts are no figures", () => {
    expect(
      read([
        ["满意度指标", "服务对象满意度指标", "居民、商户满意度", "≥90%", null],
        ["产出指标", "数量指标", "场均培训人数", "3000/30", "人/场"],
        [null, null, "人均劳务费/月", "≤4500元/人·月", null],
      ]).map((r) => r.slice(0, 3)),
    ).toEqual([
      ["居民、商户满意度", ">=", 90],
      ["场均培训人数", "=", 100],
      ["人均劳务费/月", "<=", 4500],
    ]);
  });
});

describe("a unit cell stacked by line beside stacked names and targets", () => {
  it("gives each line its own unit (g30 城乡低保)", () => {
    expect(
      read([["成本指标", "经济成本指标", "城市低保标准\n农村低保标准", "≥720\n≥5300", "元/人·月\n元/人·年"]]),
    ).toEqual([
      ["城市低保标准", ">=", 720, "元/人·月", "quantitative"],
      ["农村低保标准", ">=", 5300, "元/人·年", "quantitative"],
    ]);
  });

  it("gives every line the unit cell written once", () => {
    expect(read([["产出指标", "数量指标", "新建道路长度\n改造道路长度", "12\n8.5", "公里"]])).toEqual([
      ["新建道路长度", "=", 12, "公里", "quantitative"],
      ["改造道路长度", "=", 8.5, "公里", "quantitative"],
    ]);
  });
});

describe("categories written as an outline's headings, or both levels in one column", () => {
  it.each([["（一）数量指标"], ["(一)数量指标"], ["1.数量指标"], ["一、数量指标"]])(
    "reads %s in the 二级 column as 数量指标, written",
    (label) => {
      const r = parseGrid(
        grid([
          HEAD.slice(0, 4),
          ["一、产出指标", label, "1.旺季增派保洁人员", "≥450人"],
          [null, "（二）质量指标", "2.海滩保洁质量达标率", "≥95%"],
          [null, "（三）时效指标", "3.完成时间", "2025年9月"],
        ]),
      );
      expect(r.indicators.map((i) => [i.level1, i.level2, i.level2Inferred])).toEqual([
        ["产出指标", "数量指标", null],
        ["产出指标", "质量指标", null],
        ["产出指标", "时效指标", null],
      ]);
    },
  );

  it("takes the 一级 written in a 指标类别 cell 一级-二级 (g36 园林街道)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "指标类别", "指标名称", "指标值", "计量单位"],
        ["某街道网格化管理", "产出指标-数量指标", "网格员人数", 186, "人"],
        [null, "成本指标-经济成本指标", "人均补贴", "≤3000", "元/人·月"],
        [null, "效益指标-社会效益指标", "治安案件发案率", "较上年下降", null],
      ]),
    );
    expect(r.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ["产出指标", "数量指标"],
      ["成本指标", "经济成本指标"],
      ["效益指标", "社会效益指标"],
    ]);
  });
});

describe("a system's field codes over the columns (XMMC | YJZB | EJZB | SJZB | ZBZ | JLDW)", () => {
  it("reads a header of codes alone as the header they stand for (朔州 一体化 export)", () => {
    const r = parseGrid(
      grid([
        ["XH", "XMMC", "YJZB", "EJZB", "SJZB", "ZBXZ", "FH", "ZBZ", "JLDW", "ZBFX", "QZ"],
        [1, "某县医疗救助", "产出指标", "数量指标", "资助参保人数", "定量", "≥", 46800, "人", "正向", 10],
        [
          2,
          "某县医疗救助",
          "满意度指标",
          "服务对象满意度指标",
          "救助对象满意度",
          "定量",
          "≥",
          90,
          "%",
          "正向",
          10,
        ],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["某县医疗救助"]);
    expect(r.indicators.map((i) => [i.level1, i.name, i.comparator, i.value, i.unit, i.cell])).toEqual([
      ["产出指标", "资助参保人数", ">=", 46800, "人", "H2"],
      ["满意度指标", "救助对象满意度", ">=", 90, "%", "H3"],
    ]);
  });

  it("reads a row of codes under or over a Chinese header as its companion, no indicator", () => {
    const codes = ["YJZB", "EJZB", "ZBMC", "ZBZ", "DLDW"];
    const head = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位"];
    const data = ["产出指标", "数量指标", "设施配套数", 42, "个"];
    for (const rows of [
      [head, codes, data],
      [codes, head, data],
    ]) {
      expect(parseGrid(grid(rows)).indicators.map((i) => [i.name, i.value, i.unit])).toEqual([
        ["设施配套数", 42, "个"],
      ]);
    }
  });

  it("needs several codes and nothing else in the row", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "接入系统", "QZ"],
      ]),
    );
    expect(r.indicators.map((i) => i.name)).toEqual(["接入系统"]);
  });
});

describe("a name beside its own target column", () => {
  it("joins the lines of one name whose first line ends as a name ends (养老保险制度⏎持续运行 | 长期)", () => {
    expect(read([["效益指标", "可持续影响指标", "养老保险制度\n持续运行", "长期", null]])).toEqual([
      ["养老保险制度持续运行", null, null, "", "qualitative"],
    ]);
  });

  it("drops a ：target the 指标值 column restates, keeps one it does not", () => {
    expect(
      read([
        ["产出指标", "数量指标", "补助学校数：312所", "312所", null],
        [null, null, "补助学生数：≥1.2万人", 12000, "人"],
        [null, null, "补助标准：小学", "500元", null],
        [null, null, "改造校舍：3所", "2所", null],
      ]).map((r) => r.slice(0, 3)),
    ).toEqual([
      ["补助学校数", "=", 312],
      ["补助学生数：≥1.2万人", "=", 12000],
      ["补助标准：小学", "=", 500],
      ["改造校舍：3所", "=", 2],
    ]);
  });
});
