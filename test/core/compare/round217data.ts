/**
 * Round 217's comparison cases on the line between 偏高/偏低 and 规模差异, written before the engine was run on
 * them: districts of very different size (a city's core district against rural counties, a 新区 with few
 * residents, a county five times another), a figure per head or per unit beside a total, an amount per day or
 * per year (吨/日, 人次/年) beside a frequency (次/日) and money per month (元/月), and rates that are never a gap
 * in size. Each is a rows table with a 区县 column (the parser's, read since long). The gold follows the rules
 * rounds 138 and 181 recorded: a figure that grows with the district (a count, an area, an amount, in total or
 * per period) within five times of the median either way is a 规模差异 (`info`); beyond five times, a rate, a
 * figure per head or per unit, or a value most districts share is a finding.
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";

type Row = CellValue[];

/** Rows of one district: [一级, 二级, 三级, 指标值], the district written on its first row only. */
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

const SAT = (name: string): Ind => ["满意度指标", "服务对象满意度指标", name, "≥90%"];

/** A: 赣州 农村危房改造, the core district (章贡区) a tenth of the counties, 石城县 a quarter: 户 and 万元 at one ratio. */
function ganzhouHousing(): CompareSource[] {
  const ds: [string, number][] = [
    ["章贡区", 40],
    ["南康区", 600],
    ["赣县区", 520],
    ["信丰县", 480],
    ["宁都县", 900],
    ["于都县", 850],
    ["兴国县", 700],
    ["会昌县", 500],
    ["石城县", 120],
  ];
  return rowsTable(
    "赣州市2025年农村危房改造补助资金绩效目标表",
    "赣州市危房改造.xlsx",
    "区县",
    ds.map(([d, n]) => [
      d,
      [
        ["产出指标", "数量指标", "农村危房改造户数", `${n}户`],
        ["产出指标", "质量指标", "竣工验收合格率", "100%"],
        ["成本指标", "经济成本指标", "补助资金", `${n * 2}万元`],
        SAT("受益农户满意度"),
      ],
    ]),
  );
}

/** B: 西安 城乡居民养老保险, 西咸新区 with few residents (a twelfth), a per-head subsidy most districts share. */
function xianPension(): CompareSource[] {
  const ds: [string, string, string, string][] = [
    ["新城区", "8万人", "60元/人", "≥95%"],
    ["碑林区", "7万人", "60元/人", "≥95%"],
    ["莲湖区", "9万人", "60元/人", "≥95%"],
    ["雁塔区", "14万人", "60元/人", "≥95%"],
    ["未央区", "16万人", "60元/人", "≥95%"],
    ["灞桥区", "18万人", "30元/人", "≥95%"],
    ["长安区", "40万人", "60元/人", "≥95%"],
    ["临潼区", "32万人", "60元/人", "≥95%"],
    ["西咸新区", "1.2万人", "60元/人", "≥90%"],
  ];
  return rowsTable(
    "西安市2025年城乡居民基本养老保险补助资金绩效目标表",
    "西安市居民养老.xlsx",
    "区县",
    ds.map(([d, n, sub, rate]) => [
      d,
      [
        ["产出指标", "数量指标", "参保人数", n],
        ["产出指标", "质量指标", "参保率", rate],
        ["成本指标", "经济成本指标", "人均缴费补贴", sub],
        SAT("参保群众满意度"),
      ],
    ]),
  );
}

/** C: 合肥 污水处理设施运维, 立方米/日 (an amount per day: grows with the district), 元/吨 (per unit: never). */
function hefeiSewage(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["肥东县", 12000, "1.2元/吨"],
    ["肥西县", 15000, "1.2元/吨"],
    ["长丰县", 9000, "1.2元/吨"],
    ["庐江县", 11000, "1.2元/吨"],
    ["巢湖市", 10000, "1.2元/吨"],
    ["瑶海区", 1500, "1.2元/吨"],
    ["庐阳区", 2000, "2.5元/吨"],
    ["包河区", 4000, "1.2元/吨"],
    ["蜀山区", 3000, "1.2元/吨"],
  ];
  return rowsTable(
    "合肥市2025年乡镇污水处理设施运维补助资金绩效目标表",
    "合肥市污水运维.xlsx",
    "区县",
    ds.map(([d, q, std]) => [
      d,
      [
        ["产出指标", "数量指标", "污水日处理量", `${q}立方米/日`],
        ["产出指标", "质量指标", "出水水质达标率", "≥95%"],
        ["成本指标", "经济成本指标", "运维补助标准", std],
        SAT("周边群众满意度"),
      ],
    ]),
  );
}

