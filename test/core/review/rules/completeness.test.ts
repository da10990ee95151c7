import {
  completeCost,
  completeEffect,
  completeFew,
  completeOutput,
  completeOutputDetail,
  completeSatisfaction,
} from "../../../../src/core/review/rules/completeness";
import { testRule } from "../ruleTester";

const FULL =
  "1、产出指标：培训人数，≥500人。2、效益指标：事故起数同比下降率，≥5%。3、满意度指标：参训人员满意度，≥90%。";

testRule(completeOutput, {
  clean: [
    FULL,
    // Under the 2021 framework 产出 still exists; 数量指标 alone implies 产出.
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["项目甲", "", "数量指标", "培训人数", "≥500人"],
        ["项目甲", "", "社会效益指标", "事故起数下降率", "≥5%"],
      ],
    },
    // No category written anywhere and one that cannot be told: not judged rather than guessed.
    {
      records: [
        { level1: null, name: "培训人数" },
        { level1: null, level2Inferred: "社会效益指标", name: "事故下降率" },
      ],
    },
  ],
  flagged: [
    { text: "1、效益指标：事故起数下降率，≥5%。2、满意度指标：群众满意度，≥90%。", count: 1 },
    { records: [{ level1: "效益指标" }, { level1: "满意度指标", name: "满意度" }] },
    // Categories are written: the rows with one are judged, the one without is named, not guessed at.
    {
      records: [
        { level1: null, name: "培训人数" },
        { level1: "效益指标", name: "事故下降率" },
      ],
      includes: "另有 1 条指标（“培训人数”）看不出类别，未计入。",
    },
  ],
});

testRule(completeEffect, {
  clean: [
    FULL,
    "1、产出指标：培训人数，≥500人。2、项目效益指标：事故起数下降率，≥5%。",
    // No category written anywhere: a row whose words do not reveal it may well be the effect.
    {
      records: [
        { name: "补助农户数", target: "300户", level1: null, level2Inferred: "数量指标" },
        { name: "群众生产生活条件", target: "明显改善", level1: null, kind: "qualitative" },
      ],
    },
  ],
  flagged: [
    {
      text: "1、产出指标：培训人数，≥500人。2、产出指标：培训场次，≥10场。3、满意度指标：满意度，≥90%。",
      count: 1,
    },
    // A label we do not know (制度指标) leaves its row out; the rows with categories are judged.
    {
      grid: [
        ["评价指标", "评价内容", "指标名称", "目标值"],
        ["项目年度绩效目标", "制度指标", "规章制度建立与否", null],
        [null, "产出数量指标", "享受资助人数", "2350人"],
        [null, "质量指标", "建档立卡学生全面覆盖", "100%"],
      ],
      count: 1,
      includes: "另有 1 条指标（“规章制度建立与否”）看不出类别，未计入。",
    },
  ],
});

testRule(completeSatisfaction, {
  clean: [
    FULL,
    // Satisfaction printed inside the 效益 block is still satisfaction.
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["项目甲", "产出指标", "数量指标", "培训人数", "≥500人"],
        ["项目甲", "效益指标", "社会公众或服务对象满意度指标", "群众满意度", "≥90%"],
      ],
    },
    // Filed in the wrong block, but present: CATEGORY-MISMATCH's business, not this rule's.
    "1、产出指标：培训人数，≥500人。2、效益指标：参训人员满意度，≥90%。",
    // Satisfaction by another name.
    "1、产出指标：免费开放场馆数，≥3个。2、效益指标：服务对象认可度，≥90%。",
    "1、产出指标：培训人数，≥500人。2、效益指标：学员满意率，≥90%。",
  ],
  flagged: [
    { text: "1、产出指标：培训人数，≥500人。2、效益指标：事故起数下降率，≥5%。", includes: "满意度" },
    // A change in approval is an effect.
    "1、产出指标：培训人数，≥500人。2、效益指标：社会认可度提升幅度，≥5%。",
  ],
});

