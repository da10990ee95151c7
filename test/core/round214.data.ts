/**
 * Round 214's probe: prose and packed cells as county offices write them — lead-ins (通过/为/围绕/在…开展/支持…),
 * words before a comma that head what follows (在建项目，完成投资3000万元，新增就业120人), recurring and one-off
 * deadlines in one cell (工资每月底前发放，2025年12月底前完成全年发放), two indicators to a clause, states and
 * changes — with the gold a careful reader expects, written before the engine was run on them. Each cell is read
 * under a title of 2025, in a 绩效指标 column ("指标") or a table with a 绩效目标 column alone ("目标"). A gold
 * field given as an array lists the acceptable readings.
 */
export type Alt<T> = T | T[];

/** One indicator expected: [name, comparator, value, unit, kind, date]. */
export type Rec = [Alt<string>, Alt<string | null>, Alt<number | null>, string, string, Alt<string | null>];

export interface Cell {
  layout: "指标" | "目标";
  text: string;
  gold: Rec[];
}

/** A figure (= unless told). */
const q = (name: Alt<string>, value: number, unit: string, cmp: Alt<string> = "="): Rec => [
  name,
  cmp,
  value,
  unit,
  "quantitative",
  null,
];
/** Words only. */
const w = (name: Alt<string>): Rec => [name, null, null, "", "qualitative", null];
/** A deadline (null: none determinable, a recurring one). */
const d = (name: Alt<string>, date: Alt<string | null>): Rec => [name, null, null, "", "date", date];

const cell = (text: string, ...gold: Rec[]): Cell => ({ layout: "指标", text, gold });
const goal = (text: string, ...gold: Rec[]): Cell => ({ layout: "目标", text, gold });

/** The first batch (gold written before the first run). */
export const batch1: Cell[] = [
  // Words before the comma heading two indicators of their own.
  cell("在建项目，完成投资3000万元，新增就业120人", q("完成投资", 30000000, "元"), q("新增就业", 120, "人")),
  goal(
    "在建项目，完成投资3000万元，新增就业120人。",
    q("完成投资", 30000000, "元"),
    q("新增就业", 120, "人"),
  ),
  cell(
    "项目区，新增灌溉面积1.2万亩，改善灌溉面积3.5万亩",
    q("新增灌溉面积", 12000, "亩"),
    q("改善灌溉面积", 35000, "亩"),
  ),
  cell("建设内容，新建村道8.5公里，安装路灯120盏", q("新建村道", 8.5, "公里"), q("安装路灯", 120, "盏")),
  goal("建设内容，新建村道8.5公里，安装路灯120盏。", q("新建村道", 8.5, "公里"), q("安装路灯", 120, "盏")),
  cell("已建项目，完成验收8个，验收合格率100%", q("完成验收", 8, "个"), q("验收合格率", 100, "%")),
  cell(
    "森林管护，管护面积12.6万亩，森林火灾受害率≤0.9‰",
    q("管护面积", 126000, "亩"),
    q("森林火灾受害率", 0.9, "‰", "<="),
  ),
  cell(
    "技能培训，培训人数≥300人次，培训后就业率≥60%",
    q("培训人数", 300, "人次", ">="),
    q("培训后就业率", 60, "%", ">="),
  ),
  // The convention kept: a name, its comma and a target with no name of its own.
  cell("培训人数，500人次", q("培训人数", 500, "人次")),
  cell("道路硬化，完成4.2公里", q("道路硬化", 4.2, "公里")),
  cell("群众满意度，达到95%以上", q("群众满意度", 95, "%", ">=")),
  cell("资金，2025年6月底前拨付到位", d("资金", "2025-06-30")),
  // Recurring and one-off deadlines in one cell.
  cell(
    "工资每月底前发放，2025年12月底前完成全年发放",
    d(["工资", "工资每月底前发放"], null),
    d("完成全年发放", "2025-12-31"),
  ),
  cell(
    "工资6月底前发放，2025年12月底前完成全年发放",
    d("工资", "2025-06-30"),
    d("完成全年发放", "2025-12-31"),
  ),
  cell(
    "补助资金每季度末前拨付，年底前全部拨付到位",
    d(["补助资金", "补助资金每季度末前拨付"], null),
    d(["全部拨付到位", "拨付到位"], ["2025-12-31", "2025-12"]),
  ),
  cell(
    "培训农村实用人才500人次，培训合格率≥95%，2025年11月底前完成培训任务",
    q("培训农村实用人才", 500, "人次"),
    q("培训合格率", 95, "%", ">="),
    d("完成培训任务", "2025-11-30"),
  ),
  cell("2025年12月底前完成项目建设并投入使用", d("完成项目建设并投入使用", "2025-12-31")),
  cell(
    "每月开展巡查不少于2次，年底前完成全部隐患整改",
    q(["每月开展巡查", "开展巡查"], 2, "次", ">="),
    d("完成全部隐患整改", ["2025-12-31", "2025-12"]),
  ),
  // (Gold corrected: a schedule with no deadline, 按月发放, is words — round 124a's 救助资金 | 及时足额发放到位.)
  cell(
    "农村低保金按月发放，发放准确率100%",
    w(["农村低保金", "农村低保金按月发放"]),
    q("发放准确率", 100, "%"),
  ),
  // Lead-ins.
  cell(
    "通过实施农村饮水安全巩固提升工程，新建蓄水池12座，铺设管网35公里，受益人口0.8万人",
    q("新建蓄水池", 12, "座"),
    q("铺设管网", 35, "公里"),
    q("受益人口", 8000, "人"),
  ),
  cell(
    "为改善学校办学条件，改造校舍面积3200平方米，购置课桌椅600套",
    q("改造校舍面积", 3200, "平方米"),
    q("购置课桌椅", 600, "套"),
  ),
  // (Gold corrected: a count inside the words is a figure of its own, the clause its name — record.md — not a lead-in.)
  cell(
    "在全县12个乡镇开展农村环境整治，清理垃圾4500吨，整治村庄86个",
    q("在全县12个乡镇开展农村环境整治", 12, "个"),
    q("清理垃圾", 4500, "吨"),
    q("整治村庄", 86, "个"),
  ),
  cell(
    "支持家庭农场发展，扶持家庭农场30家，每家补助2万元",
    q("扶持家庭农场", 30, "家"),
    q("每家补助", 20000, "元"),
  ),
  cell(
    "通过开展技能培训，带动就业200人，人均增收3000元以上",
    q("带动就业", 200, "人"),
    q("人均增收", 3000, "元", ">="),
  ),
  cell(
    "为保障困难群众基本生活，发放临时救助资金85万元，救助困难群众1200人次，资金于每月15日前发放到位",
    q("发放临时救助资金", 850000, "元"),
    q("救助困难群众", 1200, "人次"),
    d("资金", null),
  ),
  cell(
    "在各村开展人居环境整治，村庄保洁覆盖率100%，村容村貌明显改善",
    q("村庄保洁覆盖率", 100, "%"),
    w("村容村貌"),
  ),
  cell(
    "围绕乡村振兴，建成高标准农田2万亩，粮食产量稳定增长",
    q("建成高标准农田", 20000, "亩"),
    w("粮食产量"),
  ),
  cell(
    "截至2025年底，累计完成造林1.5万亩，森林覆盖率达到62%",
    q("累计完成造林", 15000, "亩"),
    q("森林覆盖率", 62, "%", ">="),
  ),
];

