/**
 * Round 209: round 204's leftovers — a period's deed holding a figure (2025年5月至9月实行24小时值班值守), a festival
 * period before a name (2025年春节至元宵期间开展…), and the 二级 inferred for an event that must not happen (人员伤亡 |
 * 不发生) and for 垃圾 | 日产日清 (a standard the work keeps, round 157).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const records = (text: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["示范", text],
    ]),
  ).indicators;
const cell = (text: string) => records(text).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
const inferred = (text: string) => records(text).map((i) => [i.name, i.level2Inferred]);

describe("a festival period before a name (2025年春节至元宵期间开展…)", () => {
  it("drops it from the name as a span of months is", () => {
    expect(cell("2025年春节至元宵期间开展非遗展演12场，覆盖学校≥20所。")).toEqual([
      ["开展非遗展演", "=", 12, "场", "quantitative"],
      ["覆盖学校", ">=", 20, "所", "quantitative"],
    ]);
    expect(cell("1、产出指标：2025年暑假期间举办少儿书法培训班6期。")).toEqual([
      ["举办少儿书法培训班", "=", 6, "期", "quantitative"],
    ]);
    expect(cell("1、产出指标：2025年国庆节期间开展文艺演出8场。")).toEqual([
      ["开展文艺演出", "=", 8, "场", "quantitative"],
    ]);
  });

  it("keeps a festival the name counts (春节慰问困难群众 — no period)", () => {
    expect(cell("1、产出指标：春节期间慰问困难群众300户。")[0][0]).toContain("慰问困难群众");
  });
});

describe("the 二级 inferred for an event that must not happen and for 日产日清", () => {
  it("gives 人员伤亡 | 不发生 a social effect with no category written (what the project guards against, as round 204's gold)", () => {
    expect(inferred("汛前完成防汛物资储备，汛期不发生人员伤亡。")).toContainEqual([
      "人员伤亡",
      "社会效益指标",
    ]);
    expect(inferred("全年不发生因地质灾害造成的人员伤亡。")).toEqual([
      ["因地质灾害造成的人员伤亡", "社会效益指标"],
    ]);
  });

  it("keeps the work's own accident with its casualties its quality (round 105)", () => {
    expect(inferred("全年不发生安全生产事故造成人员伤亡。")).toEqual([
      ["安全生产事故造成人员伤亡", "质量指标"],
    ]);
  });

  it("gives 垃圾 | 日产日清 quality under 产出 and with no category, as round 157 reads it", () => {
    expect(inferred("1、产出指标：城区道路保洁面积≥120万平方米，垃圾日产日清。")).toEqual([
      ["城区道路保洁面积", "数量指标"],
      ["垃圾", "质量指标"],
    ]);
    expect(inferred("道路保洁面积≥120万平方米，垃圾日产日清。")).toEqual([
      ["道路保洁面积", "数量指标"],
      ["垃圾", "质量指标"],
    ]);
  });
});

describe("a period's deed holding a figure (2025年5月至9月实行24小时值班值守)", () => {
  it("reads the deed as round 74 reads 全年24小时值守 (the sentence its name and target, 24 小时), the span left out", () => {
    expect(cell("1、时效指标：2025年5月至9月实行24小时值班值守。")).toEqual([
      ["实行24小时值班值守", "=", 24, "小时", "quantitative"],
    ]);
    expect(cell("汛前完成防汛物资储备，2025年5月至9月实行24小时值班值守，汛期不发生人员伤亡。")).toEqual([
      ["完成防汛物资储备", null, null, "", "date"],
      ["实行24小时值班值守", "=", 24, "小时", "quantitative"],
      ["人员伤亡", null, null, "", "qualitative"],
    ]);
    expect(cell("1、产出指标：2025年6月至8月完成200户危房改造。")).toEqual([
      ["完成200户危房改造", "=", 200, "户", "quantitative"],
    ]);
  });
});
