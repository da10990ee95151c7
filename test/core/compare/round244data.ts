/**
 * Round 244's comparison cases (区域对比), written with their gold before the engine was run on them: standards
 * per 生, 人 and 户 with the periods mixed among districts — 元/生·学期 among 元/生·年 (two terms a school's year),
 * 元/人·月 among 元/人·年 and the other way, 元/人·季度, 元/户·半年 —, in counties' 分解表 (a column per county, the
 * unit in a 计量单位 column or in each cell), a sheet per county and a rows table under a county column. Real
 * slips put in: a zero too many or too few on a standard, a month's figure written per year (830元/人·年 among
 * 9960), a term's figure per year with nothing saying so, 每生每学期500元 as a term's standard written in words,
 * ≥95% among 100%, a missing indicator. The gold follows rounds 138–239's decisions (a size within five times of
 * the median a 规模差异, `info`; a standard most share differing a finding; ≥ among bare figures a
 * COMPARATOR-DIFF) and round 244's (a period that converts for certain compared converted, no flag).
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";

type Row = CellValue[];

/** A: 毕节 寄宿生生活补助, a sheet per county; 元/生·学期 twice, 10000 among 1000, 625 among 1250, ≥95%. */
function bijieBoarders(): CompareSource[] {
  const ds: [string, string, string, string, string, boolean][] = [
    // county, 人数, 小学标准, 初中标准, 及时率, 满意度 written
    ["七星关区", "30000人", "1000元/生·年", "1250元/生·年", "100%", true],
    ["大方县", "22000人", "1000元/生·年", "625元/生·学期", "100%", true],
    ["黔西市", "25000人", "1000元/生·年", "1250元/生·年", "100%", true],
    ["金沙县", "18000人", "500元/生·学期", "1250元/生·年", "100%", true],
    ["织金县", "28000人", "1000元/生·年", "625元/生·年", "100%", true],
    ["纳雍县", "24000人", "10000元/生·年", "1250元/生·年", "100%", true],
    ["威宁彝族回族苗族自治县", "40000人", "1000元/生·年", "1250元/生·年", "≥95%", true],
    ["赫章县", "20000人", "1000元/生", "1250元/生·年", "100%", false],
  ];
  return ds.map(([d, n, primary, junior, pay, sat]) => {
    const rows: Row[] = [
      [`毕节市${d}2025年义务教育家庭经济困难寄宿生生活补助资金绩效目标表`],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "补助寄宿生人数", n],
      ["成本指标", "经济成本指标", "小学寄宿生生活补助标准", primary],
      [null, null, "初中寄宿生生活补助标准", junior],
      ["产出指标", "时效指标", "补助资金发放及时率", pay],
    ];
    if (sat) rows.push(["满意度指标", "服务对象满意度指标", "受助学生家长满意度", "≥90%"]);
    return gridSource(`毕节市寄宿生生活补助汇总.xlsx · ${d}`, rows, d);
  });
}

