import { emptyTarget, placeholder, vague } from "../../../../src/core/review/rules/targets";
import { testRule } from "../ruleTester";

testRule(emptyTarget, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、效益指标：安全形势，平稳，不发生较大以上生产安全事故。",
    "1、产出指标：完成时间，2023年12月31日前。",
  ],
  flagged: [
    { text: "1、产出指标：设备采购数量，≧ 台。", includes: "没有实际数值" },
    "1、产出指标：培训人数，**人。",
    "1、产出指标：资金支出，XX万元。",
    {
      records: [{ target: "", kind: "empty", comparator: null, value: null, unit: "" }],
      includes: "没有填写目标值",
    },
  ],
});

testRule(placeholder, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、产出指标：X光机采购数量，2台。",
    "1、效益指标：群众满意度，≥90%。",
  ],
  flagged: [
    { records: [{ name: "机柜数量", text: "指标1:机柜数量(≥**台)，77台", target: "77台" }] },
    { records: [{ name: "XX区培训人数", text: "XX区培训人数，≥500人" }] },
    // A target that is only a placeholder is EMPTY-TARGET's, not this rule's.
  ],
});

testRule(vague, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、效益指标：群众安全意识，好、较好、一般、较差四档，目标为较好。",
    "1、效益指标：风险普查任务完成情况，通过省级审核。",
    "1、效益指标：安全生产形势，平稳，不发生较大以上生产安全事故。",
    "1、效益指标：服务质量，高中低三档，目标为高。",
    // A number makes it measurable even with a vague word around it.
    "1、效益指标：应急处置能力，显著提升，处置时间缩短20%。",
  ],
  flagged: [
    { text: "1、产出指标：装修工程进度，计划数。", includes: "计划数" },
    "1、产出指标：系统响应速率，年度计划。",
    "1、效益指标：群众安全意识，显著改善。",
    "1、效益指标：应急能力，稳步提高。",
    "1、效益指标：管理水平，有所提升。",
    "1、效益指标：宣传教育，持续加强。",
    "1、产出指标：是否按期完成，是。",
    "1、效益指标：满意度提升情况，提升。",
    "1、产出指标：设备维护，按计划完成。",
  ],
});
