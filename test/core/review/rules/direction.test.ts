import { direction, noComparator } from "../../../../src/core/review/rules/direction";
import { runRule, testRule } from "../ruleTester";

testRule(direction, {
  clean: [
    // The comparator bounds the change, not the count or the time, whichever verb states it.
    "1、效益指标：生产安全事故起数，较上年下降不少于5%。",
    "1、产出指标：审批办理用时，缩短≥5天。",
    "1、效益指标：投诉件数，压缩不少于10%。",
    "1、产出指标：森林火灾扑灭用时，不超过4小时。",
    // A cost saved is a gain: the more saved the better (round 64).
    "1、效益指标：节约群众就医费用，≥50万元。",
    "1、经济效益指标：户均节约饲草成本，≥1500元。",
    "1、效益指标：减少企业用能成本，≥20万元。",
    // The comparator bounds the change, not the count.
    "1、效益指标：生产安全事故起数，同比下降≥5%。",
    "1、效益指标：火灾发生率，≤0.5%。",
    // A breakage rate kept low, its ceiling written with a negated bound (round 74 a3, read since the parser knows 不应超过).
    "1、质量指标：路面破损率，不应超过2%。",
    "1、产出指标：验收合格率，≥98%。",
    // The latest polarity word decides: an accident-investigation completion rate is positive.
    "1、产出指标：较大生产安全事故调查工作完成率，≥98%。",
    "1、满意度指标：投诉处理满意度，≥90%。",
    "1、产出指标：培训人数，≥500人。",
    // 事故 qualifies the drills here; the name counts drills.
    "1、产出指标：危化品事故应急演练次数，≥2次。",
    // What is won back of a loss is a gain.
    "1、效益指标：挽回粮食损失，≥1.2万吨。",
    // 反向 written in brackets after the target says which way, as the column would (round 75, r74 a2).
    "1、效益指标：污水收集率，下降至3%以下（反向）。",
    // A written 指标方向 wins over the words.
    {
      grid: [
        ["项目名称", "三级指标", "指标方向", "指标值", "计量单位"],
        ["项目甲", "事故隐患整改数", "正向", "≥50", "项"],
      ],
    },
  ],
  flagged: [
    { text: "1、效益指标：生产安全事故发生率，≥1%。", includes: "越小越好" },
    "1、满意度指标：投诉率，不低于5%。",
    "1、质量指标：路面破损率，不低于2%。",
    "1、产出指标：故障恢复时间，≥2小时。",
    "1、产出指标：单位成本，≥800元/人。",
    { text: "1、产出指标：验收合格率，≤95%。", includes: "越大越好" },
    "1、产出指标：整改完成率，低于90%。",
    { text: "1、效益指标：群众就医费用，≥50万元。", includes: "写成“≥50万元”" },
    "1、产出指标：不合格率，≥2%。",
    // Time limits of a service are lower-better, whatever work they time (round 75 g2, g5).
    { text: "1、时效指标：故障修复时间，≥24小时。", includes: "“≥24小时”（下限）" },
    { text: "1、时效指标：投诉处理时限，≥15个工作日。", includes: "越小越好" },
    "1、时效指标：路灯维修时长，≥2小时。",
    "1、时效指标：政务服务事项办理时限，≥5个工作日。",
    // A 正向 column over a name that should fall: the column is wrong too, and the floor is caught as it is
    // in a packed cell (round 84 miss 1).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
        ["孕前优生检查", "产出指标", "时效指标", "重大故障修复时间", "≥4", "小时", "正向"],
        [null, "效益指标", "社会效益指标", "出生缺陷发生率", "≥1.5", "‰", "正向"],
        [null, "效益指标", "社会效益指标", "一般诉求办理时限", "≥5", "个工作日", "正向"],
      ],
      count: 3,
      includes: "指标方向却写成“正向”",
    },
    // Rates that should rise or fall, named in the lists since round 75.
    { text: "1、效益指标：重点人群签约率，≤75%。", includes: "越大越好" },
    { text: "1、效益指标：传染病发病率，≥2%。", includes: "越小越好" },
  ],
});