testRule(completeCost, {
  clean: [
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["项目甲", "成本指标", "经济成本指标", "人均培训成本", "≤800元/人"],
      ],
    },
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["项目甲", "产出指标", "成本指标", "单位面积造价", "≤3000元/平方米"],
      ],
    },
    // A cost filed under 数量指标 is CATEGORY-MISMATCH's to move, not a missing cost (round 64).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["学生资助", "产出指标", "数量指标", "资助学生人数", "≥1500人"],
        ["学生资助", "产出指标", "数量指标", "资助标准", "2000元/人·年"],
        ["学生资助", "效益指标", "社会效益指标", "应助尽助率", "100%"],
      ],
    },
    // So is a standard filed under 质量指标 (round 70 宁波).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["义务教育补助", "产出指标", "数量指标", "保障学生人数", "≥5万人"],
        ["义务教育补助", "产出指标", "质量指标", "小学生均公用经费基准定额", "≥720元/生·年"],
      ],
    },
  ],
  flagged: [
    FULL,
    // Where the table's other projects write 成本指标 as a 一级 (2021), leaving it out is a warning (round 84 #125).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["公路养护", "成本指标", "经济成本指标", "每公里养护成本", "≤1.2万元/公里"],
        [null, "产出指标", "数量指标", "养护里程", "≥1350公里"],
        ["从业人员培训", "成本指标", "经济成本指标", "人均培训成本", "≤400元/人"],
        [null, "产出指标", "数量指标", "培训人次", "≥900人次"],
        ["治理车辆超限超载", "产出指标", "数量指标", "检测货车", "≥60万辆次"],
        [null, "效益指标", "社会效益指标", "超限运输引发较大交通事故", "0起"],
      ],
      count: 1,
      severity: "warning",
      includes: "本表其他项目按 2021 年指引",
    },
    // A sum paid out that only the parser took for a cost is none (round 75 g6).
    {
      text: "一、产出指标：1.发放高龄津贴资金≥98万元；2.发放人数≥1560人。二、效益指标：1.津贴覆盖率100%。",
      count: 1,
    },
    // Two villages in place columns share the project's cell: one finding there, not two.
    {
      grid: [
        ["项目名称", "农村饮水工程", null, null],
        ["一级指标", "三级指标", "东山村", "西岭村"],
        ["产出指标", "新建水池（个）", "1", "2"],
        ["效益指标", "受益群众（人）", "800", "650"],
        ["满意度指标", "受益群众满意度", "≥90%", "≥90%"],
      ],
      count: 1,
    },
  ],
});

testRule(completeFew, {
  clean: [
    FULL,
    { text: "1、产出指标：培训人数，≥500人。2、效益指标：事故下降率，≥5%。", settings: { minIndicators: 2 } },
  ],
  flagged: [
    { text: "1、产出指标：培训人数，≥500人。2、效益指标：事故下降率，≥5%。", includes: "2 条" },
    {
      text: "1、产出指标：培训人数，≥500人。2、效益指标：事故下降率，≥5%。3、满意度指标：满意度，≥90%。",
      settings: { minIndicators: 4 },
    },
  ],
});

testRule(completeOutputDetail, {
  clean: [
    "数量指标：新建高标准农田≥2.5万亩；质量指标：工程验收合格率100%；时效指标：2024年11月底前完成建设任务；效益指标：亩均粮食产能提高≥50公斤。",
    // A 二级 not written is read generously: a rate may be quality, a deadline is timeliness.
    "产出指标：新增社区健康服务中心20家；项目验收合格率100%；2024年12月底前完工。效益指标：社区首诊率≥45%。",
    // Nothing to judge without outputs.
    "1、效益指标：事故起数同比下降率，≥5%。",
    // 优良中等路比例 is road maintenance's measure of quality (round 84 F5).
    "产出指标：养护里程≥1260公里；优良中等路比例≥80%；2025年12月底前完成。效益指标：列养率100%。",
  ],
  flagged: [
    // Six counties' 高标准农田 tables: quantity, quality and cost, but no deadline.
    {
      text: "1.产出指标：（1）数量指标：新建高标准农田面积≥3.5万亩。（2）质量指标：工程验收合格率100%。（3）成本指标：亩均财政投入≥2500元/亩。2.效益指标：项目区粮食产能提升≥100公斤/亩。3.满意度指标：受益农户满意度≥90%。",
      count: 1,
      includes: "没有时效指标",
      severity: "info",
    },
    // Counts only: neither how well nor by when — a warning, where one of the two missing is a hint (round 75).
    {
      text: "产出指标：建成社区养老服务综合体8个；新增养老床位≥400张。效益指标：综合体持续运营≥5年。",
      count: 1,
      includes: "没有质量指标和时效指标",
      severity: "warning",
    },
    {
      text: "数量指标：培训人数≥500人；时效指标：2024年12月底前完成。效益指标：就业率≥80%。",
      count: 1,
      includes: "没有质量指标",
      severity: "info",
    },
    // Quality there, by when not (round 84 #147 南陵): a hint about timeliness alone.
    {
      text: "产出指标：养护里程1520公里；优良中等路比例≥75%。效益指标：路况明显改善。满意度指标：沿线群众满意度≥80%。",
      count: 1,
      includes: "产出指标没有时效指标，",
      severity: "info",
    },
    // A rate of timeliness says by when, not how well (round 75 临时救助).
    {
      text: "一、产出指标：1.临时救助人次≥150人次；2.救助资金发放及时率100%。二、效益指标：1.救助覆盖率100%。",
      count: 1,
      includes: "产出指标没有质量指标，",
      severity: "info",
    },
    // 资金按月足额发放, guessed a cost for its 资金, is the timeliness: only quality is missing (round 64 官渡).
    {
      text: "产出指标：城市低保保障人数3800人；城市低保月保障标准不低于860元/人·月；资金按月足额发放：是。效益指标：困难群众基本生活有效保障。",
      count: 1,
      includes: "产出指标没有质量指标，",
      severity: "info",
    },
  ],
});
