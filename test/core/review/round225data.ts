/**
 * Review probe round 225: departments earlier review rounds left out — 住建 (保障房, 老旧小区), 应急 (救灾物资, 安全生产执法),
 * 公安 (视频监控, 禁毒), 退役军人 (优抚), 体育 (全民健身), 残联 (康复), 林草 (造林, 防火), 乡村振兴 (衔接资金), 商务 (消费券),
 * 统计 (普查), 医保 (医疗救助) and 国资. Projects and numbers invented, in four layouts: 某县 rows with a goal column (no
 * funds), 某区 packed cells with funds, 某市 rows with 指标性质 | 指标值 | 计量单位 and a 预算金额 column, and one-project
 * 申报表 forms. Clean projects (any finding on them is a false alarm) mixed with realistic faults. The gold was written
 * before the engine ran: `expect` the findings a careful reviewer would raise, `CODE/severity:indicator` (severity
 * e | w | i, the indicator where it matters; `CODE?` a hint the reviewer accepts either way), `grade` the reviewer's.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { analyze } from "../../../src/core/review/analysis";
import type { Finding } from "../../../src/core/review/types";
import { findingsOf, withGoals } from "./probeTables";

type Row = [string, string, string, string];
type Grade = "优" | "良" | "中" | "差";
export type Gold225 = {
  project: string;
  expect: string[];
  grade: Grade;
  why: string;
  /** The gold corrected after the run, where the engine was right by record.md and earlier rounds' decisions. */
  corrected?: { expect?: string[]; grade?: Grade; why: string };
};

