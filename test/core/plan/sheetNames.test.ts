/**
 * Round 238: result sheets named in the officer's language (指标明细 | Indicators, 校验结果 | Review findings,
 * 区域对比 | District comparison, 清理日志 | Cleanup log), and sheet names Excel takes whatever the name.
 * Gold written before the run: a Chinese plan is named as always; an English plan by its English name;
 * a name is never cut between the halves of a character, never ends in an apostrophe, never is History.
 */
import {
  RESULT_SHEET_NAMES,
  cleanupLogRank,
  inLogSearchOrder,
  isResultSheetName,
  resultSheetName,
  type ResultSheetKind,
} from "../../../src/core/plan/sheetNames";
import { safeSheetName, uniqueSheetName } from "../../../src/core/plan/types";
import { indicatorsSheetPlan } from "../../../src/core/plan/indicatorsSheet";
import { findingsSheetPlan } from "../../../src/core/plan/findingsSheet";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { cleanupLogPlan, entriesForRun, LOG_HEADERS, readCleanupLog } from "../../../src/core/cleanup";
import { compareDistricts } from "../../../src/core/compare";
import { parseGrid } from "../../../src/core/parse";
import type { Grid } from "../../../src/core/grid";

const KINDS: ResultSheetKind[] = ["indicators", "findings", "compare", "cleanupLog"];

describe("result sheet names", () => {
  it("names each sheet in Chinese as always, and in English for an English Office", () => {
    expect(KINDS.map((k) => resultSheetName(k, "zh"))).toEqual([
      "指标明细",
      "校验结果",
      "区域对比",
      "清理日志",
    ]);
    expect(KINDS.map((k) => resultSheetName(k, "en"))).toEqual([
      "Indicators",
      "Review findings",
      "District comparison",
      "Cleanup log",
    ]);
  });

  it("keeps every name whole with a numbered copy's suffix, and safe as Excel wants it", () => {
    for (const k of KINDS)
      for (const lang of ["zh", "en"] as const) {
        const name = RESULT_SHEET_NAMES[k][lang];
        expect(safeSheetName(name)).toBe(name);
        expect(`${name} (99)`.length).toBeLessThanOrEqual(31);
        expect(uniqueSheetName(name, [name])).toBe(`${name} (2)`);
      }
  });

  it("recognises a sheet's name in either language and its numbered copies, nothing else", () => {
    for (const name of ["指标明细", "Indicators", "indicators", "INDICATORS (2)", "指标明细 (12)"])
      expect(isResultSheetName("indicators", name)).toBe(true);
    // Near misses: the officer's own sheets that only resemble ours.
    for (const name of ["指标明细表", "Indicators list", "My indicators", "指标明细(2)", "指标明细 (2a)", ""])
      expect(isResultSheetName("indicators", name)).toBe(false);
    expect(isResultSheetName("cleanupLog", "Cleanup log (3)")).toBe(true);
    expect(isResultSheetName("cleanupLog", "清理日志")).toBe(true);
    expect(isResultSheetName("cleanupLog", "Review findings")).toBe(false);
  });

  it("looks for the log in the officer's language first, then the other's, then copies, then any sheet", () => {
    const names = ["表1", "Cleanup log (2)", "清理日志", "Cleanup log", "我的日志"];
    expect(inLogSearchOrder(names, (n) => n, "en")).toEqual([
      "Cleanup log",
      "清理日志",
      "Cleanup log (2)",
      "表1",
      "我的日志",
    ]);
    expect(inLogSearchOrder(names, (n) => n, "zh")).toEqual([
      "清理日志",
      "Cleanup log",
      "Cleanup log (2)",
      "表1",
      "我的日志",
    ]);
    expect(cleanupLogRank("cleanup LOG", "en")).toBe(0);
  });
});

