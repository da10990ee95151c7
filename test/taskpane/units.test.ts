import { applyColumnOverrides } from "../../src/taskpane/services/columns";
import { toGrouping } from "../../src/taskpane/services/compare";
import { settingsFor } from "../../src/taskpane/services/cleanup";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
} from "../../src/taskpane/settings/model";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import { plainError } from "../../src/taskpane/shared/errors";
import { themeFromBackground } from "../../src/taskpane/shared/theme";
import { selectionAddress } from "../../src/taskpane/read/selection";
import { SAMPLE_GRID, SAMPLE_RESULT } from "./helpers";

describe("column corrections", () => {
  const table = SAMPLE_RESULT.tables[0];

  test("a role moved to another column: the new column gets the canonical header, the old one loses it", () => {
    const g = applyColumnOverrides(SAMPLE_GRID, table, { indicators: "D" });
    expect(g.values[0]).toEqual(["主管部门", "预算单位", "项目名称", "绩效指标", "—"]);
    expect(g.values.slice(1)).toEqual(SAMPLE_GRID.values.slice(1));
    expect(SAMPLE_GRID.values[0][4]).toBe("绩效指标"); // the original is untouched
  });

  test("two roles swapped keep both columns", () => {
    const g = applyColumnOverrides(SAMPLE_GRID, table, { indicators: "D", goal: "E" });
    expect(g.values[0]).toEqual(["主管部门", "预算单位", "项目名称", "绩效指标", "绩效目标"]);
  });

  test("a role removed, and nothing to change", () => {
    expect(applyColumnOverrides(SAMPLE_GRID, table, { goal: null }).values[0][3]).toBe("—");
    expect(applyColumnOverrides(SAMPLE_GRID, table, {})).toBe(SAMPLE_GRID);
    expect(applyColumnOverrides(SAMPLE_GRID, { ...table, headerRow: null }, { goal: "E" })).toBe(SAMPLE_GRID);
  });
});

describe("settings", () => {
  test("missing or malformed values take their defaults", () => {
    expect(loadSettings(new MemorySettingsStore())).toEqual(DEFAULT_SETTINGS);
    const bad = new MemorySettingsStore({
      [SETTINGS_KEY]: {
        satisfactionMin: "80",
        outlierRatio: -1,
        disabledRules: [1],
        robustZ: "yes",
        zThreshold: 3,
      },
    });
    expect(loadSettings(bad)).toEqual({ ...DEFAULT_SETTINGS, zThreshold: 3 });
    expect(loadSettings(new MemorySettingsStore({ [SETTINGS_KEY]: "junk" }))).toEqual(DEFAULT_SETTINGS);
  });

  test("what is saved is what is loaded", async () => {
    const store = new MemorySettingsStore();
    const s = { ...DEFAULT_SETTINGS, disabledRules: ["VAGUE"], satisfactionMin: 85, cleanupRules: ["SPACE"] };
    await saveSettings(store, s);
    expect(store.saves).toBe(1);
    expect(loadSettings(store)).toEqual(s);
  });
});

describe("plain errors", () => {
  test("a bilingual error is shown as is; an Error by its first line only; Office codes become advice", () => {
    expect(plainError({ zh: "甲", en: "A" })).toEqual({ zh: "甲", en: "A" });
    const e = new Error("断开\n    at x (y.ts:1:1)");
    expect(plainError(e).zh).toBe("操作没有完成：断开");
    expect(plainError({ code: "AccessDenied" }).zh).toMatch(/受保护/);
    expect(plainError(undefined).en).toMatch(/unknown reason/);
    const gatewayError = Object.assign(new Error("乙\nB"), { text: { zh: "乙", en: "B" } });
    expect(plainError(gatewayError)).toEqual({ zh: "乙", en: "B" });
  });
});

test("Office's background colour decides light or dark", () => {
  expect(themeFromBackground("#ffffff")).toBe("light");
  expect(themeFromBackground("#1f1f1f")).toBe("dark");
  expect(themeFromBackground("292929")).toBe("dark");
  expect(themeFromBackground(undefined)).toBe("light");
  expect(themeFromBackground("not a colour")).toBe("light");
});

