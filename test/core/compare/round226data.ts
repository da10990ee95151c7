/**
 * Round 226's comparison cases across districts (区域对比), written with their gold before the engine was run on
 * them: one program across 8–14 districts or counties of a city, in the layouts they submit — packed 绩效指标
 * cells as in the sample (主管部门 | 预算单位 | 项目名称 | 绩效目标 | 绩效指标), packed cells with a district column,
 * rows tables under a district column, a sheet per district, a workbook per district, a 分解表 with a column per
 * district (with and without a 计量单位 column) — and realistic differences: districts of different size within
 * five times of the median (规模差异, `info`), figures beyond it, other comparators, units that convert (万元/元,
 * 公里/千米/米, 万人次/人次, 万户/户, 万平方米/平方米, ‰/%), units that do not (人/人次, 元/生·天 against 元/生·年),
 * a missing indicator, a name slightly other than the others' (said as MISSING, the variant named: round 198),
 * and a rate where the others count. The gold follows the decisions rounds 138, 181, 198, 213 and 217 recorded.
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";

type Row = CellValue[];
const fill = <T>(n: number, v: T): T[] => Array<T>(n).fill(v);

/** [一级, name, target] of a packed cell written as the sample writes it (1、产出指标：name，target。). */
type Item = [string, string, string];

const packed = (items: Item[]) =>
  items.map(([l1, name, t], i) => `${i + 1}、${l1}：${name}，${t}。`).join("");

/** The sample's layout: 主管部门 | 预算单位 | 项目名称 | 绩效目标 | 绩效指标, a row per district. */
function sampleLayout(
  title: string,
  file: string,
  ds: { dept: string; unit: string; project: string; goal: string; items: Item[] }[],
): CompareSource[] {
  const rows: Row[] = [
    [title],
    [],
    ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
    ...ds.map((d) => [d.dept, d.unit, d.project, d.goal, packed(d.items)]),
  ];
  return [gridSource(file, rows)];
}

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

/** A: 广州 居家养老, the sample's layout; 南沙 and 从化 a third of the median, 白云 twice; 12万人次 among 人次. */
function guangzhouElderly(): CompareSource[] {
  const ds: [string, string, string, string, boolean][] = [
    // district, 服务老年人人数, 助餐服务人次, 响应及时率, 满意度 written
    ["越秀区", "12000人", "100000人次", "≥95%", true],
    ["海珠区", "15000人", "120000人次", "≥95%", true],
    ["荔湾区", "11000人", "90000人次", ">95%", true],
    ["天河区", "14000人", "12万人次", "≥95%", true],
    ["白云区", "26000人", "150000人次", "≥95%", true],
    ["黄埔区", "8000人", "70000人次", "≥95%", true],
    ["番禺区", "20000人", "130000人次", "≥95%", true],
    ["花都区", "10000人", "80000人次", "≥95%", true],
    ["南沙区", "5000人", "60000人次", "≥95%", true],
    ["从化区", "4000人", "50000人次", "≥95%", true],
    ["增城区", "9000人", "75000人次", "≥95%", false],
  ];
  return sampleLayout(
    "2025年广州市各区社区居家养老服务项目绩效目标表",
    "广州市居家养老汇总.xlsx",
    ds.map(([d, n, meals, resp, sat]) => ({
      dept: `广州市${d}民政局`,
      unit: `广州市${d}民政局`,
      project: `广州市${d}2025年社区居家养老服务项目`,
      goal: "为辖区老年人提供助餐、上门等居家养老服务，提升老年人生活质量。",
      items: [
        // 花都区 names the headcount 服务老人数, the others 服务老年人人数.
        ["产出指标", d === "花都区" ? "服务老人数" : "服务老年人人数", n],
        ["产出指标", "助餐服务人次", meals],
        ["产出指标", "上门服务响应及时率", resp],
        ...(sat ? [["效益指标", "老年人满意度", "≥90%"] as Item] : []),
      ],
    })),
  );
}

/** B: 成都 农村生活污水治理, a rows table under 区（市）县; 千米 and 米 among 公里, a fraction, a later deadline. */
function chengduSewage(): CompareSource[] {
  const ds: [string, string, number, string, string, boolean][] = [
    ["龙泉驿区", "120公里", 25, "≥75%", "2025年12月底前", true],
    ["青白江区", "90公里", 20, "≥75%", "2025年12月底前", true],
    ["新都区", "150公里", 30, "≥0.75", "2025年12月底前", true],
    ["温江区", "80公里", 15, "≥75%", "2025年12月底前", true],
    ["双流区", "140公里", 28, "≥75%", "2025年12月底前", true],
    ["郫都区", "110公里", 22, "≥75%", "2025年12月底前", true],
    ["新津区", "70公里", 18, "≥75%", "2025年12月底前", true],
    ["简阳市", "260公里", 60, "≥75%", "2025年12月底前", true],
    ["都江堰市", "100公里", 26, "≥75%", "2025年12月底前", true],
    ["彭州市", "130公里", 35, "≥75%", "2026年6月底前", true],
    ["邛崃市", "95千米", 32, "≥75%", "2025年12月底前", false],
    ["崇州市", "105000米", 3, "≥75%", "2025年12月底前", true],
  ];
  return rowsTable(
    "成都市2025年农村生活污水治理补助资金绩效目标表",
    "成都市农村污水治理.xlsx",
    "区（市）县",
    ds.map(([d, km, villages, load, date, sat]) => [
      d,
      [
        ["产出指标", "数量指标", "新建改造污水管网", km],
        ["产出指标", "数量指标", "治理行政村数量", `${villages}个`],
        ["产出指标", "质量指标", "污水处理设施运行负荷率", load],
        ["产出指标", "时效指标", "项目完工时间", date],
        ...(sat ? [["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"] as Ind] : []),
      ],
    ]),
  );
}

