import {
  duplicate,
  nameHasTarget,
  nameMissing,
  numbering,
} from "../../../../src/core/review/rules/structure";
import { testRule } from "../ruleTester";

testRule(duplicate, {
  clean: [
    "1、产出指标：培训人数，≥500人。2、产出指标：培训场次，≥10场。",
    // The same name in two different projects is not a duplicate.
    { projects: [{ text: "1、产出指标：培训人数，≥500人。" }, { text: "1、产出指标：培训人数，≥300人。" }] },
  ],
  flagged: [
    { text: "1、产出指标：培训人数，≥500人。2、产出指标：培训人数，≥500人。", count: 1 },
    // Punctuation and full-width characters do not hide a duplicate.
    "1、产出指标：软件采购（或租赁）完成率，100%。2、产出指标：软件采购(或租赁)完成率，100%。",
  ],
});

testRule(numbering, {
  clean: [
    "1、产出指标：培训人数，≥500人。2、效益指标：事故下降率，≥5%。3、满意度指标：满意度，≥90%。",
    "（1）产出指标：培训人数，≥500人。（2）效益指标：事故下降率，≥5%。",
    // Numbering that starts again under each heading is a new list.
    "一、产出指标\n（一）数量指标\n1.执法检查企业数：≥500家\n2.专项整治行动：4次\n（二）质量指标\n1.隐患整改率：≥95%\n二、满意度指标\n1.企业满意度：≥90%",
    // Each indicator in its own cell: numbering across rows is not judged here.
    {
      grid: [
        ["项目名称", "三级指标", "指标值"],
        ["项目甲", "1、培训人数", "≥500人"],
        ["项目甲", "1、培训场次", "≥10场"],
      ],
    },
  ],
  flagged: [
    {
      text: "1、效益指标：巡查查处隐患数，大于1万项。1、产出指标：巡查企业数，不少于2万家次。2、产出指标：现场出具巡查文书数，不少于2万份。1、产出指标：巡查整改率，大于20%。",
      count: 1,
      includes: "重复",
    },
    { text: "1、产出指标：培训人数，≥500人。3、效益指标：事故下降率，≥5%。", count: 1, includes: "跳号" },
    // Under one heading, a second 1. is a repeat.
    { text: "（一）数量指标\n1.执法检查企业数：≥500家\n1.专项整治行动：4次", count: 1, includes: "重复" },
  ],
});

testRule(nameHasTarget, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、产出指标：完成组织2022年危化品事故演练次数，1次。",
    "1、产出指标：“5.12防灾减灾日”活动开展数量，不少于1场。",
    "1、产出指标：65岁以上老人体检人数，≥2000人。",
    // A bracketed target after the name is a layout, not a defect.
    "【产出指标-数量指标】\n指标1:机柜数量(≥77台)",
    "数量指标:培训人数≥300人;质量指标:培训合格率≥95%。",
    "1、效益指标：系统正常运行率，系统正常运行率≥99%。",
    // A clause that qualifies the one target (relative to last year, 其中) is no second target.
    "森林覆盖率达到42.5%，较上年提高0.3个百分点",
    "补助养殖户≥80户，其中脱贫户50户",
  ],
  flagged: [
    { text: "5、产出指标：故障最大恢复时间<24小时，恢复时间目标RTO（不超过半小时）。", includes: "<24" },
    { records: [{ name: "响应时间≤30分钟", target: "30分钟", comparator: "=", value: 30, unit: "分钟" }] },
    {
      grid: [
        ["项目名称", "三级指标", "指标值"],
        ["项目甲", "故障恢复时间不超过24小时", "≤24小时"],
      ],
    },
  ],
});

testRule(nameMissing, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    // A deadline with the work it is for, and words that say what improves, name themselves.
    "产出指标：2024年12月底前完工。",
    "社会效益指标：改善办学条件。",
    // An unfilled target is EMPTY-TARGET's.
    "1、产出指标：培训人数，≥ 人。",
  ],
  flagged: [
    { text: "质量指标：≥95%，较上年提高2个百分点", includes: "≥95%" },
    { text: "社会效益指标：明显提升。", includes: "明显提升" },
  ],
});
