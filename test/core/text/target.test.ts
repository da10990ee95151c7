import { parseTarget } from "../../../src/core/text/target";

type Want = Partial<ReturnType<typeof parseTarget>>;
const cases: [string, Want][] = [
  // comparator words and symbols
  ["≥95%", { comparator: ">=", value: 95, unit: "%", kind: "quantitative" }],
  ["≧95%", { comparator: ">=", value: 95, unit: "%" }],
  [">=95%", { comparator: ">=", value: 95 }],
  ["＞＝95％", { comparator: ">=", value: 95, unit: "%" }],
  ["不少于2万家次", { comparator: ">=", value: 20000, unit: "家次" }],
  ["不低于90%", { comparator: ">=", value: 90 }],
  ["至少3次", { comparator: ">=", value: 3, unit: "次" }],
  ["达到90%以上", { comparator: ">=", value: 90, unit: "%" }],
  ["500人以上", { comparator: ">=", value: 500, unit: "人" }],
  ["＞99%", { comparator: ">", value: 99 }],
  ["大于1万项", { comparator: ">", value: 10000, unit: "项" }],
  ["超过100人", { comparator: ">", value: 100 }],
  ["高于80%", { comparator: ">", value: 80 }],
  ["多于5家", { comparator: ">", value: 5, unit: "家" }],
  ["≤0.5%", { comparator: "<=", value: 0.5, unit: "%" }],
  ["≦3天", { comparator: "<=", value: 3, unit: "天" }],
  ["<=2小时", { comparator: "<=", value: 2, unit: "小时" }],
  ["不超过4小时", { comparator: "<=", value: 4, unit: "小时" }],
  ["不高于5%", { comparator: "<=", value: 5 }],
  ["不大于10宗", { comparator: "<=", value: 10, unit: "宗" }],
  ["3个工作日以内", { comparator: "<=", value: 3, unit: "个工作日" }],
  ["5%以下", { comparator: "<=", value: 5, unit: "%" }],
  ["控制在预算的5%以内", { comparator: "<=", value: 5, unit: "%" }],
  ["＜1%", { comparator: "<", value: 1 }],
  ["小于2次", { comparator: "<", value: 2 }],
  ["低于3%", { comparator: "<", value: 3 }],
  ["少于10起", { comparator: "<", value: 10, unit: "起" }],
  ["=100%", { comparator: "=", value: 100 }],
  ["100%", { comparator: "=", value: 100, unit: "%" }],
  ["3343", { comparator: "=", value: 3343, unit: "" }],
  // magnitudes
  ["0.9万家次", { value: 9000, unit: "家次" }],
  ["1.4万项", { value: 14000 }],
  ["1346.0088万元", { value: 13460088, unit: "元" }],
  ["3.5亿元", { value: 350000000, unit: "元" }],
  ["1125万元", { value: 11250000, unit: "元" }],
  ["620万/月", { value: 6200000, unit: "/月" }],
  ["2千人", { value: 2000, unit: "人" }],
  ["1.2百万人次", { value: 1200000, unit: "人次" }],
  ["1,500人", { value: 1500, unit: "人" }],
  ["10千米", { value: 10, unit: "千米" }],
  // Chinese numerals
  ["两次", { value: 2, unit: "次" }],
  ["不超过半小时", { comparator: "<=", value: 0.5, unit: "小时" }],
  ["十二个月", { value: 12, unit: "个月" }],
  ["三十五人", { value: 35, unit: "人" }],
  // percentages
  ["95百分比", { value: 95, unit: "%" }],
  // ranges and tolerances
  ["1-3场次", { comparator: "between", value: 1, valueMax: 3, unit: "场次" }],
  ["1～3场", { comparator: "between", value: 1, valueMax: 3, unit: "场" }],
  ["1至3次", { comparator: "between", value: 1, valueMax: 3, unit: "次" }],
  ["80%-90%", { comparator: "between", value: 80, valueMax: 90, unit: "%" }],
  ["±3%以内", { comparator: "<=", value: 3, unit: "%" }],
  // numbers inside sentences
  ["系统用户总数1500人", { comparator: "=", value: 1500, unit: "人" }],
  ["持社会应急救援队伍开展应急演练20场", { value: 20, unit: "场" }],
  ["汛期时，每天约300人次；非汛期，每天约100人次", { value: 300, unit: "人次", comparator: "=" }],
  ["完成2020年余下资料收集工作，收集钻孔资料约1000个孔", { value: 1000 }],
  ["开展“五进”活动22次", { value: 22, unit: "次" }],
  ["1800人次·天", { value: 1800, unit: "人次·天" }],
  ["500KB/S", { value: 500, unit: "KB/S" }],
  ["30元/人.每天", { value: 30, unit: "元/人.每天" }],
  ["2次/月", { value: 2, unit: "次/月" }],
  // dates and periods
  ["2022年12月31日前", { kind: "date", date: "2022-12-31", comparator: null, value: null }],
  ["2021年底", { kind: "date", date: "2021-12-31" }],
  ["2025年10月底前", { kind: "date", date: "2025-10-31" }],
  ["2023.07-2024.01", { kind: "date", date: "2024-01" }],
  ["2023年6月", { kind: "date", date: "2023-06" }],
  ["2024年", { kind: "date", date: "2024" }],
  ["12月底前", { kind: "date", date: null }],
  ["全年", { kind: "date", date: null }],
  ["资料收集于2022年4月30日前完成，评估于2022年12月31日前完成", { kind: "date", date: "2022-12-31" }],
  // qualitative
  ["平稳", { kind: "qualitative", comparator: null, value: null }],
  ["优良", { kind: "qualitative" }],
  ["是", { kind: "qualitative" }],
  ["否", { kind: "qualitative" }],
  ["高中低", { kind: "qualitative" }],
  ["通过省级审核", { kind: "qualitative" }],
  ["平稳，不发生重大以上生产安全事故", { kind: "qualitative" }],
  ["显著改善", { kind: "qualitative" }],
  ["一次性通过验收", { kind: "qualitative" }],
  ["4G网络全覆盖", { kind: "qualitative" }],
  // empty templates
  ["", { kind: "empty" }],
  ["   ", { kind: "empty" }],
  ["%", { kind: "empty" }],
  ["≧ %", { kind: "empty" }],
  ["≥%", { kind: "empty" }],
  ["**", { kind: "empty" }],
  ["XX", { kind: "empty" }],
  ["万元", { kind: "empty" }],
  // a unit per a unit, or a Latin unit, with no number (round 57: 新增供水能力 | 万吨/日)
  ["万吨/日", { kind: "empty" }],
  ["元/人", { kind: "empty" }],
  ["元/平方米", { kind: "empty" }],
  ["km", { kind: "empty" }],
  ["m³/d", { kind: "empty" }],
  ["按月/按季", { kind: "qualitative" }],
  ["(≥**万元)", { kind: "empty" }],
];

