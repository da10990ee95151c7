import { goalCopy, goalEmpty } from "../../../../src/core/review/rules/goals";
import { runRule, testRule } from "../ruleTester";

const IND = "1、产出指标：培训人数，≥500人。";

testRule(goalEmpty, {
  clean: [
    { text: IND, goal: "开展安全生产培训500人次，提升企业安全管理水平。" },
    // A table without a 绩效目标 column never promised one.
    {
      grid: [
        ["项目名称", "三级指标", "指标值"],
        ["项目甲", "培训人数", "≥500人"],
      ],
    },
  ],
  flagged: [
    { projects: [{ goal: "", text: IND }] },
    { projects: [{ goal: "无", text: IND }] },
    { projects: [{ goal: "**", text: IND }] },
  ],
});

const GOAL = "该项目建成后，可有效提升全区应急避难场所的管理和服务水平。";

testRule(goalCopy, {
  clean: [
    {
      projects: [
        { goal: GOAL, text: IND },
        { goal: "为有力保障海珠区专职安监员队伍建设，完成巡查企业2万家次。", text: IND },
      ],
    },
    // Short stock phrases are not judged as copies.
    {
      projects: [
        { goal: "见附件", text: IND },
        { goal: "见附件", text: IND },
      ],
    },
    // The same project listed twice is not a copy between projects.
    {
      projects: [
        { name: "项目甲", goal: GOAL, text: IND },
        { name: "项目甲", goal: GOAL, text: IND },
      ],
    },
  ],
  flagged: [
    {
      projects: [
        { name: "项目甲", goal: GOAL, text: IND },
        { name: "项目乙", goal: GOAL, text: IND },
      ],
      count: 2,
      includes: "项目乙",
    },
    // Every project is named, in quotes that hold a name (no empty “”).
    {
      projects: ["甲", "乙", "丙", "丁", "戊"].map((n) => ({ name: `项目${n}`, goal: GOAL, text: IND })),
      count: 5,
      includes: "“项目乙”“项目丙”“项目丁”“项目戊”完全相同",
    },
    // One program filed by several counties: each must state its own area, scale and funds.
    {
      projects: ["中牟县", "巩义市", "荥阳市"].map((p) => ({
        name: `2024年高标准农田建设项目（${p}）`,
        goal: "新建高标准农田，完善田间灌排、道路等设施，提升耕地质量和粮食产能。",
        text: IND,
      })),
      count: 3,
      includes: "本县的绩效目标与同一项目其他 2 个地方（“巩义市”“荥阳市”）完全相同",
    },
    // Spacing and punctuation differences do not hide a copy.
    {
      projects: [
        { name: "项目甲", goal: GOAL, text: IND },
        { name: "项目乙", goal: GOAL.replace("，", ", ") + " ", text: IND },
      ],
      count: 2,
    },
  ],
});

describe("GOAL-COPY wording", () => {
  it("never prints empty quotes, however many projects share the goal", () => {
    const found = runRule(goalCopy, {
      projects: Array.from({ length: 8 }, (_, i) => ({ name: `项目${i + 1}`, goal: GOAL, text: IND })),
    });
    for (const f of found) expect(f.message.zh).not.toContain("“”");
    expect(found[0].message.zh).toContain("等 7 个项目");
  });
  it("asks districts filing one program for their own figures", () => {
    const [f] = runRule(goalCopy, {
      projects: ["中牟县", "巩义市"].map((p) => ({ name: `高标准农田建设（${p}）`, goal: GOAL, text: IND })),
    });
    expect(f.fix?.zh).toContain("写明本县的具体内容");
  });
});
