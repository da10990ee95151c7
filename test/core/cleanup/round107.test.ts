/** Probe round 107: what the third probe of the cleanup found (H1, H2, H3, M1, M2, M3, judgement calls). */
import { fixSpaces } from "../../../src/core/cleanup/rules/space";

describe("H1: numbers that count up are a list, also before a unit", () => {
  test.each([
    "维修教室（101 102 103 间）",
    "涉及 201 202 203 户",
    "标段 101 102 103 公里处",
    "开通 110 119 120 次",
    "≥ 101 102 103 间",
  ])("%s stays", (input) => {
    expect(fixSpaces(input)).toBe(input.replace("≥ ", "≥"));
  });

  test.each([
    ["1 200 人", "1200人"],
    ["≤ 1 200 000元", "≤1200000元"],
    ["12 500 亩", "12500亩"],
    ["≥ 100 000 元", "≥100000元"],
    ["覆盖 1 200 万人", "覆盖 1200万人"],
  ])("a number written in groups still joins: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });
});

describe("M1: a space between a number and 万 or 亿 and a unit", () => {
  test.each([
    ["≥ 3 万人", "≥3万人"],
    ["≥ 5 万亩", "≥5万亩"],
    ["≤ 1.5 亿元", "≤1.5亿元"],
    ["≥1.2 万吨/日", "≥1.2万吨/日"],
  ])("%s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });
});
