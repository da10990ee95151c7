/** A synthetic 绩效目标表 of varied indicators for the benchmark (seeded, so every run is the same). */
import type { CellValue, Grid } from "../src/core/grid";

const NAMES = [
  "巡查企业数",
  "培训人数",
  "验收合格率",
  "群众满意度",
  "隐患整改率",
  "项目完成时间",
  "设备完好率",
  "应急演练次数",
  "投诉率",
  "单位成本",
  "覆盖人口",
  "宣传活动场次",
  "系统可用率",
  "事故发生率",
  "资金支付进度",
];
const TARGETS = [
  "不少于2万家次",
  "≥95%",
  "100%",
  "大于1.5万项",
  "≤0.5%",
  "2023年12月31日前",
  "1-3场次",
  "不超过4小时",
  "平稳，不发生重大事故",
  "显著提升",
  "≧ %",
  "300人次",
  "控制在5%以内",
  "约1000个",
  "±3%以内",
  "达到90%以上",
  "两次",
  "8500家",
  "1125万元",
  "44561",
];
const CATS = ["产出指标", "效益指标", "满意度指标", "成本指标"];
const SEPS = ["，", ",", "："];
const ENDS = ["。", "；", "。。", ";"];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function syntheticGrid(indicators: number, perCell = 10): Grid {
  const r = rng(42);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const values: CellValue[][] = [["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"]];
  let n = 0;
  let row = 0;
  while (n < indicators) {
    const k = Math.min(perCell, indicators - n);
    const parts: string[] = [];
    for (let i = 1; i <= k; i++)
      parts.push(`${i}、${pick(CATS)}：${pick(NAMES)}${pick(SEPS)}${pick(TARGETS)}${pick(ENDS)}`);
    values.push([
      "某市应急管理局",
      "某市应急管理局",
      `项目${row}（${pick(["海珠区", "白云区", "天河区"])}）`,
      "提高能力。",
      parts.join(""),
    ]);
    n += k;
    row++;
  }
  return { sheet: "bench", top: 1, left: 1, values };
}
