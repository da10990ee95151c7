/**
 * Round 201: the gaps earlier rounds left — a town whose name holds 市, a second indicator after a target's
 * comma, a money unit named only in a caption, two states of one subject and a verb before its name, a plan's
 * title naming its fund's project.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind, i.target]);

describe("a town whose name holds 市 right before its 镇 (周市镇, 新市镇, 练市镇)", () => {
  it("is read as any other town is (as 张浦镇 beside it)", () => {
    expect(districtOf("", "周市镇人民政府")).toBe("周市镇");
    expect(districtOf("", "昆山市周市镇财政所")).toBe(
      districtOf("", "昆山市张浦镇财政所")?.replace("张浦", "周市"),
    );
    expect(districtOf("", "桐乡市新市镇人民政府")).toBe("新市镇");
    expect(districtOf("周市镇公共文化服务提升", "昆山市周市镇文体站", "昆山市周市镇人民政府")).toBe("周市镇");
  });

  it("gives the district written before it, as for any town under a 区 (南浔区练市镇 → 南浔区)", () => {
    expect(districtOf("", "湖州市南浔区练市镇人民政府")).toBe(districtOf("", "湖州市南浔区和孚镇人民政府"));
    expect(districtOf("", "湖州市南浔区练市镇人民政府")).toBe("南浔区");
  });

  it("reads no town from a city's words for all its towns (全市镇, 本市镇, 城市镇)", () => {
    expect(districtOf("", "本市镇人民政府")).toBeNull();
    expect(districtOf("", "某市镇政府")).toBeNull();
  });

  it("gives the town in a 单位名称 column, as 张浦镇 beside it", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "单位名称", "绩效指标"],
        ["农村道路养护", "昆山市周市镇人民政府", "1、产出指标：养护里程≥20公里。"],
        ["农村道路养护", "昆山市张浦镇人民政府", "1、产出指标：养护里程≥20公里。"],
      ]),
    );
    expect(r.indicators.map((i) => i.district)).toEqual(["周市镇", "张浦镇"]);
  });
});

describe("a second indicator after a target's comma: a name with a target of its own", () => {
  it("cuts 及时率≥95%，完成时间年底前 in a packed cell (a time named, the year's end without a year)", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        ["示范", "1、时效指标：及时率≥95%，完成时间年底前。"],
      ]),
    ).toEqual([
      ["及时率", ">=", 95, "%", "quantitative", "≥95%"],
      ["完成时间", null, null, "", "date", "年底前"],
    ]);
  });

  it("cuts the target cell of a rows table (及时率 | ≥95%，完成时间年底前), each its own record", () => {
    expect(
      read([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "资金拨付及时率", "100%，项目完成时间2025年11月底前"],
        ["", "", "及时率", "≥95%，完成时间年底前"],
      ]),
    ).toEqual([
      ["资金拨付及时率", "=", 100, "%", "quantitative", "100%"],
      ["项目完成时间", null, null, "", "date", "2025年11月底前"],
      ["及时率", ">=", 95, "%", "quantitative", "≥95%"],
      ["完成时间", null, null, "", "date", "年底前"],
    ]);
  });

  it("cuts a 三级 cell holding both beside a blank 指标值", () => {
    expect(
      read([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "资金拨付及时率100%，项目完成时间2025年11月底前", ""],
      ]),
    ).toEqual([
      ["资金拨付及时率", "=", 100, "%", "quantitative", "100%"],
      ["项目完成时间", null, null, "", "date", "2025年11月底前"],
    ]);
  });

  it("keeps a target's own note and a bare quantity after its comma in the target", () => {
    expect(
      read([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人次", "≥500人次（其中，线上200人次）"],
        ["成本指标", "经济成本指标", "补助标准", "每人每月300元，全年12个月"],
      ]).map((r) => r[0]),
    ).toEqual(["培训人次", "补助标准"]);
  });
});

describe("a money unit named only in a title line or a header's caption", () => {
  it("gives the bare money lines under 单位：万元 the unit (≤120 → 1200000 元), not the counts or the rates", () => {
    expect(
      read([
        ["2025年项目支出绩效目标表"],
        ["", "", "", "单位：万元"],
        ["项目名称", "二级指标", "三级指标", "指标值"],
        ["道路养护", "数量指标", "养护路段数", "12"],
        ["", "成本指标", "项目总成本", "≤120"],
        ["", "时效指标", "资金拨付率", "100"],
        ["", "数量指标", "养护里程", "≥20公里"],
      ]),
    ).toEqual([
      ["养护路段数", "=", 12, "", "quantitative", "12"],
      ["项目总成本", "<=", 1200000, "元", "quantitative", "≤120"],
      ["资金拨付率", "=", 100, "", "quantitative", "100"],
      ["养护里程", ">=", 20, "公里", "quantitative", "≥20公里"],
    ]);
  });

  it("reads a header cell's （金额单位：万元） so, and leaves a figure with its own unit as written", () => {
    expect(
      read([
        ["项目名称", "二级指标", "三级指标", "指标值（金额单位：万元）"],
        ["道路养护", "成本指标", "资金投入", "≤85.5"],
        ["", "成本指标", "补助资金", "≤300元/人"],
      ]),
    ).toEqual([
      ["资金投入", "<=", 855000, "元", "quantitative", "≤85.5"],
      ["补助资金", "<=", 300, "元/人", "quantitative", "≤300元/人"],
    ]);
  });

  it("gives nothing where no caption names the unit", () => {
    expect(
      read([
        ["项目名称", "二级指标", "三级指标", "指标值"],
        ["道路养护", "成本指标", "项目总成本", "≤120"],
      ])[0],
    ).toEqual(["项目总成本", "<=", 120, "", "quantitative", "≤120"]);
  });
});

describe("prose targets: two states of one subject, a change verb before its name", () => {
  const cell = (text: string) =>
    read([
      ["项目名称", "绩效指标"],
      ["示范", text],
    ]);

  it("reads 水质明显改善、稳定达标 as one qualitative indicator, both states its target", () => {
    expect(cell("1、效益指标：水质明显改善、稳定达标。")).toEqual([
      ["水质", null, null, "", "qualitative", "明显改善、稳定达标"],
    ]);
    expect(cell("1、效益指标：医保基金运行平稳、可持续。")).toEqual([
      ["医保基金运行", null, null, "", "qualitative", "平稳、可持续"],
    ]);
  });

  it("reads 持续提高…普及率至90% as the rate, ≥ 90 %", () => {
    expect(cell("1、效益指标：持续提高农村卫生厕所普及率至90%。")).toEqual([
      ["农村卫生厕所普及率", ">=", 90, "%", "quantitative", "持续提高至90%"],
    ]);
    expect(cell("2、效益指标：农村卫生厕所普及率提高至90%。")[0].slice(0, 4)).toEqual([
      "农村卫生厕所普及率",
      ">=",
      90,
      "%",
    ]);
  });
});

describe("a plan's title naming its fund's project (…专项资金项目计划绩效目标表), no project column", () => {
  it("names the project by the fund, as …专项资金项目绩效目标表 does", () => {
    const projects = (title: string) =>
      parseGrid(
        grid([
          [title],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", "道路清扫面积", "≥300万平方米"],
        ]),
      ).indicators.map((i) => [i.project, i.district]);
    expect(projects("兰山区2025年城市管理专项资金项目计划绩效目标表")).toEqual(
      projects("兰山区2025年城市管理专项资金项目绩效目标表"),
    );
    expect(projects("兰山区2025年城市管理专项资金项目计划绩效目标表")).toEqual([
      ["兰山区2025年城市管理专项资金项目", "兰山区"],
    ]);
    // (A plan of the district's projects in general names none.)
    expect(projects("兰山区2025年项目计划绩效目标表")).toEqual([["", "兰山区"]]);
  });
});

describe("round 201's unseen tables: what they found misread", () => {
  it("reads a town named for an old garrison or post (右所镇, 小站镇) as any other town", () => {
    expect(districtOf("抚仙湖径流区农业面源污染防治", "澄江市右所镇人民政府")).toBe("右所镇");
    expect(districtOf("", "天津市津南区小站镇人民政府")).toBe("津南区");
    expect(districtOf("", "小站镇人民政府")).toBe("小站镇");
    // (An office's 所 or 站 before its town's words stays an office: 公安局城镇派出所.)
    expect(districtOf("", "某县公安局城镇派出所")).toBeNull();
  });

  it("closes an indicator at a ； after two states of one subject (明显改善、稳定向好；受益群众≥5000人)", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        [
          "示范",
          "（2）效益指标：矿区生态环境明显改善、稳定向好；受益群众≥5000人。（3）满意度指标：群众满意度≥90%。",
        ],
      ]),
    ).toEqual([
      ["矿区生态环境", null, null, "", "qualitative", "明显改善、稳定向好"],
      ["受益群众", ">=", 5000, "人", "quantitative", "≥5000人"],
      ["群众满意度", ">=", 90, "%", "quantitative", "≥90%"],
    ]);
  });
});

describe("a row of years under a merged 指标值 holding a span beside the year (2025年 | 2025-2027年)", () => {
  it("reads the year's column and sets the span aside, the years' row no indicator", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", ""],
        ["", "", "", "", "2025年", "2025-2027年"],
        ["青州市古城保护修缮", "产出指标", "数量指标", "修缮历史建筑", "≥15处", "≥45处"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.name, i.value])).toEqual([["E3", "修缮历史建筑", 15]]);
    expect(r.messages.some((m) => m.text.zh.includes("2025-2027年指标值"))).toBe(true);
  });

  it("still reads a row of a span alone as no row of years (a span is no year's column)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "三级指标", "指标值"],
        ["", "", "2025-2027年"],
        ["古城保护", "修缮历史建筑", "≥45处"],
      ]),
    );
    expect(r.indicators.map((i) => i.name)).toContain("修缮历史建筑");
  });
});

describe("round 201's third batch: near misses of the round's readings", () => {
  const cell = (text: string) =>
    read([
      ["项目名称", "绩效目标"],
      ["示范", text],
    ]);

  it("cuts after a bound written 控制在…以下 in a per-100,000 unit, and after a change verb's 至 a figure", () => {
    expect(
      cell("孕产妇死亡率控制在10/10万以下，提高居民健康素养水平至30%。").map((r) => r.slice(0, 4)),
    ).toEqual([
      ["孕产妇死亡率", "<=", 10, "/10万"],
      ["居民健康素养水平", ">=", 30, "%"],
    ]);
    expect(
      cell("进一步降低孕产妇死亡率至10/10万以下，群众满意度达到90%以上。").map((r) => r.slice(0, 4)),
    ).toEqual([
      ["孕产妇死亡率", "<=", 10, "/10万"],
      ["群众满意度", ">=", 90, "%"],
    ]);
  });

  it("joins a second state of two words (明显改善、安全便捷) to the first", () => {
    expect(cell("1、效益指标：群众出行条件明显改善、安全便捷；2、满意度指标：群众满意度≥90%。")[0]).toEqual([
      "群众出行条件",
      null,
      null,
      "",
      "qualitative",
      "明显改善、安全便捷",
    ]);
  });

  it("reads an income (带动药农增收 | ≥2000) under 单位：万元 as money", () => {
    expect(
      read([
        ["", "", "单位：万元"],
        ["项目名称", "三级指标", "指标值"],
        ["中药材产业发展", "带动药农增收", "≥2000"],
        ["", "带动就业人数", "≥600"],
      ]).map((r) => r.slice(0, 4)),
    ).toEqual([
      ["带动药农增收", ">=", 20000000, "元"],
      ["带动就业人数", ">=", 600, ""],
    ]);
  });

  it("reads a state closing a 三级 cell as its target where the table writes its targets in its names", () => {
    const rows = (first: string): CellValue[][] => [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", first, ""],
      ["效益指标", "社会效益指标", "侗族文化影响力明显提升", ""],
    ];
    expect(read(rows("培训场次≥6场，培训人数≥300人")).map((r) => r.slice(0, 5))).toEqual([
      ["培训场次", ">=", 6, "场", "quantitative"],
      ["培训人数", ">=", 300, "人", "quantitative"],
      ["侗族文化影响力", null, null, "", "qualitative"],
    ]);
    expect(read(rows("修缮鼓楼风雨桥，不少于5座"))[1].slice(0, 5)).toEqual([
      "侗族文化影响力",
      null,
      null,
      "",
      "qualitative",
    ]);
    // (A table whose names hold no targets keeps the cell a name, its target left blank.)
    expect(read(rows("培训场次"))[1].slice(0, 5)).toEqual([
      "侗族文化影响力明显提升",
      null,
      null,
      "",
      "empty",
    ]);
  });
});

describe("a caption's money unit and the standards per head under it", () => {
  it("leaves a standard per head or per unit (人均补助, 补助标准, 每户补贴) as written", () => {
    expect(
      read([
        ["", "", "单位：万元"],
        ["项目名称", "三级指标", "指标值"],
        ["困难群众救助", "救助资金总额", "≤1200"],
        ["", "人均补助", "1500"],
        ["", "补助标准", "≥300"],
        ["", "每户补贴", "2000"],
      ]).map((r) => r.slice(0, 4)),
    ).toEqual([
      ["救助资金总额", "<=", 12000000, "元"],
      ["人均补助", "=", 1500, ""],
      ["补助标准", ">=", 300, ""],
      ["每户补贴", "=", 2000, ""],
    ]);
  });
});
