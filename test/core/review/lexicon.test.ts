import {
  hasGradeScale,
  isCountName,
  isPercentName,
  polarityOf,
  vagueWord,
} from "../../../src/core/review/lexicon";

describe("polarityOf", () => {
  it.each([
    ["投诉率", "negative"],
    ["项目安全生产事故数", "negative"],
    ["火灾发生率", "negative"],
    ["故障最大恢复时间", "negative"],
    ["森林火灾成功扑灭用时", "negative"],
    ["不合格率", "negative"],
    ["事故死亡人数", "negative"],
    ["较大生产安全事故调查工作完成率", "positive"],
    ["群众满意度", "positive"],
    ["投诉处理满意度", "positive"],
    ["验收合格率（按批次）", "positive"],
  ])("%s → %s", (name, want) => expect(polarityOf(name)).toBe(want));

  it.each(["培训人数", "完成组织2022年危化品事故演练次数", "系统吞吐量", "事故隐患排查企业数量"])(
    "%s has no known polarity",
    (name) => expect(polarityOf(name)).toBeNull(),
  );

  it("lets a written 指标方向 win", () => {
    expect(polarityOf("事故隐患整改数", "正向")).toBe("positive");
    expect(polarityOf("培训人数", "反向")).toBe("negative");
  });
});

describe("measures", () => {
  it("tells rates from counts", () => {
    expect(isPercentName("验收合格率")).toBe(true);
    expect(isPercentName("信息化系统响应速率")).toBe(false);
    expect(isPercentName("全年考试人数（包括初认证与复审）")).toBe(false);
    expect(isCountName("台帐查询访问量")).toBe(true);
    expect(isCountName("全年考试人数（包括初认证与复审）")).toBe(true);
    expect(isCountName("空气质量指数")).toBe(false);
    expect(isCountName("工程质量")).toBe(false);
  });
});

describe("vague words and grade scales", () => {
  it("finds vague targets", () => {
    expect(vagueWord("计划数")).toBe("计划数");
    expect(vagueWord("是。")).toBe("是");
    expect(vagueWord("是否纳入")).toBeNull();
    expect(vagueWord("通过省级审核")).toBeNull();
  });
  it("recognises a grading scale", () => {
    expect(hasGradeScale("好、较好、一般、较差")).toBe(true);
    expect(hasGradeScale("分优、良、中、差四档")).toBe(true);
    expect(hasGradeScale("优良")).toBe(false);
    expect(hasGradeScale("较好")).toBe(false);
  });
});