/** D: 成都 居家养老助餐, 人次/年 (an amount per year), two 新区 — one a third of the median, one a tenth. */
function chengduMeals(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["锦江区", 150000, "5元/人次"],
    ["青羊区", 160000, "5元/人次"],
    ["金牛区", 200000, "5元/人次"],
    ["武侯区", 190000, "5元/人次"],
    ["成华区", 170000, "5元/人次"],
    ["龙泉驿区", 90000, "5元/人次"],
    ["新都区", 110000, "5元/人次"],
    ["郫都区", 80000, "5元/人次"],
    ["天府新区", 40000, "5元/人次"],
    ["东部新区", 12000, "8元/人次"],
  ];
  return rowsTable(
    "成都市2025年社区居家养老助餐服务补助资金绩效目标表",
    "成都市助餐.xlsx",
    "区县",
    ds.map(([d, n, std]) => [
      d,
      [
        ["产出指标", "数量指标", "助餐服务人次", `${n}人次/年`],
        ["成本指标", "经济成本指标", "助餐补贴", std],
        SAT("老年人满意度"),
      ],
    ]),
  );
}

/** E: 黔南州 农村饮水, a rate far below (never a gap in size), a county 2.5 times the median in 处, 升/人·日. */
function qiannanWater(): CompareSource[] {
  const ds: [string, string, number, string][] = [
    ["都匀市", "≥95%", 120, "60升/人·日"],
    ["福泉市", "≥93%", 80, "60升/人·日"],
    ["荔波县", "≥90%", 70, "60升/人·日"],
    ["贵定县", "≥92%", 75, "60升/人·日"],
    ["瓮安县", "≥94%", 90, "60升/人·日"],
    ["独山县", "≥91%", 85, "60升/人·日"],
    ["平塘县", "≥88%", 65, "25升/人·日"],
    ["罗甸县", "≥40%", 210, "60升/人·日"],
  ];
  return rowsTable(
    "黔南州2025年农村饮水安全巩固提升资金绩效目标表",
    "黔南州农村饮水.xlsx",
    "县市",
    ds.map(([d, rate, n, per]) => [
      d,
      [
        ["产出指标", "数量指标", "集中供水工程", `${n}处`],
        ["产出指标", "质量指标", "农村自来水普及率", rate],
        ["效益指标", "社会效益指标", "人均日供水量", per],
        SAT("受益群众满意度"),
      ],
    ]),
  );
}

/** F: 长沙 特困供养, core districts a third of the median, two 县级市 three times it; 元/月 a standard. */
function changshaSupport(): CompareSource[] {
  const ds: [string, number, number][] = [
    ["岳麓区", 900, 1100],
    ["芙蓉区", 300, 1150],
    ["天心区", 350, 1120],
    ["开福区", 420, 1100],
    ["雨花区", 500, 1130],
    ["望城区", 1100, 1050],
    ["长沙县", 1600, 1000],
    ["浏阳市", 3200, 980],
    ["宁乡市", 2900, 480],
  ];
  return rowsTable(
    "长沙市2025年特困人员救助供养资金绩效目标表",
    "长沙市特困供养.xlsx",
    "区县",
    ds.map(([d, n, money]) => [
      d,
      [
        ["产出指标", "数量指标", "特困供养人数", `${n}人`],
        ["产出指标", "质量指标", "资金发放准确率", "100%"],
        ["成本指标", "经济成本指标", "基本生活费", `${money}元/月`],
        SAT("供养对象满意度"),
      ],
    ]),
  );
}

/** G: 昆明 公共停车泊位, the core districts two to three times the median, the counties a fifth to a third. */
function kunmingParking(): CompareSource[] {
  const ds: [string, number, number][] = [
    ["五华区", 3000, 80],
    ["盘龙区", 2800, 85],
    ["官渡区", 3500, 82],
    ["西山区", 2500, 78],
    ["呈贡区", 1500, 72],
    ["晋宁区", 400, 70],
    ["安宁市", 900, 75],
    ["嵩明县", 300, 30],
    ["宜良县", 350, 76],
    ["石林彝族自治县", 250, 74],
  ];
  return rowsTable(
    "昆明市2025年城市公共停车设施建设补助资金绩效目标表",
    "昆明市停车泊位.xlsx",
    "区县",
    ds.map(([d, n, use]) => [
      d,
      [
        ["产出指标", "数量指标", "新增公共停车泊位", `${n}个`],
        ["效益指标", "社会效益指标", "泊位利用率", `≥${use}%`],
        SAT("市民满意度"),
      ],
    ]),
  );
}

