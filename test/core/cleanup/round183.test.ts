/**
 * Probe round 183: a comparator and its number that words after them call the original's writing
 * (=<5% 为 原表 写法) stay as typed, spaces and all; circled numbers glued to the item before them are
 * renumbered; a full-width thousands comma before a decimal part reads as one alone in a cell (1，200.5);
 * an ordinal spread by spaces is joined whole (第 3 季度 → 第3季度), never half; three full-width groups
 * after a short lead need a comparator or a line of their own (养护里程：1，200，300 公里 stays); a cell of
 * marks alone stays as typed; a slash keeps its spaces on both sides or on neither.
 */
import { namedSymbols } from "../../../src/core/cleanup/namedSymbols";
import { keepProtected } from "../../../src/core/cleanup/protectedSpans";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { groupsReading } from "../../../src/core/text/numbers";
import { cleanedRow, revert } from "./helpers";

/** A default cleanup of one row: its 指标值 and 备注 after, and the edits. */
const cleaned = cleanedRow;

describe("H1: a comparator and its number called the original's writing by the words after them", () => {
  test.each([
    "=<5% 为 原表 写法",
    "=<5%为原表写法",
    ">=90%为原表写法",
    "≥=90% 系原表笔误",
    "> = 90 % 为原文写法",
    "≧90％为原表写法",
    "≥=300 人 为原稿写法",
    ">=90%为笔误",
  ])("%s stays as typed", (note) => {
    expect(cleaned("≥90%", note).note).toBe(note);
    expect(keepProtected(fixPunctuation)(note)).toBe(note);
    expect(keepProtected(fixSpaces)(note)).toBe(note);
  });

  it("the whole phrase is the span", () => {
    const t = "满意度 > = 90 % 为原文写法，已改";
    expect(namedSymbols(t).map(([a, b]) => t.slice(a, b))).toEqual(["> = 90 % 为原文写法"]);
  });

  test.each(["原表写法为 >=90%", "“>=90%”为原表写法", ">=号为原表符号"])(
    "control %s stays, as before",
    (note) => {
      expect(cleaned("≥90%", note).note).toBe(note);
    },
  );

  test.each([
    ["≤5%错误率", "≤5%错误率"],
    [">=90%（原表有误）", "≥90%（原表有误）"],
    ["满意度 >= 90%，原表 》= 为笔误", "满意度≥90%，原表 》= 为笔误"],
    [">= 90%", "≥90%"],
  ])("a comparator the words do not name is cleaned: %s → %s", (before, after) => {
    expect(keepProtected(fixPunctuation)(keepProtected(fixSpaces)(before))).toBe(after);
  });
});

describe("M1: circled numbers glued to the item before them", () => {
  test.each([
    ["①维修管网≥35公里②水质达标率≥95%②受益人口1200人", "①维修管网≥35公里②水质达标率≥95%③受益人口1200人"],
    ["①维修管网≥35公里。②水质达标率≥95%②受益人口1200人", "①维修管网≥35公里。②水质达标率≥95%③受益人口1200人"],
    [
      "①维修管网≥35公里；②水质达标率≥95%；②受益人口1200人",
      "①维修管网≥35公里；②水质达标率≥95%；③受益人口1200人",
    ],
  ])("%s → %s", (before, after) => {
    expect(fixNumbering(before)).toBe(after);
  });

  test.each([
    "①②为原表编号",
    "①维修管网②2025年完成③受益",
    "按①②③顺序",
    "说明①见附件②见表",
    "①号泵站、②号泵站、④号泵站改造",
    "①维修管网②水质③受益",
  ])("%s stays", (text) => {
    expect(fixNumbering(text)).toBe(text);
  });
});

describe("M2: a full-width thousands comma before a decimal part", () => {
  test.each([
    ["1，200.5", "1,200.5"],
    ["1，200.5万元", "1,200.5万元"],
    ["≥1，200.5万元", "≥1,200.5万元"],
    ["1，200", "1,200"],
  ])("%s → %s", (before, after) => {
    expect(fixPunctuation(before)).toBe(after);
  });

  test.each(["建设路 12，345.5 号", "编号 1，200.5 的 设备", "302，303.5"])("%s stays", (text) => {
    expect(fixPunctuation(text)).toBe(text);
  });

  it("alone in a 资金 cell, reverted exactly", () => {
    const { target, g, result } = cleaned("1，200.5");
    expect(target).toBe("1,200.5");
    expect(revert(result.grid, result.log).grid.values).toEqual(g.values);
  });
});

describe("M3: an ordinal spread by spaces is joined whole", () => {
  test.each([
    ["2025年 第 3 季度", "2025年 第3季度"],
    ["第 3 季度", "第3季度"],
    ["第 3季度", "第3季度"],
    ["第 1 批次", "第1批次"],
  ])("%s → %s", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });

  test.each(["第 3", "第 1、2号楼"])("%s stays", (text) => {
    expect(fixSpaces(text)).toBe(text);
  });
});

describe("judgement calls", () => {
  test.each(["养护里程：1，200，300 公里", "长度 1，200，300 米", "1，234，567元"])(
    "%s stays as typed",
    (text) => {
      expect(fixPunctuation(text)).toBe(text);
    },
  );

  test.each([
    ["≥1，200，300公里", "≥1,200,300公里"],
    ["1，200，300", "1,200,300"],
    ["12，000，000元", "12,000,000元"],
  ])("%s → %s, one number", (before, after) => {
    expect(fixPunctuation(before)).toBe(after);
  });

  it("the reading says why", () => {
    const s = "养护里程：1，200，300 公里";
    const i = s.indexOf("1，");
    expect(groupsReading(s, i, i + "1，200，300".length)).toBe("either");
  });

  test.each(["；；", "、、、", "。。", "，。", "，，"])(
    "a cell of marks alone, %s, stays as typed",
    (text) => {
      expect(fixPunctuation(text)).toBe(text);
      expect(cleaned("≥1个", text).edits).toEqual([]);
    },
  );

  test.each([
    ["≥90%；；", "≥90%"],
    ["达到70%以上；。", "达到70%以上。"],
  ])("marks after words are mended as before: %s → %s", (before, after) => {
    expect(fixPunctuation(before)).toBe(after);
  });

  test.each(["（生态环境成本） / 碳排放", "碳排放 / （生态环境成本）", "经济成本指标 / 项目总成本"])(
    "%s keeps both spaces of its slash",
    (text) => {
      expect(fixSpaces(text)).toBe(text);
    },
  );

  test.each([
    ["（生态） / （碳）", "（生态）/（碳）"],
    ["（万元） /个", "（万元）/个"],
  ])("%s → %s: both go", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });
});