/** C: 武汉 基本公共卫生服务, a sheet per district; 青山区 sets a rate where the others count, 汉南区 0.15×. */
function wuhanPublicHealth(): CompareSource[] {
  const ds: [string, string | null, string, string, string][] = [
    // district, 老年人健康管理人数 (null: a rate instead), 高血压规范管理率, 补助标准, 电子建档率
    ["江岸区", "60000人", "≥65%", "89元/人", "≥90%"],
    ["江汉区", "45000人", "≥65%", "89元/人", "≥90%"],
    ["硚口区", "50000人", "≥65%", "89元/人·年", "≥90%"],
    ["汉阳区", "48000人", "≥65%", "89元/人", "≥90%"],
    ["武昌区", "70000人", "≥65%", "≥89元/人", "≥90%"],
    ["青山区", null, "≥65%", "89元/人", "≥90%"],
    ["洪山区", "80000人", "≥65%", "89元/人", ">90%"],
    ["东西湖区", "30000人", "≥65%", "89元/人", "≥90%"],
    ["汉南区", "8000人", "≥65%", "89元/人", "≥90%"],
    ["蔡甸区", "40000人", "≥65%", "89元/人", "≥90%"],
    ["江夏区", "55000人", "≥60%", "89元/人", "≥90%"],
    ["黄陂区", "90000人", "≥65%", "89元/人", "≥90%"],
    ["新洲区", "85000人", "≥65%", "89元/人", "≥90%"],
  ];
  return ds.map(([d, elders, hyp, std, files]) =>
    gridSource(
      `武汉市基本公共卫生服务汇总.xlsx · ${d}`,
      [
        [`武汉市${d}2025年基本公共卫生服务项目绩效目标表`],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        elders
          ? ["产出指标", "数量指标", "65岁以上老年人健康管理人数", elders]
          : ["产出指标", "数量指标", "65岁以上老年人健康管理率", "≥70%"],
        [null, "质量指标", "高血压患者规范管理率", hyp],
        [null, null, "居民电子健康档案建档率", files],
        [null, "成本指标", "基本公共卫生服务补助标准", std],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
      ],
      d,
    ),
  );
}

/** D: 宁波 送戏下乡, a workbook per district; 象山 1500 场 (a zero too many), 万人次 and 元 among 人次 and 万元. */
function ningboCulture(): CompareSource[] {
  const ds: [string, number, string, string, string, boolean][] = [
    // district, 演出场次, 借阅量, 补助资金, 拨付及时率, 满意度 written
    ["海曙区", 120, "80万人次", "300万元", "100%", true],
    ["江北区", 80, "45万人次", "200万元", "≥95%", true],
    ["北仑区", 150, "60万人次", "350万元", "100%", true],
    ["镇海区", 90, "40万人次", "220万元", "100%", true],
    ["鄞州区", 200, "120万人次", "500万元", "100%", true],
    ["奉化区", 130, "35万人次", "280万元", "100%", true],
    ["余姚市", 180, "70万人次", "420万元", "100%", true],
    ["慈溪市", 190, "850000人次", "450万元", "100%", true],
    ["宁海县", 160, "50万人次", "380万元", "100%", false],
    ["象山县", 1500, "48万人次", "3600000元", "100%", true],
  ];
  return ds.map(([d, shows, loans, money, pay, sat]) => {
    const rows: Row[] = [
      [`宁波市${d}2025年公共文化服务体系建设补助资金绩效目标表`],
      ["项目名称", "公共文化服务体系建设补助资金", null, "主管部门", `宁波市${d}文化广电旅游局`],
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "送戏下乡演出场次", `${shows}场`, null],
      [null, null, "公共图书馆年借阅量", loans, null],
      [null, "时效指标", "资金拨付及时率", pay, null],
      ["成本指标", "经济成本指标", "补助资金", money, null],
    ];
    if (sat) rows.push(["满意度指标", "服务对象满意度指标", "演出群众满意度", "≥90%", null]);
    return gridSource(`${d}公共文化服务补助资金.xlsx`, rows);
  });
}