/** The second batch, written after the fixes (gold first), scored once. */
export const batch2: Cell[] = [
  cell(
    "重点项目，完成固定资产投资1.2亿元，带动就业300人",
    q("完成固定资产投资", 120000000, "元"),
    q("带动就业", 300, "人"),
  ),
  cell(
    "养护工程，养护农村公路86公里，路面修补面积≥5000平方米，2025年10月底前完工",
    q("养护农村公路", 86, "公里"),
    q("路面修补面积", 5000, "平方米", ">="),
    d("完工", "2025-10-31"),
  ),
  cell(
    "补贴每季度末前发放，2025年12月底前完成全年补贴发放",
    d(["补贴", "补贴每季度末前发放"], null),
    d("完成全年补贴发放", "2025-12-31"),
  ),
  cell(
    "护林员工资按月发放，2025年12月底前完成全年考核",
    w(["护林员工资", "护林员工资按月发放"]),
    d("完成全年考核", "2025-12-31"),
  ),
  cell(
    "通过实施该项目，新建公厕6座，改造户厕320户，群众满意度≥90%",
    q("新建公厕", 6, "座"),
    q("改造户厕", 320, "户"),
    q("群众满意度", 90, "%", ">="),
  ),
  cell(
    "在城区开展背街小巷整治，整治街巷35条，硬化路面1.6万平方米",
    q("整治街巷", 35, "条"),
    q("硬化路面", 16000, "平方米"),
  ),
  cell("培训人数，800人次，培训合格率≥90%", q("培训人数", 800, "人次"), q("培训合格率", 90, "%", ">=")),
  cell(
    "高龄津贴每月10日前发放，发放准确率100%",
    d(["高龄津贴", "高龄津贴每月10日前发放"], null),
    q("发放准确率", 100, "%"),
  ),
  goal(
    "项目区，改造中低产田1.5万亩，亩均增产≥50公斤。",
    q("改造中低产田", 15000, "亩"),
    q("亩均增产", 50, "公斤", ">="),
  ),
];