/** H: 西宁 环卫保洁, a county seven times the median (beyond any gap in size), 次/日 a frequency. */
function xiningCleaning(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["城东区", 600, "2次/日"],
    ["城中区", 450, "2次/日"],
    ["城西区", 500, "2次/日"],
    ["城北区", 550, "2次/日"],
    ["湟中区", 300, "2次/日"],
    ["大通回族土族自治县", 3600, "2次/日"],
    ["湟源县", 200, "1次/日"],
  ];
  return rowsTable(
    "西宁市2025年城乡环卫保洁补助资金绩效目标表",
    "西宁市环卫保洁.xlsx",
    "区县",
    ds.map(([d, area, freq]) => [
      d,
      [
        ["产出指标", "数量指标", "保洁面积", `${area}万平方米`],
        ["产出指标", "质量指标", "道路机扫率", "≥80%"],
        ["产出指标", "时效指标", "保洁频次", freq],
        SAT("群众满意度"),
      ],
    ]),
  );
}

export const CASES217: Case[] = [
  {
    id: "A 赣州危房改造（中心城区与农业县）",
    sources: ganzhouHousing,
    districts: ["章贡区", "南康区", "赣县区", "信丰县", "宁都县", "于都县", "兴国县", "会昌县", "石城县"],
    flags: [
      { code: "OUTLIER", district: "章贡区", indicator: "农村危房改造户数" },
      { code: "OUTLIER", district: "章贡区", indicator: "补助资金" },
      { code: "OUTLIER", district: "石城县", indicator: "农村危房改造户数", info: true },
      { code: "OUTLIER", district: "石城县", indicator: "补助资金", info: true },
    ],
    notes: [],
  },
  {
    id: "B 西安居民养老（新区人少，人均补贴）",
    sources: xianPension,
    districts: ["新城区", "碑林区", "莲湖区", "雁塔区", "未央区", "灞桥区", "长安区", "临潼区", "西咸新区"],
    flags: [
      { code: "OUTLIER", district: "西咸新区", indicator: "参保人数" },
      { code: "OUTLIER", district: "碑林区", indicator: "参保人数", info: true },
      { code: "OUTLIER", district: "长安区", indicator: "参保人数", info: true },
      { code: "OUTLIER", district: "临潼区", indicator: "参保人数", info: true },
      { code: "OUTLIER", district: "西咸新区", indicator: "参保率" },
      { code: "OUTLIER", district: "灞桥区", indicator: "人均缴费补贴" },
    ],
    notes: [],
  },
  {
    id: "C 合肥污水运维（立方米/日与元/吨）",
    sources: hefeiSewage,
    districts: ["肥东县", "肥西县", "长丰县", "庐江县", "巢湖市", "瑶海区", "庐阳区", "包河区", "蜀山区"],
    flags: [
      { code: "OUTLIER", district: "瑶海区", indicator: "污水日处理量" },
      { code: "OUTLIER", district: "庐阳区", indicator: "污水日处理量", info: true },
      { code: "OUTLIER", district: "包河区", indicator: "污水日处理量", info: true },
      { code: "OUTLIER", district: "蜀山区", indicator: "污水日处理量", info: true },
      { code: "OUTLIER", district: "庐阳区", indicator: "运维补助标准" },
    ],
    notes: [],
  },
  {
    id: "D 成都助餐（人次/年，两个新区）",
    sources: chengduMeals,
    districts: [
      "锦江区",
      "青羊区",
      "金牛区",
      "武侯区",
      "成华区",
      "龙泉驿区",
      "新都区",
      "郫都区",
      "天府新区",
      "东部新区",
    ],
    flags: [
      { code: "OUTLIER", district: "东部新区", indicator: "助餐服务人次" },
      { code: "OUTLIER", district: "天府新区", indicator: "助餐服务人次", info: true },
      { code: "OUTLIER", district: "东部新区", indicator: "助餐补贴" },
    ],
    notes: [],
  },
  {
    id: "E 黔南州农村饮水（普及率、升/人·日）",
    sources: qiannanWater,
    districts: ["都匀市", "福泉市", "荔波县", "贵定县", "瓮安县", "独山县", "平塘县", "罗甸县"],
    flags: [
      { code: "OUTLIER", district: "罗甸县", indicator: "农村自来水普及率" },
      { code: "OUTLIER", district: "罗甸县", indicator: "集中供水工程", info: true },
      { code: "OUTLIER", district: "平塘县", indicator: "人均日供水量" },
    ],
    notes: [],
  },
  {
    id: "F 长沙特困供养（城区与县市，元/月）",
    sources: changshaSupport,
    districts: ["岳麓区", "芙蓉区", "天心区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市", "宁乡市"],
    flags: [
      { code: "OUTLIER", district: "芙蓉区", indicator: "特困供养人数", info: true },
      { code: "OUTLIER", district: "天心区", indicator: "特困供养人数", info: true },
      { code: "OUTLIER", district: "开福区", indicator: "特困供养人数", info: true },
      { code: "OUTLIER", district: "浏阳市", indicator: "特困供养人数", info: true },
      { code: "OUTLIER", district: "宁乡市", indicator: "特困供养人数", info: true },
      { code: "OUTLIER", district: "宁乡市", indicator: "基本生活费" },
    ],
    notes: [],
  },
  {
    id: "G 昆明停车泊位（主城区与县）",
    sources: kunmingParking,
    districts: [
      "五华区",
      "盘龙区",
      "官渡区",
      "西山区",
      "呈贡区",
      "晋宁区",
      "安宁市",
      "嵩明县",
      "宜良县",
      "石林彝族自治县",
    ],
    flags: [
      { code: "OUTLIER", district: "五华区", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "盘龙区", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "官渡区", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "西山区", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "晋宁区", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "嵩明县", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "宜良县", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "石林彝族自治县", indicator: "新增公共停车泊位", info: true },
      { code: "OUTLIER", district: "嵩明县", indicator: "泊位利用率" },
    ],
    notes: [],
  },
  {
    id: "H 西宁环卫保洁（超出五倍，次/日）",
    sources: xiningCleaning,
    districts: ["城东区", "城中区", "城西区", "城北区", "湟中区", "大通回族土族自治县", "湟源县"],
    flags: [
      { code: "OUTLIER", district: "大通回族土族自治县", indicator: "保洁面积" },
      { code: "OUTLIER", district: "湟源县", indicator: "保洁面积", info: true },
      { code: "OUTLIER", district: "湟源县", indicator: "保洁频次" },
    ],
    notes: [],
  },
];