/** E: 西安 农村公路养护, a 分解表 a column per district with 计量单位 and a 合计 that adds up. */
function xianRoads(): CompareSource[] {
  const places = [
    "长安区",
    "临潼区",
    "阎良区",
    "高陵区",
    "鄠邑区",
    "蓝田县",
    "周至县",
    "灞桥区",
    "未央区",
    "雁塔区",
  ];
  const rows: Row[] = [
    ["西安市2025年农村公路养护资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // 1800+1500+600+500+1300+2100+2000+450+150+80 = 10480
    [
      "产出指标",
      "数量指标",
      "农村公路养护里程",
      "公里",
      1800,
      1500,
      600,
      500,
      1300,
      2100,
      2000,
      450,
      150,
      80,
      10480,
    ],
    [null, "质量指标", "优良中等路比例", "%", ...fill(5, "≥80"), "≥75", ...fill(4, "≥80"), "≥80"],
    [null, "成本指标", "养护补助标准", "元/公里·年", ...fill(4, 7000), "≥7000", ...fill(5, 7000), null],
    [
      null,
      "时效指标",
      "养护工程完工时间",
      "",
      ...fill(8, "2025年12月底前"),
      "2026年3月底前",
      "2025年12月底前",
      "2025年12月底前",
    ],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", "≥90", "≥90", null, ...fill(7, "≥90"), "≥90"],
  ];
  return [gridSource("西安市农村公路养护分解表.xlsx", rows)];
}

/** F: 沈阳 老旧小区改造, a rows table under 区县（市）; 康平县 0.15× on both size rows, 1.1万户 among 户. */
function shenyangOldEstates(): CompareSource[] {
  const ds: [string, number, string, string, string][] = [
    // district, 小区数, 户数, 物业覆盖率, 验收合格率
    ["和平区", 30, "9000户", "≥80%", "100%"],
    ["沈河区", 32, "9500户", "≥80%", "100%"],
    ["大东区", 28, "8500户", "≥80%", "≥98%"],
    ["皇姑区", 35, "1.1万户", "≥80%", "100%"],
    ["铁西区", 39, "11500户", "≥80%", "100%"],
    ["浑南区", 20, "6000户", "≥80%", "100%"],
    ["于洪区", 25, "7500户", "≥60%", "100%"],
    ["沈北新区", 18, "5500户", "≥80%", "100%"],
    ["苏家屯区", 15, "4500户", "≥80%", "100%"],
    ["辽中区", 11, "3300户", "≥80%", "100%"],
    ["新民市", 12, "3600户", "≥80%", "100%"],
    ["法库县", 8, "2400户", "≥80%", "100%"],
    ["康平县", 3, "900户", "≥80%", "100%"],
  ];
  return rowsTable(
    "沈阳市2025年城镇老旧小区改造补助资金绩效目标表",
    "沈阳市老旧小区改造.xlsx",
    "区县（市）",
    ds.map(([d, n, hh, mgmt, pass]) => [
      d,
      [
        ["产出指标", "数量指标", "改造老旧小区数量", `${n}个`],
        ["产出指标", "数量指标", "惠及居民户数", hh],
        ["产出指标", "质量指标", "工程质量验收合格率", pass],
        ["效益指标", "社会效益指标", "改造后小区物业管理覆盖率", mgmt],
        // 沈北新区 writes 居民群众满意度, the others 居民满意度.
        ["满意度指标", "服务对象满意度指标", d === "沈北新区" ? "居民群众满意度" : "居民满意度", "≥90%"],
      ],
    ]),
  );
}

/** G: 南京 河道保洁, packed cells with a 区 column; the city's core districts a quarter to a third of the median. */
function nanjingRivers(): CompareSource[] {
  const ds: [string, string, string, string, boolean][] = [
    // district, 保洁长度, 频次, 水质达标率, 满意度 written
    ["玄武区", "40公里", "≥2次/日", "≥80%", true],
    ["秦淮区", "35公里", "≥2次/日", "≥80%", true],
    ["建邺区", "45公里", "≥2次/日", "≥80%", true],
    ["鼓楼区", "30公里", "≥2次/日", "≥80%", true],
    ["浦口区", "180千米", "≥2次/日", "≥80%", true],
    ["栖霞区", "120公里", "≥2次/日", "80%", true],
    ["雨花台区", "65公里", "≥2次/日", "≥80%", true],
    ["江宁区", "260公里", "≥2次/日", "≥80%", true],
    ["六合区", "230公里", "≥2次/日", "≥80%", false],
    ["溧水区", "150000米", "≥2次/日", "≥80%", true],
    ["高淳区", "160公里", "≥1次/日", "≥80%", true],
  ];
  const rows: Row[] = [
    ["南京市2025年河道长效管护补助资金绩效目标汇总表"],
    ["序号", "区", "项目名称", "绩效指标"],
  ];
  ds.forEach(([d, len, freq, water, sat], i) =>
    rows.push([
      i + 1,
      d,
      "河道长效管护补助资金",
      `一、产出指标\n1.河道保洁长度${len}\n2.河道保洁频次${freq}\n二、效益指标\n3.河道断面水质达标率${water}` +
        (sat ? "\n三、满意度指标\n4.沿河群众满意度≥90%" : ""),
    ]),
  );
  return [gridSource("南京市河道管护汇总.xlsx", rows)];
}

/** H: 重庆 学生营养改善计划, a sheet per county named short; 彭水 writes its standard per year, the others per day. */
function chongqingMeals(): CompareSource[] {
  const ds: [string, string, string, string, string, string, boolean][] = [
    // sheet, district, 受益学生, 补助标准, 补助资金, 满意度, 发放及时率 written
    ["万州", "万州区", "45000人", "5元/生·天", "4500万元", "≥90%", true],
    ["涪陵", "涪陵区", "30000人", "5元/生·天", "3000万元", "≥90%", true],
    ["黔江", "黔江区", "20000人", "5元/生·天", "2000万元", "≥90%", true],
    ["綦江", "綦江区", "28000人", "5元/生·天", "28000000元", "≥90%", true],
    ["开州", "开州区", "52000人", "5元/生·天", "5200万元", "≥90%", true],
    ["云阳", "云阳县", "40000人", "5元/生·天", "4000万元", "≥90%", true],
    ["奉节", "奉节县", "38000人", "5元/生·天", "3800万元", "≥90%", true],
    ["巫山", "巫山县", "22000人", "5元/生·天", "2200万元", ">90%", true],
    ["巫溪", "巫溪县", "1.8万人", "5元/生·天", "1800万元", "≥90%", true],
    ["城口", "城口县", "9000人", "5元/生·天", "900万元", "≥90%", false],
    ["酉阳", "酉阳土家族苗族自治县", "35000人", "5元/生·天", "3500万元", "≥90%", true],
    ["彭水", "彭水苗族土家族自治县", "33000人", "1000元/生·年", "3300万元", "≥90%", true],
  ];
  return ds.map(([sheet, d, n, std, money, sat, pay]) => {
    const rows: Row[] = [
      [`重庆市${d}2025年农村义务教育学生营养改善计划补助资金绩效目标表`],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "受益学生人数", n],
      [null, "质量指标", "食品安全事故发生次数", "0起"],
    ];
    if (pay) rows.push([null, "时效指标", "补助资金发放及时率", "100%"]);
    rows.push(["成本指标", "经济成本指标", "营养膳食补助标准", std]);
    rows.push([null, null, "补助资金", money]);
    rows.push(["满意度指标", "服务对象满意度指标", "学生家长满意度", sat]);
    return gridSource(`重庆市营养改善计划汇总.xlsx · ${sheet}`, rows, sheet);
  });
}

/** I: 福州 家庭医生签约, a rows table under 县（市）区; 台江区 writes a rate where the others count people. */
function fuzhouFamilyDoctors(): CompareSource[] {
  const ds: [string, string | null, string, string, string][] = [
    // district, 签约人数 (null: a rate instead), 重点人群签约率, 服务费标准, 满意度
    ["鼓楼区", "120000人", "≥75%", "25元/人", "≥90%"],
    ["台江区", null, "≥75%", "25元/人", "≥90%"],
    ["仓山区", "150000人", "≥75%", "25元/人", "≥90%"],
    ["晋安区", "140000人", "≥75%", "25元/人·年", "≥90%"],
    ["马尾区", "40000人", "≥75%", "25元/人", "≥90%"],
    ["长乐区", "130000人", "≥75%", "25元/人", "≥90%"],
    ["福清市", "280000人", "≥75%", "25元/人", "≥90%"],
    ["闽侯县", "140000人", "≥75%", "25元/人", "≥90%"],
    ["连江县", "110000人", "≥75%", "25元/人", "≥90%"],
    ["罗源县", "45000人", "≥75%", "25元/人", "90%"],
    ["闽清县", "62000人", "≥75%", "25元/人", "≥90%"],
    ["永泰县", "65000人", "≥70%", "25元/人", "≥90%"],
  ];
  return rowsTable(
    "福州市2025年家庭医生签约服务补助资金绩效目标表",
    "福州市家庭医生签约.xlsx",
    "县（市）区",
    ds.map(([d, n, key, fee, sat]) => [
      d,
      [
        n
          ? ["产出指标", "数量指标", "家庭医生签约人数", n]
          : ["产出指标", "数量指标", "家庭医生签约率", "≥40%"],
        ["产出指标", "质量指标", "重点人群签约率", key],
        ["成本指标", "经济成本指标", "签约服务费补助标准", fee],
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", sat],
      ],
    ]),
  );
}

/** J: 哈尔滨 清冰雪, a column per district with the unit in each cell; 万平方米 and 平方米, 辆 among 台. */
function harbinSnow(): CompareSource[] {
  const places = ["道里区", "南岗区", "道外区", "平房区", "松北区", "香坊区", "呼兰区", "阿城区", "双城区"];
  const rows: Row[] = [
    ["哈尔滨市2025年城市道路清冰雪作业补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", ...places],
    [
      "产出指标",
      "数量指标",
      "清冰雪作业面积",
      "1200万平方米",
      "1500万平方米",
      "1000万平方米",
      "300万平方米",
      "800万平方米",
      "1100万平方米",
      "500万平方米",
      "450万平方米",
      "4200000平方米",
    ],
    [null, null, "投入清雪车辆", "120台", "150台", "100台", "30台", "80台", "110台", "50台", "45台", "42辆"],
    [null, "时效指标", "主干道清雪时限", ...fill(6, "≤24小时"), "≤48小时", "≤24小时", "≤24小时"],
    [
      "满意度指标",
      "服务对象满意度指标",
      "市民满意度",
      "≥85%",
      "≥85%",
      "≥85%",
      "≥85%",
      null,
      ...fill(4, "≥85%"),
    ],
  ];
  return [gridSource("哈尔滨市清冰雪分解表.xlsx", rows)];
}

