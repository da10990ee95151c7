/**
 * Round 198's seventh batch, written before the run: a 合计 block in a 单位名称 column (no 区县 column), and
 * a rows table writing its district and 合计 on every row.
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";

type Row = CellValue[];

/** AE: 广州 专职安监员, 单位名称 | 三级指标 | 指标值, the units naming their districts, then 合计. */
function guangzhouUnits(): CompareSource[] {
  const ds: [string, number][] = [
    ["越秀区应急管理局", 50],
    ["海珠区应急管理局", 60],
    ["荔湾区应急管理局", 40],
    ["天河区应急管理局", 70],
    ["白云区应急管理局", 90],
  ];
  const rows: Row[] = [
    ["广州市2025年专职安监员队伍建设经费绩效目标表"],
    ["单位名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [u, n] of ds) {
    rows.push([u, "产出指标", "数量指标", "专职安监员人数", `${n}人`]);
    rows.push([null, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"]);
  }
  // 310 = the sum; 320 written.
  rows.push(["合计", "产出指标", "数量指标", "专职安监员人数", "320人"]);
  rows.push([null, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"]);
  return [gridSource("广州安监员.xlsx", rows)];
}

/** AB: 西安 森林防火, the county written on every row, 合计 too. */
function xianEveryRow(): CompareSource[] {
  const ds: [string, number, number][] = [
    ["周至县", 420, 12],
    ["户县", 260, 8],
    ["蓝田县", 380, 11],
    ["长安区", 300, 9],
    ["临潼区", 210, 6],
  ];
  const rows: Row[] = [
    ["西安市2025年森林防火补助资金绩效目标分解表"],
    ["区县", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, n, k] of ds) {
    rows.push([d, "产出指标", "数量指标", "生态护林员人数", `${n}人`]);
    rows.push([d, "产出指标", "数量指标", "防火检查站数", `${k}个`]);
  }
  // 1570 = the sum; 46 = the sum.
  rows.push(["合计", "产出指标", "数量指标", "生态护林员人数", "1570人"]);
  rows.push(["合计", "产出指标", "数量指标", "防火检查站数", "46个"]);
  return [gridSource("西安森林防火.xlsx", rows)];
}

export const CASES7: Case[] = [
  {
    id: "AE 广州安监员（单位名称列＋合计）",
    sources: guangzhouUnits,
    districts: ["越秀区", "海珠区", "荔湾区", "天河区", "白云区"],
    flags: [{ code: "TOTAL-DIFF", district: "合计", indicator: "专职安监员人数" }],
    notes: ["“合计”行"],
  },
  {
    id: "AB 西安森林防火（每行写区县，户县旧名）",
    sources: xianEveryRow,
    // 户县 is 鄠邑区's name before 2016: a reviewer compares it as written and asks.
    districts: ["周至县", "户县", "蓝田县", "长安区", "临潼区"],
    flags: [],
    notes: ["“合计”行"],
  },
];
