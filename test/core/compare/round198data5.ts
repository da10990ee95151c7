/**
 * Round 198's fifth batch, written before the run: 合计 rows naming the indicator a little otherwise than the
 * districts (受益学生总人数), a 市本级 column between 合计 and the places, and a rows table whose 合计 block
 * writes its 一级/二级 once over both rows.
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";

type Row = CellValue[];

/** U: 西安 营养改善, a 区县 column, the 合计 block naming its rows 受益学生总人数 and 供餐学校总数. */
function xianTotalNames(): CompareSource[] {
  const ds: [string, number, number][] = [
    ["新城区", 8000, 30],
    ["碑林区", 9000, 32],
    ["莲湖区", 11000, 41],
    ["灞桥区", 13000, 52],
    ["未央区", 15000, 60],
  ];
  const rows: Row[] = [
    ["西安市2025年农村义务教育学生营养改善计划绩效目标分解表"],
    ["区县", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, n, s] of ds) {
    rows.push([d, "产出指标", "数量指标", "受益学生人数", `${n}人`]);
    rows.push([null, null, null, "供餐学校数", `${s}所`]);
  }
  // 56000 = the sum; 225 against 215.
  rows.push(["合计", "产出指标", "数量指标", "受益学生总人数", "56000人"]);
  rows.push([null, null, null, "供餐学校总数", "225所"]);
  return [gridSource("西安营养改善.xlsx", rows)];
}

/** W: 重庆 森林防火, 合计 | 市本级 | the districts. */
function chongqingOwnFirst(): CompareSource[] {
  const rows: Row[] = [
    ["重庆市2025年森林防火补助资金绩效目标分解表"],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      "计量单位",
      "合计",
      "市本级",
      "万州区",
      "开州区",
      "梁平区",
      "城口县",
      "巫溪县",
    ],
    // 4 + 20+18+12+15+14 = 83, written 83.
    ["产出指标", "数量指标", "专业扑火队伍数", "支", 83, 4, 20, 18, 12, 15, 14],
    // 10 + 120+100+80+90+85 = 485, written 495.
    [null, null, "防火巡护人员", "人", 495, 10, 120, 100, 80, 90, 85],
  ];
  return [gridSource("重庆森林防火.xlsx", rows)];
}

export const CASES5: Case[] = [
  {
    id: "U 西安营养改善（合计行另写名称）",
    sources: xianTotalNames,
    districts: ["新城区", "碑林区", "莲湖区", "灞桥区", "未央区"],
    flags: [{ code: "TOTAL-DIFF", district: "合计", indicator: "供餐学校数" }],
    notes: ["“合计”行"],
  },
  {
    id: "W 重庆森林防火（合计、市本级在前）",
    sources: chongqingOwnFirst,
    districts: ["万州区", "开州区", "梁平区", "城口县", "巫溪县"],
    flags: [{ code: "TOTAL-DIFF", district: "合计", indicator: "防火巡护人员" }],
    notes: ["“市本级”是本级"],
  },
];