/**
 * Round 217's second batch, written after the fix and before it was run (scored once): 郑州 (吨/日 and 辆, 上街区
 * beyond five times), 兰州 (兰州新区, 城关区 three and a half times), 南平 (a count most counties share, 件/日) and
 * 河北's 设区市 (rates three times apart, never a gap in size; 万亩 a county nearly five times).
 */

/** I: 郑州 生活垃圾清运, 上街区 at a fifth-less of the median on 吨/日, 金水区 three times; 元/吨 and a rate shared. */
function zhengzhouCollection(): CompareSource[] {
  const ds: [string, number, number, string, string][] = [
    ["中原区", 900, 60, "180元/吨", "≥98%"],
    ["二七区", 1000, 65, "180元/吨", "≥98%"],
    ["管城回族区", 800, 55, "180元/吨", "≥98%"],
    ["金水区", 2200, 150, "180元/吨", "≥98%"],
    ["惠济区", 500, 35, "180元/吨", "≥98%"],
    ["上街区", 140, 12, "180元/吨", "≥98%"],
    ["航空港区", 600, 40, "260元/吨", "≥98%"],
    ["中牟县", 700, 45, "180元/吨", "≥95%"],
  ];
  return rowsTable(
    "郑州市2025年生活垃圾清运补助资金绩效目标表",
    "郑州市垃圾清运.xlsx",
    "区县",
    ds.map(([d, t, cars, fee, rate]) => [
      d,
      [
        ["产出指标", "数量指标", "生活垃圾清运量", `${t}吨/日`],
        ["产出指标", "数量指标", "清运车辆", `${cars}辆`],
        ["产出指标", "时效指标", "清运及时率", rate],
        ["成本指标", "经济成本指标", "收运处置费", fee],
        SAT("居民满意度"),
      ],
    ]),
  );
}

