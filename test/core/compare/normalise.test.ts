import { findDistrict, nameKey, programKey, stripDistrict } from "../../../src/core/compare";
import { applyMagnitude, isCountUnit, unitKey } from "../../../src/core/compare/units";
import { formatNumber, formatRatio, withUnit } from "../../../src/core/compare/sentences";
import { median, valueStats } from "../../../src/core/compare/stats";

describe("districts and program names", () => {
  it.each([
    ["镇（街）园区专职安监员队伍建设经费（海珠区）", "海珠区", "镇（街）园区专职安监员队伍建设经费"],
    ["海珠区镇（街）园区专职安监员队伍建设经费", "海珠区", "镇（街）园区专职安监员队伍建设经费"],
    ["镇（街）园区专职安监员队伍建设经费-海珠区", "海珠区", "镇（街）园区专职安监员队伍建设经费"],
    ["镇（街）园区专职安监员队伍建设经费(海珠)", "海珠区", "镇（街）园区专职安监员队伍建设经费"],
    ["森林防火经费（从化县）", "从化县", "森林防火经费"],
  ])("%s without %s is %s", (name, district, stripped) => {
    expect(programKey(stripDistrict(name, district))).toBe(programKey(stripped));
  });

  it("finds a district in brackets, at the start, after the city, and not in 园区/社区", () => {
    expect(findDistrict("镇（街）园区专职安监员队伍建设经费（白云区）")).toBe("白云区");
    expect(findDistrict("花都区梯面小学中心级应急避难场所")).toBe("花都区");
    expect(findDistrict("南山区智慧安监平台运维")).toBe("南山区");
    expect(findDistrict("偏远山区教育补助")).toBeNull();
    expect(findDistrict("广州市番禺区应急管理局")).toBe("番禺区");
    expect(findDistrict("镇（街）园区专职安监员队伍建设经费")).toBeNull();
    expect(findDistrict("社区应急服务站建设")).toBeNull();
    expect(findDistrict("guangzhou-emergency-2022.xlsx")).toBeNull();
  });

  it("treats width, spaces and a leading year as the same program name", () => {
    expect(programKey("2022年 安全生产监管经费")).toBe(programKey("安全生产监管经费"));
    expect(programKey("镇(街)园区")).toBe(programKey("镇（街）园区"));
  });
});

describe("indicator names", () => {
  it.each([
    ["巡查企业数", "巡查企业数量"],
    ["巡查企业数", "巡查企业（家次）"],
    ["巡查企业数", "巡查的企业数"],
    ["巡查企业数", "巡查企业 总数"],
    ["巡查企业数", "年度巡查企业数"],
    ["群众满意度", "群众满意度(≥90%)"],
  ])("%s and %s match", (a, b) => {
    expect(nameKey(a).key).toBe(nameKey(b).key);
  });

  it.each([
    ["巡查企业数", "巡查查处隐患数"],
    ["培训人次（线上）", "培训人次（线下）"],
    ["巡查整改率", "巡查企业数"],
  ])("%s and %s do not match", (a, b) => {
    expect(nameKey(a).key).not.toBe(nameKey(b).key);
  });

  it("takes a unit out of the name's brackets", () => {
    expect(nameKey("巡查企业（家次）").unitHint).toBe("家次");
    expect(nameKey("覆盖率(％)").unitHint).toBe("%");
    expect(nameKey("镇（街）巡查数").unitHint).toBe("");
  });
});

describe("units", () => {
  it("unifies written forms and applies a stray magnitude word", () => {
    expect(unitKey("％")).toBe("%");
    expect(unitKey("百分比")).toBe("%");
    expect(unitKey("公里")).toBe(unitKey("千米"));
    expect(applyMagnitude(5, "万元")).toEqual({ value: 50000, unit: "元" });
    expect(applyMagnitude(1.2, "亿元")).toEqual({ value: 120000000, unit: "元" });
    expect(applyMagnitude(3, "千米")).toEqual({ value: 3, unit: "千米" });
    expect(applyMagnitude(2, "万人次")).toEqual({ value: 20000, unit: "人次" });
  });

  it("knows which units count things", () => {
    for (const u of ["家次", "项", "份", "人次", "个", "场"]) expect(isCountUnit(u)).toBe(true);
    for (const u of ["%", "元", "天", "小时", "", "元/人"]) expect(isCountUnit(u)).toBe(false);
  });
});

describe("numbers and statistics", () => {
  it("formats as officers write them", () => {
    expect(formatNumber(60000)).toBe("60000");
    expect(formatNumber(0.375)).toBe("0.38");
    expect(withUnit(21, "%")).toBe("21%");
    expect(withUnit(60000, "家次")).toBe("60000 家次");
    expect(formatRatio(6)).toBe("6.0");
    expect(formatRatio(1.05)).toBe("1.05");
    expect(formatRatio(0.375)).toBe("0.38");
  });

  it("computes median and MAD", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(valueStats([8000, 9000, 10000, 60000, 70000])).toEqual({
      count: 5,
      min: 8000,
      median: 10000,
      max: 70000,
      mad: 2000,
    });
    expect(valueStats([])).toBeNull();
  });
});