testRule(noComparator, {
  clean: [
    "1、产出指标：验收合格率，≥95%。",
    // Only the target's own number counts: 2处 is exact, the note after it is a note.
    "1、产出指标：新增口袋公园，2处（合计约3500平方米）。",
    // A sentence about the work that mentions an estimate sets no target of its own.
    "1、产出指标：资料搜集，完成2020年余下资料收集工作，进行既有资料数字化与技术整理，收集钻孔资料数字化约1000个孔。",
    // 100% on a positive rate and 0 on a negative count need no comparator.
    "1、产出指标：验收合格率，100%。",
    // A change says which way in its verb.
    "1、效益指标：生产安全事故起数，同比下降5%。",
    "1、产出指标：项目安全生产事故数，0宗。",
    // A saving is larger-better, and a bare figure on a larger-better amount passes like 15公里 (round 64).
    "1、效益指标：年节约供水运行成本，12万元。",
    // Unknown polarity: a plain count.
    "1、产出指标：培训场次，10场。",
    "1、效益指标：网络可用率，达到99%。",
    "1、产出指标：质量，合格。",
    "1、产出指标：完成组织2022年危化品事故演练次数，1次。",
    "1、满意度指标：操作人员使用满意度，0。",
    // A graded table's 优 column holds what earns 优, not a bare target.
    {
      grid: [
        ["绩效指标分类", "绩效指标", "绩效指标评价标准", null, null, null],
        [null, null, "优", "良", "中", "差"],
        ["产出指标", "救助对象满意度（%）", "85%", "80%", "70%", "70%"],
        [null, "救助覆盖率", "95%", "90%", "85%", "85%"],
      ],
    },
    // A ratio: "≥1" would misread it.
    {
      grid: [
        ["一级指标", "三级指标", "指标方向", "目标值"],
        ["产出指标", "岗位配比", "正向", "1:1"],
      ],
    },
    // 0.95 for 95%: RATE-FRACTION's finding, with its own advice.
    "1、满意度指标：学员满意度，0.95。",
    // A table whose targets all go without a comparator says floor or ceiling by 正向/反向 alone.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "成本指标", "人均培训成本", "反向指标", "1800", "元/人"],
        ["产出指标", "质量指标", "培训合格率", "正向指标", "90", "%"],
      ],
    },
    // "=" written in a column of its own is the officer's choice of an exact target.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位"],
        ["产出指标", "成本指标", "出差单位成本", "反向", "=", "0.1", "万元/人"],
        ["产出指标", "数量指标", "行政村数量", "正向", "＝", "9", "个"],
        ["产出指标", "质量指标", "验收合格率", "正向", "等于", "95", "%"],
      ],
    },
    // So is 等于 written in the target, as "=" is.
    "1、产出指标：系统运行正确率，等于95%。",
    "1、产出指标：系统运行正确率，=95%。",
    // A range is read as one (区间), a tolerance is written.
    "1、产出指标：验收合格率，90%-95%。",
    "1、产出指标：验收合格率，95%±1%。",
    // A standard set by policy is written as set, beside ≥ rows and a 正向 column (round 84 F3).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
        ["乡村医生补助", "产出指标", "数量指标", "补助人数", "≥300", "人", "正向"],
        [null, null, "成本指标", "乡村医生定额补助标准", "500", "元/人·月", "正向"],
        [null, null, "成本指标", "人均基本公共卫生服务经费补助标准", "94", "元/人", "正向"],
        [null, "效益指标", "社会效益指标", "政策知晓率", "≥90", "%", "正向"],
      ],
    },
    // A few things bought or built are counted exactly: nobody writes ≥1台 (round 84 F3).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
        ["设备购置", "产出指标", "数量指标", "采购CT设备", "1", "台", "正向"],
        [null, null, "数量指标", "建设数据共享交换平台", "1", "个", "正向"],
        [null, null, "质量指标", "设备验收合格率", "≥95", "%", "正向"],
      ],
    },
  ],
  flagged: [
    // An approximate target cannot be checked, whichever way the indicator should go; said plainly.
    { text: "经济效益指标：公交日均客运量约400万人次；", includes: "“约400万人次”是约数" },
    { text: "1、产出指标：政策范围内住院费用基金支付比例，70%左右。", includes: "“70%左右”是约数" },
    { text: "1、产出指标：城乡居民基本养老保险参保人数，稳定在120万人左右。", includes: "是约数" },
    // The same words where the direction is known (挽回粮食损失 约3万吨): one message for all 约 targets.
    { text: "1、效益指标：挽回粮食损失，约3万吨。", count: 1, includes: "“约3万吨”是约数" },
    // A date, a span of months or a list of buildings before the number writes no comparator.
    { text: "1、效益指标：安全事故起数，2023-2025年累计3起。", includes: "越小越好" },
    { text: "1、效益指标：火灾事故起数，到2025年3起。", includes: "越小越好" },
    { text: "1、满意度指标：投诉率，1-3月5%。", includes: "越小越好" },
    { text: "1、产出指标：危房改造完成率，1-3号楼90%。", includes: "越大越好" },
    { text: "1、满意度指标：投诉率，5%。", includes: "越小越好" },
    { text: "1、产出指标：系统运行正确率，95%。", includes: "越大越好" },
    "1、产出指标：网络设备丢包率，数据包丢失部分与所传数据包总数的比值（0.5%）。",
    "1、满意度指标：市民满意度，85%。",
    // 正向/反向 says which way is better, not which comparator: where another of the project's targets
    // writes one, a bare number beside it is the odd one out.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位"],
        ["产出指标", "成本指标", "人均培训成本", "反向", "800", "元/人"],
        ["产出指标", "质量指标", "培训合格率", "正向", "≥90", "%"],
      ],
      count: 1,
      includes: "指标方向为“反向”",
    },
    // A comparator written in its own column counts as written: the bare row beside it is the odd one out.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "度量单位"],
        ["产出指标", "数量指标", "服务老人人数", "正向", "≥", "500", "人"],
        ["产出指标", "质量指标", "服务投诉次数", "反向", "", "5", "次"],
      ],
      count: 1,
      includes: "指标方向为“反向”",
    },
    // A bare count of work beside a 正向 column reads as exact: a hint that the table writes comparators
    // elsewhere, not a warning (round 84 §4).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
        ["科普宣传", "产出指标", "数量指标", "开展科普活动", "50", "场", "正向"],
        [null, null, "质量指标", "活动计划完成率", "≥95", "%", "正向"],
      ],
      count: 1,
      severity: "info",
      includes: "可理解为确数",
    },
    // Many things bought are no longer a few, and are told like any count.
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
        ["设备购置", "产出指标", "数量指标", "采购课桌椅", "3000", "套", "正向"],
        [null, null, "质量指标", "设备验收合格率", "≥95", "%", "正向"],
      ],
      count: 1,
      severity: "info",
    },
    // A rate with neither comparator nor % is one fix, “≥95%” (round 75 g5); NO-UNIT leaves it to this rule.
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["路灯维护", "满意度指标", "服务对象满意度指标", "市民满意度", "95"],
      ],
      count: 1,
      includes: "也没有写单位（%）",
    },
    // A rate that should rise, written bare (round 75 g2: 重点人群签约率 75%).
    { text: "1、效益指标：重点人群签约率，75%。", includes: "越大越好" },
    { text: "1、产出指标：电子健康档案建档率，80%。", includes: "越大越好" },
    // A rate no word tells the better side of: the message asks floor or ceiling without guessing.
    { text: "1、产出指标：重点人群检出率，12%。", includes: "是下限（≥）还是上限（≤）" },
    // The target is quoted as written, 万 and all, not as the 180000 元 it is read as.
    { text: "1、成本指标：单个驿站年均补贴成本，18万元。", includes: "只写了“18万元”" },
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "目标值", "计量单位"],
        ["产出指标", "成本指标", "出差单位成本", "0.1", "万元/人"],
      ],
      includes: "只写了“0.1万元/人”",
    },
  ],
});

describe("NO-COMPARATOR on a rate with no % writes both in one fix (round 75 g5)", () => {
  it("offers “≥95%”, not “≥95”", () => {
    const [f] = runRule(noComparator, {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["路灯维护", "满意度指标", "服务对象满意度指标", "市民满意度", "95"],
      ],
    });
    expect(f.fix?.zh).toContain("“≥95%”");
    expect(f.fix?.zh).not.toMatch(/≥95”|＝95”/);
  });
});
