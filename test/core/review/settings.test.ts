import {
  DEFAULT_SETTINGS,
  parsePercentSetting,
  parseRuleList,
  parseYearSetting,
  resolveSettings,
  SettingsError,
} from "../../../src/core/review/settings";
import { gradeOf, scoreOf } from "../../../src/core/review/grade";
import type { Finding } from "../../../src/core/review/types";

describe("settings", () => {
  it("has documented defaults and keeps explicit values", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      rules: null,
      satisfactionMin: 80,
      minIndicators: 3,
      budgetYear: null,
    });
    expect(resolveSettings({ satisfactionMin: 90, budgetYear: undefined })).toEqual({
      ...DEFAULT_SETTINGS,
      satisfactionMin: 90,
    });
  });
  it("reads rule lists in any case and with Chinese separators", () => {
    expect(parseRuleList("vague, date-past；VAGUE", ["VAGUE", "DATE-PAST"])).toEqual(["VAGUE", "DATE-PAST"]);
    expect(() => parseRuleList("VAGUE,NOPE", ["VAGUE"])).toThrow(SettingsError);
    expect(() => parseRuleList(" , ", ["VAGUE"])).toThrow(/NOPE| , |Unknown/);
  });
  it("checks percentages and years", () => {
    expect(parsePercentSetting("--satisfaction-min", "85")).toBe(85);
    expect(parsePercentSetting("--satisfaction-min", "85%")).toBe(85);
    expect(() => parsePercentSetting("--satisfaction-min", "abc")).toThrow(SettingsError);
    expect(() => parsePercentSetting("--satisfaction-min", "120")).toThrow(SettingsError);
    expect(parseYearSetting("--budget-year", "2023")).toBe(2023);
    expect(() => parseYearSetting("--budget-year", "23")).toThrow(SettingsError);
  });
});

describe("grading", () => {
  const f = (code: string, severity: Finding["severity"]) => ({ code, severity }) as Finding;
  it("deducts by severity, caps each code at three, halves a code's repeated warnings, ignores info", () => {
    expect(scoreOf([])).toBe(100);
    expect(scoreOf([f("COMPLETE-COST", "info")])).toBe(100);
    expect(scoreOf([f("VAGUE", "warning")])).toBe(90);
    expect(scoreOf([f("COMPLETE-EFFECT", "error")])).toBe(80);
    expect(scoreOf(Array.from({ length: 10 }, () => f("VAGUE", "warning")))).toBe(80);
    expect(scoreOf(Array.from({ length: 10 }, (_, i) => f(`E${i}`, "error")))).toBe(0);
  });
  it("maps scores to 优/良/中/差", () => {
    expect([100, 90, 89, 75, 74, 60, 59, 0].map(gradeOf)).toEqual([
      "优",
      "优",
      "良",
      "良",
      "中",
      "中",
      "差",
      "差",
    ]);
  });
});
