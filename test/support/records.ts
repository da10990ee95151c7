/**
 * The one place tests build an IndicatorRecord or a ProjectInfo with defaults: when src/core/record.ts
 * gains a field, only this file changes. The defaults describe one training-count indicator
 * (培训人数 ≥100人) of one project laid out as 项目名称 | 绩效目标 | 绩效指标 in columns A–C of row 2;
 * helpers for other layouts override what differs.
 */
import type { IndicatorRecord, ProjectInfo } from "../../src/core/record";

export function makeRecord(overrides: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return {
    sheet: "Sheet1",
    row: 2,
    cell: "C2",
    project: "测试项目",
    budgetUnit: "测试单位",
    department: "测试部门",
    district: null,
    seq: null,
    level1: "产出指标",
    level2: null,
    level2Inferred: null,
    name: "培训人数",
    target: "≥100人",
    comparator: ">=",
    value: 100,
    valueMax: null,
    unit: "人",
    kind: "quantitative",
    date: null,
    text: "",
    projectId: 0,
    direction: null,
    ...overrides,
  };
}

export function makeProject(overrides: Partial<ProjectInfo> = {}): ProjectInfo {
  return {
    id: 0,
    sheet: "Sheet1",
    row: 2,
    project: "测试项目",
    budgetUnit: "测试单位",
    department: "测试部门",
    district: null,
    goal: "通过开展培训提升安全生产水平。",
    goalCell: "B2",
    projectCell: "A2",
    ...overrides,
  };
}
