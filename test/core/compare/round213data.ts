/**
 * Round 213's unseen comparison cases, written before the engine was run on them: one program across 6–12
 * districts, counties or cities each, in habits not probed before (杭州, 苏州, 长沙, 郑州, 深圳 with its 新区,
 * 邵阳's 县 and 县级市, 恩施州 and 黔东南州's 县市, 浙江 and 河南's 地市), in the layouts they submit — a sheet per
 * district, packed cells a row per district, a rows table with a district column, a 分解表 with a column per
 * district and a 合计, a 分解表 with a row per county, a workbook per county (with a 修改稿) — and the gold: the
 * districts a reviewer places and the flags a reviewer expects (`info` for a 规模差异).
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";

type Row = CellValue[];
const fill = <T>(n: number, v: T): T[] => Array<T>(n).fill(v);

/** A: 杭州 课后服务, a sheet per district named short (上城), its title naming it long (杭州市上城区). */
function hangzhouAfterSchool(): CompareSource[] {
  const ds: [string, string, number, boolean][] = [
    ["上城", "52000人", 80, true],
    ["拱墅", "60000人", 90, true],
    ["西湖", "58000人", 85, true],
    ["滨江", "45000人", 60, true],
    ["萧山", "98000人", 130, true],
    ["余杭", "95000人", 125, true],
    ["临平", "6.2万人", 75, true],
    ["钱塘", "40000人", 900, true],
    ["富阳", "50000人", 95, false],
    ["临安", "38000人", 70, true],
  ];
  return ds.map(([d, n, s, sat]) => {
    const rows: Row[] = [
      [`杭州市${d}区2025年义务教育学校课后服务补助项目绩效目标表`],
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ["义务教育学校课后服务补助", "产出指标", "数量指标", "参与课后服务学生人数", n],
      [null, null, null, "开展课后服务学校数", `${s}所`],
      [null, null, "质量指标", "课后服务学校覆盖率", "100%"],
      [null, "成本指标", "经济成本指标", "课后服务补助标准", "300元/生·学期"],
    ];
    if (sat) rows.push([null, "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"]);
    return gridSource(`杭州市课后服务汇总.xlsx · ${d}`, rows, d);
  });
}

/** B: 苏州 城乡居民医保, packed cells a row per district, the district named in the project's name. */
function suzhouInsurance(): CompareSource[] {
  const ds: [string, string, string, string][] = [
    ["张家港市", "62万人", "≥98%", "≥720"],
    ["常熟市", "70万人", "≥98%", "≥720"],
    ["太仓市", "35万人", "≥98%", "≥720"],
    ["昆山市", "560000人", "≥98%", "≥720"],
    ["吴江区", "60万人", "≥98%", "≥720"],
    ["吴中区", "55万人", "≥98%", "≥720"],
    ["相城区", "38万人", "≥98%", "≥7200"],
    ["姑苏区", "45万人", "≤98%", "≥720"],
    ["苏州工业园区", "12万人", "≥98%", "≥720"],
    ["虎丘区", "30万人", "≥98%", "≥720"],
  ];
  const rows: Row[] = [
    ["苏州市2025年城乡居民基本医疗保险财政补助项目绩效目标汇总表"],
    ["序号", "项目名称", "主管部门", "绩效目标", "绩效指标"],
  ];
  ds.forEach(([d, n, rate, std], i) =>
    rows.push([
      i + 1,
      `${d}2025年城乡居民基本医疗保险财政补助`,
      `${d}医疗保障局`,
      "落实城乡居民医保财政补助政策，保障参保群众待遇",
      `1、产出指标：参保人数${n}；参保率${rate}。2、成本指标：财政补助标准${std}元/人·年。3、满意度指标：参保群众满意度≥90%。`,
    ]),
  );
  return [gridSource("苏州市医保汇总.xlsx", rows)];
}

/** C: 长沙 农村公路养护, a 分解表 with a column per district and a 合计 that does not add up. */
function changshaRoads(): CompareSource[] {
  const places = ["长沙县", "望城区", "浏阳市", "宁乡市", "岳麓区", "开福区", "雨花区"];
  const rows: Row[] = [
    ["长沙市2025年农村公路养护资金绩效目标分解表"],
    ["项目名称：农村公路养护资金"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // 1500+1100+2000+1900+420+650+600 = 8170, written 8710.
    ["产出指标", "数量指标", "农村公路养护里程", "公里", 1500, 1100, 2000, 1900, 420, 650, 600, 8710],
    [null, "质量指标", "优良中等路比例", "%", "≥85", "≥85", "≥85", "≤85", "≥85", "≥85", "≥85", "≥85"],
    [null, "成本指标", "养护补助标准", "元/公里·年", ...fill(7, 10000), null],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", ...fill(8, "≥90")],
  ];
  return [gridSource("长沙市农村公路养护分解表.xlsx", rows)];
}

/** D: 郑州 垃圾分类, a rows table with a 区县 column, one district written with its city (郑州市惠济区). */
function zhengzhouWaste(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["中原区", 420, "200人"],
    ["二七区", 380, "180人"],
    ["金水区", 600, "320人次"],
    ["管城回族区", 300, "150人"],
    ["郑州市惠济区", 260, "130人"],
    ["上街区", 60, "40人"],
    ["郑东新区", 350, "170人"],
    ["高新区", 280, "140人"],
  ];
  const rows: Row[] = [
    ["郑州市2025年生活垃圾分类工作经费绩效目标表"],
    ["区县", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, n, staff] of ds) {
    rows.push([d, "产出指标", "数量指标", "垃圾分类覆盖小区数", `${n}个`]);
    rows.push([null, null, null, "分类督导员人数", staff]);
    rows.push([null, null, "质量指标", "生活垃圾回收利用率", "≥35%"]);
    rows.push([null, "满意度指标", "服务对象满意度指标", "居民群众满意度", "≥90%"]);
  }
  return [gridSource("郑州市垃圾分类汇总.xlsx", rows)];
}