/** J: 兰州 学前教育, 城关区 three and a half times the median, 红古区 and 皋兰县 two fifths, 兰州新区's 生均 twice. */
function lanzhouPreschool(): CompareSource[] {
  const ds: [string, number, number, string, string][] = [
    ["城关区", 42000, 2500, "600元/生·年", "≥85%"],
    ["七里河区", 20000, 1200, "600元/生·年", "≥86%"],
    ["西固区", 12000, 700, "600元/生·年", "≥88%"],
    ["安宁区", 11000, 650, "600元/生·年", "≥84%"],
    ["红古区", 5000, 300, "600元/生·年", "≥90%"],
    ["永登县", 14000, 800, "600元/生·年", "≥87%"],
    ["皋兰县", 4500, 260, "600元/生·年", "≥89%"],
    ["榆中县", 15000, 900, "600元/生·年", "≥83%"],
    ["兰州新区", 9000, 520, "1200元/生·年", "≥40%"],
  ];
  return rowsTable(
    "兰州市2025年学前教育发展资金绩效目标表",
    "兰州市学前教育.xlsx",
    "区县",
    ds.map(([d, kids, teachers, std, rate]) => [
      d,
      [
        ["产出指标", "数量指标", "在园幼儿数", `${kids}人`],
        ["产出指标", "数量指标", "专任教师数", `${teachers}人`],
        ["产出指标", "质量指标", "普惠性幼儿园覆盖率", rate],
        ["成本指标", "经济成本指标", "生均公用经费", std],
        SAT("家长满意度"),
      ],
    ]),
  );
}

/** K: 南平 县域商业物流, one 物流配送中心 a county (建瓯市 three), 站点 and 件/日 two to four times apart. */
function nanpingLogistics(): CompareSource[] {
  const ds: [string, number, number, number, string][] = [
    ["延平区", 1, 120, 28000, "100%"],
    ["建阳区", 1, 150, 20000, "100%"],
    ["邵武市", 1, 130, 18000, "100%"],
    ["武夷山市", 1, 90, 25000, "100%"],
    ["建瓯市", 3, 220, 22000, "100%"],
    ["顺昌县", 1, 80, 8000, "100%"],
    ["浦城县", 1, 160, 12000, "100%"],
    ["光泽县", 1, 50, 5000, "100%"],
    ["松溪县", 1, 60, 4000, "100%"],
    ["政和县", 1, 70, 6000, "≥90%"],
  ];
  return rowsTable(
    "南平市2025年县域商业体系建设资金绩效目标表",
    "南平市县域商业.xlsx",
    "区县",
    ds.map(([d, centres, sites, parcels, rate]) => [
      d,
      [
        ["产出指标", "数量指标", "县级物流配送中心", `${centres}个`],
        ["产出指标", "数量指标", "村级寄递物流站点", `${sites}个`],
        ["产出指标", "数量指标", "日均快件处理量", `${parcels}件/日`],
        ["效益指标", "社会效益指标", "快递进村覆盖率", rate],
        SAT("群众满意度"),
      ],
    ]),
  );
}

/** L: 河北 国土绿化, its 设区市: 森林覆盖率 a fifth and a third of the median (rates), 造林面积 a county near five times. */
function hebeiForest(): CompareSource[] {
  const ds: [string, string, number][] = [
    ["石家庄市", "≥38%", 30],
    ["唐山市", "≥30%", 25],
    ["秦皇岛市", "≥50%", 20],
    ["邯郸市", "≥22%", 22],
    ["邢台市", "≥24%", 24],
    ["保定市", "≥33%", 35],
    ["张家口市", "≥45%", 115],
    ["承德市", "≥58%", 110],
    ["沧州市", "≥6%", 8],
    ["衡水市", "≥10%", 6],
    ["廊坊市", "≥28%", 10],
  ];
  return rowsTable(
    "河北省2025年国土绿化专项资金绩效目标分解表",
    "河北省国土绿化.xlsx",
    "设区市",
    ds.map(([d, cover, area]) => [
      d,
      [
        ["产出指标", "数量指标", "完成造林面积", `${area}万亩`],
        ["产出指标", "质量指标", "苗木成活率", "≥85%"],
        ["效益指标", "生态效益指标", "森林覆盖率", cover],
        SAT("群众满意度"),
      ],
    ]),
  );
}