/** K: 昆明 森林草原防火, a workbook per 县（市、区）; the city's core districts under half the median, ‰ and %. */
function kunmingFire(): CompareSource[] {
  const ds: [string, number, string, boolean, string][] = [
    // district, 扑火队伍人数, 受害率, 早期处理率 written, 满意度 name
    ["五华区", 30, "≤0.9‰", true, "群众满意度"],
    ["盘龙区", 40, "≤0.9‰", true, "群众满意度"],
    ["官渡区", 35, "≤0.9‰", true, "群众满意度"],
    ["西山区", 60, "≤0.9‰", true, "群众满意度"],
    ["呈贡区", 30, "≤0.9‰", true, "群众满意度"],
    ["晋宁区", 80, "≤0.9‰", true, "群众满意度"],
    ["东川区", 90, "≤0.09%", true, "群众满意度"],
    ["安宁市", 85, "≤1‰", true, "群众满意度"],
    ["富民县", 70, "≤0.9‰", true, "群众满意度"],
    ["宜良县", 100, "≤0.9‰", true, "群众满意度"],
    ["石林彝族自治县", 75, "≤0.9‰", true, "周边群众满意度"],
    ["嵩明县", 70, "≤0.9‰", false, "群众满意度"],
    ["禄劝彝族苗族自治县", 150, "≤0.9‰", true, "群众满意度"],
    ["寻甸回族彝族自治县", 130, "≤0.9‰", true, "群众满意度"],
  ];
  return ds.map(([d, crew, burn, early, satName]) => {
    const rows: Row[] = [
      [`${d}2025年森林草原防灭火专项经费绩效目标表`],
      ["项目名称", "森林草原防灭火专项经费", null, "主管部门", `${d}林业和草原局`],
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "专业扑火队伍人数", `${crew}人`, null],
      [null, "质量指标", "森林火灾受害率", burn, null],
    ];
    if (early) rows.push([null, "时效指标", "火情早期处理率", "100%", null]);
    rows.push(["满意度指标", "服务对象满意度指标", satName, "≥90%", null]);
    return gridSource(`${d}森林防火经费.xlsx`, rows);
  });
}

/** L: 天津 职业技能培训, the sample's layout; 河北区 counts 人 where the others count 人次, 万人次 and 元. */
function tianjinTraining(): CompareSource[] {
  const ds: [string, string, string, string, string, boolean][] = [
    // district, 培训人次, 合格率, 补贴资金, 就业率, 满意度 written
    ["和平区", "3000人次", "≥90%", "150万元", "≥60%", true],
    ["河东区", "5000人次", "≥90%", "250万元", "≥60%", true],
    ["河西区", "5500人次", "≥90%", "275万元", "≥60%", true],
    ["南开区", "6000人次", "≥95%", "300万元", "≥60%", true],
    ["河北区", "4500人", "≥90%", "225万元", "≥60%", true],
    ["红桥区", "3500人次", "≥90%", "175万元", "不低于60%", true],
    ["东丽区", "7000人次", "≥90%", "350万元", "≥60%", true],
    ["西青区", "8000人次", "≥90%", "4000000元", "≥60%", true],
    ["津南区", "6500人次", "≥90%", "325万元", "≥60%", true],
    ["北辰区", "7500人次", "≥90%", "375万元", "≥60%", true],
    ["武清区", "12000人次", "≥90%", "600万元", "≥60%", true],
    ["宝坻区", "9000人次", "≥90%", "450万元", "≥60%", false],
    ["宁河区", "4000人次", "≥90%", "200万元", "≥60%", true],
    ["静海区", "0.85万人次", "≥90%", "425万元", "≥60%", true],
  ];
  return sampleLayout(
    "2025年天津市各区职业技能提升行动补贴项目绩效目标表",
    "天津市职业技能培训汇总.xlsx",
    ds.map(([d, n, pass, money, job, sat]) => ({
      dept: `天津市${d}人力资源和社会保障局`,
      unit: `天津市${d}职业技能培训指导中心`,
      project: `${d}2025年职业技能提升行动补贴项目`,
      goal: "开展补贴性职业技能培训，提升劳动者就业创业能力。",
      items: [
        ["产出指标", "补贴性职业技能培训人次", n],
        ["产出指标", "培训合格率", pass],
        ["成本指标", "培训补贴资金", money],
        ["效益指标", "培训后就业率", job],
        ...(sat ? [["满意度指标", "培训对象满意度", "≥90%"] as Item] : []),
      ],
    })),
  );
}