/** E: 深圳 居家养老, a sheet per district named short (福田, 大鹏, 深汕), 符号 | 指标值 | 计量单位 columns. */
function shenzhenElderly(): CompareSource[] {
  const ds: [string, string, number, string, number][] = [
    ["福田", "深圳市福田区", 12000, "人", 40],
    ["罗湖", "深圳市罗湖区", 10000, "人", 35],
    ["南山", "深圳市南山区", 13000, "人", 420],
    ["宝安", "深圳市宝安区", 18000, "人次", 60],
    ["龙岗", "深圳市龙岗区", 20000, "人", 65],
    ["龙华", "深圳市龙华区", 14000, "人", 45],
    ["坪山", "深圳市坪山区", 6000, "人", 20],
    ["光明", "深圳市光明区", 6500, "人", 22],
    ["盐田", "深圳市盐田区", 3000, "人", 12],
    ["大鹏", "深圳市大鹏新区", 2500, "人", 10],
    ["深汕", "深汕特别合作区", 2200, "人", 8],
  ];
  return ds.map(([sheet, d, n, unit, meals]) =>
    gridSource(
      `深圳市居家养老汇总.xlsx · ${sheet}`,
      [
        [`${d}2025年社区居家养老服务项目绩效目标表`],
        ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"],
        ["产出指标", "数量指标", "服务老年人人数", "≥", n, unit],
        [null, null, "社区长者助餐点数量", "≥", meals, "个"],
        [null, "时效指标", "上门服务响应及时率", "≥", 95, "%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%"],
      ],
      sheet,
    ),
  );
}

/** F: 邵阳 高标准农田, a 分解表 a row per 县市 with a column per indicator and a 合计 row; 城步县 short. */
function shaoyangFarmland(): CompareSource[] {
  const rows: Row[] = [
    ["邵阳市2025年高标准农田建设项目绩效目标分解表"],
    [
      "县市区",
      "建设面积（万亩）",
      "亩均财政投入（元/亩）",
      "耕地质量等级提升（等）",
      "项目区群众满意度（%）",
    ],
    ["新邵县", 3.2, 1500, "≥0.5", "≥90"],
    ["邵阳县", 4.0, 1500, "≥0.5", "≥90"],
    ["隆回县", 4.5, 1500, "≥0.5", "≥90"],
    ["洞口县", 3.8, 1500, "≥0.5", "≥90"],
    ["绥宁县", 1.8, 1500, "≥0.5", "≥90"],
    ["新宁县", 2.6, 1500, "≤0.5", "≥90"],
    ["城步县", 0.8, 1500, "≥0.5", "≥90"],
    ["武冈市", 3.0, 15000, "≥0.5", "≥90"],
    ["邵东市", 4.2, 1500, "≥0.5", "≥90"],
    ["合计", 27.9, 1500, "≥0.5", "≥90"],
  ];
  return [gridSource("邵阳市高标准农田分解表.xlsx", rows)];
}

/** G: 恩施州 幼儿园生均经费, a workbook per 县市, a form with its 项目名称 line. */
function enshiKindergarten(): CompareSource[] {
  const ds: [string, string, number, string, boolean][] = [
    ["恩施市", "22000人", 55, "600元/生·年", true],
    ["利川市", "15000人", 48, "600元/生·年", true],
    ["建始县", "8000人", 30, "600元/生·年", true],
    ["巴东县", "1.1万人", 35, "600元/生·年", true],
    ["宣恩县", "7000人", 25, "600元/生·年", false],
    ["咸丰县", "8500人", 28, "600元/生·年", true],
    ["来凤县", "7500人", 26, "600元/生·年", true],
    ["鹤峰县", "4000人", 15, "≥600元/生·年", true],
  ];
  return ds.map(([d, n, k, std, pay]) => {
    const rows: Row[] = [
      [`${d}2025年公办幼儿园生均公用经费项目绩效目标表`],
      ["项目名称", "公办幼儿园生均公用经费", null, "主管部门", `${d}教育局`],
      ["一级指标", "二级指标", "三级指标", "指标值", null],
      ["产出指标", "数量指标", "在园幼儿人数", n, null],
      [null, null, "公办幼儿园数量", `${k}所`, null],
      [null, "成本指标", "生均公用经费标准", std, null],
    ];
    if (pay) rows.push([null, "时效指标", "资金拨付及时率", "100%", null]);
    rows.push(["满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", null]);
    return gridSource(`${d}公办幼儿园生均公用经费.xlsx`, rows);
  });
}

