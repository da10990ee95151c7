import type { SheetPlan } from "../../src/core/plan/types";
import { ExcelGateway } from "../../src/excel/gateway";
import type { ExcelFeatures } from "../../src/excel/features";
import { ALL_FEATURES } from "../../src/excel/features";
import { MemoryRegistry } from "../../src/excel/registry";
import { FakeExcel } from "./fakeExcel";

export function gatewayOn(
  fake: FakeExcel,
  opts: { features?: ExcelFeatures; registry?: MemoryRegistry; requestLimit?: number } = {},
) {
  const registry = opts.registry ?? new MemoryRegistry();
  const gateway = new ExcelGateway({
    run: fake.run,
    features: opts.features ?? ALL_FEATURES,
    registry,
    requestLimit: opts.requestLimit,
  });
  return { gateway, registry };
}

/** A 指标明细-shaped plan: header plus `rows` rows of Chinese text in 14 columns. */
export function indicatorPlan(rows: number, name = "指标明细"): SheetPlan {
  const header = [
    "序号",
    "工作表",
    "单元格",
    "项目名称",
    "预算单位",
    "主管部门",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "比较符",
    "数值",
    "单位",
    "类型",
  ];
  const values: SheetPlan["values"] = [header];
  for (let i = 1; i <= rows; i++)
    values.push([
      i,
      "绩效目标表",
      `F${i + 1}`,
      `广州市应急管理局项目${i % 97}`,
      "广州市应急管理局",
      "广州市应急管理局",
      "产出指标",
      "数量指标",
      `开展应急演练场次${i}`,
      "≥20场",
      ">=",
      20,
      "场",
      "quantitative",
    ]);
  return {
    name,
    kind: "indicators",
    values,
    columnWidths: [6, 12, 8, 30, 20, 20, 10, 12, 30, 14, 6, 8, 6, 12],
    freeze: { rows: 1, columns: 0 },
    formats: [
      { range: "A1:N1", fill: "#1F4E78", font: { bold: true, color: "#FFFFFF" } },
      { range: `L2:L${rows + 1}`, numberFormat: "0.##" },
    ],
    tables: [{ name: "指标明细", range: `A1:N${rows + 1}`, style: "TableStyleMedium2" }],
  };
}