describe("parseTarget", () => {
  it.each(cases)("%s", (text, want) => {
    expect(parseTarget(text)).toMatchObject(want);
  });

  it("reads an Excel date serial under a time-like name as a date", () => {
    expect(parseTarget("44561", { name: "项目完成时间" })).toMatchObject({
      kind: "date",
      date: "2021-12-31",
    });
    expect(parseTarget("44561", { level2: "时效指标" })).toMatchObject({ kind: "date", date: "2021-12-31" });
  });

  it("leaves a five-digit count a number when nothing says it is a time", () => {
    expect(parseTarget("44561", { name: "巡查企业数" })).toMatchObject({
      kind: "quantitative",
      value: 44561,
    });
  });

  it("takes 以上 in a qualitative sentence as words, not a comparator", () => {
    expect(parseTarget("不发生重大以上事故")).toMatchObject({ kind: "qualitative", comparator: null });
  });

  it.each<[string, Want]>([
    ["覆盖30个行政村以上", { comparator: ">=", value: 30, unit: "个" }],
    ["覆盖30个行政村（社区）以上", { comparator: ">=", value: 30, unit: "个" }],
    ["培训50名村干部及以上", { comparator: ">=", value: 50, unit: "名" }],
    ["抽检5批次样品以下", { comparator: "<=", value: 5, unit: "批次" }],
    ["65岁以上老人3000人", { comparator: "=", value: 3000, unit: "人" }],
    ["服务3000户家庭，以上为年度数", { comparator: "=", value: 3000, unit: "户" }],
  ])("reads the bound after the counted thing in %s", (text, want) => {
    expect(parseTarget(text)).toMatchObject(want);
  });
});

