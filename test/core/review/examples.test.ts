import { exampleTargets } from "../../../src/core/review/examples";
import { runRule } from "./ruleTester";
import { duplicate } from "../../../src/core/review/rules/structure";
import { emptyTarget, vague } from "../../../src/core/review/rules/targets";

describe("exampleTargets", () => {
  it.each([
    ["新建堤防长度", "", "≥5公里"],
    ["群众满意度", "", "≥90%"],
    ["验收合格率", "", "≥95%"],
    ["安全事故发生率", "", "≤1%"],
    ["培训人次", "", "≥500人次"],
    ["补助农户数", "", "≥100户"],
    ["人均补助标准", "", "≤800元/人"],
    ["项目总投资", "", "≤50万元"],
    ["故障响应时间", "", "≤24小时"],
    ["完成时限", "≥**年", "12月31日前完成"],
    // The unit a template kept says what is counted.
    ["设备采购数量", "≧ 台", "≥10台"],
    ["受益人口", "≥**人", "≥500人"],
    ["带动作用", "", "≥95%”“≥500人次"],
  ])("%s %s → %s", (name, target, example) => expect(exampleTargets({ name, target })).toBe(example));
});

const fixOf = (rule: Parameters<typeof runRule>[0], text: string) => runRule(rule, text)[0]?.fix?.zh ?? "";

describe("fixes fit the indicator", () => {
  it("EMPTY-TARGET", () => {
    expect(fixOf(emptyTarget, "1、产出指标：新建堤防长度，**公里。")).toContain("“≥5公里”");
    expect(fixOf(emptyTarget, "1、产出指标：设备采购数量，≧ 台。")).toContain("“≥10台”");
  });

  it("EMPTY-TARGET on a yes-or-no name asks for a state", () => {
    const found = runRule(emptyTarget, {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "规章制度建立与否", null],
      ],
    });
    expect(found[0].fix?.zh).toBe("写明要达到的状态，如“是”“已建立并执行”。");
  });

  it("VAGUE", () => {
    expect(fixOf(vague, "1、效益指标：安全事故发生率，不高于上年。")).toContain("“≤1%”");
    expect(fixOf(vague, "1、效益指标：是否发生饮水安全事件，否。")).toContain("“发生起数 0起”");
  });

  it("DUPLICATE no longer speaks of flood seasons", () => {
    const fix = fixOf(duplicate, "1、产出指标：堤防巡查次数，≥10次。2、产出指标：堤防巡查次数，≥10次。");
    expect(fix).not.toContain("汛期");
    expect(fix).toContain("对象、地点或时段");
  });
});
