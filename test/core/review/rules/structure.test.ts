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
    // One piece of work by stages, each with its deadline written first: no repeat.
    "1、时效指标：2024年6月底前完成。2、时效指标：2024年12月底前完成。",
    // 无 answers the 2021 template's two cost rows; the parser reads it as their name (round 75 g4).
    "产出指标：数量指标：治理河道长度≥8.6公里。成本指标：社会成本指标：无。生态环境成本指标：无。",
  ],
  flagged: [
    { text: "1、产出指标：培训人数，≥500人。2、产出指标：培训人数，≥500人。", count: 1 },
    { text: "1、时效指标：2024年6月底前完成。2、时效指标：2024年6月底前完成。", count: 1 },
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
    // Outline numbering starts again under each 一级 heading (一、1.2.3. 二、1.2.).
    "一、产出指标\n1.数量指标：新建高标准农田2.5万亩；改造提升高标准农田≥1万亩\n2.质量指标：工程验收合格率100%\n3.时效指标：2024年11月底前完成建设任务\n二、效益指标\n1.经济效益指标：亩均粮食产能提高50公斤以上\n2.可持续影响指标：工程设施使用年限≥15年\n三、满意度指标\n1.服务对象满意度指标：受益农户满意度≥90%",
    "1.产出指标\n（1）数量指标：维护路灯数量≥32万盏\n（2）质量指标：亮灯率≥98%\n（3）时效指标：故障路灯修复时间≤48小时\n2.效益指标\n（1）社会效益指标：夜间照明设施完好率≥95%\n3.满意度指标\n（1）服务对象满意度指标：市民满意度≥85%",
    // Two levels: 1. numbers the 一级 (its 1. is a heading), （1） the items under it.
    "1.产出指标：（1）数量指标：新建高标准农田面积≥3.5万亩；高效节水灌溉面积≥0.6万亩。（2）质量指标：工程验收合格率100%。（3）成本指标：亩均财政投入≥2500元/亩。2.效益指标：项目区粮食产能提升≥100公斤/亩。3.满意度指标：受益农户满意度≥90%。",
    // Numbered within each 一级 the items name.
    "1、产出指标：保障人数，不少于5200人。2、产出指标：临时救助人次，不少于800人次。1、效益指标：困难群众生活保障率，100%。1、满意度指标：受助群众满意度，≥90%。",
    // Numbering that runs on across 二级 headings.
    "数量指标：\n1.培训人数≥500人\n2.培训场次≥10场\n质量指标：\n3.培训合格率≥95%\n满意度指标：\n4.学员满意度≥90%",
    // A sub-project's heading starts its blocks again.
    "项目一：社区养老服务站运营补助\n【产出指标-数量指标】\n指标1：补助养老服务站（26个）\n指标2：助餐服务人次（≥6万人次）\n【满意度指标-服务对象满意度指标】\n指标1：老年人满意度（≥90%）\n项目二：居家适老化改造\n【产出指标-数量指标】\n指标1：改造困难老年人家庭（≥400户）\n【产出指标-质量指标】\n指标1：改造验收合格率（100%）",
    // A number read into the item before it (2.65岁…) is written, not skipped: the gap is the reading's.
    {
      records: [
        {
          cell: "E9",
          seq: 1,
          name: "居民电子健康档案建档率",
          target: "≥90%",
          text: "1.居民电子健康档案建档率≥90%\n  2.65岁及以上老年人健康管理率≥62%",
        },
        {
          cell: "E9",
          seq: 3,
          name: "高血压患者规范管理率",
          target: "≥65%",
          text: "3.高血压患者规范管理率≥65%",
        },
        {
          cell: "E9",
          seq: null,
          name: "4.0-6岁儿童眼保健和视力检查覆盖率",
          target: "≥90%",
          text: "4.0-6岁儿童眼保健和视力检查覆盖率≥90%",
        },
        {
          cell: "E9",
          seq: 5,
          name: "人均基本公共卫生服务经费补助标准",
          target: "94元",
          text: "5.人均基本公共卫生服务经费补助标准94元",
        },
      ],
    },
    // A label before a list restarts it (probe r80 13!C4–C6), as the cleanup reads it (listHeadings.ts).
    "年度目标：1、完成改造12个；2、验收合格率100%。长期目标：1、群众满意度≥90%；2、设施使用年限≥15年",
    "绩效目标：1、丰富群众文化生活；2、提升公共文化服务水平。绩效指标：1、送戏下乡≥60场；2、观众满意度≥90%",
    "项目一：1、道路改造≥3公里；2、路灯安装≥120盏。项目二：1、绿化面积≥5000平方米；2、验收合格率100%",
    "年度目标\n1、完成改造12个；2、验收合格率100%\n长期目标\n1、群众满意度≥90%；2、设施使用年限≥15年",
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
    // Numbered within each 一级: 产出 met again goes on with its own numbers, so its second 1 repeats.
    {
      text: "1、产出指标：巡查企业数，不少于7万家次。2、产出指标：现场出具巡查文书数，不少于8万份。3、效益指标：巡查查处隐患数，大于5万项。1、产出指标：巡查整改率，大于30%。",
      count: 1,
      includes: "1、2、3、1",
    },
    // Straight through (效益 goes on from 满意度 with 2), then afresh: the second 1 repeats.
    {
      text: "1、满意度指标：操作人员使用满意度，≥90%。2、效益指标：宣传教育覆盖学校数，≥20所。1、产出指标：装修工程完成率，100%。2、产出指标：陈展工程完成率，100%。",
      count: 1,
      includes: "1、2、1、2",
    },
    // Numbering that runs on across headings is compared across them.
    {
      text: "数量指标：\n1.培训人数≥500人\n2.培训场次≥10场\n质量指标：\n4.培训合格率≥95%",
      count: 1,
      includes: "跳号",
    },
    // A list going on after a label is compared across it.
    { text: "1、甲≥1个；2、乙≥2个。质量：3、丙≥3个；3、丁≥1个", count: 1, includes: "重复" },
    { text: "1、培训人数≥500人；2、培训场次≥10场；1、培训合格率≥95%", count: 1, includes: "重复" },
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