describe("more targets as other cities write them", () => {
  it.each<[string, Want]>([
    ["≥1次/年", { comparator: ">=", value: 1, unit: "次/年" }],
    ["≤5个工作日", { comparator: "<=", value: 5, unit: "个工作日" }],
    ["95%及以上", { comparator: ">=", value: 95, unit: "%" }],
    ["100万元以内", { comparator: "<=", value: 1000000, unit: "元" }],
    ["5天内", { comparator: "<=", value: 5, unit: "天" }],
    ["≥2,000人次", { comparator: ">=", value: 2000, unit: "人次" }],
    ["约2.5万人", { comparator: "=", value: 25000, unit: "人" }],
    ["20%～30%", { comparator: "between", value: 20, valueMax: 30, unit: "%" }],
    ["应急响应时间≤30分钟", { comparator: "<=", value: 30, unit: "分钟" }],
    ["第四季度", { kind: "date", date: null }],
    ["2023年第三季度", { kind: "date", date: "2023-09-30" }],
    ["不低于上年", { kind: "qualitative" }],
    ["按时完成", { kind: "qualitative" }],
    // the unit is the one written after the number (record.md); a count right after 每 is the period
    ["每月1次", { comparator: "=", value: 1, unit: "次" }],
    ["每季度不少于1次", { comparator: ">=", value: 1, unit: "次" }],
    ["每半年1次", { value: 1, unit: "次" }],
    ["每2年1次", { value: 1, unit: "次" }],
    ["每100人配备1名", { value: 1, unit: "名" }],
    // a per between the comparator and the number: the comparator still counts
    ["不低于每人每月1240元", { comparator: ">=", value: 1240, unit: "元" }],
    ["≥每万人口3.5名", { comparator: ">=", value: 3.5, unit: "名" }],
    ["不超过每平方米每年3.2元", { comparator: "<=", value: 3.2, unit: "元" }],
    ["每日 3 次", { value: 3, unit: "次" }],
    ["95 %", { value: 95, unit: "%" }],
    ["≥ 2 万 家次", { comparator: ">=", value: 20000, unit: "家次" }],
    ["1 - 3 场次", { comparator: "between", value: 1, valueMax: 3, unit: "场次" }],
    ["25万人次-30万人次", { comparator: "between", value: 250000, valueMax: 300000, unit: "人次" }],
    ["5000元-8000元/户", { comparator: "between", value: 5000, valueMax: 8000, unit: "元/户" }],
    ["95%（含）以上", { comparator: ">=", value: 95, unit: "%" }],
    // a minus sign, not a range
    ["-5%", { comparator: "=", value: -5, unit: "%" }],
    ["同比-5%", { value: -5, unit: "%" }],
    ["≤-2%", { comparator: "<=", value: -2 }],
    ["1-3场次", { comparator: "between", value: 1, valueMax: 3 }],
    // periods and days of a month
    ["次月10日前", { kind: "date", date: null }],
    ["每年6月底前", { kind: "date", date: null }],
    ["2022-2023年度", { kind: "date", date: "2023" }],
    ["2024年3月至12月", { kind: "date", date: "2024-12" }],
    ["2024年3月至12月底", { kind: "date", date: "2024-12-31" }],
    // a season of the year, its date in brackets: the date's month and day in that year
    ["2024年汛前（5月15日前）完成主体工程", { kind: "date", date: "2024-05-15" }],
    ["2025年暑期（7月-8月）完成改造", { kind: "date", date: "2025-08" }],
    ["30日内", { comparator: "<=", value: 30, unit: "日" }],
    // Tenths are a percentage: 八成 is 80%.
    ["八成以上", { comparator: ">=", value: 80, unit: "%" }],
    ["约5成", { comparator: "=", value: 50, unit: "%" }],
    ["保持一成不变", { kind: "qualitative" }],
    // more than a number, and none at all
    ["2000余户", { comparator: ">=", value: 2000, unit: "户" }],
    ["300多人", { comparator: ">=", value: 300, unit: "人" }],
    ["两千余人", { comparator: ">=", value: 2000, unit: "人" }],
    ["不少于2万余人", { comparator: ">=", value: 20000, unit: "人" }],
    ["零", { comparator: "=", value: 0, unit: "", kind: "quantitative" }],
    ["零发生", { comparator: "=", value: 0, kind: "quantitative" }],
    ["零容忍", { kind: "qualitative" }],
    ["多功能厅1个", { value: 1, unit: "个" }],
    // a target in stages: the last stage is what the year must reach
    ["一季度25%，二季度50%，三季度75%，四季度100%", { comparator: "=", value: 100, unit: "%" }],
    ["6月底前≥50%，9月底前≥75%，12月底前100%", { comparator: "=", value: 100, unit: "%" }],
    ["一季度达到25%、二季度达到50%、年底达到100%", { comparator: ">=", value: 100, unit: "%" }],
    ["6月底前支付50%；12月31日前支付100%", { value: 100, unit: "%" }],
    ["上半年200人，全年不少于500人", { comparator: ">=", value: 500, unit: "人" }],
    // not stages: a figure first, or deadlines without figures
    ["12期，上半年完成6期", { value: 12, unit: "期" }],
    ["2025年6月30日前开工，2025年11月30日前竣工验收", { kind: "date", date: "2025-11-30" }],
  ])("%s", (text, want) => {
    expect(parseTarget(text)).toMatchObject(want);
  });
});