export const CASES226: Case[] = [
  {
    id: "A 广州居家养老（样表打包单元格）",
    sources: guangzhouElderly,
    districts: [
      "越秀区",
      "海珠区",
      "荔湾区",
      "天河区",
      "白云区",
      "黄埔区",
      "番禺区",
      "花都区",
      "南沙区",
      "从化区",
      "增城区",
    ],
    flags: [
      // 服务老年人人数 without 花都区 (named otherwise): median 11500; 南沙 0.43×, 从化 0.35×, 白云 2.3×.
      { code: "OUTLIER", district: "南沙区", indicator: "服务老年人人数", info: true },
      { code: "OUTLIER", district: "从化区", indicator: "服务老年人人数", info: true },
      { code: "OUTLIER", district: "白云区", indicator: "服务老年人人数", info: true },
      { code: "MISSING", district: "花都区", indicator: "服务老年人人数" },
      { code: "COMPARATOR-DIFF", district: "荔湾区", indicator: "上门服务响应及时率" },
      { code: "MISSING", district: "增城区", indicator: "老年人满意度" },
    ],
    notes: ["12万人次"],
  },
  {
    id: "B 成都农村污水（区（市）县列）",
    sources: chengduSewage,
    districts: [
      "龙泉驿区",
      "青白江区",
      "新都区",
      "温江区",
      "双流区",
      "郫都区",
      "新津区",
      "简阳市",
      "都江堰市",
      "彭州市",
      "邛崃市",
      "崇州市",
    ],
    flags: [
      // 管网 median 107.5 公里 (邛崃 95 千米, 崇州 105000 米 converted): 简阳 2.4×.
      { code: "OUTLIER", district: "简阳市", indicator: "新建改造污水管网", info: true },
      // 村数 median 25.5: 简阳 2.35×, 崇州 0.12× (beyond five times).
      { code: "OUTLIER", district: "简阳市", indicator: "治理行政村数量", info: true },
      { code: "OUTLIER", district: "崇州市", indicator: "治理行政村数量" },
      { code: "RATE-FRACTION", district: "新都区", indicator: "污水处理设施运行负荷率" },
      { code: "DATE-DIFF", district: "彭州市", indicator: "项目完工时间" },
      { code: "MISSING", district: "邛崃市", indicator: "受益群众满意度" },
    ],
    notes: [],
  },
  {
    id: "C 武汉基本公卫（每区一表，率代替人数）",
    sources: wuhanPublicHealth,
    districts: [
      "江岸区",
      "江汉区",
      "硚口区",
      "汉阳区",
      "武昌区",
      "青山区",
      "洪山区",
      "东西湖区",
      "汉南区",
      "蔡甸区",
      "江夏区",
      "黄陂区",
      "新洲区",
    ],
    flags: [
      // Median 52500 without 青山区: 汉南 0.15× — beyond five times, a finding.
      { code: "OUTLIER", district: "汉南区", indicator: "老年人健康管理人数" },
      { code: "MISSING", district: "青山区", indicator: "老年人健康管理人数" },
      { code: "OUTLIER", district: "江夏区", indicator: "高血压患者规范管理率" },
      { code: "COMPARATOR-DIFF", district: "武昌区", indicator: "基本公共卫生服务补助标准" },
      { code: "COMPARATOR-DIFF", district: "洪山区", indicator: "居民电子健康档案建档率" },
    ],
    notes: [],
  },
  {
    id: "D 宁波公共文化（每区一个工作簿）",
    sources: ningboCulture,
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
      { code: "OUTLIER", district: "象山县", indicator: "送戏下乡演出场次" },
      // 借阅量 median 55 万人次: 鄞州 2.2×.
      { code: "OUTLIER", district: "鄞州区", indicator: "公共图书馆年借阅量", info: true },
      { code: "OUTLIER", district: "江北区", indicator: "资金拨付及时率" },
      { code: "COMPARATOR-DIFF", district: "江北区", indicator: "资金拨付及时率" },
      { code: "MISSING", district: "宁海县", indicator: "演出群众满意度" },
    ],
    notes: ["850000人次"],
  },
  {
    id: "E 西安公路（每区一列＋合计相符）",
    sources: xianRoads,
    districts: [
      "长安区",
      "临潼区",
      "阎良区",
      "高陵区",
      "鄠邑区",
      "蓝田县",
      "周至县",
      "灞桥区",
      "未央区",
      "雁塔区",
    ],
    flags: [
      // Median 950: 雁塔 0.08×, 未央 0.16× (findings); 灞桥 0.47×, 蓝田 2.2×, 周至 2.1× (规模差异).
      { code: "OUTLIER", district: "雁塔区", indicator: "农村公路养护里程" },
      { code: "OUTLIER", district: "未央区", indicator: "农村公路养护里程" },
      { code: "OUTLIER", district: "灞桥区", indicator: "农村公路养护里程", info: true },
      { code: "OUTLIER", district: "蓝田县", indicator: "农村公路养护里程", info: true },
      { code: "OUTLIER", district: "周至县", indicator: "农村公路养护里程", info: true },
      { code: "OUTLIER", district: "蓝田县", indicator: "优良中等路比例" },
      { code: "COMPARATOR-DIFF", district: "鄠邑区", indicator: "养护补助标准" },
      { code: "DATE-DIFF", district: "未央区", indicator: "养护工程完工时间" },
      { code: "MISSING", district: "阎良区", indicator: "沿线群众满意度" },
    ],
    notes: ["“合计”列"],
  },
  {
    id: "F 沈阳老旧小区（区县（市）列）",
    sources: shenyangOldEstates,
    districts: [
      "和平区",
      "沈河区",
      "大东区",
      "皇姑区",
      "铁西区",
      "浑南区",
      "于洪区",
      "沈北新区",
      "苏家屯区",
      "辽中区",
      "新民市",
      "法库县",
      "康平县",
    ],
    flags: [
      // 小区数 median 20: 康平 0.15× a finding, 法库 0.4× a 规模差异; 户数 median 6000: the same.
      { code: "OUTLIER", district: "康平县", indicator: "改造老旧小区数量" },
      { code: "OUTLIER", district: "法库县", indicator: "改造老旧小区数量", info: true },
      { code: "OUTLIER", district: "康平县", indicator: "惠及居民户数" },
      { code: "OUTLIER", district: "法库县", indicator: "惠及居民户数", info: true },
      { code: "OUTLIER", district: "大东区", indicator: "工程质量验收合格率" },
      { code: "COMPARATOR-DIFF", district: "大东区", indicator: "工程质量验收合格率" },
      { code: "OUTLIER", district: "于洪区", indicator: "改造后小区物业管理覆盖率" },
      { code: "MISSING", district: "沈北新区", indicator: "居民满意度" },
    ],
    notes: ["1.1万户"],
  },
  {
    id: "G 南京河道（打包单元格，区列）",
    sources: nanjingRivers,
    districts: [
      "玄武区",
      "秦淮区",
      "建邺区",
      "鼓楼区",
      "浦口区",
      "栖霞区",
      "雨花台区",
      "江宁区",
      "六合区",
      "溧水区",
      "高淳区",
    ],
    flags: [
      // Median 120 公里 (浦口 千米, 溧水 米 converted): 鼓楼 0.25×, 秦淮 0.29×, 玄武 0.33×, 建邺 0.38×, 江宁 2.2×.
      { code: "OUTLIER", district: "鼓楼区", indicator: "河道保洁长度", info: true },
      { code: "OUTLIER", district: "秦淮区", indicator: "河道保洁长度", info: true },
      { code: "OUTLIER", district: "玄武区", indicator: "河道保洁长度", info: true },
      { code: "OUTLIER", district: "建邺区", indicator: "河道保洁长度", info: true },
      { code: "OUTLIER", district: "江宁区", indicator: "河道保洁长度", info: true },
      { code: "OUTLIER", district: "高淳区", indicator: "河道保洁频次" },
      { code: "COMPARATOR-DIFF", district: "栖霞区", indicator: "河道断面水质达标率" },
      { code: "MISSING", district: "六合区", indicator: "沿河群众满意度" },
    ],
    notes: [],
  },
  {
    id: "H 重庆营养餐（每县一表，表名简称）",
    sources: chongqingMeals,
    districts: [
      "万州区",
      "涪陵区",
      "黔江区",
      "綦江区",
      "开州区",
      "云阳县",
      "奉节县",
      "巫山县",
      "巫溪县",
      "城口县",
      "酉阳土家族苗族自治县",
      "彭水苗族土家族自治县",
    ],
    flags: [
      // Median 31500 人 and 3150 万元: 城口 0.29× on both.
      { code: "OUTLIER", district: "城口县", indicator: "受益学生人数", info: true },
      { code: "OUTLIER", district: "城口县", indicator: "补助资金", info: true },
      { code: "UNIT-DIFF", district: "彭水苗族土家族自治县", indicator: "营养膳食补助标准" },
      { code: "COMPARATOR-DIFF", district: "巫山县", indicator: "学生家长满意度" },
      { code: "MISSING", district: "城口县", indicator: "补助资金发放及时率" },
    ],
    notes: [],
  },
  {
    id: "I 福州家庭医生（县（市）区列，率代替人数）",
    sources: fuzhouFamilyDoctors,
    districts: [
      "鼓楼区",
      "台江区",
      "仓山区",
      "晋安区",
      "马尾区",
      "长乐区",
      "福清市",
      "闽侯县",
      "连江县",
      "罗源县",
      "闽清县",
      "永泰县",
    ],
    flags: [
      // Median 120000 without 台江区: 马尾 0.33×, 罗源 0.38×, 福清 2.3×.
      { code: "OUTLIER", district: "马尾区", indicator: "家庭医生签约人数", info: true },
      { code: "OUTLIER", district: "罗源县", indicator: "家庭医生签约人数", info: true },
      { code: "OUTLIER", district: "福清市", indicator: "家庭医生签约人数", info: true },
      { code: "MISSING", district: "台江区", indicator: "家庭医生签约人数" },
      { code: "OUTLIER", district: "永泰县", indicator: "重点人群签约率" },
      { code: "COMPARATOR-DIFF", district: "罗源县", indicator: "签约居民满意度" },
    ],
    notes: [],
  },
  {
    id: "J 哈尔滨清冰雪（每区一列，单位写在格内）",
    sources: harbinSnow,
    districts: ["道里区", "南岗区", "道外区", "平房区", "松北区", "香坊区", "呼兰区", "阿城区", "双城区"],
    flags: [
      // 面积 median 800 万平方米, 车辆 median 80 台: 平房 0.38× on both.
      { code: "OUTLIER", district: "平房区", indicator: "清冰雪作业面积", info: true },
      { code: "OUTLIER", district: "平房区", indicator: "投入清雪车辆", info: true },
      { code: "OUTLIER", district: "呼兰区", indicator: "主干道清雪时限" },
      { code: "MISSING", district: "松北区", indicator: "市民满意度" },
    ],
    notes: [],
  },
  {
    id: "K 昆明森林防火（每县一个工作簿）",
    sources: kunmingFire,
    districts: [
      "五华区",
      "盘龙区",
      "官渡区",
      "西山区",
      "呈贡区",
      "晋宁区",
      "东川区",
      "安宁市",
      "富民县",
      "宜良县",
      "石林彝族自治县",
      "嵩明县",
      "禄劝彝族苗族自治县",
      "寻甸回族彝族自治县",
    ],
    flags: [
      // Median 72.5 人: 五华 and 呈贡 0.41×, 官渡 0.48×, 禄劝 2.07×.
      { code: "OUTLIER", district: "五华区", indicator: "专业扑火队伍人数", info: true },
      { code: "OUTLIER", district: "呈贡区", indicator: "专业扑火队伍人数", info: true },
      { code: "OUTLIER", district: "官渡区", indicator: "专业扑火队伍人数", info: true },
      { code: "OUTLIER", district: "禄劝彝族苗族自治县", indicator: "专业扑火队伍人数", info: true },
      // 东川区's ≤0.09% is the others' ≤0.9‰: nothing to say.
      { code: "OUTLIER", district: "安宁市", indicator: "森林火灾受害率" },
      { code: "MISSING", district: "嵩明县", indicator: "火情早期处理率" },
      { code: "MISSING", district: "石林彝族自治县", indicator: "群众满意度" },
    ],
    notes: [],
  },
  {
    id: "L 天津职业培训（样表打包单元格，人与人次）",
    sources: tianjinTraining,
    districts: [
      "和平区",
      "河东区",
      "河西区",
      "南开区",
      "河北区",
      "红桥区",
      "东丽区",
      "西青区",
      "津南区",
      "北辰区",
      "武清区",
      "宝坻区",
      "宁河区",
      "静海区",
    ],
    flags: [
      // 人次 median without 河北区 (人): 6500; 和平 0.46×. 资金 median 312.5 万元: 和平 0.48×.
      { code: "OUTLIER", district: "和平区", indicator: "补贴性职业技能培训人次", info: true },
      { code: "UNIT-DIFF", district: "河北区", indicator: "补贴性职业技能培训人次" },
      { code: "OUTLIER", district: "南开区", indicator: "培训合格率" },
      { code: "OUTLIER", district: "和平区", indicator: "培训补贴资金", info: true },
      { code: "MISSING", district: "宝坻区", indicator: "培训对象满意度" },
    ],
    notes: ["0.85万人次"],
  },
];

