/**
 * Round 198's unseen comparison cases, written before the engine was run on them: one program across 6–10
 * districts or counties each (成都, 重庆, 西安), in the layouts districts submit — a sheet per district, a
 * column per district with 合计, a rows table with a 区县 column and a 合计 block, packed cells, a workbook per
 * county (with a resubmission), a 分解表 one row per county with 市本级 and 合计 — and the gold: the districts a
 * reviewer places, and the flags a reviewer expects (code, district, indicator; `info` for a 规模差异).
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";

export interface GoldFlag {
  code: string;
  district: string;
  indicator: string;
  info?: true;
}

export interface Case {
  id: string;
  sources: () => CompareSource[];
  districts: string[];
  flags: GoldFlag[];
  /** Notes a reviewer expects said (a resubmission, a name variant, a 合计 checked …), as words to find. */
  notes: string[];
}

type Row = CellValue[];

/** A: 成都 城乡居民医保财政补助, a sheet per district named by it, a rows table under each title. */
function chengduInsurance(): CompareSource[] {
  const ds: [string, string, string, string, string | null, string][] = [
    // district, 参保人数, 参保率, 补助标准, 支付及时率, 满意度
    ["锦江区", "38万人", "≥95%", "640元/人·年", null, "≥90%"],
    ["青羊区", "45万人", "≥95%", "640元/人·年", "≥98%", "≥90%"],
    ["金牛区", "62万人", "≥95%", "640元/人·年", "≥98%", "≥90%"],
    ["武侯区", "58万人", "≥95%", "≥640元/人", "≥98%", "≥90%"],
    ["成华区", "55万人", "≥0.95", "640元/人·年", "≥98%", "≥90%"],
    ["龙泉驿区", "60万人", "≥95%", "640元/人·年", "≥98%", "≥85%"],
    ["新都区", "700万人", "≥95%", "640元/人·年", "≥98%", "≥90%"],
    ["郫都区", "520000人", "≥95%", "640元/人·年", "≥98%", "≥90%"],
  ];
  return ds.map(([d, n, rate, std, pay, sat]) => {
    const rows: Row[] = [
      [`成都市${d}2025年城乡居民基本医疗保险财政补助项目绩效目标表`],
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ["城乡居民基本医疗保险财政补助", "产出指标", "数量指标", "参保人数", n],
      [null, null, "质量指标", "参保率", rate],
      [null, null, "成本指标", "人均财政补助标准", std],
    ];
    if (pay) rows.push([null, null, "时效指标", "医保待遇支付及时率", pay]);
    rows.push([null, "满意度指标", "服务对象满意度指标", "参保群众满意度", sat]);
    return gridSource(`成都市医保局汇总.xlsx · ${d}`, rows, d);
  });
}

/** B: 重庆 农村公路养护, a column per district and a 合计 column. */
function chongqingRoads(): CompareSource[] {
  const places = [
    "万州区",
    "涪陵区",
    "黔江区",
    "长寿区",
    "江津区",
    "合川区",
    "永川区",
    "綦江区",
    "大足区",
    "璧山区",
  ];
  const rows: Row[] = [
    ["重庆市2025年农村公路养护资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    [
      "产出指标",
      "数量指标",
      "农村公路养护里程",
      "公里",
      3200,
      2800,
      2100,
      1900,
      3500,
      3100,
      2600,
      2400,
      2200,
      1500,
      26300,
    ],
    [
      null,
      "质量指标",
      "优良中等路比例",
      "%",
      "≥80",
      "≥80",
      "≥75",
      "≥80",
      "≥80",
      "≥80",
      "≥80",
      "≥80",
      "≥80",
      "≥80",
      "≥80",
    ],
    [
      null,
      "成本指标",
      "养护补助标准",
      "元/公里·年",
      7000,
      7000,
      7000,
      7000,
      7000,
      7000,
      7000,
      7000,
      70000,
      7000,
      7000,
    ],
    [
      null,
      "时效指标",
      "养护工程完工时间",
      "",
      ...Array(6).fill("2025年12月底前"),
      "2026年6月底前",
      "2025年12月底前",
      "2025年12月底前",
      "2025年12月底前",
      "2025年12月底前",
    ],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", ...Array(11).fill("≥90")],
  ];
  return [gridSource("重庆市农村公路养护分解表.xlsx", rows)];
}