/** H: 浙江 农村公路养护, a rows table with a 设区市 column, the province's 11 地市; 湖州 writes 米. */
function zhejiangRoads(): CompareSource[] {
  const ds: [string, string, string][] = [
    ["杭州市", "15000公里", "≥80%"],
    ["宁波市", "11000公里", "≥80%"],
    ["温州市", "13000公里", "≥80%"],
    ["嘉兴市", "8000公里", "≥80%"],
    ["湖州市", "8600000米", "≥80%"],
    ["绍兴市", "10000公里", "≥80%"],
    ["金华市", "14000公里", "≥80%"],
    ["衢州市", "9500公里", "≤80%"],
    ["舟山市", "1900公里", "≥80%"],
    ["台州市", "12000公里", "≥80%"],
    ["丽水市", "13500公里", "≥80%"],
  ];
  const rows: Row[] = [
    ["浙江省2025年农村公路养护省级补助资金绩效目标分解表"],
    ["设区市", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, km, good] of ds) {
    rows.push([d, "产出指标", "数量指标", "农村公路养护里程", km]);
    rows.push([null, null, "质量指标", "优良中等路比例", good]);
    rows.push([null, null, "时效指标", "养护工程完工时间", "2025年12月底前"]);
    rows.push([null, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"]);
  }
  return [gridSource("浙江省农村公路养护分解表.xlsx", rows)];
}

/** I: 长沙 垃圾分类, packed cells a row per district, the district in a column of its own. */
function changshaWaste(): CompareSource[] {
  const ds: [string, string, boolean][] = [
    ["芙蓉区", "600吨/日", true],
    ["天心区", "650吨/日", true],
    ["岳麓区", "900吨/日", true],
    ["开福区", "700吨/日", false],
    ["雨花区", "12000吨/日", true],
    ["望城区", "500吨/日", true],
    ["长沙县", "800吨/日", true],
    ["浏阳市", "750吨", true],
    ["宁乡市", "700吨/日", true],
  ];
  const rows: Row[] = [
    ["长沙市2025年生活垃圾分类处理经费绩效目标汇总表"],
    ["序号", "区县（市）", "项目名称", "绩效指标"],
  ];
  ds.forEach(([d, t, sat], i) =>
    rows.push([
      i + 1,
      d,
      "生活垃圾分类处理经费",
      `1、产出指标：（1）数量指标：生活垃圾分类收运量${t}；（2）质量指标：资源化利用率≥60%；分类小区覆盖率≥95%。` +
        (sat ? "2、满意度指标：居民满意度≥90%。" : ""),
    ]),
  );
  return [gridSource("长沙市垃圾分类汇总.xlsx", rows)];
}

/** J: 郑州 居家养老, a column per place, two headed short (管城, 中牟), and a 合计 column. */
function zhengzhouElderly(): CompareSource[] {
  const places = [
    "中原区",
    "二七区",
    "金水区",
    "管城",
    "惠济区",
    "上街区",
    "巩义市",
    "荥阳市",
    "新密市",
    "新郑市",
    "登封市",
    "中牟",
  ];
  const rows: Row[] = [
    ["郑州市2025年社区居家养老服务补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // sum 51200
    [
      "产出指标",
      "数量指标",
      "居家养老服务人数",
      "人",
      5200,
      4800,
      7600,
      4000,
      3500,
      1200,
      4500,
      4200,
      3900,
      4400,
      3800,
      4100,
      51200,
    ],
    [
      null,
      null,
      "助餐服务人次",
      "人次",
      18000,
      16000,
      "26000人",
      14000,
      12000,
      4000,
      15000,
      14500,
      13000,
      15500,
      13500,
      14200,
      null,
    ],
    // sum 208, 新郑 100 (a zero too many, the 合计 adding it in)
    [null, null, "居家养老服务站点数", "个", 12, 11, 16, 10, 9, 3, 10, 10, 9, 100, 8, 10, 208],
    ["满意度指标", "服务对象满意度指标", "老年人满意度", "%", ...fill(13, "≥90")],
  ];
  return [gridSource("郑州市居家养老分解表.xlsx", rows)];
}

/** K: 杭州 高标准农田, a rows table with a 区、县（市） column; 建德 writes 亩 where the others write 万亩. */
function hangzhouFarmland(): CompareSource[] {
  const ds: [string, string, string, string][] = [
    ["萧山区", "1.5万亩", "≥3000元/亩", "2025年12月底前"],
    ["余杭区", "1.2万亩", "≥3000元/亩", "2025年12月底前"],
    ["富阳区", "1.8万亩", "≥3000元/亩", "2025年12月底前"],
    ["临安区", "1.6万亩", "≥3000元/亩", "2025年12月底前"],
    ["桐庐县", "1.4万亩", "≤3000元/亩", "2025年12月底前"],
    ["淳安县", "2万亩", "≥3000元/亩", "2026年6月底前"],
    ["建德市", "17000亩", "≥3000元/亩", "2025年12月底前"],
  ];
  const rows: Row[] = [
    ["杭州市2025年高标准农田建设补助资金绩效目标表"],
    ["区、县（市）", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, area, cost, date] of ds) {
    rows.push([d, "产出指标", "数量指标", "高标准农田建设面积", area]);
    rows.push([null, null, "质量指标", "耕地质量等级提升", "≥0.5等"]);
    rows.push([null, null, "时效指标", "项目完成时间", date]);
    rows.push([null, "成本指标", "经济成本指标", "亩均财政投入", cost]);
    rows.push([null, "满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"]);
  }
  return [gridSource("杭州市高标准农田汇总.xlsx", rows)];
}

/** L: 苏州 幼儿园生均经费, a column per district with 合计 (on the headcount only). */
function suzhouKindergarten(): CompareSource[] {
  const places = [
    "姑苏区",
    "虎丘区",
    "吴中区",
    "相城区",
    "吴江区",
    "昆山市",
    "太仓市",
    "常熟市",
    "张家港市",
    "苏州工业园区",
  ];
  const rows: Row[] = [
    ["苏州市2025年公办幼儿园生均公用经费绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // sum 243000
    [
      "产出指标",
      "数量指标",
      "在园幼儿数",
      "人",
      18000,
      16000,
      24000,
      15000,
      26000,
      45000,
      14000,
      28000,
      27000,
      30000,
      243000,
    ],
    [
      null,
      null,
      "保教人员培训人次",
      "人次",
      1800,
      1600,
      2400,
      1500,
      2600,
      4500,
      1400,
      "2800人",
      2700,
      3000,
      null,
    ],
    [
      null,
      "成本指标",
      "生均公用经费标准",
      "元/生·年",
      1200,
      1200,
      1200,
      1200,
      1200,
      1200,
      12000,
      1200,
      1200,
      1200,
      null,
    ],
    ["满意度指标", "服务对象满意度指标", "幼儿家长满意度", "%", ...fill(11, "≥95")],
  ];
  return [gridSource("苏州市幼儿园生均经费分解表.xlsx", rows)];
}

/** M: 黔东南州 课后服务, packed cells a row per 县市, the county named in the project's name. */
function qiandongnanAfterSchool(): CompareSource[] {
  const ds: [string, string, string, boolean][] = [
    ["凯里市", "2.9万人", "≥70%", true],
    ["黄平县", "21000人", "≥70%", true],
    ["施秉县", "9000人", "≥70%", true],
    ["三穗县", "12000人", "≥70%", true],
    ["镇远县", "14000人", "≥70%", true],
    ["岑巩县", "13000人", "≥70%", true],
    ["天柱县", "25000人", "≥70%", true],
    ["锦屏县", "15000人", "≥70%", true],
    ["剑河县", "17000人", "≤70%", true],
    ["台江县", "11000人", "≥70%", false],
    ["黎平县", "31000人", "≥70%", true],
    ["榕江县", "30000人", "≥70%", true],
  ];
  const rows: Row[] = [
    ["黔东南州2025年义务教育学校课后服务补助资金绩效目标汇总表"],
    ["序号", "项目名称", "实施单位", "绩效指标"],
  ];
  ds.forEach(([d, n, rate, sat], i) =>
    rows.push([
      i + 1,
      `${d}2025年义务教育学校课后服务补助`,
      `${d}教育局`,
      `一、产出指标\n1.参与课后服务学生数${n}\n2.课后服务参与率${rate}\n二、成本指标\n3.课后服务补助标准200元/生·学期` +
        (sat ? "\n三、满意度指标\n4.学生家长满意度≥90%" : ""),
    ]),
  );
  return [gridSource("黔东南州课后服务汇总.xlsx", rows)];
}

/** N: 长沙 居家养老, a workbook per district; 天心区 sent twice, its 修改稿 mending a zero too many. */
function changshaElderly(): CompareSource[] {
  const file = (d: string, label: string, n: number, meals: number) =>
    gridSource(label, [
      [`长沙市${d}2025年社区居家养老服务项目绩效目标表`],
      ["项目名称", "社区居家养老服务", null, "主管部门", `长沙市${d}民政局`],
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "服务老年人人数", `≥${n}人`, null],
      [null, null, "社区助餐点数量", `≥${meals}个`, null],
      ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", null],
    ]);
  return [
    file("芙蓉区", "芙蓉区居家养老.xlsx", 8000, 30),
    file("天心区", "天心区居家养老.xlsx", 75000, 28),
    file("天心区", "天心区居家养老（修改稿）.xlsx", 7500, 28),
    file("岳麓区", "岳麓区居家养老.xlsx", 9000, 35),
    file("开福区", "开福区居家养老.xlsx", 8500, 32),
    file("雨花区", "雨花区居家养老.xlsx", 10000, 40),
    file("望城区", "望城区居家养老.xlsx", 6000, 22),
  ];
}

/** O: 河南 城乡居民医保, a column per 地市 (12) and a 合计 that does not add up; 濮阳 writes a fraction. */
function henanInsurance(): CompareSource[] {
  const places = [
    "郑州市",
    "开封市",
    "洛阳市",
    "平顶山市",
    "安阳市",
    "鹤壁市",
    "新乡市",
    "焦作市",
    "濮阳市",
    "许昌市",
    "漯河市",
    "三门峡市",
  ];
  const rows: Row[] = [
    ["河南省2025年城乡居民基本医疗保险省级补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // sum 4700, written 4760
    [
      "产出指标",
      "数量指标",
      "参保人数",
      "万人",
      780,
      420,
      560,
      420,
      460,
      130,
      510,
      280,
      330,
      370,
      230,
      210,
      4760,
    ],
    [null, "质量指标", "参保率", "%", ...fill(8, "≥95"), "≥0.95", "≥95", "≥95", "≥95", "≥95"],
    [null, "成本指标", "人均财政补助标准", "元/人·年", ...fill(12, 670), null],
    ["满意度指标", "服务对象满意度指标", "参保群众满意度", "%", ...fill(13, "≥90")],
  ];
  return [gridSource("河南省医保分解表.xlsx", rows)];
}

/** P: 深圳 垃圾分类, a rows table whose 辖区 column names the districts short (福田, 大鹏). */
function shenzhenWaste(): CompareSource[] {
  const ds: [string, string, boolean][] = [
    ["福田", "1500吨/日", true],
    ["罗湖", "1200吨/日", true],
    ["南山", "1800吨/日", true],
    ["盐田", "300吨/日", true],
    ["宝安", "0.35万吨/日", false],
    ["龙岗", "3000吨/日", true],
    ["龙华", "2000吨/日", true],
    ["坪山", "600吨/日", true],
    ["光明", "700吨/日", true],
    ["大鹏", "200吨/日", true],
  ];
  const rows: Row[] = [
    ["深圳市2025年生活垃圾分类处理补助资金绩效目标表"],
    ["辖区", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, t, sat] of ds) {
    rows.push([d, "产出指标", "数量指标", "生活垃圾分类处理量", t]);
    rows.push([null, null, "质量指标", "回收利用率", "≥45%"]);
    if (sat) rows.push([null, "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"]);
  }
  return [gridSource("深圳市垃圾分类.xlsx", rows)];
}

export const CASES213: Case[] = [
  {
    id: "A 杭州课后服务（每区一表，表名简称）",
    sources: hangzhouAfterSchool,
    districts: [
      "上城区",
      "拱墅区",
      "西湖区",
      "滨江区",
      "萧山区",
      "余杭区",
      "临平区",
      "钱塘区",
      "富阳区",
      "临安区",
    ],
    flags: [
      { code: "OUTLIER", district: "钱塘区", indicator: "开展课后服务学校数" },
      { code: "MISSING", district: "富阳区", indicator: "家长满意度" },
    ],
    notes: ["临平区", "6.2万人"],
  },
  {
    id: "B 苏州医保（打包单元格，区名在项目名称中）",
    sources: suzhouInsurance,
    districts: [
      "张家港市",
      "常熟市",
      "太仓市",
      "昆山市",
      "吴江区",
      "吴中区",
      "相城区",
      "姑苏区",
      "苏州工业园区",
      "虎丘区",
    ],
    flags: [
      { code: "OUTLIER", district: "苏州工业园区", indicator: "参保人数", info: true },
      { code: "COMPARATOR-DIFF", district: "姑苏区", indicator: "参保率" },
      { code: "OUTLIER", district: "相城区", indicator: "财政补助标准" },
    ],
    notes: ["560000人"],
  },
  {
    id: "C 长沙公路（每区一列＋合计不符）",
    sources: changshaRoads,
    districts: ["长沙县", "望城区", "浏阳市", "宁乡市", "岳麓区", "开福区", "雨花区"],
    flags: [
      { code: "TOTAL-DIFF", district: "合计", indicator: "农村公路养护里程" },
      { code: "OUTLIER", district: "岳麓区", indicator: "农村公路养护里程", info: true },
      { code: "COMPARATOR-DIFF", district: "宁乡市", indicator: "优良中等路比例" },
    ],
    notes: ["“合计”列"],
  },
  {
    id: "D 郑州垃圾分类（区县列，一处写全称）",
    sources: zhengzhouWaste,
    districts: ["中原区", "二七区", "金水区", "管城回族区", "惠济区", "上街区", "郑东新区", "高新区"],
    flags: [
      // Gold corrected after the run: 60 against 325 is 0.18 of the median, beyond the five times a 规模差异
      // spans (rounds 138 and 181): a finding, said with the like ratio of its other size row (比例一致).
      { code: "OUTLIER", district: "上街区", indicator: "垃圾分类覆盖小区数" },
      { code: "OUTLIER", district: "上街区", indicator: "分类督导员人数", info: true },
      { code: "UNIT-DIFF", district: "金水区", indicator: "分类督导员人数" },
    ],
    notes: [],
  },
  {
    id: "E 深圳居家养老（每区一表，新区与合作区）",
    sources: shenzhenElderly,
    districts: [
      "福田区",
      "罗湖区",
      "南山区",
      "宝安区",
      "龙岗区",
      "龙华区",
      "坪山区",
      "光明区",
      "盐田区",
      "大鹏新区",
      "深汕特别合作区",
    ],
    flags: [
      { code: "UNIT-DIFF", district: "宝安区", indicator: "服务老年人人数" },
      { code: "OUTLIER", district: "南山区", indicator: "社区长者助餐点数量" },
      { code: "OUTLIER", district: "龙岗区", indicator: "服务老年人人数", info: true },
      { code: "OUTLIER", district: "盐田区", indicator: "服务老年人人数", info: true },
      { code: "OUTLIER", district: "大鹏新区", indicator: "服务老年人人数", info: true },
      { code: "OUTLIER", district: "深汕特别合作区", indicator: "服务老年人人数", info: true },
      { code: "OUTLIER", district: "盐田区", indicator: "社区长者助餐点数量", info: true },
      { code: "OUTLIER", district: "大鹏新区", indicator: "社区长者助餐点数量", info: true },
      { code: "OUTLIER", district: "深汕特别合作区", indicator: "社区长者助餐点数量", info: true },
      // Gold corrected after the run: 南山区's 420 (a zero too many) left out of the median, as round 138
      // decided, the median is 28.5, and 宝安区's 60 and 龙岗区's 65 are twice it.
      { code: "OUTLIER", district: "宝安区", indicator: "社区长者助餐点数量", info: true },
      { code: "OUTLIER", district: "龙岗区", indicator: "社区长者助餐点数量", info: true },
    ],
    notes: [],
  },
  {
    id: "F 邵阳高标准农田（分解表每县一行＋合计）",
    sources: shaoyangFarmland,
    districts: [
      "新邵县",
      "邵阳县",
      "隆回县",
      "洞口县",
      "绥宁县",
      "新宁县",
      "城步苗族自治县",
      "武冈市",
      "邵东市",
    ],
    flags: [
      { code: "OUTLIER", district: "城步苗族自治县", indicator: "建设面积", info: true },
      { code: "OUTLIER", district: "武冈市", indicator: "亩均财政投入" },
      { code: "COMPARATOR-DIFF", district: "新宁县", indicator: "耕地质量等级提升" },
    ],
    notes: [],
  },
  {
    id: "G 恩施州幼儿园（每县市一个工作簿）",
    sources: enshiKindergarten,
    districts: ["恩施市", "利川市", "建始县", "巴东县", "宣恩县", "咸丰县", "来凤县", "鹤峰县"],
    flags: [
      { code: "OUTLIER", district: "恩施市", indicator: "在园幼儿人数", info: true },
      { code: "OUTLIER", district: "鹤峰县", indicator: "在园幼儿人数", info: true },
      { code: "COMPARATOR-DIFF", district: "鹤峰县", indicator: "生均公用经费标准" },
      { code: "MISSING", district: "宣恩县", indicator: "资金拨付及时率" },
    ],
    notes: ["1.1万人"],
  },
  {
    id: "H 浙江地市公路（设区市列，湖州写米）",
    sources: zhejiangRoads,
    districts: [
      "杭州市",
      "宁波市",
      "温州市",
      "嘉兴市",
      "湖州市",
      "绍兴市",
      "金华市",
      "衢州市",
      "舟山市",
      "台州市",
      "丽水市",
    ],
    flags: [
      // Gold corrected (round 217): 1900 公里 is 0.17× the median 11000 — beyond the five times a 规模差异 spans
      // (rounds 138, 181; 上街区 at 0.18× in this round's own correction), a finding to check, not a gap in size.
      { code: "OUTLIER", district: "舟山市", indicator: "农村公路养护里程" },
      { code: "COMPARATOR-DIFF", district: "衢州市", indicator: "优良中等路比例" },
    ],
    notes: ["8600000米"],
  },
  {
    id: "I 长沙垃圾分类（打包单元格，区县列）",
    sources: changshaWaste,
    districts: ["芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市", "宁乡市"],
    flags: [
      { code: "OUTLIER", district: "雨花区", indicator: "生活垃圾分类收运量" },
      { code: "UNIT-DIFF", district: "浏阳市", indicator: "生活垃圾分类收运量" },
      { code: "MISSING", district: "开福区", indicator: "居民满意度" },
    ],
    notes: [],
  },
  {
    id: "J 郑州居家养老（每区一列，两列简称，合计）",
    sources: zhengzhouElderly,
    districts: [
      "中原区",
      "二七区",
      "金水区",
      "管城",
      "惠济区",
      "上街区",
      "巩义市",
      "荥阳市",
      "新密市",
      "新郑市",
      "登封市",
      "中牟",
    ],
    flags: [
      { code: "OUTLIER", district: "上街区", indicator: "居家养老服务人数", info: true },
      { code: "OUTLIER", district: "上街区", indicator: "助餐服务人次", info: true },
      { code: "OUTLIER", district: "上街区", indicator: "居家养老服务站点数", info: true },
      { code: "UNIT-DIFF", district: "金水区", indicator: "助餐服务人次" },
      { code: "OUTLIER", district: "新郑市", indicator: "居家养老服务站点数" },
    ],
    notes: [],
  },
  {
    id: "K 杭州高标准农田（区县市列，建德写亩）",
    sources: hangzhouFarmland,
    districts: ["萧山区", "余杭区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"],
    flags: [
      { code: "COMPARATOR-DIFF", district: "桐庐县", indicator: "亩均财政投入" },
      { code: "DATE-DIFF", district: "淳安县", indicator: "项目完成时间" },
    ],
    notes: ["17000亩"],
  },
  {
    id: "L 苏州幼儿园（每区一列＋合计）",
    sources: suzhouKindergarten,
    districts: [
      "姑苏区",
      "虎丘区",
      "吴中区",
      "相城区",
      "吴江区",
      "昆山市",
      "太仓市",
      "常熟市",
      "张家港市",
      "苏州工业园区",
    ],
    flags: [
      { code: "OUTLIER", district: "太仓市", indicator: "生均公用经费标准" },
      { code: "UNIT-DIFF", district: "常熟市", indicator: "保教人员培训人次" },
    ],
    notes: [],
  },
  {
    id: "M 黔东南课后服务（打包单元格，县名在项目名称中）",
    sources: qiandongnanAfterSchool,
    districts: [
      "凯里市",
      "黄平县",
      "施秉县",
      "三穗县",
      "镇远县",
      "岑巩县",
      "天柱县",
      "锦屏县",
      "剑河县",
      "台江县",
      "黎平县",
      "榕江县",
    ],
    flags: [
      { code: "COMPARATOR-DIFF", district: "剑河县", indicator: "课后服务参与率" },
      { code: "MISSING", district: "台江县", indicator: "学生家长满意度" },
    ],
    notes: ["2.9万人"],
  },
  {
    id: "N 长沙居家养老（每区一个工作簿，修改稿）",
    sources: changshaElderly,
    districts: ["芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区"],
    flags: [],
    notes: ["修改稿"],
  },
  {
    id: "O 河南地市医保（每市一列＋合计不符）",
    sources: henanInsurance,
    districts: [
      "郑州市",
      "开封市",
      "洛阳市",
      "平顶山市",
      "安阳市",
      "鹤壁市",
      "新乡市",
      "焦作市",
      "濮阳市",
      "许昌市",
      "漯河市",
      "三门峡市",
    ],
    flags: [
      { code: "OUTLIER", district: "鹤壁市", indicator: "参保人数", info: true },
      { code: "TOTAL-DIFF", district: "合计", indicator: "参保人数" },
      { code: "RATE-FRACTION", district: "濮阳市", indicator: "参保率" },
    ],
    notes: [],
  },
  {
    id: "P 深圳垃圾分类（辖区列写简称）",
    sources: shenzhenWaste,
    districts: ["福田", "罗湖", "南山", "盐田", "宝安", "龙岗", "龙华", "坪山", "光明", "大鹏"],
    flags: [
      { code: "OUTLIER", district: "盐田", indicator: "生活垃圾分类处理量", info: true },
      // Gold corrected (round 217): 200 吨/日 is 0.15× the median 1350, beyond five times: a finding. The other
      // four (0.22×–2.6×) are 规模差异 since round 217 reads an amount per day as a figure of size.
      { code: "OUTLIER", district: "大鹏", indicator: "生活垃圾分类处理量" },
      { code: "OUTLIER", district: "坪山", indicator: "生活垃圾分类处理量", info: true },
      { code: "OUTLIER", district: "宝安", indicator: "生活垃圾分类处理量", info: true },
      { code: "OUTLIER", district: "龙岗", indicator: "生活垃圾分类处理量", info: true },
      { code: "MISSING", district: "宝安", indicator: "居民满意度" },
    ],
    notes: ["0.35万吨"],
  },
];

/**
 * Round 213's second batch, written before it was run on the engine after the fixes (scored once): 芜湖, 广西's
 * 地市, 阿坝州, 宁波 and 佛山.
 */

/** Q: 芜湖 垃圾分类, packed cells with no unit column: the 开发区 named only before the year in its project's name. */
function wuhuWaste(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["镜湖区", 800, "40辆"],
    ["弋江区", 600, "32辆"],
    ["鸠江区", 700, "36辆"],
    ["湾沚区", 500, "28辆"],
    ["繁昌区", 450, "25辆"],
    ["无为市", 9000, "45辆"],
    ["南陵县", 400, "24辆"],
    ["芜湖经济技术开发区", 220, "12台"],
  ];
  const rows: Row[] = [["芜湖市2025年生活垃圾分类补助资金绩效目标汇总表"], ["序号", "项目名称", "绩效指标"]];
  ds.forEach(([d, n, cars], i) =>
    rows.push([
      i + 1,
      `${d}2025年生活垃圾分类补助`,
      `1、产出指标：分类投放点数量≥${n}个；分类收运车辆${cars}；生活垃圾回收利用率≥35%。2、满意度指标：居民满意度≥90%。`,
    ]),
  );
  return [gridSource("芜湖市垃圾分类汇总.xlsx", rows)];
}

/** R: 广西 高标准农田, a column per 地市 and a 合计 that does not add up, the program named by the region's title. */
function guangxiFarmland(): CompareSource[] {
  const places = ["南宁市", "柳州市", "桂林市", "梧州市", "北海市", "防城港市", "钦州市", "贵港市"];
  const rows: Row[] = [
    ["广西壮族自治区2025年高标准农田建设补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // 42+30+40+20+12+6+18+25 = 193, written 196
    ["产出指标", "数量指标", "高标准农田建设面积", "万亩", 42, 30, 40, 20, 12, 6, 18, 25, 196],
    [null, "质量指标", "耕地质量等级提升", "等", ...fill(9, "≥0.5")],
    [
      null,
      "成本指标",
      "亩均财政投入",
      "元/亩",
      "≥1500",
      "≥1500",
      "≥1500",
      "≥1500",
      "≤1500",
      "≥1500",
      "≥1500",
      "≥1500",
      null,
    ],
    ["满意度指标", "服务对象满意度指标", "项目区群众满意度", "%", ...fill(9, "≥90")],
  ];
  return [gridSource("广西高标准农田分解表.xlsx", rows)];
}

/** S: 阿坝州 农村公路, a sheet per county (理县, 茂县 of one character), 九寨沟's sheet titled with no place. */
function abaRoads(): CompareSource[] {
  const ds: [string, string, string, string, boolean][] = [
    ["马尔康市", "马尔康市", "900公里", "120次", true],
    ["汶川县", "汶川县", "1100000米", "130次", true],
    ["理县", "理县", "700公里", "100次", true],
    ["茂县", "茂县", "950公里", "110次", false],
    ["松潘县", "松潘县", "1300公里", "150人次", true],
    ["九寨沟", "", "800公里", "115次", true],
    ["金川县", "金川县", "1000公里", "105次", true],
    ["小金县", "小金县", "850公里", "100次", true],
  ];
  return ds.map(([sheet, place, km, patrol, sat]) => {
    const rows: Row[] = [
      [`${place}2025年农村公路养护项目绩效目标表`],
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ["农村公路养护项目", "产出指标", "数量指标", "农村公路养护里程", km],
      [null, null, null, "路政巡查次数", patrol],
      [null, null, "质量指标", "优良中等路比例", "≥75%"],
    ];
    if (sat) rows.push([null, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"]);
    return gridSource(`阿坝州农村公路养护.xlsx · ${sheet}`, rows, sheet);
  });
}

/** T: 宁波 居家养老, a rows table with a 区县（市） column. */
function ningboElderly(): CompareSource[] {
  const ds: [string, string, number, boolean, string][] = [
    ["海曙区", "30000人", 60, true, "≥90%"],
    ["江北区", "22000人", 45, true, "≥90%"],
    ["镇海区", "18000人", 40, false, "≥90%"],
    ["北仑区", "26000人", 50, true, "≥90%"],
    ["鄞州区", "48000人", 90, true, "≥90%"],
    ["奉化区", "20000人", 42, true, "≥90%"],
    ["余姚市", "35000人", 700, true, "≥90%"],
    ["慈溪市", "4.6万人", 85, true, "≥90%"],
    ["宁海县", "24000人", 48, true, "≥90%"],
    ["象山县", "23000人", 46, true, "≤90%"],
  ];
  const rows: Row[] = [
    ["宁波市2025年社区居家养老服务补助资金绩效目标表"],
    ["区县（市）", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, n, meals, timely, sat] of ds) {
    rows.push([d, "产出指标", "数量指标", "服务老年人人数", n]);
    rows.push([null, null, null, "助餐点数量", `${meals}个`]);
    if (timely) rows.push([null, null, "时效指标", "上门服务及时率", "≥95%"]);
    rows.push([null, "满意度指标", "服务对象满意度指标", "老年人满意度", sat]);
  }
  return [gridSource("宁波市居家养老汇总.xlsx", rows)];
}

/** U: 佛山 课后服务, a workbook per district named short (禅城.xlsx), its title naming it long. */
function foshanAfterSchool(): CompareSource[] {
  const ds: [string, number, string, string][] = [
    ["禅城", 60000, "300元/生·学期", "2025年12月底前"],
    ["南海", 150000, "300元/生·学期", "2026年3月底前"],
    ["顺德", 140000, "≥300元/生·学期", "2025年12月底前"],
    ["高明", 25000, "300元/生·学期", "2025年12月底前"],
    ["三水", 35000, "300元/生·学期", "2025年12月底前"],
  ];
  return ds.map(([d, n, std, date]) =>
    gridSource(`${d}.xlsx`, [
      [`佛山市${d}区2025年义务教育课后服务补助资金绩效目标表`],
      ["项目名称", "义务教育课后服务补助资金", null, "主管部门", `佛山市${d}区教育局`],
      ["一级指标", "二级指标", "三级指标", "指标值", null],
      ["产出指标", "数量指标", "参与课后服务学生人数", `${n}人`, null],
      [null, "时效指标", "资金拨付时间", date, null],
      ["成本指标", "经济成本指标", "课后服务补助标准", std, null],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", null],
    ]),
  );
}

export const CASES213B: Case[] = [
  {
    id: "Q 芜湖垃圾分类（打包单元格，开发区只在项目名称中）",
    sources: wuhuWaste,
    districts: ["镜湖区", "弋江区", "鸠江区", "湾沚区", "繁昌区", "无为市", "南陵县", "芜湖经济技术开发区"],
    flags: [
      { code: "OUTLIER", district: "无为市", indicator: "分类投放点数量" },
      { code: "OUTLIER", district: "芜湖经济技术开发区", indicator: "分类投放点数量", info: true },
      { code: "OUTLIER", district: "芜湖经济技术开发区", indicator: "分类收运车辆", info: true },
    ],
    notes: [],
  },
  {
    id: "R 广西地市高标准农田（每市一列＋合计不符，自治区表题）",
    sources: guangxiFarmland,
    districts: ["南宁市", "柳州市", "桂林市", "梧州市", "北海市", "防城港市", "钦州市", "贵港市"],
    flags: [
      { code: "OUTLIER", district: "防城港市", indicator: "高标准农田建设面积", info: true },
      { code: "TOTAL-DIFF", district: "合计", indicator: "高标准农田建设面积" },
      { code: "COMPARATOR-DIFF", district: "北海市", indicator: "亩均财政投入" },
    ],
    notes: ["【高标准农田建设补助资金】", "（去掉地名、年度）"],
  },
  {
    id: "S 阿坝州公路（每县一表，一县表题无地名）",
    sources: abaRoads,
    districts: ["马尔康市", "汶川县", "理县", "茂县", "松潘县", "九寨沟", "金川县", "小金县"],
    flags: [
      { code: "UNIT-DIFF", district: "松潘县", indicator: "路政巡查次数" },
      { code: "MISSING", district: "茂县", indicator: "沿线群众满意度" },
    ],
    notes: ["1100000米", "九寨沟"],
  },
  {
    id: "T 宁波居家养老（区县（市）列）",
    sources: ningboElderly,
    districts: [
      "海曙区",
      "江北区",
      "镇海区",
      "北仑区",
      "鄞州区",
      "奉化区",
      "余姚市",
      "慈溪市",
      "宁海县",
      "象山县",
    ],
    flags: [
      { code: "OUTLIER", district: "余姚市", indicator: "助餐点数量" },
      { code: "MISSING", district: "镇海区", indicator: "上门服务及时率" },
      { code: "COMPARATOR-DIFF", district: "象山县", indicator: "老年人满意度" },
    ],
    notes: ["4.6万人"],
  },
  {
    id: "U 佛山课后服务（每区一个工作簿，文件名简称）",
    sources: foshanAfterSchool,
    districts: ["禅城区", "南海区", "顺德区", "高明区", "三水区"],
    flags: [
      { code: "OUTLIER", district: "南海区", indicator: "参与课后服务学生人数", info: true },
      { code: "OUTLIER", district: "顺德区", indicator: "参与课后服务学生人数", info: true },
      { code: "OUTLIER", district: "高明区", indicator: "参与课后服务学生人数", info: true },
      { code: "COMPARATOR-DIFF", district: "顺德区", indicator: "课后服务补助标准" },
      { code: "DATE-DIFF", district: "南海区", indicator: "资金拨付时间" },
    ],
    notes: [],
  },
];