/** M: 深圳 家庭医生, the sample's layout, the city before each district; 盐田区 a rate where the others count. */
function shenzhenFamilyDoctors(): CompareSource[] {
  const ds: [string, string | null, string, string, string][] = [
    // district, 签约人数 (null: a rate instead), 续约率, 满意度, 补助经费
    ["福田区", "80000人", "≥80%", "≥90%", "400万元"],
    ["罗湖区", "60000人", "80%以上", "≥90%", "300万元"],
    ["南山区", "90000人", "≥80%", "≥90%", "450万元"],
    ["盐田区", null, "≥80%", "≥90%", "1000000元"],
    ["宝安区", "200000人", "≥80%", "≥90%", "1000万元"],
    ["龙岗区", "180000人", "≥80%", "≥90%", "900万元"],
    ["龙华区", "120000人", "≥80%", "≥90%", "600万元"],
    ["坪山区", "30000人", "≥80%", "≥90%", "150万元"],
    ["光明区", "40000人", "≥80%", "≥85%", "210万元"],
  ];
  return sampleLayout(
    "2025年深圳市各区家庭医生签约服务项目绩效目标表",
    "深圳市家庭医生汇总.xlsx",
    ds.map(([d, n, renew, sat, money]) => ({
      dept: `深圳市${d}卫生健康局`,
      unit: `深圳市${d}卫生健康局`,
      project: `深圳市${d}2025年家庭医生签约服务项目`,
      goal: "做实家庭医生签约服务，提高重点人群签约覆盖面和服务质量。",
      items: [
        n ? ["产出指标", "重点人群签约人数", n] : ["产出指标", "重点人群签约率", "≥75%"],
        ["效益指标", "签约居民续约率", renew],
        ["满意度指标", "签约居民满意度", sat],
        ["成本指标", "签约服务补助经费", money],
      ],
    })),
  );
}

