import {
  budgetYearOf,
  dateAfter,
  datePast,
  dateZh,
  dateSerialRule,
  serialToDate,
} from "../../../../src/core/review/rules/dates";
import { testRule } from "../ruleTester";

describe("serialToDate", () => {
  it("reads Excel serials", () => {
    expect(serialToDate(44561)).toBe("2021-12-31");
    expect(serialToDate(45291)).toBe("2023-12-31");
  });
});

describe("dateZh", () => {
  it("writes dates as officers do", () => {
    expect(dateZh("2023-12-31")).toBe("2023年12月31日");
    expect(dateZh("2024-01")).toBe("2024年1月");
    expect(dateZh("2025")).toBe("2025年");
  });
});

describe("budgetYearOf", () => {
  it("prefers the setting, else the latest year in the project name", () => {
    expect(budgetYearOf("2022年北江大堤信息化项目", 2024)).toBe(2024);
    expect(budgetYearOf("2021-2022年度2022年防汛项目", null)).toBe(2022);
    expect(budgetYearOf("安全生产监管经费", null)).toBeNull();
  });
});

testRule(dateSerialRule, {
  clean: [
    "1、产出指标：完成时间，2021年12月31日前。",
    "1、产出指标：巡查企业数，不少于44561家次。",
    {
      grid: [
        ["项目名称", "三级指标", "指标值", "计量单位"],
        ["项目甲", "巡查企业数", 44561, "家次"],
      ],
    },
  ],
  flagged: [
    // A name that says a date: the date is plain, the cell shows it as a number — a warning (round 75 g2).
    {
      grid: [
        ["项目名称", "二级指标", "三级指标", "指标值"],
        ["项目甲", "时效指标", "项目完成时间", 44561],
      ],
      includes: "2021年12月31日",
      severity: "warning",
    },
    // An action under 时效: its deadline, plainly.
    {
      grid: [
        ["项目名称", "二级指标", "三级指标", "指标值"],
        ["项目甲", "时效指标", "资金拨付", 46203],
      ],
      includes: "2026年6月30日",
      severity: "warning",
    },
    // Only the 时效 heading says a date, over a name that sums: it may as well be money with no unit — an error.
    {
      grid: [
        ["项目名称", "二级指标", "三级指标", "指标值"],
        ["项目甲", "时效指标", "拨付资金", 46203],
      ],
      includes: "看不出是什么",
      severity: "error",
    },
    {
      grid: [
        ["项目名称", "三级指标", "指标值"],
        ["项目甲", "设备采购完成时间", "45291"],
      ],
    },
  ],
});

testRule(datePast, {
  clean: [
    { text: "1、产出指标：完成时间，2022年12月31日前。", settings: { budgetYear: 2022 } },
    // No budget year known: nothing to compare with.
    "1、产出指标：完成时间，2020年12月31日前。",
    { projects: [{ name: "2022年防汛项目", text: "1、产出指标：完成时间，2022年12月底前。" }] },
  ],
  flagged: [
    { text: "1、产出指标：完成时间，2021年12月31日前。", settings: { budgetYear: 2022 }, includes: "2022" },
    { projects: [{ name: "2023年应急物资储备项目", text: "1、产出指标：物资采购完成时间，2022年底。" }] },
    // The title's year, given by the parser, where neither the name nor a deadline states it.
    {
      grid: [
        ["2024年度项目支出绩效目标表"],
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "验收时间", "2023年12月底前"],
      ],
      count: 1,
    },
    // The title's year (read off 12月底前, which the parser dated by it) where the name states none.
    {
      grid: [
        ["2024年度项目支出绩效目标表"],
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "完成时间", "12月底前"],
        [null, null, "验收时间", "2023年12月底前"],
      ],
      count: 1,
    },
  ],
});

testRule(dateAfter, {
  clean: [
    { projects: [{ name: "2024年培训项目", text: "1、产出指标：培训完成时间，2024年12月底前。" }] },
    // Several years: its deadlines may run on.
    { projects: [{ name: "2023-2025年农田建设项目", text: "1、产出指标：完工时间，2025年底。" }] },
    { projects: [{ name: "2024年农田建设项目（实施期）", text: "1、产出指标：完工时间，2025年底。" }] },
    // A continuing project's name states the year it began; the title's year is the budget year.
    {
      grid: [
        ["2023年度项目支出绩效目标表"],
        ["项目名称", "2022年高标准农田建设"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "完工时间", "12月底前"],
        [null, null, "竣工验收", "2023年11月"],
      ],
    },
    // No budget year known.
    "1、产出指标：完工时间，2025年底。",
  ],
  flagged: [
    {
      projects: [{ name: "2024年培训项目", text: "1、产出指标：培训资料归档时间，2025年6月底前。" }],
      includes: "晚于预算年度 2024 年",
    },
    { text: "1、产出指标：服务周期，2024.06-2025.01。", settings: { budgetYear: 2024 } },
    {
      grid: [
        ["2023年项目支出绩效目标表"],
        ["项目名称", "某项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "实施周期", "2023.07-2024.01"],
        [null, null, "开工时间", "3月"],
      ],
      count: 1,
    },
  ],
});
