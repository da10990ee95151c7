/**
 * Round 196: rows tables and 申报表 forms of 天津, 上海 (浦东新区, 闵行区), 北京 (朝阳区, 海淀区), 哈尔滨, 齐齐哈尔,
 * 兰州, 天水, 海口, 三亚, 昆山, 江阴, 义乌 and 慈溪 — what the unseen tables (round196.gold.ts) found misread.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

const levels = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.level1, i.level2]);

describe("Shanghai's 影响力指标 in a rows table's 一级 column", () => {
  it("reads a 二级 cell naming no 二级 under it (长效管理, 信息共享) as 可持续影响指标, merged rows too", () => {
    expect(
      levels([
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["效果指标", "社会效益", "老年人生活质量", "定性", "有所提升", ""],
        ["影响力指标", "长效管理", "养老服务管理制度健全性", "定性", "健全", ""],
        ["", "信息共享", "服务信息平台数据更新及时率", "≥", 95, "%"],
        ["满意度指标", "服务对象满意度", "服务对象满意度", "≥", 90, "%"],
      ]),
    ).toEqual([
      ["老年人生活质量", "效益指标", "社会效益指标"],
      ["养老服务管理制度健全性", "效益指标", "可持续影响指标"],
      ["服务信息平台数据更新及时率", "效益指标", "可持续影响指标"],
      ["服务对象满意度", "满意度指标", "服务对象满意度指标"],
    ]);
  });

  it("leaves a 二级 cell naming none under an ordinary 一级 unread", () => {
    expect(
      levels([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "长效管理", "管理制度健全性", "健全"],
      ]),
    ).toEqual([["管理制度健全性", "效益指标", null]]);
  });
});

describe("指标值 over 符号 | 数值 | 单位 in the header's own row, a banner row above it", () => {
  const read = (rows: CellValue[][]) => {
    const r = parseGrid(grid(rows));
    return r.indicators.map((i) => [i.project, i.name, i.comparator, i.value, i.unit, i.kind, i.budgetUnit]);
  };

  it("reads the number's column as the target and 单位 as its unit, not the office (江阴)", () => {
    expect(
      read([
        ["项目名称", "绩效指标", "", "", "指标值", "", ""],
        ["", "一级指标", "二级指标", "三级指标", "符号", "数值", "单位"],
        ["岸线生态保护", "产出指标", "数量指标", "岸线生态修复长度", "≥", 3.2, "公里"],
        ["", "效益指标", "生态效益指标", "长江干流水质", "", "稳定达到Ⅱ类", ""],
        ["河湖长制工作经费", "产出指标", "数量指标", "河湖长巡河", "≥", 1.8, "万人次"],
      ]),
    ).toEqual([
      ["岸线生态保护", "岸线生态修复长度", ">=", 3.2, "公里", "quantitative", ""],
      ["岸线生态保护", "长江干流水质", null, null, "", "qualitative", ""],
      ["河湖长制工作经费", "河湖长巡河", ">=", 18000, "人次", "quantitative", ""],
    ]);
  });

  it("reads them under a banner alone in its row, and leaves a 单位 left of the indicators the office's", () => {
    expect(
      read([
        ["", "", "", "", "", "指标值", ""],
        ["单位", "一级指标", "二级指标", "三级指标", "符号", "数值", "计量单位"],
        ["某县水利局", "产出指标", "数量指标", "清淤河道长度", "≥", 12, "公里"],
      ]),
    ).toEqual([["", "清淤河道长度", ">=", 12, "公里", "quantitative", "某县水利局"]]);
  });
});

describe("a budget system's project code before the name (项目编码及名称)", () => {
  const projects = (header: string, names: string[]) =>
    parseGrid(
      grid([
        ["单位名称", header, "一级指标", "二级指标", "三级指标", "指标值"],
        ...names.map((n) => [
          "北京市朝阳区园林绿化局",
          n,
          "产出指标",
          "数量指标",
          "绿地养护面积",
          "≥580万平方米",
        ]),
      ]),
    ).projects.map((p) => p.project);

  it("reads 项目编码及名称 as the project's column and leaves the code off the name", () => {
    expect(
      projects("项目编码及名称", [
        "11010525T000001234567-朝阳区城市绿地养护",
        "[110105250000012348]朝阳区应急物资储备",
      ]),
    ).toEqual(["朝阳区城市绿地养护", "朝阳区应急物资储备"]);
    expect(projects("项目名称及编码", ["11010525T000001234567 朝阳区城市绿地养护"])).toEqual([
      "朝阳区城市绿地养护",
    ]);
  });

  it("keeps a name's own figures (a year, a road's number, a short code)", () => {
    expect(
      projects("项目名称", [
        "2025年朝阳区城市绿地养护",
        "G228国道朝阳段养护",
        "20250101-20251231绿地养护",
        "S2025-01绿地养护",
      ]),
    ).toEqual([
      "2025年朝阳区城市绿地养护",
      "G228国道朝阳段养护",
      "20250101-20251231绿地养护",
      "S2025-01绿地养护",
    ]);
  });
});

describe("a town's office beside the town's government, both written after their 县级市", () => {
  const place = (unit: string, department: string) =>
    parseGrid(
      grid([
        ["项目名称", "农村污水管网维护", "", ""],
        ["主管部门", department, "实施单位", unit],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维护污水管网长度", "≥65公里"],
      ]),
    ).indicators.map((i) => i.district);

  it("gives the town, as the government's own name does (慈溪市观海卫镇农业农村办公室 of 慈溪市观海卫镇人民政府)", () => {
    expect(place("慈溪市观海卫镇农业农村办公室", "慈溪市观海卫镇人民政府")).toEqual(["观海卫镇"]);
    expect(districtOf("", "义乌市佛堂镇文化站", "义乌市佛堂镇人民政府")).toBe("佛堂镇");
  });

  it("keeps the 县级市 for its own bureaus, and for an office of another town", () => {
    expect(place("慈溪市农业农村局", "慈溪市观海卫镇人民政府")).toEqual(["慈溪市"]);
    expect(districtOf("", "义乌市佛堂镇文化站", "义乌市赤岸镇人民政府")).toBe("义乌市");
    expect(districtOf("", "义乌市新型城镇化办公室", "义乌市发展和改革局")).toBe("义乌市");
  });
});

describe("a 指标类别 column writing 一级 and 二级 each cut short (效益-经济)", () => {
  it("takes the row's 一级 where the 二级 alone reads too (经济 → 经济效益指标, under 效益, not the 产出 above)", () => {
    expect(
      levels([
        ["项目名称", "指标类别", "三级指标", "指标值"],
        ["肉牛产业发展", "产出-数量", "新建标准化养殖场", "≥15个"],
        ["", "产出-质量", "牛只防疫密度", "100%"],
        ["", "效益-经济", "养殖户户均增收", "≥3000元"],
        ["", "效益-生态", "粪污资源化利用率", "≥85%"],
        ["", "成本-经济", "场均建设补助", "≤20万元"],
      ]),
    ).toEqual([
      ["新建标准化养殖场", "产出指标", "数量指标"],
      ["牛只防疫密度", "产出指标", "质量指标"],
      ["养殖户户均增收", "效益指标", "经济效益指标"],
      ["粪污资源化利用率", "效益指标", "生态效益指标"],
      ["场均建设补助", "成本指标", "经济成本指标"],
    ]);
  });
});

describe("a rows table writing its targets in its names' brackets beside a blank 指标值 (慈溪)", () => {
  const read = (rows: CellValue[][]) =>
    parseGrid(grid(rows)).indicators.map((i) => [i.name, i.target, i.kind]);

  it("reads a bracket of words stating a target as the target, once a bracket of a figure showed the style", () => {
    expect(
      read([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["青少年体育训练补助", "产出指标", "数量指标", "在训运动员人数（≥600人）", ""],
        ["", "效益指标", "社会效益指标", "青少年体育后备人才储备（逐步增加）", ""],
        ["", "", "", "训练资金（含市级补助到位资金）", ""],
      ]),
    ).toEqual([
      ["在训运动员人数", "≥600人", "quantitative"],
      ["青少年体育后备人才储备", "逐步增加", "qualitative"],
      ["训练资金（含市级补助到位资金）", "", "empty"],
    ]);
  });

  it("leaves a bracket of words a name's own where no row's bracket held a figure", () => {
    expect(
      read([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["青少年体育训练补助", "效益指标", "社会效益指标", "青少年体育后备人才储备（逐步增加）", ""],
      ]),
    ).toEqual([["青少年体育后备人才储备（逐步增加）", "", "empty"]]);
  });
});

describe("both rows of a two-row header written again at a page break (江阴)", () => {
  const read = (rows: CellValue[][]) => {
    const r = parseGrid(grid(rows));
    return {
      records: r.indicators.map((i) => [i.project, i.name, i.value, i.unit]),
      tables: r.tables.map((t) => [t.headerRow, t.repeatedHeaderRows]),
    };
  };
  const upper = ["项目名称", "绩效指标", "", "", "指标值", "", ""];

  it("goes on with the project above, the copies set aside as repeats", () => {
    const lower = ["", "一级指标", "二级指标", "三级指标", "符号", "数值", "单位"];
    expect(
      read([
        upper,
        lower,
        ["管网改造", "产出指标", "数量指标", "改造老旧供水管网", "≥", 36, "公里"],
        upper,
        lower,
        ["", "效益指标", "社会效益指标", "供水保障人口", "≥", 12, "万人"],
      ]),
    ).toEqual({
      records: [
        ["管网改造", "改造老旧供水管网", 36, "公里"],
        ["管网改造", "供水保障人口", 120000, "人"],
      ],
      tables: [[2, [4, 5]]],
    });
  });

  it("does so under a banner over 指标值 | 计量单位 too", () => {
    const lower = ["", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", ""];
    expect(
      read([
        upper,
        lower,
        ["管网改造", "产出指标", "数量指标", "改造老旧供水管网", "≥36", "公里"],
        upper,
        lower,
        ["", "效益指标", "社会效益指标", "供水保障人口", "≥12", "万人"],
      ]).records,
    ).toEqual([
      ["管网改造", "改造老旧供水管网", 36, "公里"],
      ["管网改造", "供水保障人口", 120000, "人"],
    ]);
  });
});

describe("a form's 实施期 and 年度 blocks, each captioned on a row of its own (海淀)", () => {
  const form = (first: string, second: string) =>
    parseGrid(
      grid([
        ["项目名称", "三山五园历史文化景区整治", "", ""],
        ["主管部门", "北京市海淀区园林绿化局", "实施单位", "北京市海淀区三山五园管理中心"],
        [first, "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "整治景区面积", "≥12平方公里"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"],
        [second, "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "整治景区面积", "≥4平方公里"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥88%"],
      ]),
    );

  it("reads the year's block and sets the 实施期 one aside, saying so", () => {
    const r = form("实施期绩效指标", "年度绩效指标");
    expect(r.indicators.map((i) => [i.cell, i.name, i.value])).toEqual([
      ["D9", "整治景区面积", 4],
      ["D10", "游客满意度", 88],
    ]);
    expect(r.messages.map((m) => m.text.zh).join("")).toMatch(/第 5、6 行是长期（实施期）绩效指标/);
  });

  it("does so with the year's block first", () => {
    expect(form("年度绩效指标", "实施期绩效指标").indicators.map((i) => [i.cell, i.value])).toEqual([
      ["D5", 12],
      ["D6", 90],
    ]);
  });
});

describe("a unit column writing the percent both ways (百分比（%）)", () => {
  it("reads 百分比（%）, %（百分比） and 百分率(％) as %", () => {
    expect(
      parseGrid(
        grid([
          ["三级指标", "指标值", "计量单位"],
          ["见习留用率", "30 以上", "百分比（%）"],
          ["补贴发放准确率", 100, "%（百分比）"],
          ["参保率", "≥95", "百分率(％)"],
          ["受理件数", "≥120", "件（次）"],
        ]),
      ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit]),
    ).toEqual([
      ["见习留用率", ">=", 30, "%"],
      ["补贴发放准确率", "=", 100, "%"],
      ["参保率", ">=", 95, "%"],
      ["受理件数", ">=", 120, "件（次）"],
    ]);
  });
});
