/**
 * Probe round 195: a note that says what the original wrote without 写作 (原表>=90%, 原表：>=90%, 原表作>=90%,
 * 原为>=90%，已改, 原写“≥=90%”) keeps the mark as typed; numbered items in brackets glued to the item before
 * them (（1）…（2）…（2）…) are renumbered as circled ones are; a size's grouped factors are joined all or
 * none (≥ 2 000×1 000 mm → ≥2000×1000 mm, never ≥2000×1 000 mm).
 */
import { keepProtected } from "../../../src/core/cleanup/protectedSpans";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { cleanedRow } from "./helpers";

describe("H1: a note saying what the original wrote keeps its mark", () => {
  test.each(["原表>=90%", "原表：>=90%", "原表作>=90%", "原为>=90%，已改", "原写“≥=90%”", "原来是=>95%"])(
    "%s stays as typed",
    (note) => {
      expect(cleaned(note)).toBe(note);
      expect(keepProtected(fixPunctuation)(note)).toBe(note);
    },
  );

  test.each([
    ["满意度>=90%", "满意度≥90%"],
    ["原计划>=90%", "原计划≥90%"],
    ["≥=90%（原表有误）", "≥90%（原表有误）"],
  ])("a mark the words do not call the original's is cleaned: %s → %s", (before, after) => {
    expect(keepProtected(fixPunctuation)(before)).toBe(after);
  });
});

function cleaned(note: string): string {
  return cleanedRow("≥90%", note).note;
}

describe("M1: bracketed numbers glued to the item before them", () => {
  test.each([
    [
      "（1）受益人口≥1200人（2）供水保障率≥98%（2）投诉率下降",
      "（1）受益人口≥1200人（2）供水保障率≥98%（3）投诉率下降",
    ],
    ["(1)受益人口≥1200人(2)供水保障率≥98%(2)投诉率下降", "(1)受益人口≥1200人(2)供水保障率≥98%(3)投诉率下降"],
  ])("%s → %s", (before, after) => {
    expect(fixNumbering(before)).toBe(after);
  });

  test.each([
    "（1）（2）（2）为原表编号",
    "（1）改造泵站（2）座（2）新建水池",
    "按（1）（2）顺序",
    "（1）维修管网（2）水质（2）受益",
    "（1）受益人口≥1200人（2）2025年完成（2）投诉率下降",
  ])("%s stays", (text) => {
    expect(fixNumbering(text)).toBe(text);
  });
});

describe("H2: a size's grouped factors are joined all or none", () => {
  test.each([
    ["≥ 2 000×1 000 mm", "≥2000×1000 mm"],
    ["规格 2 000×1 000 mm", "规格 2000×1000 mm"],
    ["尺寸 100 100×200", "尺寸 100 100×200"],
  ])("%s → %s", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });

  it("never one factor alone", () => {
    const out = fixSpaces("≥ 2 000×1 000 mm");
    expect(/\d \d{3}/.test(out) && /\d{4}/.test(out)).toBe(false);
  });
});
