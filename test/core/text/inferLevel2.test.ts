import { inferLevel2 } from "../../../src/core/text/categories";

describe("inferLevel2", () => {
  it("reads a target of satisfaction itself as 服务对象满意度指标 when the caller passes it", () => {
    expect(inferLevel2("效益指标", "群众", "", "qualitative", "满意")).toBe("服务对象满意度指标");
    expect(inferLevel2("效益指标", "群众", "", "qualitative", "总体满意")).toBe("服务对象满意度指标");
    expect(inferLevel2("效益指标", "群众", "", "qualitative")).toBe("社会效益指标");
    expect(inferLevel2("效益指标", "群众生活", "", "qualitative", "明显改善")).toBe("社会效益指标");
  });
});