/** N: 苏州 高标准农田, a workbook per district; 公顷 and 万亩 among 亩, 万元/亩 among 元/亩, 吴江 5.4×. */
function suzhouFarmland(): CompareSource[] {
  const ds: [string, string, string, string, string, boolean][] = [
    // district, 面积, 亩均投入, 等级提升, 竣工时间, 满意度 written
    ["虎丘区", "3000亩", "3000元/亩", "≥0.5等", "2025年12月底前", true],
    ["吴中区", "12000亩", "3000元/亩", "≥0.5等", "2025年12月底前", false],
    ["相城区", "9000亩", "3000元/亩", "≥0.5等", "2026年6月底前", true],
    ["吴江区", "70000亩", "3000元/亩", "≥0.5等", "2025年12月底前", true],
    ["常熟市", "2万亩", "3000元/亩", "≥0.5等", "2025年12月底前", true],
    ["张家港市", "1000公顷", "3000元/亩", "≥0.5等", "2025年12月底前", true],
    ["昆山市", "10000亩", "0.3万元/亩", "≥0.5等", "2025年12月底前", true],
    ["太仓市", "14000亩", "3000元/亩", "≥0.3等", "2025年12月底前", true],
  ];
  return ds.map(([d, area, cost, grade, date, sat]) => {
    const rows: Row[] = [
      [`苏州市${d}2025年高标准农田建设项目绩效目标表`],
      ["项目名称", "高标准农田建设项目", null, "主管部门", `苏州市${d}农业农村局`],
      ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
      ["产出指标", "数量指标", "高标准农田建设面积", area, null],
      [null, "质量指标", "耕地质量等级提升", grade, null],
      [null, "时效指标", "项目竣工时间", date, null],
      [null, "成本指标", "亩均财政投入", cost, null],
    ];
    if (sat) rows.push(["满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", null]);
    return gridSource(`${d}高标准农田建设.xlsx`, rows);
  });
}

/** O: 青岛 全民健身, a column per 区市 with 计量单位 and 合计; 元 in a 万元 row, 以上 and 不低于 for ≥. */
function qingdaoFitness(): CompareSource[] {
  const places = [
    "市南区",
    "市北区",
    "李沧区",
    "崂山区",
    "黄岛区",
    "城阳区",
    "即墨区",
    "胶州市",
    "平度市",
    "莱西市",
  ];
  const rows: Row[] = [
    ["青岛市2025年全民健身设施建设补助资金绩效目标分解表"],
    ["一级指标", "二级指标", "三级指标", "计量单位", ...places, "合计"],
    // sum 740, written 750
    ["产出指标", "数量指标", "新建更新健身路径", "处", 30, 40, 35, 45, 120, 80, 100, 90, 130, 70, 750],
    [null, "质量指标", "健身设施完好率", "%", ...fill(5, "≥95"), "95以上", "≥95", "≥90", "≥95", "≥95", "≥95"],
    // 150+200+175+225+600+400+500+450+650+350 = 3700 万元 (即墨区 writes 5000000元)
    [
      null,
      "成本指标",
      "健身设施补助资金",
      "万元",
      150,
      200,
      175,
      225,
      600,
      400,
      "5000000元",
      450,
      650,
      350,
      3700,
    ],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "%", ...fill(9, "≥90"), "不低于90", "≥90"],
  ];
  return [gridSource("青岛市全民健身分解表.xlsx", rows)];
}

/** P: 长春 残疾人两项补贴, a sheet per district named short; 农安县 counts 人 where the others count 人次. */
function changchunDisability(): CompareSource[] {
  const ds: [string, string, number, string, string, string][] = [
    // sheet, title's place, 生活补贴人数, 护理补贴人次, 补贴标准, 准确率
    ["南关", "长春市南关区", 3000, "36000人次", "90元/人·月", "100%"],
    ["宽城", "长春市宽城区", 3500, "42000人次", "90元/人·月", "100%"],
    ["朝阳", "长春市朝阳区", 3200, "38000人次", "90元/人·月", "100%"],
    ["二道", "长春市二道区", 3800, "45000人次", "90元/人·月", "100%"],
    ["绿园", "长春市绿园区", 4000, "48000人次", "90元/人·月", "100%"],
    ["双阳", "长春市双阳区", 2500, "30000人次", "1080元/人·年", "100%"],
    ["九台", "长春市九台区", 6000, "72000人次", "90元/人·月", "≥98%"],
    ["榆树", "榆树市", 9000, "108000人次", "90元/人·月", "100%"],
    ["德惠", "德惠市", 7500, "88000人次", "90元/人·月", "100%"],
    ["农安", "农安县", 8500, "8500人", "90元/人·月", "100%"],
  ];
  return ds.map(([sheet, place, n, care, std, acc]) =>
    gridSource(
      `长春市残疾人两项补贴汇总.xlsx · ${sheet}`,
      [
        [`${place}2025年困难残疾人生活补贴和重度残疾人护理补贴项目绩效目标表`],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        // 绿园区 writes the unit into the name, 困难残疾人生活补贴人数（人）.
        [
          "产出指标",
          "数量指标",
          sheet === "绿园" ? "困难残疾人生活补贴人数（人）" : "困难残疾人生活补贴人数",
          `${n}人`,
        ],
        [null, null, "重度残疾人护理补贴人次", care],
        [null, "质量指标", "补贴发放准确率", acc],
        [null, "成本指标", "困难残疾人生活补贴标准", std],
        ["满意度指标", "服务对象满意度指标", "残疾人满意度", "≥90%"],
      ],
      sheet,
    ),
  );
}

/** Q: 贵阳 校舍维修, a rows table under 区（市、县） with a 项目名称 column, most names led by 贵阳市. */
function guiyangSchools(): CompareSource[] {
  const ds: [string, boolean, string, string, string, string, boolean][] = [
    // district, city written, 面积, 学校数, 合格率, 完工时间, 满意度 written
    ["南明区", true, "20000平方米", "12所", "100%", "2025年8月底前", true],
    ["云岩区", true, "22000平方米", "14所", "100%", "2025年8月底前", true],
    ["花溪区", true, "30000平方米", "18所", "100%", "2025年8月底前", true],
    ["乌当区", true, "18000平方米", "10所", "100%", "2025年8月底前", false],
    ["白云区", true, "15000平方米", "9所", "≥95%", "2025年8月底前", true],
    ["观山湖区", true, "25000平方米", "11所", "100%", "2025年8月底前", true],
    ["清镇市", false, "3.5万平方米", "20所", "100%", "2025年8月底前", true],
    ["修文县", false, "16000平方米", "15所", "100%", "2025年8月底前", true],
    ["息烽县", true, "9000平方米", "8所", "100%", "2025年8月底前", true],
    ["开阳县", true, "14000平方米", "13个", "100%", "2025年12月底前", true],
  ];
  const rows: Row[] = [
    ["贵阳市2025年中小学校舍维修改造资金绩效目标汇总表"],
    ["区（市、县）", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, city, area, n, pass, date, sat] of ds) {
    const project = `${city ? "贵阳市" : ""}${d}2025年中小学校舍维修改造项目`;
    const inds: [string | null, string | null, string, string][] = [
      ["产出指标", "数量指标", "维修改造校舍面积", area],
      [null, null, "维修改造学校数", n],
      [null, "质量指标", "工程验收合格率", pass],
      [null, "时效指标", "项目完工时间", date],
    ];
    if (sat) inds.push(["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"]);
    inds.forEach(([l1, l2, name, t], i) =>
      rows.push([i === 0 ? d : null, i === 0 ? project : null, l1, l2, name, t]),
    );
  }
  return [gridSource("贵阳市校舍维修汇总.xlsx", rows)];
}

