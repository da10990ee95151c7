import { findTypos, textTypo } from "../../../../src/core/review/rules/typos";
import { testRule } from "../ruleTester";

describe("findTypos", () => {
  it("finds tripled characters, doubled words and doubled list items", () => {
    expect(findTypos("针对性防震减灾灾灾工作")).toEqual(["灾灾灾"]);
    expect(findTypos("具有社会效益效益。")).toEqual(["效益效益"]);
    expect(findTypos("采购装备、装备、器材")).toEqual(["装备、装备"]);
    expect(findTypos("装备、装备数量")).toEqual(["装备、装备"]);
  });
  it("accepts normal reduplication", () => {
    expect(findTypos("常常检查，人人参与，天天巡查，仅仅一次，方方面面，实实在在，一步一步推进")).toEqual([]);
    expect(findTypos("市、区、镇街道、北江管理局等各级人员")).toEqual([]);
    expect(findTypos("加强消防安全、安全生产宣传")).toEqual([]);
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