/** B: 临沂 城乡居民基础养老金, a 分解表 with 计量单位 元/人·月; 沂水县 1800元/人·年 in its cell, 15 among 150. */
function linyiPensions(): CompareSource[] {
  const places = ["兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县", "兰陵县", "费县", "平邑县"];
  const rows: Row[] = [
    ["临沂市2025年城乡居民基本养老保险基础养老金补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places],
    ["产出指标", "数量指标", "享受待遇人数", "万人", 12, 8, 9, 15, 14, 18, 20, 13, 16],
    [
      null,
      "质量指标",
      "养老金按时足额发放率",
      "%",
      "≥98",
      "≥98",
      "≥98",
      "≥98",
      "≥98",
      "≥98",
      "≥98",
      "≥95",
      "≥98",
    ],
    [
      "成本指标",
      "经济成本指标",
      "基础养老金最低标准",
      "元/人·月",
      150,
      150,
      150,
      150,
      150,
      "1800元/人·年",
      150,
      150,
      15,
    ],
    // 1800 元 a person a year: 12万人 is 21600万元.
    [null, null, "基础养老金补助资金", "万元", 21600, 14400, 16200, 27000, 25200, 32400, 36000, 23400, 28800],
    [
      "满意度指标",
      "服务对象满意度指标",
      "参保群众满意度",
      "%",
      "≥90",
      null,
      "≥90",
      "≥90",
      "≥90",
      "≥90",
      "≥90",
      "≥90",
      "≥90",
    ],
  ];
  return [gridSource("临沂市基础养老金分解表.xlsx", rows)];
}

/** Rows of one district under a district column: [一级, 二级, 三级, 指标值]. */
type Ind = [string, string, string, string];

function rowsTable(
  title: string,
  file: string,
  head: string,
  byDistrict: [string, Ind[]][],
): CompareSource[] {
  const rows: Row[] = [[title], [head, "一级指标", "二级指标", "三级指标", "指标值"]];
  for (const [d, inds] of byDistrict)
    inds.forEach(([l1, l2, name, t], i) => rows.push([i === 0 ? d : null, l1, l2, name, t]));
  return [gridSource(file, rows)];
}

/** C: 昆明 城市低保, a rows table under 县（市、区）; 830元/人·月 and 2490元/人·季度 among 9960元/人·年, 830元/人·年. */
function kunmingAssistance(): CompareSource[] {
  const ds: [string, string, string, string, string][] = [
    // district, 保障人数, 低保标准, 月人均补助水平, 满意度
    ["五华区", "6000人", "9960元/人·年", "400元/人·月", "≥90%"],
    ["盘龙区", "5500人", "830元/人·月", "400元/人·月", "≥90%"],
    ["官渡区", "8000人", "9960元/人·年", "400元/人·月", "≥85%"],
    ["西山区", "5000人", "9960元/人·年", "400元/人·月", "≥90%"],
    ["呈贡区", "2000人", "830元/人·年", "400元/人·月", "≥90%"],
    ["晋宁区", "3000人", "9960元/人·年", "4800元/人·年", "≥90%"],
    ["安宁市", "2500人", "9960元/人·年", "400元/人·月", "≥90%"],
    ["嵩明县", "3500人", "2490元/人·季度", "400元/人·月", "≥90%"],
  ];
  return rowsTable(
    "昆明市2025年城市居民最低生活保障资金绩效目标表",
    "昆明市城市低保.xlsx",
    "县（市、区）",
    ds.map(([d, n, std, monthly, sat]) => [
      d,
      [
        ["产出指标", "数量指标", "城市低保保障人数", n],
        ["产出指标", "时效指标", "低保金按月发放及时率", "100%"],
        ["成本指标", "经济成本指标", "城市低保标准", std],
        ["成本指标", "经济成本指标", "月人均补助水平", monthly],
        ["满意度指标", "服务对象满意度指标", "低保对象满意度", sat],
      ],
    ]),
  );
}

/** D: 赣州 学前教育保教费减免, a workbook per county named by it; terms, a term per year, 每生每学期500元, a month. */
function ganzhouPreschool(): CompareSource[] {
  const ds: [string, number, string, boolean][] = [
    // county, 人数, 减免标准, 满意度 written
    ["章贡区", 3000, "1000元/生·年", true],
    ["南康区", 4500, "500元/生·学期", true],
    ["赣县区", 3500, "1000元/生·年", true],
    ["信丰县", 4000, "500元/生·年", true],
    ["大余县", 1500, "1000元/生·年", true],
    ["上犹县", 1400, "每生每学期500元", true],
    ["崇义县", 1000, "1000元/生·年", true],
    ["安远县", 2500, "1000元/生·年", true],
    ["龙南市", 2200, "1000元/生·年", false],
    ["定南县", 1800, "100元/生·月", true],
  ];
  return ds.map(([d, n, std, sat]) => {
    const rows: Row[] = [
      ["2025年学前教育保教费减免资金绩效目标表"],
      ["项目名称", "学前教育保教费减免资金", null, "主管部门", "教育体育局"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "资助幼儿人数", `${n}人`],
      ["成本指标", "经济成本指标", "保教费减免标准", std],
      [null, null, "保教费减免资金", `${(n * 1000) / 10000}万元`],
    ];
    if (sat) rows.push(["满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"]);
    return gridSource(`${d}.xlsx`, rows);
  });
}

/** E: 洛阳 残疾人两项补贴, a rows table under 县区; 元/人·年 and 元/人·季度 among 元/人·月, 9 among 90, ≥. */
function luoyangDisability(): CompareSource[] {
  const ds: [string, string, string, string, string][] = [
    // county, 人数, 生活补贴标准, 护理补贴标准, 满意度
    ["新安县", "5000人", "90元/人·月", "80元/人·月", "≥95%"],
    ["宜阳县", "6000人", "1080元/人·年", "80元/人·月", "≥90%"],
    ["伊川县", "7000人", "90元/人·月", "960元/人·年", "≥90%"],
    ["嵩县", "4000人", "9元/人·月", "80元/人·月", "≥90%"],
    ["栾川县", "3000人", "90元/人·月", "≥80元/人·月", "≥90%"],
    ["汝阳县", "3500人", "270元/人·季度", "80元/人·月", "≥90%"],
    ["洛宁县", "4500人", "90元/人·月", "80元/人·月", "≥90%"],
  ];
  return rowsTable(
    "洛阳市2025年困难残疾人生活补贴和重度残疾人护理补贴资金绩效目标表",
    "洛阳市残疾人两项补贴.xlsx",
    "县区",
    ds.map(([d, n, live, care, sat]) => [
      d,
      [
        ["产出指标", "数量指标", "补贴发放人数", n],
        ["产出指标", "质量指标", "补贴发放准确率", "100%"],
        ["成本指标", "经济成本指标", "困难残疾人生活补贴标准", live],
        ["成本指标", "经济成本指标", "重度残疾人护理补贴标准", care],
        ["满意度指标", "服务对象满意度指标", "残疾人满意度", sat],
      ],
    ]),
  );
}

/** F: 宁波 特困人员救助供养, a 分解表 with the unit in each cell; months, quarters, half-years, a year's slips. */
function ningboSupport(): CompareSource[] {
  const places = [
    "海曙区",
    "江北区",
    "北仑区",
    "镇海区",
    "鄞州区",
    "奉化区",
    "余姚市",
    "慈溪市",
    "宁海县",
    "象山县",
  ];
  const people = [800, 600, 700, 650, 1500, 900, 1300, 1400, 1100, 1000];
  const live = places.map((d) =>
    d === "北仑区"
      ? "1300元/人·月"
      : d === "余姚市"
        ? "1300元/人·年"
        : d === "宁海县"
          ? "3900元/人·季度"
          : "15600元/人·年",
  );
  const care = places.map((d) =>
    d === "慈溪市" ? "300元/人·月" : d === "象山县" ? "36000元/人·年" : "3600元/人·年",
  );
  const heat = places.map((d) =>
    d === "鄞州区" ? "50元/户·月" : d === "奉化区" ? "300元/户·半年" : "600元/户·年",
  );
  const rows: Row[] = [
    ["宁波市2025年特困人员救助供养资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", ...places],
    ["产出指标", "数量指标", "特困供养人数", ...people.map((n) => `${n}人`)],
    ["成本指标", "经济成本指标", "基本生活标准", ...live],
    [null, null, "照料护理标准", ...care],
    [null, null, "分散供养家庭取暖补贴标准", ...heat],
    // 19200 元 a person a year.
    [null, null, "救助供养资金", ...people.map((n) => `${(n * 19200) / 10000}万元`)],
    ["满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", null, ...Array<string>(8).fill("≥90%")],
  ];
  return [gridSource("宁波市特困供养分解表.xlsx", rows)];
}

export const CASES244: Case[] = [
  {
    id: "A 毕节寄宿生生活补助（每县一张表，元/生·学期）",
    sources: bijieBoarders,
    districts: [
      "七星关区",
      "大方县",
      "黔西市",
      "金沙县",
      "织金县",
      "纳雍县",
      "威宁彝族回族苗族自治县",
      "赫章县",
    ],
    flags: [
      // 人数 median 24500: 18000–40000, none. 小学 1000 shared (金沙 500元/生·学期 = 1000, 赫章 元/生 the
      // same): 纳雍 10000 a zero too many. 初中 1250 shared (大方 625元/生·学期 = 1250): 织金 625 per year.
      { code: "OUTLIER", district: "纳雍县", indicator: "小学寄宿生生活补助标准" },
      { code: "OUTLIER", district: "织金县", indicator: "初中寄宿生生活补助标准" },
      { code: "OUTLIER", district: "威宁彝族回族苗族自治县", indicator: "补助资金发放及时率" },
      { code: "COMPARATOR-DIFF", district: "威宁彝族回族苗族自治县", indicator: "补助资金发放及时率" },
      { code: "MISSING", district: "赫章县", indicator: "受助学生家长满意度" },
    ],
    notes: [
      "金沙县 写作“500元/生·学期”，已按每年两学期折合为 1000 元/生·年",
      "大方县 写作“625元/生·学期”，已按每年两学期折合为 1250 元/生·年",
      "疑多写一个 0",
    ],
  },
  {
    id: "B 临沂基础养老金（每县一列＋计量单位，格内另写单位）",
    sources: linyiPensions,
    districts: ["兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县", "兰陵县", "费县", "平邑县"],
    flags: [
      // 人数 median 14万 (8–20), 资金 median 25200 (14400–36000): none.
      { code: "OUTLIER", district: "费县", indicator: "养老金按时足额发放率" },
      // 150 元/人·月 shared (沂水 1800元/人·年 = 150): 平邑 15 a zero too few.
      { code: "OUTLIER", district: "平邑县", indicator: "基础养老金最低标准" },
      { code: "MISSING", district: "罗庄区", indicator: "参保群众满意度" },
    ],
    notes: ["沂水县 写作“1800元/人·年”，已按每年 12 个月折合为 150 元/人·月", "疑少写一个 0"],
  },
  {
    id: "C 昆明城市低保（县（市、区）列，月、季度与年）",
    sources: kunmingAssistance,
    districts: ["五华区", "盘龙区", "官渡区", "西山区", "呈贡区", "晋宁区", "安宁市", "嵩明县"],
    flags: [
      // 人数 median 4250: 呈贡 0.47× 规模差异.
      { code: "OUTLIER", district: "呈贡区", indicator: "城市低保保障人数", info: true },
      // 9960 元/人·年 shared (盘龙 830元/人·月, 嵩明 2490元/人·季度 the same): 呈贡 830 per year, a month's.
      { code: "OUTLIER", district: "呈贡区", indicator: "城市低保标准" },
      // 400 元/人·月 shared (晋宁 4800元/人·年 the same).
      { code: "OUTLIER", district: "官渡区", indicator: "低保对象满意度" },
    ],
    notes: [
      "盘龙区 写作“830元/人·月”，已按每年 12 个月折合为 9960 元/人·年",
      "嵩明县 写作“2490元/人·季度”，已按每年四个季度折合为 9960 元/人·年",
      "晋宁区 写作“4800元/人·年”，已按每年 12 个月折合为 400 元/人·月",
      "疑为按月填写",
    ],
  },
  {
    id: "D 赣州保教费减免（每县一个工作簿，学期、月与文字写法）",
    sources: ganzhouPreschool,
    districts: [
      "章贡区",
      "南康区",
      "赣县区",
      "信丰县",
      "大余县",
      "上犹县",
      "崇义县",
      "安远县",
      "龙南市",
      "定南县",
    ],
    flags: [
      // 人数 median 2350 (1000–4500): 崇义 0.43× 规模差异; 资金 the same ratios.
      { code: "OUTLIER", district: "崇义县", indicator: "资助幼儿人数", info: true },
      { code: "OUTLIER", district: "崇义县", indicator: "保教费减免资金", info: true },
      // 1000 元/生·年 shared (南康 500元/生·学期, 上犹 每生每学期500元 the same): 信丰 500 per year with
      // nothing saying a term; 定南 100元/生·月 is 1200 at twelve months.
      { code: "OUTLIER", district: "信丰县", indicator: "保教费减免标准" },
      { code: "OUTLIER", district: "定南县", indicator: "保教费减免标准" },
      { code: "MISSING", district: "龙南市", indicator: "幼儿家长满意度" },
    ],
    notes: ["南康区 写作“500元/生·学期”，已按每年两学期折合为 1000 元/生·年"],
  },
  {
    id: "E 洛阳残疾人两项补贴（县区列，月、季度与年）",
    sources: luoyangDisability,
    districts: ["新安县", "宜阳县", "伊川县", "嵩县", "栾川县", "汝阳县", "洛宁县"],
    flags: [
      // 人数 median 4500 (3000–7000): none. 90 元/人·月 shared (宜阳 1080/年, 汝阳 270/季度): 嵩县 9.
      { code: "OUTLIER", district: "嵩县", indicator: "困难残疾人生活补贴标准" },
      // 80 元/人·月 shared (伊川 960/年): 栾川 ≥80 among bare figures.
      { code: "COMPARATOR-DIFF", district: "栾川县", indicator: "重度残疾人护理补贴标准" },
      { code: "OUTLIER", district: "新安县", indicator: "残疾人满意度" },
    ],
    notes: [
      "宜阳县 写作“1080元/人·年”，已按每年 12 个月折合为 90 元/人·月",
      "汝阳县 写作“270元/人·季度”，已按每季度三个月折合为 90 元/人·月",
      "伊川县 写作“960元/人·年”，已按每年 12 个月折合为 80 元/人·月",
    ],
  },
  {
    id: "F 宁波特困供养（每区一列，单位写在格内）",
    sources: ningboSupport,
    districts: [
      "海曙区",
      "江北区",
      "北仑区",
      "镇海区",
      "鄞州区",
      "奉化区",
      "余姚市",
      "慈溪市",
      "宁海县",
      "象山县",
    ],
    flags: [
      // 人数 median 950 (600–1500), 资金 the same ratios: none.
      // 15600 元/人·年 shared (北仑 1300/月, 宁海 3900/季度): 余姚 1300 per year, a month's.
      { code: "OUTLIER", district: "余姚市", indicator: "基本生活标准" },
      // 3600 元/人·年 shared (慈溪 300/月): 象山 36000 a zero too many.
      { code: "OUTLIER", district: "象山县", indicator: "照料护理标准" },
      // 600 元/户·年 shared (鄞州 50/月, 奉化 300/半年): none.
      { code: "MISSING", district: "江北区", indicator: "供养对象满意度" },
    ],
    notes: [
      "北仑区 写作“1300元/人·月”，已按每年 12 个月折合为 15600 元/人·年",
      "宁海县 写作“3900元/人·季度”，已按每年四个季度折合为 15600 元/人·年",
      "奉化区 写作“300元/户·半年”，已按每年两个半年折合为 600 元/户·年",
      "疑为按月填写",
      "疑多写一个 0",
    ],
  },
];

/**
 * The second batch, written after the fixes with its gold first. G: 常德 学生营养改善计划, a 分解表 with 计量单位
 * 元/生·天; 澧县 1000元/生·年 in its cell (days a year uncertain), 4 among 5, 180 供餐天数 among 200.
 */
function changdeMeals(): CompareSource[] {
  const places = ["武陵区", "鼎城区", "安乡县", "汉寿县", "澧县", "临澧县", "桃源县", "石门县", "津市市"];
  const rows: Row[] = [
    ["常德市2025年农村义务教育学生营养改善计划补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places],
    [
      "产出指标",
      "数量指标",
      "受益学生人数",
      "人",
      20000,
      35000,
      25000,
      30000,
      45000,
      15000,
      50000,
      28000,
      12000,
    ],
    [null, null, "在校供餐天数", "天", 200, 200, 200, 180, 200, 200, 200, 200, 200],
    ["成本指标", "经济成本指标", "营养膳食补助标准", "元/生·天", 5, 5, 5, 5, "1000元/生·年", 5, 5, 4, 5],
    [
      "满意度指标",
      "服务对象满意度指标",
      "学生家长满意度",
      "%",
      "≥90",
      "≥90",
      "≥90",
      "≥90",
      "≥90",
      null,
      "≥90",
      "≥90",
      "≥90",
    ],
  ];
  return [gridSource("常德市营养改善计划分解表.xlsx", rows)];
}

/** H: 大连 高龄津贴, a sheet per district; 元/人·年 and 元/人·季度 among 元/人·月, 每人每月, 元/人 with no period. */
function dalianAllowance(): CompareSource[] {
  const ds: [string, string, string, string, string][] = [
    // district, 享受人数, 八十至八十九周岁标准, 九十周岁以上标准, 发放及时率
    ["中山区", "8000人", "100元/人·月", "200元/人·月", "100%"],
    ["西岗区", "6000人", "1200元/人·年", "200元/人·月", "100%"],
    ["沙河口区", "9000人", "100元/人·月", "200元/人·月", "100%"],
    ["甘井子区", "15000人", "300元/人·季度", "200元/人·月", "100%"],
    ["旅顺口区", "4000人", "100元/人·月", "200元/人·月", "100%"],
    ["金州区", "12000人", "100元/人·月", "2400元/人", "100%"],
    ["普兰店区", "7000人", "100元/人·月", "200元/人·月", "≥98%"],
    ["瓦房店市", "10000人", "100元/人·月", "200元/人·月", "100%"],
    ["庄河市", "9500人", "100元/人·年", "200元/人·月", "100%"],
    ["长海县", "800人", "每人每月100元", "200元/人·月", "100%"],
  ];
  return ds.map(([d, n, eighty, ninety, pay]) =>
    gridSource(
      `大连市高龄津贴汇总.xlsx · ${d}`,
      [
        [`大连市${d}2025年高龄老年人津贴资金绩效目标表`],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "享受高龄津贴人数", n],
        [null, "时效指标", "津贴发放及时率", pay],
        ["成本指标", "经济成本指标", "八十至八十九周岁高龄津贴标准", eighty],
        [null, null, "九十周岁以上高龄津贴标准", ninety],
        ["满意度指标", "服务对象满意度指标", "高龄老人满意度", "≥95%"],
      ],
      d,
    ),
  );
}

export const CASES244B: Case[] = [
  {
    id: "G 常德营养改善计划（每县一列＋计量单位，按天与按年）",
    sources: changdeMeals,
    districts: ["武陵区", "鼎城区", "安乡县", "汉寿县", "澧县", "临澧县", "桃源县", "石门县", "津市市"],
    flags: [
      // 人数 median 28000: 津市 0.43× 规模差异.
      { code: "OUTLIER", district: "津市市", indicator: "受益学生人数", info: true },
      { code: "OUTLIER", district: "汉寿县", indicator: "在校供餐天数" },
      // 5 元/生·天 shared: 石门 4; 澧县 per year — days a year uncertain, not converted.
      { code: "OUTLIER", district: "石门县", indicator: "营养膳食补助标准" },
      { code: "UNIT-DIFF", district: "澧县", indicator: "营养膳食补助标准" },
      { code: "MISSING", district: "临澧县", indicator: "学生家长满意度" },
    ],
    notes: ["仅计算期间不同", "未折算"],
  },
  {
    id: "H 大连高龄津贴（每区一张表，按月为主）",
    sources: dalianAllowance,
    districts: [
      "中山区",
      "西岗区",
      "沙河口区",
      "甘井子区",
      "旅顺口区",
      "金州区",
      "普兰店区",
      "瓦房店市",
      "庄河市",
      "长海县",
    ],
    flags: [
      // 人数 median 8500: 长海 0.09× a finding, 旅顺口 0.47× 规模差异.
      { code: "OUTLIER", district: "长海县", indicator: "享受高龄津贴人数" },
      { code: "OUTLIER", district: "旅顺口区", indicator: "享受高龄津贴人数", info: true },
      { code: "OUTLIER", district: "普兰店区", indicator: "津贴发放及时率" },
      { code: "COMPARATOR-DIFF", district: "普兰店区", indicator: "津贴发放及时率" },
      // 100 元/人·月 shared (西岗 1200/年, 甘井子 300/季度, 长海 每人每月100元): 庄河 100 per year.
      { code: "OUTLIER", district: "庄河市", indicator: "八十至八十九周岁高龄津贴标准" },
      // 200 元/人·月 shared: 金州 2400元/人, no period written.
      { code: "UNIT-DIFF", district: "金州区", indicator: "九十周岁以上高龄津贴标准" },
    ],
    notes: [
      "西岗区 写作“1200元/人·年”，已按每年 12 个月折合为 100 元/人·月",
      "甘井子区 写作“300元/人·季度”，已按每季度三个月折合为 100 元/人·月",
    ],
  },
];