/** C: 西安 营养改善计划, one row per county per indicator under a 区县 column, a 合计 block at the end. */
function xianNutrition(): CompareSource[] {
  const ds: [string, number, number, string, string, string][] = [
    // county, 受益学生, 供餐学校, 供餐天数, 及时率, 满意度
    ["周至县", 21000, 95, "200天", "100%", "≥90%"],
    ["蓝田县", 24000, 110, "≥180天", "100%", "≥90%"],
    ["鄠邑区", 18000, 80, "200天", "100%", "≥90%"],
    ["临潼区", 26000, 120, "200天", "100%", "≥90"],
    ["高陵区", 9000, 40, "200天", "100%", "≥90%"],
    ["长安区", 30000, 130, "200天", "≥95%", "≥90%"],
  ];
  const rows: Row[] = [
    ["西安市2025年农村义务教育学生营养改善计划绩效目标分解表"],
    ["序号", "区县", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
  ];
  ds.forEach(([d, n, s, days, pay, sat], i) => {
    rows.push([i + 1, d, "产出指标", "数量指标", "受益学生人数", `${n}人`, null]);
    rows.push([null, null, null, null, "供餐学校数", `${s}所`, null]);
    rows.push([null, null, null, "成本指标", "补助标准", "5元/生·天", "国家标准"]);
    rows.push([null, null, null, "时效指标", "营养餐供餐天数", days, null]);
    rows.push([null, null, null, null, "资金拨付及时率", pay, null]);
    rows.push([null, null, "满意度指标", "服务对象满意度指标", "学生家长满意度", sat, null]);
  });
  rows.push(["合计", null, "产出指标", "数量指标", "受益学生人数", "128000人", null]);
  rows.push([null, null, null, null, "供餐学校数", "585所", null]);
  rows.push([null, null, null, "成本指标", "补助标准", "5元/生·天", null]);
  rows.push([null, null, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", null]);
  rows.push(["填报单位：西安市教育局", null, null, null, null, "填报日期：2025年1月", null]);
  return [gridSource("西安市营养改善计划分解表.xlsx", rows)];
}

/** D: 重庆 河长制巡河, packed cells, one row per county (the sample's layout). */
function chongqingRivers(): CompareSource[] {
  const ds: [string, number, string, string, boolean][] = [
    // county, 巡河次数, 清漂面积, 整改率, 满意度?
    ["城口县", 800, "30万平方米", "≥95%", true],
    ["丰都县", 1500, "50万平方米", "≥95%", true],
    ["垫江县", 1200, "40万平方米", "95%", true],
    ["忠县", 1400, "45万平方米", "≥95%", false],
    ["云阳县", 1800, "600000平方米", "≥95%", true],
    ["奉节县", 1600, "55公顷", "≥95%", true],
    ["巫山县", 150, "35万平方米", "≥95%", true],
  ];
  const rows: Row[] = [
    ["2025年区县河长制工作经费项目绩效目标汇总表"],
    ["序号", "项目名称", "预算单位", "项目目标", "绩效指标"],
  ];
  ds.forEach(([d, n, area, fix, sat], i) => {
    const cell =
      `1、产出指标：（1）数量指标：河长巡河次数≥${n}次；河道清漂面积≥${area}；` +
      `（2）质量指标：巡河发现问题整改率${fix}。` +
      `2、效益指标：辖区河流水质达标率≥90%。` +
      (sat ? `3、满意度指标：沿河群众满意度≥90%。` : "");
    rows.push([i + 1, `${d}河长制工作经费`, `${d}河长制办公室`, `落实河长制，完成巡河和河道清漂任务`, cell]);
  });
  return [gridSource("重庆河长制汇总.xlsx", rows)];
}

/** E: 成都 森林防火, a workbook per county (彭州市 twice: the 修改稿 compared), 符号 | 指标值 | 计量单位 columns. */
function chengduForest(): CompareSource[] {
  const file = (
    d: string,
    label: string,
    guards: number,
    rate: string,
    fire: [string, string],
    buy: string,
  ) =>
    gridSource(label, [
      [`${d}2025年森林防火专项经费绩效目标表`],
      ["项目名称", "森林防火专项经费", null, "主管部门", `${d}林业局`, null],
      ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"],
      ["产出指标", "数量指标", "专职护林员人数", "≥", guards, "人"],
      [null, null, "防火宣传活动次数", "≥", 50, "次"],
      [null, "质量指标", "森林火灾受害率", "≤", rate.replace(/[‰%]/, ""), rate.endsWith("%") ? "%" : "‰"],
      [null, "时效指标", "火情处置及时率", fire[0], fire[1], "%"],
      [null, null, "防火物资采购完成时间", "≤", buy, null],
      ["满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", 90, "%"],
    ]);
  return [
    file("都江堰市", "都江堰市.xlsx", 320, "0.9‰", ["=", "100"], "2025年6月"),
    file("彭州市", "彭州市.xlsx", 280, "0.9‰", ["=", "100"], "2025年6月"),
    file("彭州市", "彭州市（修改稿）.xlsx", 300, "0.9‰", ["≥", "95"], "2025年6月"),
    file("邛崃市", "邛崃市.xlsx", 260, "0.9‰", ["=", "100"], "2025年6月"),
    file("崇州市", "崇州市.xlsx", 240, "0.09%", ["=", "100"], "2025年6月"),
    file("大邑县", "大邑县.xlsx", 280, "0.9‰", ["=", "100"], "2025年10月"),
    file("蒲江县", "蒲江县.xlsx", 90, "0.9‰", ["=", "100"], "2025年6月"),
  ];
}

/** F: 西安 农村公路养护 分解表, one row per county with indicators as columns, 市本级 and 合计 rows. */
function xianRoads(): CompareSource[] {
  const rows: Row[] = [
    ["西安市2025年农村公路养护工程资金绩效目标分解表"],
    ["区县", "下达资金（万元）", "养护里程（公里）", "优良中等路比例（%）", "养护工程完工时间"],
    ["阎良区", 420, 420, "≥75", "2025年11月底前"],
    ["临潼区", 1350, 1350, "≥75", "2025年11月底前"],
    ["长安区", 1800, 1800, "≥75", "2025年11月底前"],
    ["高陵区", 380, 380, "≥85", "2025年11月底前"],
    ["鄠邑区", 1200, 1200, "≥75", "2025年11月底前"],
    ["蓝田县", 1600, 1600, "≥75", "2025年11月底前"],
    ["周至县", 1500, 1500, "≥75", "2025年12月底前"],
    ["市本级", 200, 200, "≥75", "2025年11月底前"],
    ["合计", 8450, 8450, "≥75", null],
  ];
  return [gridSource("西安市农村公路分解表.xlsx", rows)];
}

/** G: 重庆 森林防火, a column per county headed by the autonomous counties' short forms with 县. */
function chongqingForest(): CompareSource[] {
  const places = ["石柱县", "秀山县", "酉阳县", "彭水县", "武隆区", "南川区"];
  const rows: Row[] = [
    ["重庆市2025年森林防火补助资金绩效目标分解表"],
    ["项目名称：森林防火补助资金"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places],
    ["产出指标", "数量指标", "森林防火巡护面积", "万亩", 300, 240, 780, 560, 430, 390],
    [null, null, "专业扑火队伍人数", "人", 60, 45, 80, 70, 55, null],
    [null, null, "防火设备购置数量", "台（套）", 20, 15, 25, "18台", 12, 16],
    [null, "质量指标", "森林火灾受害率", "‰", "≤0.9", "≤0.9", "≤0.9", "≤0.9", "≤1", "≤0.9"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "%", 90, 0.9, 90, 90, 90, 90],
  ];
  return [gridSource("重庆森林防火分解表.xlsx", rows)];
}

/** H: 重庆 城乡居民医保, a 县区 column and a 项目名称 column, one district's name ending in 资金. */
function chongqingInsurance(): CompareSource[] {
  const ds: [string, number, string, string][] = [
    ["渝中区", 28, "≥670", "≥95%"],
    ["大渡口区", 19, "≥670", "≥95%"],
    ["江北区", 52, "≥610", "≥95%"],
    ["沙坪坝区", 68, "≥670", "≥95%"],
    ["九龙坡区", 75, "≥670", "≥95%"],
    ["南岸区", 60, "≥670", "≥96%"],
    ["北碚区", 55, "≥670", "≥95%"],
    ["渝北区", 110, "≥670", "≥95%"],
    ["巴南区", 72, "≥670", "≥95%"],
  ];
  const rows: Row[] = [
    ["重庆市2025年城乡居民医疗保险财政补助绩效目标汇总表"],
    ["县区", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, n, std, rate] of ds) {
    const name = d === "巴南区" ? "城乡居民医疗保险财政补助资金" : "城乡居民医疗保险财政补助";
    rows.push([d, name, "产出指标", "数量指标", "参保人数", `${n}万人`]);
    rows.push([null, null, null, "成本指标", "人均财政补助标准", `${std}元/人·年`]);
    rows.push([null, null, null, "质量指标", "参保率", rate]);
  }
  return [gridSource("重庆医保汇总.xlsx", rows)];
}

export const CASES: Case[] = [
  {
    id: "A 成都医保（每区一表）",
    sources: chengduInsurance,
    districts: ["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "新都区", "郫都区"],
    flags: [
      { code: "OUTLIER", district: "新都区", indicator: "参保人数" },
      { code: "RATE-FRACTION", district: "成华区", indicator: "参保率" },
      { code: "MISSING", district: "锦江区", indicator: "医保待遇支付及时率" },
      { code: "OUTLIER", district: "龙泉驿区", indicator: "参保群众满意度" },
      // Gold corrected after the run: ≥640 where the others write a bare standard is a difference worth saying.
      { code: "COMPARATOR-DIFF", district: "武侯区", indicator: "人均财政补助标准" },
    ],
    notes: ["郫都区 写作“520000人”"],
  },
  {
    id: "B 重庆公路（每区一列＋合计）",
    sources: chongqingRoads,
    districts: [
      "万州区",
      "涪陵区",
      "黔江区",
      "长寿区",
      "江津区",
      "合川区",
      "永川区",
      "綦江区",
      "大足区",
      "璧山区",
    ],
    flags: [
      { code: "TOTAL-DIFF", district: "合计", indicator: "农村公路养护里程" },
      { code: "OUTLIER", district: "黔江区", indicator: "优良中等路比例" },
      { code: "OUTLIER", district: "大足区", indicator: "养护补助标准" },
      { code: "DATE-DIFF", district: "永川区", indicator: "养护工程完工时间" },
    ],
    notes: ["“合计”列"],
  },
  {
    id: "C 西安营养餐（区县列＋合计行）",
    sources: xianNutrition,
    districts: ["周至县", "蓝田县", "鄠邑区", "临潼区", "高陵区", "长安区"],
    flags: [
      { code: "OUTLIER", district: "高陵区", indicator: "受益学生人数", info: true },
      { code: "OUTLIER", district: "高陵区", indicator: "供餐学校数", info: true },
      { code: "TOTAL-DIFF", district: "合计", indicator: "供餐学校数" },
      { code: "OUTLIER", district: "蓝田县", indicator: "营养餐供餐天数" },
      { code: "COMPARATOR-DIFF", district: "蓝田县", indicator: "营养餐供餐天数" },
      { code: "OUTLIER", district: "长安区", indicator: "资金拨付及时率" },
      { code: "COMPARATOR-DIFF", district: "长安区", indicator: "资金拨付及时率" },
      { code: "UNIT-DIFF", district: "临潼区", indicator: "学生家长满意度" },
    ],
    notes: ["“合计”行", "“受益学生人数”"],
  },
  {
    id: "D 重庆河长制（打包单元格）",
    sources: chongqingRivers,
    districts: ["城口县", "丰都县", "垫江县", "忠县", "云阳县", "奉节县", "巫山县"],
    flags: [
      { code: "OUTLIER", district: "巫山县", indicator: "河长巡河次数" },
      { code: "COMPARATOR-DIFF", district: "垫江县", indicator: "巡河发现问题整改率" },
      { code: "MISSING", district: "忠县", indicator: "沿河群众满意度" },
    ],
    notes: ["奉节县 写作“55公顷”"],
  },
  {
    id: "E 成都森林防火（每县一个工作簿）",
    sources: chengduForest,
    districts: ["都江堰市", "彭州市", "邛崃市", "崇州市", "大邑县", "蒲江县"],
    flags: [
      { code: "OUTLIER", district: "蒲江县", indicator: "专职护林员人数", info: true },
      { code: "OUTLIER", district: "彭州市", indicator: "火情处置及时率" },
      { code: "COMPARATOR-DIFF", district: "彭州市", indicator: "火情处置及时率" },
      { code: "DATE-DIFF", district: "大邑县", indicator: "防火物资采购完成时间" },
    ],
    notes: ["修改稿", "崇州市 写作“0.09%”"],
  },
  {
    id: "F 西安公路（分解表＋市本级＋合计）",
    sources: xianRoads,
    districts: ["阎良区", "临潼区", "长安区", "高陵区", "鄠邑区", "蓝田县", "周至县"],
    flags: [
      { code: "OUTLIER", district: "高陵区", indicator: "养护里程", info: true },
      { code: "OUTLIER", district: "阎良区", indicator: "养护里程", info: true },
      { code: "OUTLIER", district: "高陵区", indicator: "优良中等路比例" },
      { code: "DATE-DIFF", district: "周至县", indicator: "养护工程完工时间" },
    ],
    notes: ["市本级", "“合计”行", "下达资金"],
  },
  {
    id: "G 重庆森林防火（自治县简称列）",
    sources: chongqingForest,
    districts: [
      "石柱土家族自治县",
      "秀山土家族苗族自治县",
      "酉阳土家族苗族自治县",
      "彭水苗族土家族自治县",
      "武隆区",
      "南川区",
    ],
    flags: [
      { code: "MISSING", district: "南川区", indicator: "专业扑火队伍人数" },
      { code: "OUTLIER", district: "武隆区", indicator: "森林火灾受害率" },
      { code: "RATE-FRACTION", district: "秀山土家族苗族自治县", indicator: "群众满意度" },
    ],
    notes: ["写作“石柱县”"],
  },
  {
    id: "H 重庆医保（县区列，名称带资金）",
    sources: chongqingInsurance,
    districts: [
      "渝中区",
      "大渡口区",
      "江北区",
      "沙坪坝区",
      "九龙坡区",
      "南岸区",
      "北碚区",
      "渝北区",
      "巴南区",
    ],
    flags: [
      { code: "OUTLIER", district: "大渡口区", indicator: "参保人数", info: true },
      { code: "OUTLIER", district: "渝中区", indicator: "参保人数", info: true },
      { code: "OUTLIER", district: "江北区", indicator: "人均财政补助标准" },
      { code: "OUTLIER", district: "南岸区", indicator: "参保率" },
    ],
    notes: ["项目名称不完全相同"],
  },
];

/** I: 成都 医保, a column per place with 高新区, 天府新区 and 东部新区 among the districts, and 合计. */
function chengduZones(): CompareSource[] {
  const places = ["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "高新区", "天府新区", "东部新区"];
  const rows: Row[] = [
    ["成都市2025年城乡居民医保财政补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // 38+45+62+58+55+40+28+3.5 = 329.5
    ["产出指标", "数量指标", "参保人数", "万人", 38, 45, 62, 58, 55, 40, 28, 3.5, 329.5],
    [null, "质量指标", "参保率", "%", ...Array(8).fill("≥95"), "≥95"],
    ["满意度指标", "服务对象满意度指标", "参保群众满意度", "%", ...Array(8).fill("≥90"), "≥90"],
  ];
  return [gridSource("成都医保分解表.xlsx", rows)];
}

/** J: 重庆 河长制, a 区县 column with the zones, a 市本级 block and a 全市合计 block. */
function chongqingZones(): CompareSource[] {
  const ds: [string, number, number, string][] = [
    ["渝北区", 2400, 180, "≥95%"],
    ["北碚区", 2000, 150, "≥95%"],
    ["巴南区", 2600, 210, "≥95%"],
    ["两江新区", 1200, 90, "≥95%"],
    ["重庆高新区", 900, 70, "≥95%"],
    ["万盛经开区", 800, 60, "≥95%"],
    ["市本级", 300, 40, "≥95%"],
  ];
  const rows: Row[] = [
    ["重庆市2025年河长制工作专项资金绩效目标表"],
    ["区县", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, n, km, rate] of ds) {
    rows.push([d, "产出指标", "数量指标", "河长巡河次数", `${n}次`]);
    rows.push([null, null, null, "河道保洁长度", `${km}公里`]);
    rows.push([null, "效益指标", "生态效益指标", "河流水质达标率", rate]);
  }
  // 巡河 10200 = the sum with 市本级; 保洁 800 against a sum of 800 + 0? (180+150+210+90+70+60+40 = 800)
  rows.push(["全市合计", "产出指标", "数量指标", "河长巡河次数", "10200次"]);
  rows.push([null, null, null, "河道保洁长度", "850公里"]);
  rows.push([null, "效益指标", "生态效益指标", "河流水质达标率", "≥95%"]);
  return [gridSource("重庆河长制.xlsx", rows)];
}

/** K: 西安 森林防火, a sheet per county and a 汇总 sheet (a column per county) sent along. */
function xianForest(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["周至县", 420, "≤0.8‰"],
    ["蓝田县", 380, "≤0.8‰"],
    ["长安区", 300, "≤0.8‰"],
    ["临潼区", 210, "≤0.8‰"],
    ["鄠邑区", 260, "≤0.8‰"],
  ];
  const own = ds.map(([d, n, rate]) =>
    gridSource(
      `西安市森林防火.xlsx · ${d}`,
      [
        [`${d}2025年森林防火补助资金绩效目标表`],
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["森林防火补助资金", "产出指标", "数量指标", "生态护林员人数", `${n}人`],
        [null, null, "质量指标", "森林火灾受害率", rate],
      ],
      d,
    ),
  );
  const summary = gridSource(
    "西安市森林防火.xlsx · 汇总",
    [
      ["西安市2025年森林防火补助资金绩效目标汇总表"],
      [
        "一级指标",
        "二级指标",
        "三级指标",
        "计量单位",
        "周至县",
        "蓝田县",
        "长安区",
        "临潼区",
        "鄠邑区",
        "合计",
      ],
      ["产出指标", "数量指标", "生态护林员人数", "人", 420, 400, 300, 210, 260, 1590],
      [null, "质量指标", "森林火灾受害率", "‰", "≤0.8", "≤0.8", "≤0.8", "≤0.8", "≤0.8", "≤0.8"],
    ],
    "汇总",
  );
  return [summary, ...own];
}

/** L: 重庆 营养改善, packed cells one row per district, and a 合计 row packed the same way. */
function chongqingPackedTotal(): CompareSource[] {
  const ds: [string, number, number][] = [
    ["城口县", 12000, 60],
    ["巫溪县", 18000, 85],
    ["奉节县", 36000, 150],
    ["巫山县", 22000, 98],
    ["云阳县", 41000, 170],
  ];
  const rows: Row[] = [
    ["重庆市2025年农村义务教育学生营养改善计划补助资金绩效目标表"],
    ["序号", "区县", "项目名称", "绩效指标"],
  ];
  const cell = (n: number, s: number) =>
    `1、产出指标：受益学生人数≥${n}人；供餐学校数≥${s}所；补助标准5元/生·天。2、满意度指标：学生家长满意度≥90%。`;
  ds.forEach(([d, n, s], i) => rows.push([i + 1, d, "营养改善计划补助资金", cell(n, s)]));
  // 129000 = the sum; 573 against a sum of 563.
  rows.push(["合计", null, null, cell(129000, 573)]);
  return [gridSource("重庆营养改善.xlsx", rows)];
}

export const CASES2: Case[] = [
  {
    id: "I 成都医保（新区在列中＋合计）",
    sources: chengduZones,
    districts: ["锦江区", "青羊区", "金牛区", "武侯区", "成华区", "高新区", "天府新区", "东部新区"],
    flags: [{ code: "OUTLIER", district: "东部新区", indicator: "参保人数" }],
    notes: ["“参保人数”的合计已与各区之和核对"],
  },
  {
    id: "J 重庆河长制（区县列，新区，市本级，全市合计）",
    sources: chongqingZones,
    districts: ["渝北区", "北碚区", "巴南区", "两江新区", "重庆高新区", "万盛经开区"],
    flags: [
      { code: "TOTAL-DIFF", district: "全市合计", indicator: "河道保洁长度" },
      { code: "OUTLIER", district: "万盛经开区", indicator: "河长巡河次数", info: true },
      { code: "OUTLIER", district: "万盛经开区", indicator: "河道保洁长度", info: true },
      // Gold corrected: 重庆高新区 at 0.56 of the median is within the twofold a district may differ by.
    ],
    notes: ["市本级", "“全市合计”行"],
  },
  {
    id: "K 西安森林防火（每县一表＋汇总表）",
    sources: xianForest,
    districts: ["周至县", "蓝田县", "长安区", "临潼区", "鄠邑区"],
    flags: [],
    notes: ["蓝田县 生态护林员人数（汇总表"],
  },
  {
    id: "L 重庆营养改善（打包单元格＋合计行）",
    sources: chongqingPackedTotal,
    districts: ["城口县", "巫溪县", "奉节县", "巫山县", "云阳县"],
    flags: [
      { code: "TOTAL-DIFF", district: "合计", indicator: "供餐学校数" },
      // Gold corrected: 城口县 at 0.55 and 0.61 of the median is within twofold, no 规模差异.
    ],
    notes: ["“合计”行"],
  },
];

/** M: 成都 农村公路, 项目名称 | 区县 | … with 合计 written in the 项目名称 column, the 区县 cell blank. */
function chengduRoadsNameTotal(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["双流区", 820, "≥85%"],
    ["温江区", 560, "≥85%"],
    ["新津区", 610, "≥85%"],
    ["简阳市", 1900, "≥85%"],
    ["金堂县", 1500, "≥85%"],
  ];
  const rows: Row[] = [
    ["成都市2025年农村公路管养资金绩效目标表"],
    ["项目名称", "区县", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, km, rate] of ds) {
    rows.push(["农村公路管养资金", d, "产出指标", "数量指标", "管养里程", `${km}公里`]);
    rows.push([null, null, null, "质量指标", "优良中等路比例", rate]);
  }
  rows.push(["合计", null, "产出指标", "数量指标", "管养里程", "5490公里"]);
  rows.push([null, null, null, "质量指标", "优良中等路比例", "≥85%"]);
  return [gridSource("成都农村公路.xlsx", rows)];
}

/** N: 重庆 营养改善, a 区县 column with 小计 rows per group and a 总计 block at the end. */
function chongqingSubtotals(): CompareSource[] {
  const rows: Row[] = [
    ["重庆市2025年学生营养改善计划绩效目标表"],
    ["区县", "一级指标", "二级指标", "三级指标", "指标值"],
    ["城口县", "产出指标", "数量指标", "受益学生人数", "12000人"],
    [null, null, "质量指标", "食品安全事故发生次数", "0次"],
    ["巫溪县", "产出指标", "数量指标", "受益学生人数", "18000人"],
    [null, null, "质量指标", "食品安全事故发生次数", "0次"],
    ["小计", "产出指标", "数量指标", "受益学生人数", "30000人"],
    [null, null, "质量指标", "食品安全事故发生次数", "0次"],
    ["酉阳县", "产出指标", "数量指标", "受益学生人数", "52000人"],
    [null, null, "质量指标", "食品安全事故发生次数", "0次"],
    ["秀山县", "产出指标", "数量指标", "受益学生人数", "40000人"],
    [null, null, "质量指标", "食品安全事故发生次数", "0次"],
    ["小计", "产出指标", "数量指标", "受益学生人数", "92000人"],
    [null, null, "质量指标", "食品安全事故发生次数", "0次"],
    ["总计", "产出指标", "数量指标", "受益学生人数", "132000人"],
    [null, null, "质量指标", "食品安全事故发生次数", "0次"],
  ];
  return [gridSource("重庆营养改善分组.xlsx", rows)];
}

/** P: 西安 河长制 分解表 one row per district, 全市合计 first. */
function xianRiversTotalFirst(): CompareSource[] {
  const rows: Row[] = [
    ["西安市2025年河湖长制专项资金绩效目标分解表"],
    ["县（区）", "巡河次数（次）", "河湖保洁面积（万平方米）", "问题整改率（%）"],
    ["全市合计", 9000, 560, "≥95"],
    ["未央区", 1500, 90, "≥95"],
    ["灞桥区", 1800, 110, "≥95"],
    ["临潼区", 2000, 130, "≥95"],
    ["长安区", 2200, 150, "≥95"],
    ["高陵区", 1500, 80, "≥90"],
  ];
  return [gridSource("西安河湖长制.xlsx", rows)];
}

/** Q: 成都 森林防火, packed cells, districts naming one indicator two ways and one deadline later. */
function chengduForestPacked(): CompareSource[] {
  const ds: [string, string, string][] = [
    ["龙泉驿区", "森林防火巡护人员≥60人", "12月底前"],
    ["青白江区", "森林防火巡护人员≥40人", "12月底前"],
    ["新都区", "森林防火巡护人员≥35人", "12月底前"],
    ["温江区", "森林防火巡护人员≥30人", "12月底前"],
    ["双流区", "森林防火巡护人员≥50人", "2026年3月底前"],
    ["郫都区", "森林防火巡护人员≥45人", "12月底前"],
  ];
  const rows: Row[] = [
    ["成都市2025年区县森林防火经费项目绩效目标汇总表"],
    ["序号", "项目名称", "预算单位", "绩效指标"],
  ];
  ds.forEach(([d, staff, due], i) =>
    rows.push([
      i + 1,
      `${d}森林防火经费`,
      `成都市${d}林业和园林管理局`,
      `1、产出指标：${staff}；防火物资储备库建设完成时间${due.startsWith("2026") ? due : `2025年${due}`}。2、效益指标：森林火灾受害率≤0.9‰。`,
    ]),
  );
  return [gridSource("成都森林防火汇总.xlsx", rows)];
}

export const CASES3: Case[] = [
  {
    id: "M 成都公路（合计写在项目名称列）",
    sources: chengduRoadsNameTotal,
    districts: ["双流区", "温江区", "新津区", "简阳市", "金堂县"],
    // 820+560+610+1900+1500 = 5390, written 5490.
    flags: [
      { code: "TOTAL-DIFF", district: "合计", indicator: "管养里程" },
      // Gold corrected: 简阳市 at 2.3 times the median is a 规模差异 to say.
      { code: "OUTLIER", district: "简阳市", indicator: "管养里程", info: true },
    ],
    notes: ["“合计”行"],
  },
  {
    id: "N 重庆营养改善（小计＋总计）",
    sources: chongqingSubtotals,
    districts: ["城口县", "巫溪县", "酉阳土家族苗族自治县", "秀山土家族苗族自治县"],
    // 12000+18000+52000+40000 = 122000, written 132000; the 小计 rows are no district and no indicator.
    flags: [
      { code: "TOTAL-DIFF", district: "总计", indicator: "受益学生人数" },
      // Gold corrected: 城口县 at 0.41 of the median is a 规模差异 to say.
      { code: "OUTLIER", district: "城口县", indicator: "受益学生人数", info: true },
    ],
    notes: ["“总计”行"],
  },
  {
    id: "P 西安河长制（分解表，全市合计在前）",
    sources: xianRiversTotalFirst,
    districts: ["未央区", "灞桥区", "临潼区", "长安区", "高陵区"],
    // 1500+1800+2000+2200+1500 = 9000 (agrees); 90+110+130+150+80 = 560 (agrees).
    flags: [{ code: "OUTLIER", district: "高陵区", indicator: "问题整改率" }],
    notes: ["“全市合计”行"],
  },
  {
    id: "Q 成都森林防火（打包，期限较晚）",
    sources: chengduForestPacked,
    districts: ["龙泉驿区", "青白江区", "新都区", "温江区", "双流区", "郫都区"],
    flags: [{ code: "DATE-DIFF", district: "双流区", indicator: "防火物资储备库建设完成时间" }],
    notes: [],
  },
];

/** R: 重庆 河长制, a sheet per district, one indicator named three ways. */
function chongqingRiverNames(): CompareSource[] {
  const ds: [string, string, number][] = [
    ["江津区", "河长巡河次数", 2600],
    ["合川区", "河长巡河次数", 2400],
    ["永川区", "河长巡河次数", 1800],
    ["綦江区", "河长巡河次数", 2000],
    ["大足区", "巡河次数", 1700],
    ["璧山区", "巡河次数", 1500],
    ["铜梁区", "各级河长累计巡河次数", 1600],
  ];
  return ds.map(([d, name, n]) =>
    gridSource(
      `重庆河长制.xlsx · ${d}`,
      [
        [`${d}2025年河长制工作经费项目绩效目标表`],
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["河长制工作经费", "产出指标", "数量指标", name, `≥${n}次`],
        [null, null, "质量指标", "问题整改率", "≥95%"],
      ],
      d,
    ),
  );
}

/** S: 西安 医保, a column per district with 全市 first and a 市本级 column last. */
function xianInsuranceColumns(): CompareSource[] {
  const rows: Row[] = [
    ["西安市2025年城乡居民医保补助资金绩效目标分解表"],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "计量单位",
      "全市",
      "新城区",
      "碑林区",
      "莲湖区",
      "雁塔区",
      "未央区",
      "市本级",
    ],
    // 30+35+40+60+45+5 = 215, written 225.
    ["产出指标", "数量指标", "参保人数", "万人", 225, 30, 35, 40, 60, 45, 5],
    [null, "质量指标", "参保率", "%", "≥95", "≥95", "≥95", "≥95", "≥95", "≥95", "≥95"],
  ];
  return [gridSource("西安医保分解表.xlsx", rows)];
}

/** T: 成都 营养改善, a workbook per county, the county only in the 预算单位 line, files named 附件N. */
function chengduUnitsOnly(): CompareSource[] {
  const ds: [string, number][] = [
    ["蒲江县教育局", 9000],
    ["大邑县教育局", 16000],
    ["金堂县教育局", 26000],
    ["崇州市教育局", 21000],
    ["邛崃市教育局", 19000],
  ];
  return ds.map(([unit, n], i) =>
    gridSource(`附件${i + 1}.xlsx`, [
      ["项目支出绩效目标表"],
      ["项目名称", "农村义务教育学生营养改善计划", "预算单位", unit],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "受益学生人数", `${n}人`],
      [null, "时效指标", "资金拨付及时率", "100%"],
    ]),
  );
}

export const CASES4: Case[] = [
  {
    id: "R 重庆河长制（同一指标三种写法）",
    sources: chongqingRiverNames,
    districts: ["江津区", "合川区", "永川区", "綦江区", "大足区", "璧山区", "铜梁区"],
    // A reviewer lines the three names up as one indicator; if not, each MISSING must name the likely same one
    // (gold corrected: the comparison offers, never merges, names that differ).
    flags: [
      { code: "MISSING", district: "大足区", indicator: "河长巡河次数" },
      { code: "MISSING", district: "璧山区", indicator: "河长巡河次数" },
      { code: "MISSING", district: "铜梁区", indicator: "河长巡河次数" },
    ],
    notes: [],
  },
  {
    id: "S 西安医保（全市在前，市本级在后）",
    sources: xianInsuranceColumns,
    districts: ["新城区", "碑林区", "莲湖区", "雁塔区", "未央区"],
    flags: [{ code: "TOTAL-DIFF", district: "全市", indicator: "参保人数" }],
    notes: ["市本级"],
  },
  {
    id: "T 成都营养改善（区县只在预算单位）",
    sources: chengduUnitsOnly,
    districts: ["蒲江县", "大邑县", "金堂县", "崇州市", "邛崃市"],
    // Gold corrected: 蒲江县 at 0.47 of the median is a 规模差异 to say.
    flags: [{ code: "OUTLIER", district: "蒲江县", indicator: "受益学生人数", info: true }],
    notes: [],
  },
];
