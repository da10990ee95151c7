/**
 * Probe round 161: numbers listed with Chinese commas stay a list (分别为101，102，103个 is not 101,102,103个);
 * a note about a symbol keeps its spaces (原表 》= 为笔误); two lists set apart by an empty line keep it and
 * their own numbers; ⑴⑵⑵ is renumbered as ①②② is.
 */
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { grid, revert, run } from "./helpers";

describe("H1: PUNCT makes a comma the thousands mark only where the groups read as one number", () => {
  test.each([
    // n14 D3, F3; the repro's D5 and misc D13.
    "分别为101，102，103个",
    "三年分别为500，600，700万元",
    "101，102，103教室",
    "分别为1，200，300人",
    "分别为300，250元/人",
    "各100，100，100人",
    "依次为200，180，160户",
  ])("%s stays", (input) => {
    expect(fixPunctuation(input)).toBe(input);
  });

  test.each([
    // One number: two groups, a lead group shorter than three, a group led by 0.
    ["1，200人", "1,200人"],
    ["１，２００", "1,200"],
    ["≥1，000元/生·年", "≥1,000元/生·年"],
    ["12，000，000元", "12,000,000元"],
    ["1,200，000元", "1,200,000元"],
    ["100，000，000元", "100,000,000元"],
    ["各1，000元", "各1,000元"],
    ["补助 1，500元/头，其余1，2号", "补助 1,500元/头，其余1，2号"],
  ])("%s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
  });

  test("in a table: the list stays, the amount is mended, revert is exact", () => {
    const g = grid([
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "改造村数", "分别为101，102，103个", "三年分别为500，600，700万元"],
      ["产出指标", "数量指标", "培训人数", "1，200人", null],
    ]);
    const done = run(g);
    expect(done.grid.values.map((r) => r[3])).toEqual(["指标值", "分别为101，102，103个", "1,200人"]);
    expect(done.grid.values[1][4]).toBe("三年分别为500，600，700万元");
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});

describe("N1: a comparator spoken of as a symbol keeps the spaces that set it apart", () => {
  test.each([
    // n10 F5: 》= is the Chinese keyboard's >=, and the note says so.
    "原表 》= 为笔误",
    "原表 >= 为笔误",
    ">= 号为原表符号",
    "原表 《= 系笔误，应为≤",
  ])("SPACE: %s stays", (input) => {
    expect(fixSpaces(input)).toBe(input);
    expect(fixPunctuation(input)).toBe(input);
  });

  test.each([
    // A bound beside the note is still mended; 》 in a title is no symbol.
    ["满意度 >= 90%，原表 》= 为笔误", "满意度>=90%，原表 》= 为笔误"],
    ["《办法》 规定 ≥ 90%", "《办法》规定≥90%"],
  ])("SPACE: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });
});

describe("N2: an empty line between two lists parts them", () => {
  const twoLists = "1、阁山镇完成污水管网\n2、店下镇完成终端\n\n1、阁山镇验收\n2、店下镇验收";

  test("SPACE keeps it, NUMBERING numbers each list on its own", () => {
    expect(fixSpaces(twoLists)).toBe(twoLists);
    expect(fixNumbering(twoLists)).toBe(twoLists);
    expect(fixSpaces("（1）培训\n（2）考核\n\n\n（1）验收")).toBe("（1）培训\n（2）考核\n\n（1）验收");
  });

  test("in a 备注 column nothing is edited", () => {
    const g = grid([
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "污水管网", "2个镇", twoLists],
    ]);
    expect(run(g).proposal.edits).toEqual([]);
  });

  test.each([
    // A list going on after the empty line, or no list before it: the empty line goes, as before.
    ["1、培训\n2、考核\n\n3、验收\n4、评估", "1、培训\n2、考核\n3、验收\n4、评估"],
    ["说明如下\n\n1、培训\n2、考核", "说明如下\n1、培训\n2、考核"],
  ])("%j → %j", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });

  test("a repeated number on its own line, no empty line, is still renumbered", () => {
    expect(fixNumbering("1、培训\n2、考核\n2、验收")).toBe("1、培训\n2、考核\n3、验收");
  });
});

describe("judgement calls: ⑴⑵⑵ as ①②②, ，， at the end", () => {
  test.each([
    // n02 E4, repro circ.xlsx.
    ["⑴≥5场；⑵≥300人；⑵≥90%", "⑴≥5场；⑵≥300人；⑶≥90%"],
    ["①≥5场；②≥300人；②≥90%", "①≥5场；②≥300人；③≥90%"],
    ["⑴培训≥5场，⑵考核≥300人，⑵满意度≥90%", "⑴培训≥5场，⑵考核≥300人，⑶满意度≥90%"],
  ])("NUMBERING: %s → %s", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
  });

  test("NUMBERING: sub-items ⑴⑴ under items restart on purpose", () => {
    expect(fixNumbering("1、培训：⑴场次；2、考核：⑴人数")).toBe("1、培训：⑴场次；2、考核：⑴人数");
  });

  test.each([
    // n13 D8: the doubled comma at the very end goes whole; inside the text it is made one.
    ["2025年10月底前，，", "2025年10月底前"],
    ["2025年10月底前，，，", "2025年10月底前"],
    ["完成验收，，项目结算", "完成验收，项目结算"],
    ["完成验收，", "完成验收，"],
  ])("PUNCT: %s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
  });
});

test("N2: an empty line before an outline heading goes, the heading parts the lists (04 武鸣 D3)", () => {
  expect(fixSpaces("一、产出指标\n1.面积：≥5万亩\n2.农户：≥2000户\n\n\n二、效益指标\n1.增产：≥0.5吨")).toBe(
    "一、产出指标\n1.面积：≥5万亩\n2.农户：≥2000户\n二、效益指标\n1.增产：≥0.5吨",
  );
});
