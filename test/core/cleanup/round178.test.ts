/**
 * Probe round 178: two digit groups with a full-width comma between Chinese words are a list or either, not
 * thousands, without evidence (302，303 号 教室, 110，120 救援, 建设路 12，345号, 分别 为 1，800 米); a cell's
 * CR LF line breaks are its style, no edit; a full-width code stays whole (ＸＪ－２００型); a swung dash that
 * marks no range keeps its space; a compound unit is joined across its middle dot (元/生·年); a unit written
 * as one symbol (㎡ ℃ ㎏) is joined to its number; a Latin code's digits are no count (PM10 小时均值).
 */
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { groupsReading } from "../../../src/core/text/numbers";
import { cleanedRow, revert } from "./helpers";

/** A default cleanup of one row: its 指标值 and 备注 after, and the edits' [cell, rule, before, after]. */
function cleaned(target: string, note = "") {
  const row = cleanedRow(target, note);
  return { ...row, edits: row.edits.map((e) => [e.cell, e.rule, e.before, e.after]) };
}

describe("H1: two digit groups with a full-width comma need evidence to be one number", () => {
  test.each([
    // t10 E6, E7: two rooms, two hotlines.
    "实训室 设在 302，303 号 教室",
    "开通 110，120 救援 联动",
    "改造 302，303号 教室",
    "开通110，120救援联动",
    // t14 F10 and the probes: a number 号 counts, an ordinal, a road's code.
    "建设路 12，345号 周边",
    "1，108号楼",
    "第1，300批次",
    "G15，205国道",
    // t14 F9: 分别 says two.
    "长度 分别 为 1，800 米",
    "长度分别为1，800米",
    // No unit, no comparator, words around: which is meant?
    "编号 1，200 的 设备",
  ])("%s keeps its ，", (text) => {
    const out = fixPunctuation(text);
    expect(out).not.toMatch(/[0-9],[0-9]/);
    expect(cleaned("≥1个", text).note).not.toMatch(/[0-9],[0-9]/);
  });

  test.each([
    ["1，200人", "1,200人"],
    ["2，500人次", "2,500人次"],
    ["补助 1，500元/头", "补助 1,500元/头"],
    ["各 1，500元", "各 1,500元"],
    ["≥1，200", "≥1,200"],
    ["1，200", "1,200"],
    ["全年 1，200 余人", "全年 1,200 余人"],
    ["依次为 1，000；2，000人次", "依次为 1,000；2,000人次"],
    ["12，000，000元", "12,000,000元"],
    ["退圩还湖≥1，500亩", "退圩还湖≥1,500亩"],
  ])("%s is one number: %s", (before, after) => {
    expect(fixPunctuation(before)).toBe(after);
  });

  it("the reading says why", () => {
    const at = (s: string, digits: string) => {
      const i = s.indexOf(digits);
      return groupsReading(s, i, i + digits.length);
    };
    expect(at("开通 110，120 救援", "110，120")).toBe("list");
    expect(at("建设路 12，345号", "12，345")).toBe("either");
    expect(at("分别 为 1，800 米", "1，800")).toBe("either");
    expect(at("共 1，200 人", "1，200")).toBe("number");
    // The ASCII comma the parser reads is the thousands mark, as before.
    expect(at("开通 110,120 救援", "110,120")).toBe("number");
  });
});

describe("H2: a cell's CR LF line breaks are no edit", () => {
  it("a cell whose only difference would be CR LF → LF gets no edit", () => {
    expect(cleaned("≥1个", "以签到表为准\r\n（系统导出）").edits).toEqual([]);
  });

  it("a cell with CR LF breaks is cleaned with its breaks kept, and reverts exactly", () => {
    const note = "1、培训 ≥ 300 人\r\n1、考核 。。";
    const { edits, result, g } = cleaned("≥1个", note);
    expect(edits).toEqual([
      ["E2", "SPACE", note, "1、培训≥300人\r\n1、考核。。"],
      ["E2", "PUNCT", "1、培训≥300人\r\n1、考核。。", "1、培训≥300人\r\n1、考核。"],
      ["E2", "NUMBERING", "1、培训≥300人\r\n1、考核。", "1、培训≥300人\r\n2、考核。"],
    ]);
    expect(revert(result.grid, result.log).grid.values).toEqual(g.values);
  });

  it("mixed line endings are still made one (LF)", () => {
    expect(cleaned("≥1个", "甲\r\n乙\n丙").note).toBe("甲\n乙\n丙");
  });
});

describe("N1: a full-width code stays whole", () => {
  test.each(["型号：ＸＪ－２００型", "ＧＢ／Ｔ５０２６８－２０１９", "ＹＪＶ２２－３×１２０"])(
    "%s stays",
    (text) => {
      expect(fixPunctuation(text)).toBe(text);
    },
  );

  test.each([
    ["ＰＭ２．５", "PM2.5"],
    ["５Ｇ基站", "5G基站"],
    ["２０２４－２０２５年", "2024－2025年"],
    ["１２００人", "1200人"],
  ])("%s → %s, as before", (before, after) => {
    expect(fixPunctuation(before)).toBe(after);
  });
});

describe("N2: a swung dash that marks no range keeps its space", () => {
  test.each(["～ 以 实际 为准", "以 ～ 为准"])("%s stays", (text) => {
    expect(fixSpaces(text)).toBe(text);
  });
  test.each([
    ["5 ～ 10人", "5～10人"],
    ["5万 ～ 8万元", "5万～8万元"],
    ["30% ～ 50%", "30%～50%"],
  ])("a range %s → %s", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });
});

describe("M1, M2: a compound unit across its middle dot; a unit written as one symbol", () => {
  test.each([
    ["≥ 600 元 / 生 · 年", "≥600元/生·年"],
    ["≥ 1000 元/人 ・ 年", "≥1000元/人・年"],
    ["500 人 • 次", "500人•次"],
    ["≥ 8 ㎡", "≥8㎡"],
    ["≥ 25 ℃", "≥25℃"],
    ["≤ 2 ㎏/人", "≤2㎏/人"],
    ["≥ 3 ㎞", "≥3㎞"],
  ])("%s → %s", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });

  test.each(["张三 · 李四", "≥3.5 km", "≤38 μg/m³", "东湖 · 西湖"])("%s keeps its spaces", (text) => {
    expect(fixSpaces(text)).toBe(text);
  });
});

describe("a Latin code's digits are no count", () => {
  test.each(["PM10 小时均值", "K3 次列车", "DN300 米 管网"])("%s keeps its space", (text) => {
    expect(fixSpaces(text)).toBe(text);
  });
  test.each([
    ["PM2.5 年均浓度", "PM2.5年均浓度"],
    ["球墨铸铁管 K9 级", "球墨铸铁管 K9级"],
    ["≥ 300 米", "≥300米"],
  ])("%s → %s, as before", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });
});