describe("units and words seen in published tables", () => {
  it.each([
    ["2万㎡", "=", 20000, "㎡"],
    ["不超过6元/㎡·年", "<=", 6, "元/㎡·年"],
    ["400万粒", "=", 4000000, "粒"],
    ["1500元/生·学期", "=", 1500, "元/生·学期"],
    [">=530元/人*月", ">=", 530, "元/人*月"],
    ["两倍", "=", 2, "倍"],
    ["控制在95%以上", ">=", 95, "%"],
    ["不低于百分之九十", ">=", 90, "%"],
    ["百分之八十五点五", "=", 85.5, "%"],
    ["百分之95以上", ">=", 95, "%"],
    ["控制在5%以内", "<=", 5, "%"],
    ["保持在3%以下", "<=", 3, "%"],
  ])("%s", (text, comparator, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ comparator, value, unit, kind: "quantitative" });
  });
  it("reads a unit alone or an ellipsis as an unfilled template", () => {
    expect(parseTarget("平方公里").kind).toBe("empty");
    expect(parseTarget("……").kind).toBe("empty");
  });
});

describe("fractions (round 41)", () => {
  it.each([
    ["不低于1/3", ">=", 0.3333, ""],
    ["1/4以上", ">=", 0.25, ""],
    ["≤10/10万", "<=", 10, "/10万"],
    // A rate per a thousand or more written in digits (婴儿死亡率): its unit, not a lost denominator.
    ["控制在5.5/1000以下", "<=", 5.5, "/1000"],
    ["≤2/10000", "<=", 2, "/10000"],
    ["3/100", "=", 0.03, ""],
  ])("%s", (text, comparator, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ comparator, value, unit, kind: "quantitative" });
  });
  it("keeps a date written with slashes a date", () => {
    expect(parseTarget("2024/6/30前").kind).toBe("date");
  });
});

describe("a count of batches after a date (round 41)", () => {
  it("reads 6月、10月分两批完成 as a date", () => {
    expect(parseTarget("6月、10月分两批完成")).toMatchObject({ kind: "date", value: null });
    expect(parseTarget("分两批完成培训300人")).toMatchObject({ kind: "quantitative" });
  });
});