test("the selection's address", () => {
  expect(selectionAddress(SAMPLE_GRID)).toBe("Sheet1!A2:E4");
  expect(selectionAddress({ sheet: "S", top: 5, left: 28, values: [["x"]] })).toBe("S!AB5");
});

test("grouping by a column reads each project's value in that column", () => {
  const g = toGrouping({ grid: SAMPLE_GRID, result: SAMPLE_RESULT }, { mode: "column", column: "D" });
  expect(g).toEqual({ by: "keys", keys: { "0:0": "完成巡查", "0:1": "完成巡查" } });
  expect(
    toGrouping({ grid: SAMPLE_GRID, result: SAMPLE_RESULT }, { mode: "manual", projectIds: [1] }),
  ).toEqual({
    by: "projects",
    projects: ["0:1"],
  });
});

test("cleanup rule choice: chosen rules run, TYPO stays a proposal, the rest are off", () => {
  const s = settingsFor(["SPACE", "TYPO", "CATEGORY"]);
  expect(s.SPACE).toBe("apply");
  expect(s.TYPO).toBe("propose");
  expect(s.CATEGORY).toBe("apply");
  expect(s.PUNCT).toBe("off");
});

describe("the pane's comparison service", () => {
  /** The pane's comparison of a two-column table (项目名称 | 绩效指标), grouped automatically. */
  async function compareRows(rows: string[][]) {
    const { compareService } = await import("../../src/taskpane/services/compare");
    const { parseGrid } = await import("../../src/core/parse");
    const grid = { sheet: "Sheet1", top: 1, left: 1, values: [["项目名称", "绩效指标"], ...rows] };
    if (!compareService.available) throw new Error("compare service unavailable");
    return compareService.compare(
      { grid, result: parseGrid(grid) },
      { mode: "auto" },
      { outlierRatio: 2, robustZ: false, zThreshold: 3.5 },
      "zh",
    );
  }

  it("names in its notice a project whose district it could not tell", async () => {
    const run = await compareRows([
      ["专职安监员经费（海珠区）", "1、巡查企业数，不少于1万家次。"],
      ["专职安监员经费（白云区）", "1、巡查企业数，不少于2万家次。"],
      ["专职安监员经费", "1、巡查企业数，不少于3万家次。"],
    ]);
    expect(run.comparisons.map((c) => c.districts)).toEqual([["海珠区", "白云区"]]);
    expect(run.messages.map((m) => m.zh)).toEqual([expect.stringContaining("未识别区县：专职安监员经费")]);
  });

  it("lists flags in the sheet's and the summary's order: by district, then indicator", async () => {
    const rows = ["海珠区", "荔湾区", "越秀区", "天河区", "白云区"].map((d) => [
      `专职安监员经费（${d}）`,
      `1、巡查覆盖率，不低于${d === "白云区" ? 30 : 90}%。2、整改率，不低于${d === "海珠区" ? 30 : 90}%。`,
    ]);
    const run = await compareRows(rows);
    // 白云区 slips on the first indicator, 海珠区 on the second: 海珠区 comes first, as districts are listed.
    expect(run.comparisons[0].flags.map((f) => `${f.district} ${f.indicator}`)).toEqual([
      "海珠区 整改率",
      "白云区 巡查覆盖率",
    ]);
  });

  it("says in its notice which slightly different names it compared as one program", async () => {
    const run = await compareRows([
      ["高标准农田建设项目（扶沟县）", "1、新建高标准农田，不少于1万亩。"],
      ["高标准农田建设项目（西华县）", "1、新建高标准农田，不少于2万亩。"],
      ["高标准农田建设补助资金（沈丘县）", "1、新建高标准农田，不少于3万亩。"],
    ]);
    expect(run.comparisons.map((c) => c.districts.length)).toEqual([3]);
    expect(run.messages.map((m) => m.zh)).toEqual([expect.stringContaining("沈丘县")]);
  });
});
