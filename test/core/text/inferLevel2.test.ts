import { inferLevel2 } from "../../../src/core/text/categories";

describe("inferLevel2", () => {
  it("reads a target of satisfaction itself as 服务对象满意度指标 when the caller passes it", () => {
    expect(inferLevel2("效益指标", "群众", "", "qualitative", "满意")).toBe("服务对象满意度指标");
    expect(inferLevel2("效益指标", "群众", "", "qualitative", "总体满意")).toBe("服务对象满意度指标");
    expect(inferLevel2("效益指标", "群众", "", "qualitative")).toBe("社会效益指标");
    expect(inferLevel2("效益指标", "群众生活", "", "qualitative", "明显改善")).toBe("社会效益指标");
  });
});

describe("funds paid out are no cost", () => {
  it.each([
    ["低保资金", "", "qualitative", "按月足额发放", "时效指标"],
    ["资金按月足额发放", "", "qualitative", "是", "时效指标"],
    ["养护资金", "", "qualitative", "按季度拨付", "时效指标"],
    ["补贴资金兑付率", "%", "quantitative", "100%", "数量指标"],
    ["资金拨付率", "%", "quantitative", "100%", "数量指标"],
  ])("%s | %s → %s", (name, unit, kind, target, level2) => {
    expect(inferLevel2("产出指标", name, unit, kind, target)).toBe(level2);
  });

  it.each([
    ["资金支付金额", "元", "quantitative", "≤100万元"],
    ["补助资金", "元/人", "quantitative", "1000元/人"],
    ["项目资金", "", "qualitative", "专款专用"],
  ])("%s | %s stays a cost", (name, unit, kind, target) => {
    expect(inferLevel2("产出指标", name, unit, kind, target)).toBe("成本指标");
  });
});

describe("a rate of the money is no cost (round 145)", () => {
  it.each([
    ["资金使用合规率", "%", "quantitative", "100%", "质量指标"],
    ["预算执行率", "%", "quantitative", "≥95%", "时效指标"],
    ["项目资金支出率", "%", "quantitative", "≥90%", "时效指标"],
    ["资金拨付率", "%", "quantitative", "100%", "数量指标"],
    ["成本控制率", "%", "quantitative", "≤100%", "成本指标"],
  ])("%s | %s → %s", (name, unit, kind, target, level2) => {
    expect(inferLevel2("产出指标", name, unit, kind, target)).toBe(level2);
  });
});