describe("safeSheetName and uniqueSheetName (round 233's note)", () => {
  const wide = "\u{20000}"; // 𠀀, beyond U+FFFF: two UTF-16 units

  it("never cuts a character beyond U+FFFF in two at 31", () => {
    const name = "甲".repeat(30) + wide + "乙";
    const safe = safeSheetName(name);
    expect(safe).toBe("甲".repeat(30));
    expect(safe.length).toBe(30);
    // One that fits whole is kept whole.
    expect(safeSheetName("甲".repeat(29) + wide)).toBe("甲".repeat(29) + wide);
  });

  it("never cuts one in two before a copy's number either", () => {
    const name = "甲".repeat(26) + wide + "乙";
    const taken = [safeSheetName(name)];
    const copy = uniqueSheetName(name, taken);
    expect(copy).toBe("甲".repeat(26) + " (2)");
    expect(copy.length).toBeLessThanOrEqual(31);
    for (const ch of copy) expect(ch.codePointAt(0)! < 0xd800 || ch.codePointAt(0)! > 0xdfff).toBe(true);
  });

  it("leaves no apostrophe at the end, also where the cut makes one", () => {
    expect(safeSheetName("a".repeat(30) + "'b")).toBe("a".repeat(30));
    expect(safeSheetName("a".repeat(29) + "''b")).toBe("a".repeat(29));
    expect(safeSheetName("'officer'")).toBe("officer");
    // Near miss: an apostrophe inside a name is allowed and kept.
    expect(safeSheetName("Officer's sheet")).toBe("Officer's sheet");
    expect(safeSheetName("'''")).toBe("Sheet");
  });

  it("never gives Excel's reserved History, in any case; names like it are kept", () => {
    expect(safeSheetName("History")).toBe("History_");
    expect(safeSheetName("history")).toBe("history_");
    expect(safeSheetName("'HISTORY'")).toBe("HISTORY_");
    expect(uniqueSheetName("History", [])).toBe("History_");
    expect(uniqueSheetName("History", ["History_"])).toBe("History_ (2)");
    for (const name of ["History (2)", "Historyx", "History log", "历史"])
      expect(safeSheetName(name)).toBe(name);
  });

  it("still replaces the characters Excel forbids, and names an empty result Sheet", () => {
    expect(safeSheetName("a/b\\c[d]e:f*g?h")).toBe("a_b_c_d_e_f_g_h");
    expect(safeSheetName("")).toBe("Sheet");
  });
});

const GRID: Grid = {
  sheet: "海珠区",
  top: 1,
  left: 1,
  values: [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["应急演练项目（海珠区）", "产出指标", "数量指标", "演练次数", "≥4次"],
    ["应急演练项目（海珠区）", "效益指标", "社会效益指标", "群众满意度", "≥90%"],
  ],
};

describe("the plans' names follow the language", () => {
  const result = parseGrid(GRID);

  it("指标明细 | Indicators", () => {
    expect(indicatorsSheetPlan(result.indicators).name).toBe("指标明细");
    expect(indicatorsSheetPlan(result.indicators, { lang: "zh" }).name).toBe("指标明细");
    expect(indicatorsSheetPlan(result.indicators, { lang: "en" }).name).toBe("Indicators");
  });

  it("校验结果 | Review findings", () => {
    const input = { findings: [], grades: [], indicatorCount: result.indicators.length };
    expect(findingsSheetPlan(input).name).toBe("校验结果");
    expect(findingsSheetPlan(input, { lang: "en" }).name).toBe("Review findings");
  });

  it("区域对比 | District comparison", () => {
    const other: Grid = {
      ...GRID,
      sheet: "天河区",
      values: GRID.values.map((r, i) => (i === 0 ? r : r.map((v) => String(v).replace("海珠区", "天河区")))),
    };
    const comparison = compareDistricts([
      { label: "海珠区", ...result },
      { label: "天河区", ...parseGrid(other) },
    ]);
    expect(compareSheetPlan(comparison)?.name).toBe("区域对比");
    expect(compareSheetPlan(comparison, { lang: "en" })?.name).toBe("District comparison");
  });

  it("清理日志 | Cleanup log: the same bilingual columns either way, read back alike", () => {
    const log = entriesForRun(
      [
        {
          kind: "cell",
          sheet: "海珠区",
          cell: "D2",
          rule: "SPACE",
          before: " 演练次数",
          after: "演练次数",
          applied: true,
        },
      ],
      "2026-12-02 15:00:00",
      1,
    );
    const zh = cleanupLogPlan(log);
    const en = cleanupLogPlan(log, "en");
    expect(zh.name).toBe("清理日志");
    expect(en.name).toBe("Cleanup log");
    expect(zh.values[0]).toEqual([...LOG_HEADERS]);
    expect(en.values[0]).toEqual([...LOG_HEADERS]);
    // Only the rule-name column (K) differs: the officer's words for the rule.
    const k = 10;
    expect(zh.values[1].filter((_, i) => i !== k)).toEqual(en.values[1].filter((_, i) => i !== k));
    expect(zh.values[1][k]).toMatch(/[\u4e00-\u9fff]/);
    expect(en.values[1][k]).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en.pageSetup?.footer).not.toMatch(/[\u4e00-\u9fff]/);
    const asGrid = (values: unknown[][], sheet: string): Grid => ({
      sheet,
      top: 1,
      left: 1,
      values: values as Grid["values"],
    });
    expect(readCleanupLog(asGrid(en.values, "Cleanup log")).entries).toEqual(
      readCleanupLog(asGrid(zh.values, "清理日志")).entries,
    );
  });
});
