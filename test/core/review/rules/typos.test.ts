import { findTypos, typoSpans } from "../../../../src/core/review/typos";
import { textTypo } from "../../../../src/core/review/rules/typos";
import { testRule } from "../ruleTester";

describe("findTypos", () => {
  it("finds tripled characters, doubled words and doubled list items", () => {
    expect(findTypos("针对性防震减灾灾灾工作")).toEqual(["灾灾灾"]);
    expect(findTypos("具有社会效益效益。")).toEqual(["效益效益"]);
    expect(findTypos("采购装备、装备、器材")).toEqual(["装备、装备"]);
    expect(findTypos("装备、装备数量")).toEqual(["装备、装备"]);
  });
  it("lists each slip once, tripled characters before doubled words before doubled items", () => {
    expect(findTypos("装备、装备，效益效益，灾灾灾，效益效益")).toEqual(["灾灾灾", "效益效益", "装备、装备"]);
  });
  it("accepts normal reduplication", () => {
    expect(findTypos("常常检查，人人参与，天天巡查，仅仅一次，方方面面，实实在在，一步一步推进")).toEqual([]);
    expect(findTypos("市、区、镇街道、北江管理局等各级人员")).toEqual([]);
    expect(findTypos("加强消防安全、安全生产宣传")).toEqual([]);
  });
  it("accepts a doubled word inside an allowed word (好差评差评整改率: the 差评 of 好差评), not elsewhere", () => {
    expect(findTypos("好差评差评整改率100%")).toEqual([]);
    expect(findTypos("群众差评差评整改率100%")).toEqual(["差评差评"]);
  });
  it("does not take numbered items with the same word for a slip", () => {
    expect(findTypos("1、安全2、安全")).toEqual([]);
    expect(findTypos("1、产出指标：安全。2、产出指标：安全。")).toEqual([]);
  });
});

describe("typoSpans", () => {
  it("gives every occurrence with its position and what it collapses to", () => {
    const text = "效益效益，减灾灾灾，效益效益";
    expect(typoSpans(text)).toEqual([
      { kind: "tripled", start: 6, end: 9, text: "灾灾灾", replacement: "灾" },
      { kind: "doubled-word", start: 0, end: 4, text: "效益效益", replacement: "效益" },
      { kind: "doubled-word", start: 10, end: 14, text: "效益效益", replacement: "效益" },
    ]);
    for (const s of typoSpans(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("marks a doubled list item from its first character to the end of its repeat", () => {
    expect(typoSpans("会商、装备、装备、休息")).toEqual([
      { kind: "doubled-item", start: 3, end: 8, text: "装备、装备", replacement: "装备" },
    ]);
  });
  it("gives nothing for normal reduplication, also inside a longer run", () => {
    expect(typoSpans("一步一步推进，常常检查")).toEqual([]);
    // 灾灾灾灾 is one tripled slip, not also the doubled word 灾灾灾灾
    expect(typoSpans("减灾灾灾灾").map((s) => s.kind)).toEqual(["tripled"]);
  });
});

testRule(textTypo, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、效益指标：安全意识，人人参与，层层落实，常常检查。",
    {
      text: "1、产出指标：培训人数，≥500人。",
      goal: "推动形成统一指挥、专常兼备、反应灵敏、上下联动的应急管理体制。",
    },
  ],
  flagged: [
    { text: "6、效益指标：宏观社会效益，维护震后社会稳定，具有社会效益效益。", includes: "效益效益" },
    {
      text: "1、产出指标：培训人数，≥500人。",
      goal: "对主城区针对性防震减灾灾灾工作起到支撑作用。",
      includes: "绩效目标",
    },
    "1、产出指标：采购装备、装备、器材数量，≥20台。",
  ],
});
