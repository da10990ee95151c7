/** Round 87's district comparison probe (呼伦贝尔, 苏州, 赣州 …): each case as the officer gave it. */
import { compareDistricts } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { textWidth } from "../../../src/core/plan/rowHeights";
import { grid } from "../../support/grid";
import { districtSource, project, record } from "./helpers";
import type { CompareSource } from "../../../src/core/compare";

function compareRows(rows: CellValue[][], label = "test.xlsx") {
  const parsed = parseGrid(grid(rows));
  return {
    parsed,
    result: compareDistricts([{ label, projects: parsed.projects, indicators: parsed.indicators }]),
  };
}

describe("Inner Mongolia's district column headers (旗市区, 旗县市区, 旗县（市、区）, 旗县)", () => {
  it.each([["旗市区"], ["旗县市区"], ["旗县（市、区）"], ["旗县"], ["旗县区"]])(
    "%s is the district column",
    (header) => {
      const { result } = compareRows([
        [header, "项目名称", "三级指标", "指标值", "计量单位"],
        ["海拉尔区", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
        ["阿荣旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
        ["鄂伦春自治旗", "动物防疫补助经费", "免疫抗体合格率", "≥7", "%"],
      ]);
      expect(result.programs).toHaveLength(1);
      expect(result.programs[0].districts).toEqual(["海拉尔区", "阿荣旗", "鄂伦春自治旗"]);
    },
  );
});

describe("a park among the district columns (苏州工业园区, 高新区): a place too", () => {
  it("under a merged 指标值", () => {
    const { result } = compareRows([
      ["一级指标", "二级指标", "三级指标", "计量单位", "指标值", null, null],
      [null, null, null, null, "姑苏区", "苏州工业园区", "常熟市"],
      ["产出指标", "数量指标", "补助幼儿园数量", "所", "≥85", "≥60", "≥150"],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "%", "≥90", "≥80", "≥90"],
    ]);
    expect(result.programs).toHaveLength(1);
    expect(result.programs[0].districts).toEqual(["姑苏区", "苏州工业园区", "常熟市"]);
  });

  it("in a one-row header", () => {
    const { result } = compareRows([
      ["一级指标", "二级指标", "三级指标", "姑苏区", "苏州工业园区", "高新区", "常熟市"],
      ["产出指标", "数量指标", "补助幼儿园数量", "≥85所", "≥60所", "≥70所", "≥150所"],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥80%", "≥90%", "≥90%"],
    ]);
    expect(result.programs).toHaveLength(1);
    expect(result.programs[0].districts).toEqual(["姑苏区", "苏州工业园区", "高新区", "常熟市"]);
  });

  it("but two parks alone are no district columns", () => {
    const { parsed } = compareRows([
      ["一级指标", "二级指标", "三级指标", "高新区", "经开区"],
      ["产出指标", "数量指标", "补助幼儿园数量", "≥85所", "≥60所"],
    ]);
    expect(parsed.tables[0]?.placeColumns).toBeUndefined();
  });
});

describe("a fraction under a % unit column (0.9 among 90s)", () => {
  it("is RATE-FRACTION and compared as 90", () => {
    const { parsed, result } = compareRows([
      ["一级指标", "二级指标", "三级指标", "计量单位", "姑苏区", "吴中区", "张家港市"],
      ["产出指标", "质量指标", "普惠性幼儿园覆盖率", "%", "≥90", "≥90", "≥0.9"],
    ]);
    expect(parsed.indicators.map((i) => i.unit)).toEqual(["%", "%", "%"]);
    const ind = result.programs[0].indicators[0];
    expect(ind.cells["张家港市"].value).toBe(90);
    expect(ind.cells["张家港市"].converted).toEqual({ from: "0.9", kind: "fraction" });
    const flags = result.programs[0].indicators.flatMap((i) => i.flags);
    expect(flags.map((f) => [f.code, f.district])).toEqual([["RATE-FRACTION", "张家港市"]]);
  });

  it("a small rate written as 0.5 under % among other small rates stays 0.5%", () => {
    const { result } = compareRows([
      ["一级指标", "二级指标", "三级指标", "计量单位", "姑苏区", "吴中区", "张家港市"],
      ["产出指标", "质量指标", "设备故障率", "%", "≤2", "≤1.5", "≤0.5"],
    ]);
    expect(result.programs[0].indicators[0].cells["张家港市"].value).toBe(0.5);
    expect(result.programs[0].indicators[0].cells["张家港市"].converted).toBeUndefined();
  });
});

describe("a place's short and full names", () => {
  it("莫旗 and 莫力达瓦达斡尔族自治旗 in one district column are one banner, by its full name", () => {
    const { result } = compareRows([
      ["县（市、区）", "项目名称", "三级指标", "指标值", "计量单位"],
      ["阿荣旗", "动物防疫补助经费", "口蹄疫免疫数量", "≥58", "万头只"],
      ["阿荣旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
      ["莫力达瓦达斡尔族自治旗", "动物防疫补助经费", "口蹄疫免疫数量", "≥72", "万头只"],
      ["莫旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
      ["鄂温克旗", "动物防疫补助经费", "口蹄疫免疫数量", "≥80", "万头只"],
      ["鄂温克旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
    ]);
    expect(result.programs[0].districts).toEqual(["阿荣旗", "莫力达瓦达斡尔族自治旗", "鄂温克族自治旗"]);
    expect(result.programs[0].indicators.flatMap((i) => i.flags).map((f) => f.code)).not.toContain("MISSING");
  });

  it("莫旗 stays apart when two autonomous banners start with 莫", () => {
    const { result } = compareRows([
      ["县（市、区）", "项目名称", "三级指标", "指标值", "计量单位"],
      ["莫力达瓦达斡尔族自治旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
      ["莫某鄂温克族自治旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
      ["莫旗", "动物防疫补助经费", "免疫抗体合格率", "≥70", "%"],
    ]);
    expect(result.programs[0].districts).toContain("莫旗");
  });

  function file(label: string, district: string, households: number): CompareSource {
    const name = "农村危房改造补助资金";
    const p = project({ id: 0, row: 2, project: name, budgetUnit: `${district}住房和城乡建设局`, district });
    const r = record({ row: 2, project: name, projectId: 0, name: "农村危房改造户数", comparator: ">=" });
    return {
      label,
      projects: [p],
      indicators: [{ ...r, value: households, unit: "户", target: `≥${households}户` }],
    };
  }

  it("an autonomous county's full name from its file (龙胜各族自治县.xlsx), not the unit's 龙胜县", () => {
    const r = compareDistricts([
      file("龙胜各族自治县.xlsx", "龙胜县", 220),
      file("阳朔县.xlsx", "阳朔县", 260),
      file("恭城县.xlsx", "恭城瑶族自治县", 240),
    ]);
    expect(r.programs[0].districts).toEqual(["龙胜各族自治县", "阳朔县", "恭城瑶族自治县"]);
  });
});

describe("units that are the same", () => {
  it("台（套） is 台: 35台（套） is compared among 台", () => {
    const r = compareDistricts([
      districtSource("地质灾害防治专项资金", {
        泸水市: [["专业监测设备安装数量", ">=", 60, "台"]],
        福贡县: [["专业监测设备安装数量", ">=", 45, "台"]],
        兰坪县: [["专业监测设备安装数量", ">=", 50, "台"]],
        贡山独龙族怒族自治县: [["专业监测设备安装数量", ">=", 35, "台（套）"]],
      }),
    ]);
    const ind = r.programs[0].indicators[0];
    expect(ind.flags.map((f) => f.code)).not.toContain("UNIT-DIFF");
    expect(ind.cells["贡山独龙族怒族自治县"].value).toBe(35);
  });

  it("元/月 on a name that says 人均 is 元/人·月", () => {
    const { result } = compareRows([
      ["县（市、区）", "项目名称", "三级指标", "指标值", "计量单位"],
      ["兴宁区", "城乡居民基本养老保险财政补助资金", "基础养老金月人均标准", "≥158", "元/人·月"],
      ["青秀区", "城乡居民基本养老保险财政补助资金", "基础养老金月人均标准", "≥158", "元/人·月"],
      ["良庆区", "城乡居民基本养老保险财政补助资金", "基础养老金月人均标准", "≥158", "元/月"],
    ]);
    const ind = result.programs[0].indicators[0];
    expect(ind.flags.map((f) => f.code)).not.toContain("UNIT-DIFF");
    expect(Object.keys(ind.cells)).toEqual(["兴宁区", "青秀区", "良庆区"]);
  });
});

describe("a suspected slip quotes the officer's own figure", () => {
  it("≤0.2万元/户 among 元/户: quoted as written, the compared figure after it", () => {
    const source = districtSource("农村危房改造补助资金", {
      阳朔县: [["户均补助标准", "<=", 20000, "元/户"]],
      灵川县: [["户均补助标准", "<=", 20000, "元/户"]],
      全州县: [["户均补助标准", "<=", 20000, "元/户"]],
      兴安县: [["户均补助标准", "<=", 20000, "元/户"]],
      恭城瑶族自治县: [["户均补助标准", "<=", 2000, "元/户"]],
    });
    // As the parser gives 0.2万元/户: the value in 元, the target as written.
    const gongcheng = source.indicators.find((i) => i.district === "恭城瑶族自治县");
    if (gongcheng) gongcheng.target = "≤0.2万元/户";
    const r = compareDistricts([source]);
    const cell = r.programs[0].indicators[0].cells["恭城瑶族自治县"];
    expect(cell.value).toBe(2000);
    const flags = r.programs[0].indicators[0].flags;
    expect(flags.map((f) => f.code)).toEqual(["OUTLIER"]);
    expect(flags[0].message.zh).toBe(
      "恭城瑶族自治县 户均补助标准 ≤0.2万元/户（2000 元/户），而 4 个县均为 20000 元/户（为其 0.10 倍，疑少写一个 0）",
    );
    expect(flags[0].message.en).toContain("≤0.2万元/户 (2000 元/户)");
  });
});

describe("区域对比 on paper: nothing cut", () => {
  const source = districtSource("动物防疫补助经费", {
    阿荣旗: [["免疫抗体合格率", ">=", 70, "%"]],
    鄂温克旗: [["免疫抗体合格率", ">=", 70, "%"]],
    莫力达瓦达斡尔族自治旗: [["免疫抗体合格率", ">=", 0.7, ""]],
  });
  const plan = compareSheetPlan(compareDistricts([source]))!;

  it("column A holds 莫力达瓦达斡尔族自治旗 whole", () => {
    expect(plan.columnWidths?.[0]).toBeGreaterThanOrEqual(
      Math.ceil(textWidth("莫力达瓦达斡尔族自治旗") * 1.2),
    );
  });

  it("the legend's converted line spans the block and wraps", () => {
    const row = plan.values.findIndex((r) => String(r?.[0] ?? "").startsWith("已换算后纳入统计")) + 1;
    expect(row).toBeGreaterThan(0);
    const width = plan.columnWidths?.length ?? 0;
    expect(plan.merges).toContain(`A${row}:${String.fromCharCode(64 + Math.max(3, width))}${row}`);
    const f = (plan.formats ?? []).find((x) => x.range.startsWith(`A${row}:`));
    expect(f?.wrapText).toBe(true);
  });
});