/** The second batch, written after the fixes and before it was run; scored once. */
export const CASES226B: Case[] = [
  {
    id: "M 深圳家庭医生（样表打包单元格，市名在区名前，率代替人数）",
    sources: shenzhenFamilyDoctors,
    districts: ["福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区"],
    flags: [
      // 签约人数 median 85000 without 盐田区: 坪山 0.35×, 光明 0.47×, 宝安 2.4×, 龙岗 2.1×.
      { code: "OUTLIER", district: "坪山区", indicator: "重点人群签约人数", info: true },
      { code: "OUTLIER", district: "光明区", indicator: "重点人群签约人数", info: true },
      { code: "OUTLIER", district: "宝安区", indicator: "重点人群签约人数", info: true },
      { code: "OUTLIER", district: "龙岗区", indicator: "重点人群签约人数", info: true },
      { code: "MISSING", district: "盐田区", indicator: "重点人群签约人数" },
      { code: "OUTLIER", district: "光明区", indicator: "签约居民满意度" },
      // 经费 median 400 万元 (盐田 1000000元 = 100 万元): 盐田 0.25×, 坪山 0.38×, 宝安 2.5×, 龙岗 2.25×.
      { code: "OUTLIER", district: "盐田区", indicator: "签约服务补助经费", info: true },
      { code: "OUTLIER", district: "坪山区", indicator: "签约服务补助经费", info: true },
      { code: "OUTLIER", district: "宝安区", indicator: "签约服务补助经费", info: true },
      { code: "OUTLIER", district: "龙岗区", indicator: "签约服务补助经费", info: true },
    ],
    notes: ["【家庭医生签约服务项目】", "为比率（%）"],
  },
  {
    id: "N 苏州高标准农田（每区一个工作簿，公顷与万元/亩）",
    sources: suzhouFarmland,
    districts: ["虎丘区", "吴中区", "相城区", "吴江区", "常熟市", "张家港市", "昆山市", "太仓市"],
    flags: [
      // Median 13000 亩 (张家港 1000 公顷 = 15000 亩): 虎丘 0.23×, 吴江 5.4× (beyond five times).
      { code: "OUTLIER", district: "虎丘区", indicator: "高标准农田建设面积", info: true },
      { code: "OUTLIER", district: "吴江区", indicator: "高标准农田建设面积" },
      { code: "OUTLIER", district: "太仓市", indicator: "耕地质量等级提升" },
      { code: "DATE-DIFF", district: "相城区", indicator: "项目竣工时间" },
      { code: "MISSING", district: "吴中区", indicator: "项目区群众满意度" },
    ],
    notes: [],
  },
  {
    id: "O 青岛全民健身（每区一列＋合计，格内写元）",
    sources: qingdaoFitness,
    districts: [
      "市南区",
      "市北区",
      "李沧区",
      "崂山区",
      "黄岛区",
      "城阳区",
      "即墨区",
      "胶州市",
      "平度市",
      "莱西市",
    ],
    flags: [
      // 路径 median 75: 市南 0.4×, 李沧 0.47×; 资金 median 375 万元: 市南 0.4×, 李沧 0.47×.
      { code: "OUTLIER", district: "市南区", indicator: "新建更新健身路径", info: true },
      { code: "OUTLIER", district: "李沧区", indicator: "新建更新健身路径", info: true },
      { code: "OUTLIER", district: "市南区", indicator: "健身设施补助资金", info: true },
      { code: "OUTLIER", district: "李沧区", indicator: "健身设施补助资金", info: true },
      { code: "OUTLIER", district: "胶州市", indicator: "健身设施完好率" },
      { code: "TOTAL-DIFF", district: "合计", indicator: "新建更新健身路径" },
    ],
    notes: ["“合计”列"],
  },
  {
    id: "P 长春残疾人补贴（每区一表，表名简称，人与人次）",
    sources: changchunDisability,
    districts: [
      "南关区",
      "宽城区",
      "朝阳区",
      "二道区",
      "绿园区",
      "双阳区",
      "九台区",
      "榆树市",
      "德惠市",
      "农安县",
    ],
    flags: [
      // 人数 median 3900: 榆树 2.3×, 农安 2.2×; 人次 median 45000 without 农安县 (人): 榆树 2.4×.
      { code: "OUTLIER", district: "榆树市", indicator: "困难残疾人生活补贴人数", info: true },
      { code: "OUTLIER", district: "农安县", indicator: "困难残疾人生活补贴人数", info: true },
      { code: "OUTLIER", district: "榆树市", indicator: "重度残疾人护理补贴人次", info: true },
      { code: "UNIT-DIFF", district: "农安县", indicator: "重度残疾人护理补贴人次" },
      { code: "OUTLIER", district: "九台区", indicator: "补贴发放准确率" },
      { code: "COMPARATOR-DIFF", district: "九台区", indicator: "补贴发放准确率" },
    ],
    notes: [],
  },
  {
    id: "Q 贵阳校舍维修（区（市、县）列＋项目名称列，多数带市名）",
    sources: guiyangSchools,
    districts: [
      "南明区",
      "云岩区",
      "花溪区",
      "乌当区",
      "白云区",
      "观山湖区",
      "清镇市",
      "修文县",
      "息烽县",
      "开阳县",
    ],
    flags: [
      // 面积 median 19000 平方米: 息烽 0.47×.
      { code: "OUTLIER", district: "息烽县", indicator: "维修改造校舍面积", info: true },
      { code: "OUTLIER", district: "白云区", indicator: "工程验收合格率" },
      { code: "COMPARATOR-DIFF", district: "白云区", indicator: "工程验收合格率" },
      { code: "DATE-DIFF", district: "开阳县", indicator: "项目完工时间" },
      { code: "MISSING", district: "乌当区", indicator: "师生满意度" },
    ],
    notes: ["【中小学校舍维修改造项目】"],
  },
];