export const CASES217B: Case[] = [
  {
    id: "I 郑州垃圾清运（吨/日，上街区超出五倍）",
    sources: zhengzhouCollection,
    districts: ["中原区", "二七区", "管城回族区", "金水区", "惠济区", "上街区", "航空港区", "中牟县"],
    flags: [
      { code: "OUTLIER", district: "上街区", indicator: "生活垃圾清运量" },
      { code: "OUTLIER", district: "金水区", indicator: "生活垃圾清运量", info: true },
      { code: "OUTLIER", district: "金水区", indicator: "清运车辆", info: true },
      { code: "OUTLIER", district: "上街区", indicator: "清运车辆", info: true },
      { code: "OUTLIER", district: "中牟县", indicator: "清运及时率" },
      { code: "OUTLIER", district: "航空港区", indicator: "收运处置费" },
    ],
    notes: [],
  },
  {
    id: "J 兰州学前教育（城关区与新区）",
    sources: lanzhouPreschool,
    districts: ["城关区", "七里河区", "西固区", "安宁区", "红古区", "永登县", "皋兰县", "榆中县", "兰州新区"],
    flags: [
      { code: "OUTLIER", district: "城关区", indicator: "在园幼儿数", info: true },
      { code: "OUTLIER", district: "红古区", indicator: "在园幼儿数", info: true },
      { code: "OUTLIER", district: "皋兰县", indicator: "在园幼儿数", info: true },
      { code: "OUTLIER", district: "城关区", indicator: "专任教师数", info: true },
      { code: "OUTLIER", district: "红古区", indicator: "专任教师数", info: true },
      { code: "OUTLIER", district: "皋兰县", indicator: "专任教师数", info: true },
      { code: "OUTLIER", district: "兰州新区", indicator: "普惠性幼儿园覆盖率" },
      { code: "OUTLIER", district: "兰州新区", indicator: "生均公用经费" },
    ],
    notes: [],
  },
  {
    id: "K 南平县域商业（多数相同的个数，件/日）",
    sources: nanpingLogistics,
    districts: [
      "延平区",
      "建阳区",
      "邵武市",
      "武夷山市",
      "建瓯市",
      "顺昌县",
      "浦城县",
      "光泽县",
      "松溪县",
      "政和县",
    ],
    flags: [
      { code: "OUTLIER", district: "建瓯市", indicator: "县级物流配送中心" },
      { code: "OUTLIER", district: "建瓯市", indicator: "村级寄递物流站点", info: true },
      { code: "OUTLIER", district: "光泽县", indicator: "村级寄递物流站点", info: true },
      { code: "OUTLIER", district: "松溪县", indicator: "日均快件处理量", info: true },
      { code: "OUTLIER", district: "光泽县", indicator: "日均快件处理量", info: true },
      { code: "OUTLIER", district: "政和县", indicator: "日均快件处理量", info: true },
      { code: "OUTLIER", district: "政和县", indicator: "快递进村覆盖率" },
      // Gold corrected: ≥90% against the others' bare 100% is a comparator of its own too (round 213 put one
      // in: ≥ against a bare figure), which the gold had left out.
      { code: "COMPARATOR-DIFF", district: "政和县", indicator: "快递进村覆盖率" },
    ],
    notes: [],
  },
  {
    id: "L 河北设区市国土绿化（覆盖率与造林面积）",
    sources: hebeiForest,
    districts: [
      "石家庄市",
      "唐山市",
      "秦皇岛市",
      "邯郸市",
      "邢台市",
      "保定市",
      "张家口市",
      "承德市",
      "沧州市",
      "衡水市",
      "廊坊市",
    ],
    flags: [
      { code: "OUTLIER", district: "张家口市", indicator: "完成造林面积", info: true },
      { code: "OUTLIER", district: "承德市", indicator: "完成造林面积", info: true },
      { code: "OUTLIER", district: "沧州市", indicator: "完成造林面积", info: true },
      { code: "OUTLIER", district: "衡水市", indicator: "完成造林面积", info: true },
      { code: "OUTLIER", district: "廊坊市", indicator: "完成造林面积", info: true },
      { code: "OUTLIER", district: "沧州市", indicator: "森林覆盖率" },
      { code: "OUTLIER", district: "衡水市", indicator: "森林覆盖率" },
    ],
    notes: [],
  },
];