/** A: 某县 rows with a goal column, no funds. */
export const countyProjects: [string, string, Row[]][] = [
  [
    "某县城镇住房保障家庭租赁补贴",
    "向860户城镇住房保障家庭发放租赁补贴，补贴标准每户每月300元，符合条件的申请家庭应保尽保。",
    [
      ["产出指标", "数量指标", "发放租赁补贴户数", "≥860户"],
      ["产出指标", "质量指标", "补贴发放准确率", "100%"],
      ["产出指标", "时效指标", "全年补贴发放完成时间", "2025年12月底前"],
      ["成本指标", "经济成本指标", "租赁补贴标准", "300元/户·月"],
      ["效益指标", "社会效益指标", "符合条件的申请家庭应保尽保率", "100%"],
      ["满意度指标", "服务对象满意度指标", "保障家庭满意度", "≥90%"],
    ],
  ],
  [
    "某县2025年城镇老旧小区改造",
    "改造城镇老旧小区24个，惠及居民2860户，完善小区水电路气等基础设施。",
    [
      ["产出指标", "数量指标", "改造老旧小区数量", "≥20个"],
      ["产出指标", "数量指标", "惠及居民户数", "≥2860户"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["产出指标", "时效指标", "完工时间", "2024年12月底前"],
      ["成本指标", "经济成本指标", "改造户均成本", "≤1.5万元/户"],
      ["效益指标", "社会效益指标", "小区基础设施完好率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"],
    ],
  ],
  [
    "某县救灾物资储备",
    "储备帐篷、折叠床、棉被等救灾物资1.2万件，满足2000名受灾群众紧急转移安置需要。",
    [
      ["产出指标", "数量指标", "储备救灾物资", "≥1.2万件"],
      ["产出指标", "质量指标", "储备物资霉变损毁率", "≥2%"],
      ["产出指标", "时效指标", "物资调拨到达灾区时间", "≤12小时"],
      ["成本指标", "经济成本指标", "救灾物资仓储管理费", "≤8元/件·年"],
      ["效益指标", "社会效益指标", "受灾群众基本生活", "得到有效保障"],
      ["满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"],
    ],
  ],
  [
    "某县安全生产执法检查",
    "对全县320家重点生产经营单位开展执法检查，重大事故隐患整改率100%，遏制较大以上生产安全事故。",
    [
      ["产出指标", "数量指标", "执法检查生产经营单位", "≥320家"],
      ["产出指标", "质量指标", "重大事故隐患整改率", "100%"],
      ["产出指标", "质量指标", "执法案卷评查合格率", "≥95%"],
      ["产出指标", "时效指标", "年度执法计划完成时间", "2025年12月底前"],
      ["成本指标", "经济成本指标", "单家企业执法检查成本", "≤500元/家"],
      ["效益指标", "社会效益指标", "较大及以上生产安全事故起数", "0起"],
      ["满意度指标", "服务对象满意度指标", "被检查单位满意度", "≥85%"],
    ],
  ],
  [
    "某县公共安全视频监控系统运维",
    "运维全县公共安全视频监控点位1560个，设备在线率保持在95%以上。",
    [
      ["产出指标", "数量指标", "运维视频监控点位", "≥1560个"],
      ["产出指标", "质量指标", "设备在线率", "≥100%"],
      ["产出指标", "时效指标", "故障修复时间", "≤48小时"],
      ["成本指标", "经济成本指标", "单个点位年运维费用", "≤1200元/个·年"],
      ["效益指标", "社会效益指标", "重点公共区域视频监控覆盖率", "≥95%"],
      ["效益指标", "社会效益指标", "利用视频监控破获案件", "≥120起"],
    ],
  ],
  [
    "某县禁毒宣传教育",
    "开展禁毒宣传进校园、进社区活动150场次，覆盖群众5万人次。",
    [
      ["产出指标", "数量指标", "开展禁毒宣传活动", "≥150场次"],
      ["产出指标", "数量指标", "覆盖群众", "≥5万人次"],
      ["产出指标", "数量指标", "发放宣传资料", "≥3万份"],
      ["产出指标", "时效指标", "活动完成时间", "2025年11月底前"],
      ["成本指标", "经济成本指标", "单场宣传活动费用", "≤2000元/场"],
      ["效益指标", "社会效益指标", "群众禁毒知识知晓率", "≥90%"],
      ["效益指标", "社会效益指标", "青少年禁毒意识", "明显增强"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥70%"],
    ],
  ],
  [
    "某县重点优抚对象抚恤补助",
    "按标准向全县1450名重点优抚对象按月发放抚恤和生活补助，确保应发尽发。",
    [
      ["产出指标", "数量指标", "享受抚恤补助重点优抚对象", "≥1450人"],
      ["产出指标", "质量指标", "抚恤补助发放准确率", "100%"],
      ["产出指标", "时效指标", "抚恤补助发放时间", "每月15日前"],
      ["成本指标", "经济成本指标", "人均年补助", "≤2.5万元/人·年"],
      ["效益指标", "社会效益指标", "优抚政策应享尽享率", "100%"],
      ["满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%"],
    ],
  ],
  [
    "某县残疾儿童康复救助",
    "为320名0-6岁残疾儿童提供康复救助，康复训练有效率达到85%以上。",
    [
      ["产出指标", "数量指标", "救助残疾儿童人数", "≥300人"],
      ["产出指标", "质量指标", "定点康复机构服务规范达标率", "≥95%"],
      ["成本指标", "经济成本指标", "人均康复救助标准", "≤1.8万元/人·年"],
      ["效益指标", "社会效益指标", "康复训练有效率", "≥85%"],
      ["满意度指标", "服务对象满意度指标", "残疾儿童家长满意度", "≥90%"],
    ],
  ],
];

export const countyGold: Gold225[] = [
  { project: "某县城镇住房保障家庭租赁补贴", expect: [], grade: "优", why: "clean" },
  {
    project: "某县2025年城镇老旧小区改造",
    expect: ["GOAL-FIGURE/w:改造老旧小区数量", "DATE-PAST/w:完工时间"],
    grade: "良",
    why: "24个 in the goal, 20个 in the indicator; a 2024 deadline for a 2025 project",
  },
  {
    project: "某县救灾物资储备",
    expect: ["DIRECTION/e:储备物资霉变损毁率", "VAGUE/w:受灾群众基本生活"],
    grade: "中",
    why: "a loss rate set as a floor; the only effect vague, with a target to correct besides",
  },
  {
    project: "某县安全生产执法检查",
    expect: ["SATISFACTION-SUBJECT?"],
    grade: "优",
    why: "clean; the satisfaction of those inspected is a hint at most",
  },
  {
    project: "某县公共安全视频监控系统运维",
    expect: ["RATE-100-GE/w:设备在线率", "COMPLETE-SATISFACTION/w"],
    grade: "良",
    why: "an online rate ≥100%; no satisfaction of the public it serves",
  },
  {
    project: "某县禁毒宣传教育",
    expect: ["VAGUE/w:青少年禁毒意识", "SATISFACTION-LOW/w:群众满意度", "COMPLETE-OUTPUT-DETAIL?"],
    grade: "良",
    why: "a vague effect beside a measured one; satisfaction at 70%; no 质量 (a hint)",
  },
  { project: "某县重点优抚对象抚恤补助", expect: [], grade: "优", why: "clean" },
  {
    project: "某县残疾儿童康复救助",
    expect: ["GOAL-FIGURE/w:救助残疾儿童人数", "COMPLETE-OUTPUT-DETAIL?"],
    grade: "良",
    why: "320名 in the goal, 300人 in the indicator; no 时效 (a hint)",
  },
];

const pk = (dept: string, name: string, goal: string, lines: string, funds: number): CellValue[] => [
  dept,
  dept,
  name,
  goal,
  lines,
  funds,
];

/** B: 某区 packed cells with funds. */
export const packedGrid: CellValue[][] = [
  ["某区2025年项目支出绩效目标表", null, null, null, null, null],
  ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标", "资金（万元）"],
  pk(
    "某区林业局",
    "某区人工造林",
    "完成人工造林2000亩，造林苗木成活率达到85%以上。",
    "1、产出指标：完成人工造林≥2000亩；造林苗木成活率≥85%；2025年6月底前完成栽植。2、成本指标：亩均造林成本≤1500元/亩。3、效益指标：森林覆盖率提高≥0.1个百分点；造林地水土流失治理面积≥1500亩。4、满意度指标：造林地农户满意度≥90%。",
    300,
  ),
  pk(
    "某区林业局",
    "某区森林防火巡护",
    "聘用防火巡护人员120人，加强重点林区巡护，全年森林火灾受害率控制在0.9‰以内。",
    "1、产出指标：防火巡护人员≥120人；开展防火宣传活动≥40场次；重点林区巡护覆盖率100%；火情报告时间≤30分钟。2、成本指标：护林员补助标准≤800元/人·月。3、效益指标：森林火灾受害率≥0.9‰；重大森林火灾发生0起。4、满意度指标：林区群众满意度≥90%。",
    130,
  ),
  pk(
    "某区农业农村局",
    "某区衔接推进乡村振兴补助资金项目",
    "实施产业发展项目12个，带动脱贫户和监测户1800户增收。",
    "1、产出指标：实施衔接资金产业项目≥12个；项目验收合格率100%；2025年10月底前完工。2、成本指标：衔接资金项目总投资≤800万元。3、效益指标：带动脱贫户和监测户增收≥1800户；脱贫人口人均纯收入增幅≥8%。4、满意度指标：受益群众满意度≥90%。",
    800,
  ),
  pk(
    "某区商务局",
    "某区促消费惠民消费券发放",
    "发放惠民消费券2000万元，直接带动消费1.2亿元以上。",
    "1、产出指标：发放消费券金额≥2000万元；消费券核销率≥100%；2025年10月底前完成发放。2、成本指标：消费券平台服务费率≤2%。3、效益指标：直接带动消费≥1.2亿元；消费券杠杆率≥6倍。4、满意度指标：消费者满意度100%。",
    2040,
  ),
  pk(
    "某区统计局",
    "某区第五次全国经济普查",
    "完成全区8600个普查单位清查登记和数据采集，普查数据差错率控制在1%以内。",
    "1、产出指标：清查登记普查单位≥8600个；普查数据差错率≤1%；2025年6月底前完成数据上报。2、成本指标：普查员劳务补助≤150元/人·天。3、效益指标：普查成果为区委区政府决策提供依据≥3项。4、满意度指标：普查对象满意度≥90%。",
    86,
  ),
  pk(
    "某区医疗保障局",
    "某区城乡医疗救助",
    "对特困人员、低保对象等困难群众开展医疗救助2500人次。",
    "1、产出指标：医疗救助人次≥2500人次；救助对象身份认定准确率100%；2025年12月底前完成救助资金发放。2、成本指标：人均救助标准3000元/人次。3、效益指标：救助对象政策范围内住院费用个人负担比例≤30%。4、满意度指标：救助对象满意度≥90%。",
    200,
  ),
  pk(
    "某区国有资产监督管理委员会",
    "某区区属国有企业监管",
    "对区属8家国有企业开展监管和年度经营业绩考核，国有资本保值增值率达到100%以上。",
    "1、产出指标：监管区属国有企业≥8家；年度经营业绩考核覆盖率100%；2025年6月底前完成年度考核。2、成本指标：单家企业审计费用≤5万元/家。3、效益指标：国有资本保值增值率≥100%；区属国有企业重大风险事件0起。4、满意度指标：监管企业满意度≥85%。",
    40,
  ),
  pk(
    "某区文化体育和旅游局",
    "某区全民健身运动会",
    "举办全区全民健身运动会，设比赛项目18项，参赛运动员3000人。",
    "1、产出指标：举办比赛项目≥18项；参赛运动员≥3000人；赛事安全事故0起；2025年11月底前完成。2、成本指标：单项赛事平均费用≤3万元/项。4、效益指标：经常参加体育锻炼人数比例≥42%。5、满意度指标：参赛群众满意度≥90%。",
    54,
  ),
];

export const packedGold: Gold225[] = [
  { project: "某区人工造林", expect: [], grade: "优", why: "clean: 2000 × 1500元 = 300万元" },
  {
    project: "某区森林防火巡护",
    expect: ["DIRECTION/e:森林火灾受害率"],
    grade: "良",
    why: "a damage rate set as a floor; the other effect measured (120 × 800元 × 12 = 115.2万元 of 130)",
  },
  {
    project: "某区衔接推进乡村振兴补助资金项目",
    expect: ["COST-BUDGET/w:衔接资金项目总投资"],
    grade: "良",
    why: "the only cost is the budget",
  },
  {
    project: "某区促消费惠民消费券发放",
    expect: ["RATE-100-GE/w:消费券核销率", "SATISFACTION-100/w:消费者满意度"],
    grade: "良",
    why: "a redemption rate ≥100%; satisfaction at 100%",
    corrected: {
      expect: [
        "RATE-100-GE/w:消费券核销率",
        "SATISFACTION-100/w:消费者满意度",
        "CATEGORY-MISMATCH/w:发放消费券金额",
        "COMPLETE-OUTPUT-DETAIL/w",
      ],
      grade: "中",
      why: "发放消费券金额 ≥2000万元 is the money put in, as 发放高龄津贴资金 ≥98万元 is (categories.test.ts), and then no output counts what it buys (张数, 人次): four things to put right, 中",
    },
  },
  { project: "某区第五次全国经济普查", expect: [], grade: "优", why: "clean" },
  {
    project: "某区城乡医疗救助",
    expect: ["COST-OVER-BUDGET/w:人均救助标准"],
    grade: "中",
    why: "2500 × 3000元 = 750万元 against 200万元, 3.75 times (round 182: 中 at best)",
  },
  {
    project: "某区区属国有企业监管",
    expect: ["SATISFACTION-SUBJECT?"],
    grade: "优",
    why: "clean: 保值增值率 ≥100% is the measure itself (a ratio of equity, above 100% is growth), 8 × 5万元 = 40万元",
  },
  {
    project: "某区全民健身运动会",
    expect: ["NUMBERING/w"],
    grade: "良",
    why: "1、2、4、5: 3 skipped; 18 × 3万元 = 54万元",
  },
];

/** C: 某市 rows with 指标性质 | 指标值 | 计量单位 and a 预算金额 column. */
type RowC = [string, string, string, string, string | number | null, string];
const rowsC = (projects: [string, number, string, RowC[]][]): CellValue[][] => [
  ["某市2025年部门项目支出绩效目标表", null, null, null, null, null, null, null, null],
  [
    "项目名称",
    "预算金额（万元）",
    "年度绩效目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "计量单位",
  ],
  ...projects.flatMap(([name, funds, goal, body]) =>
    body.map((r, i): CellValue[] => [
      i === 0 ? name : null,
      i === 0 ? funds : null,
      i === 0 ? goal : null,
      ...r,
    ]),
  ),
];

export const cityGrid: CellValue[][] = rowsC([
  [
    "某市公共租赁住房运营管理",
    270,
    "运营管理公共租赁住房1800套，租金收缴率达到95%以上，保障在保家庭安居。",
    [
      ["产出指标", "数量指标", "运营管理公租房", "≥", 1800, "套"],
      ["产出指标", "质量指标", "租金收缴率", "≥", 95, "%"],
      ["产出指标", "时效指标", "报修响应及时率", "≥", 95, "%"],
      ["成本指标", "经济成本指标", "单套年运营管理成本", "≤", 1500, "元/套·年"],
      ["效益指标", "社会效益指标", "在保家庭住房保障覆盖率", "≥", 95, "%"],
      ["满意度指标", "服务对象满意度指标", "承租家庭满意度", "≥", 90, "%"],
    ],
  ],
  [
    "某市社会治安视频监控建设",
    500,
    "新建高清视频监控点位400个，实现城区重点部位视频监控全覆盖。",
    [
      ["产出指标", "数量指标", "新建高清视频监控点位", "≥", null, "个"],
      ["产出指标", "质量指标", "设备验收合格率", "=", 100, "%"],
      ["产出指标", "时效指标", "项目完工时间", "定性", "2025年10月底前", ""],
      ["成本指标", "经济成本指标", "设备购置成本", "≤", 500, "万元"],
      ["效益指标", "社会效益指标", "城区重点部位视频监控覆盖率", "≥", 95, "%"],
      ["满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥", 90, "%"],
    ],
  ],
  [
    "某市困难群众医疗救助",
    1200,
    "资助困难群众参加城乡居民医保1.5万人，开展医疗救助8000人次。",
    [
      ["产出指标", "数量指标", "资助参保人数", "≥", 1.5, "万人"],
      ["产出指标", "数量指标", "医疗救助人次", "≥", 8000, "人次"],
      ["产出指标", "质量指标", "困难群众资助参保覆盖率", "=", 100, "%"],
      ["产出指标", "时效指标", "救助资金发放时间", "定性", "及时", ""],
      ["成本指标", "经济成本指标", "人均资助参保标准", "≤", 380, "元/人"],
      ["效益指标", "社会效益指标", "救助对象政策范围内住院费用救助比例", "≥", 70, "%"],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", 90, "%"],
    ],
  ],
  [
    "某市残疾人基本康复服务",
    360,
    "为3000名持证残疾人提供基本康复服务，适配辅助器具1200件。",
    [
      ["产出指标", "数量指标", "基本康复服务人数", "≥", 3000, "人"],
      ["产出指标", "数量指标", "适配辅助器具", "≥", 1200, "件"],
      ["产出指标", "质量指标", "辅助器具适配合格率", "≥", 95, "%"],
      ["产出指标", "时效指标", "服务完成时间", "定性", "2025年12月底前", ""],
      ["成本指标", "经济成本指标", "人均康复服务成本", "≤", 800, "元/人"],
      ["效益指标", "社会效益指标", "持证残疾人基本康复服务覆盖率", "≥", 85, "%"],
      ["满意度指标", "服务对象满意度指标", "残疾人满意度", "≥", 90, "%"],
    ],
  ],
]);

export const cityGold: Gold225[] = [
  { project: "某市公共租赁住房运营管理", expect: [], grade: "优", why: "clean: 1800 × 1500元 = 270万元" },
  {
    project: "某市社会治安视频监控建设",
    expect: ["EMPTY-TARGET/e:新建高清视频监控点位", "COST-BUDGET/w:设备购置成本"],
    grade: "中",
    why: "the count left empty (the goal says 400); the only cost is the budget",
  },
  {
    project: "某市困难群众医疗救助",
    expect: ["VAGUE/w:救助资金发放时间"],
    grade: "良",
    why: "a 时效 of 及时, no date",
  },
  { project: "某市残疾人基本康复服务", expect: [], grade: "优", why: "clean: 3000 × 800元 = 240万元 of 360" },
];

/** D: a one-project 申报表 form — header lines, the goal, then the indicator rows (blanks where merged). */
const form = (name: string, unit: string, funds: number, goal: string, body: Row[]): CellValue[][] => [
  ["2025年度项目支出绩效目标申报表", null, null, null],
  ["项目名称", name, "实施单位", unit],
  ["项目资金（万元）", "年度资金总额", String(funds), null],
  ["年度绩效目标", goal, null, null],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ...body.map(([a, b, c, d], i, all): CellValue[] => [
    i > 0 && all[i - 1][0] === a ? null : a,
    i > 0 && all[i - 1][1] === b ? null : b,
    c,
    d,
  ]),
];

export const forms: [string, CellValue[][], Gold225[]][] = [
  [
    "form 造林",
    form(
      "某县国土绿化人工造林",
      "某县林业和草原局",
      600,
      "完成人工造林1.5万亩，造林成活率达到85%以上，增加森林资源。",
      [
        ["产出指标", "数量指标", "人工造林面积", "≥1.2万亩"],
        ["产出指标", "质量指标", "造林成活率", "≥85%"],
        ["产出指标", "时效指标", "造林完成时间", "2025年6月底前"],
        ["成本指标", "经济成本指标", "亩均造林补助", "≤400元/亩"],
        ["效益指标", "生态效益指标", "森林覆盖率提高", "≥0.2个百分点"],
        ["效益指标", "可持续影响指标", "造林地管护期", "≥3年"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"],
      ],
    ),
    [
      {
        project: "某县国土绿化人工造林",
        expect: ["GOAL-FIGURE/w:人工造林面积"],
        grade: "良",
        why: "1.5万亩 in the goal, 1.2万亩 in the indicator",
      },
    ],
  ],
  [
    "form 衔接资金",
    form("某县衔接资金特色产业帮扶", "某县乡村振兴局", 500, "扶持发展特色种养产业，带动脱贫户增收。", [
      ["产出指标", "数量指标", "扶持特色产业项目", "≥10个"],
      ["产出指标", "质量指标", "项目验收合格率", "100%"],
      ["产出指标", "时效指标", "项目完成时间", "2025年11月底前"],
      ["成本指标", "经济成本指标", "单个项目平均补助", "≤50万元/个"],
      ["效益指标", "经济效益指标", "带动脱贫户增收", "显著"],
      ["满意度指标", "服务对象满意度指标", "脱贫户满意度", "较高"],
    ]),
    [
      {
        project: "某县衔接资金特色产业帮扶",
        expect: ["VAGUE/w:带动脱贫户增收", "VAGUE/w:脱贫户满意度", "GOAL-VAGUE?"],
        grade: "差",
        why: "neither the one effect nor the satisfaction states a figure (round 133: 差)",
      },
    ],
  ],
  [
    "form 老旧小区",
    form(
      "某县老旧小区配套设施改造",
      "某县住房和城乡建设局",
      1200,
      "改造老旧小区8个、惠及居民1200户，改造雨污管网6公里。",
      [
        ["产出指标", "数量指标", "改造老旧小区", "≥8个"],
        ["产出指标", "数量指标", "惠及居民", "≥1200户"],
        ["产出指标", "数量指标", "改造雨污管网", "≥6公里"],
        ["产出指标", "质量指标", "工程验收合格率", "100%"],
        ["产出指标", "时效指标", "完工时间", "2025年11月底前"],
        ["成本指标", "经济成本指标", "户均改造成本", "≤1万元/户"],
        ["效益指标", "社会效益指标", "改造小区雨污分流率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"],
      ],
    ),
    [{ project: "某县老旧小区配套设施改造", expect: [], grade: "优", why: "clean: 1200 × 1万元 = 1200万元" }],
  ],
  [
    "form 国资",
    form(
      "某县行政事业单位国有资产清查",
      "某县财政局",
      30,
      "完成全县行政事业单位国有资产清查，涉及单位120家。",
      [
        ["产出指标", "数量指标", "清查单位", "≥120家"],
        ["产出指标", "质量指标", "资产账实相符率", "≥98%"],
        ["产出指标", "时效指标", "清查完成时间", "2025年9月底前"],
        ["成本指标", "经济成本指标", "单家单位清查费用", "≤2500元/家"],
      ],
    ),
    [
      {
        project: "某县行政事业单位国有资产清查",
        expect: ["COMPLETE-EFFECT/e", "COMPLETE-SATISFACTION/w"],
        grade: "差",
        why: "outputs and a cost only: no effect and no satisfaction (round 205: 差)",
      },
    ],
  ],
];

export const grids: [string, CellValue[][], Gold225[]][] = [
  [
    "county",
    [["某县2025年项目支出绩效目标表", null, null, null, null, null], ...withGoals(countyProjects)],
    countyGold,
  ],
  ["packed", packedGrid, packedGold],
  ["city", cityGrid, cityGold],
  ...forms,
];

const SEVERITY: Record<string, Finding["severity"]> = { e: "error", w: "warning", i: "info" };

/** A gold item's parts: `CODE/sev:indicator`, `CODE?` a hint accepted either way. */
const parts = (item: string) => {
  const optional = item.includes("?");
  const [head, indicator] = item.replace("?", "").split(":");
  const [code, sev] = head.split("/");
  return { code, severity: sev ? SEVERITY[sev] : undefined, indicator, optional };
};

/**
 * Expected findings found (and at the gold's severity), findings no gold item accounts for, and grades agreeing —
 * as written or corrected. `unexplained` lists the false alarms (project, code, indicator) for the report.
 */
export function score(sheets: [string, CellValue[][], Gold225[]][], corrected: boolean) {
  let expected = 0;
  let found = 0;
  let severities = 0;
  let falseAlarms = 0;
  let grades = 0;
  let projects = 0;
  const unexplained: string[] = [];
  const missed: string[] = [];
  const gradesOff: string[] = [];
  for (const [, grid, gold] of sheets) {
    const all = findingsOf(grid);
    const parse = parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid });
    const graded = analyze([{ label: "t", parse, local: true }]).grades;
    for (const g of gold) {
      projects++;
      const want = (corrected && g.corrected?.expect) || g.expect;
      const grade = (corrected && g.corrected?.grade) || g.grade;
      const own = all.filter((f) => f.project.includes(g.project));
      const accounted = new Set<Finding>();
      for (const item of want) {
        const p = parts(item);
        const hits = own.filter(
          (f) => f.code === p.code && (!p.indicator || f.indicator.includes(p.indicator)),
        );
        hits.forEach((f) => accounted.add(f));
        if (p.optional) continue;
        expected++;
        if (hits.length) {
          found++;
          if (!p.severity || hits.some((f) => f.severity === p.severity)) severities++;
        } else missed.push(`${g.project} ${item}`);
      }
      for (const f of own.filter((x) => !accounted.has(x)))
        unexplained.push(`${g.project} ${f.code}/${f.severity}:${f.indicator}`);
      falseAlarms += own.filter((f) => !accounted.has(f)).length;
      const got = graded.find((x) => x.project.includes(g.project))?.grade;
      if (got === grade) grades++;
      else gradesOff.push(`${g.project} ${got} (gold ${grade})`);
    }
  }
  return { expected, found, severities, falseAlarms, grades, projects, unexplained, missed, gradesOff };
}

/** Second batch, written after the fixes (gold before its one run): 某县 rows with a goal column. */
export const batch2County: [string, string, Row[]][] = [
  [
    "某县公共租赁住房维修改造",
    "维修改造公共租赁住房320套，改造后公租房完好率达到95%以上。",
    [
      ["产出指标", "数量指标", "维修改造公租房", "≥320套"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["产出指标", "时效指标", "完工时间", "2025年10月底前"],
      ["成本指标", "经济成本指标", "套均维修改造成本", "≤8000元/套"],
      ["效益指标", "社会效益指标", "公租房完好率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "承租户满意度", "≥90%"],
    ],
  ],
  [
    "某县安全生产应急演练",
    "组织开展安全生产应急演练20场次，提升企业和群众应急处置能力。",
    [
      ["产出指标", "数量指标", "开展安全生产应急演练", "≥12场次"],
      ["产出指标", "质量指标", "演练方案备案率", "100%"],
      ["产出指标", "时效指标", "演练完成时间", "2025年11月底前"],
      ["成本指标", "经济成本指标", "单场演练费用", "≤1.5万元/场"],
      ["效益指标", "社会效益指标", "企业应急预案备案率", "≥95%"],
      ["效益指标", "社会效益指标", "生产安全事故死亡人数", "较上年下降"],
      ["满意度指标", "服务对象满意度指标", "参演人员满意度", "≥90%"],
    ],
  ],
  [
    "某县禁毒社会工作服务",
    "购买禁毒社会工作服务，对全县260名社区戒毒社区康复人员开展帮扶管控。",
    [
      ["产出指标", "数量指标", "帮扶管控社区戒毒社区康复人员", "≥260人"],
      ["产出指标", "质量指标", "社区戒毒社区康复人员管控率", "≥95%"],
      ["产出指标", "时效指标", "服务完成时间", "2025年12月底前"],
      ["成本指标", "经济成本指标", "人均帮扶服务费用", "≤3000元/人·年"],
      ["效益指标", "社会效益指标", "社区戒毒人员复吸率", "≥15%"],
      ["效益指标", "社会效益指标", "社区戒毒社区康复执行率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ],
  ],
  [
    "某县重点优抚对象春节走访慰问",
    "春节期间走访慰问重点优抚对象1450人，每人慰问金500元。",
    [
      ["产出指标", "数量指标", "走访慰问重点优抚对象", "≥1450人"],
      ["产出指标", "质量指标", "慰问金发放准确率", "100%"],
      ["产出指标", "时效指标", "走访慰问完成时间", "2025年2月底前"],
      ["成本指标", "经济成本指标", "人均慰问金标准", "500元/人"],
      ["效益指标", "社会效益指标", "优抚对象获得感", "明显增强"],
      ["满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%"],
    ],
  ],
];

export const batch2CountyGold: Gold225[] = [
  { project: "某县公共租赁住房维修改造", expect: [], grade: "优", why: "clean" },
  {
    project: "某县安全生产应急演练",
    expect: ["GOAL-FIGURE/w:开展安全生产应急演练", "VAGUE/w:生产安全事故死亡人数"],
    grade: "良",
    why: "20场次 in the goal, 12场次 in the indicator; a fall with no figure beside a measured effect",
  },
  {
    project: "某县禁毒社会工作服务",
    expect: ["DIRECTION/e:社区戒毒人员复吸率"],
    grade: "良",
    why: "a relapse rate set as a floor; the other effect measured",
  },
  {
    project: "某县重点优抚对象春节走访慰问",
    expect: ["VAGUE/w:优抚对象获得感"],
    grade: "良",
    why: "the only effect vague (良 at best, round 96); nothing else to put right",
  },
];

/** Second batch: 某区 packed cells with funds. */
export const batch2Packed: CellValue[][] = [
  ["某区2025年项目支出绩效目标表", null, null, null, null, null],
  ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标", "资金（万元）"],
  pk(
    "某区残疾人联合会",
    "某区残疾人辅助器具适配",
    "为持证残疾人适配辅助器具800件，持证残疾人辅助器具适配率达到85%以上。",
    "1、产出指标：适配辅助器具≥800件；辅助器具适配合格率≥95%；2025年11月底前完成适配。2、成本指标：件均适配补贴≤1500元/件。3、效益指标：持证残疾人辅助器具适配率≥85%。4、满意度指标：残疾人满意度≥90%。",
    120,
  ),
  pk(
    "某区林业局",
    "某区林业有害生物防治",
    "开展松材线虫病等林业有害生物防治6万亩，林业有害生物成灾率控制在3‰以内。",
    "1、产出指标：林业有害生物防治面积≥6万亩；防治作业质量合格率≥95%；2025年9月底前完成防治作业。2、成本指标：亩均防治成本≤50元/亩。3、效益指标：林业有害生物成灾率≤3‰。4、满意度指标：林农满意度≥90%。",
    60,
  ),
  pk(
    "某区文化体育和旅游局",
    "某区全民健身器材更新",
    "更新社区健身路径器材120件，保障群众就近健身。",
    "1、产出指标：更新健身路径器材≥120件；器材安装验收合格率100%；2025年9月底前完成安装。2、成本指标：单件器材平均采购安装费用≤0.5万元/件。3、效益指标：社区健身器材完好率≥95%。4、满意度指标：健身群众满意度≥90%。",
    60,
  ),
  pk(
    "某区医疗保障局",
    "某区医保基金监管",
    "对全区定点医药机构开展医保基金使用监督检查，追回违规基金200万元以上。",
    "1、产出指标：检查定点医药机构100%；追回违规使用医保基金≥200万元；2025年12月底前完成年度检查。2、成本指标：单家机构检查费用≤2000元/家。3、效益指标：定点医药机构违规问题整改率100%。4、满意度指标：参保群众满意度≥90%。",
    50,
  ),
];

export const batch2PackedGold: Gold225[] = [
  { project: "某区残疾人辅助器具适配", expect: [], grade: "优", why: "clean: 800 × 1500元 = 120万元" },
  {
    project: "某区林业有害生物防治",
    expect: ["COST-OVER-BUDGET/w:亩均防治成本"],
    grade: "良",
    why: "6万亩 × 50元 = 300万元 against 60万元; a ceiling, so no 中 cap (round 219)",
  },
  { project: "某区全民健身器材更新", expect: [], grade: "优", why: "clean: 120 × 0.5万元 = 60万元" },
  {
    project: "某区医保基金监管",
    expect: ["UNIT-MISMATCH/w:检查定点医药机构"],
    grade: "良",
    why: "a count of places written as 100% (round 115)",
    corrected: {
      expect: ["COMPLETE-OUTPUT-DETAIL?"],
      grade: "优",
      why: "round 115 asks for the count only where the officer filed the line under 数量指标; with no 二级 written, 检查定点医药机构 100% may be the coverage (质量), and the outputs' want of a quality is a hint",
    },
  },
];

/** Second batch: a 申报表 form. */
export const batch2Form = form(
  "某县城乡住户收支调查",
  "某县统计局",
  36,
  "开展城乡住户收支调查，调查样本户300户，按月采集记账数据。",
  [
    ["产出指标", "数量指标", "调查样本户", "≥300户"],
    ["产出指标", "质量指标", "记账数据审核合格率", "≥98%"],
    ["产出指标", "时效指标", "数据报送时间", "每月5日前"],
    ["成本指标", "经济成本指标", "记账户补贴标准", "≤100元/户·月"],
    ["效益指标", "社会效益指标", "调查数据对决策的支撑作用", "有效支撑"],
    ["满意度指标", "服务对象满意度指标", "记账户满意度", "≥90%"],
  ],
);

export const batch2FormGold: Gold225[] = [
  {
    project: "某县城乡住户收支调查",
    expect: ["VAGUE/w:调查数据对决策的支撑作用"],
    grade: "良",
    why: "the only effect vague (良 at best); 300 × 100元 × 12 = 36万元",
  },
];

export const batch2Grids: [string, CellValue[][], Gold225[]][] = [
  [
    "batch2 county",
    [["某县2025年项目支出绩效目标表", null, null, null, null, null], ...withGoals(batch2County)],
    batch2CountyGold,
  ],
  ["batch2 packed", batch2Packed, batch2PackedGold],
  ["batch2 form", batch2Form, batch2FormGold],
];

/** A score's counts, without its lists: what the rounds' tests assert (rounds 225 and 230). */
export const numbers = (s: ReturnType<typeof score>) => ({
  expected: s.expected,
  found: s.found,
  severities: s.severities,
  falseAlarms: s.falseAlarms,
  grades: s.grades,
  projects: s.projects,
});
