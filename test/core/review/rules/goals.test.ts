import { goalCopy, goalEmpty } from "../../../../src/core/review/rules/goals";
import { testRule } from "../ruleTester";

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
