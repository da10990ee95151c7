/** Test helpers: indicator records and projects with defaults, and the sample's gold parse as a source. */
import * as fs from "fs";
import type { IndicatorRecord, ProjectInfo } from "../../../src/core/record";
import { compareDistricts, type CompareSource } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { grid } from "../../support/grid";
import { makeProject, makeRecord } from "../../support/records";

import { GOLD_JSON as GOLD_PATH } from "../../support/sample";
export { GOLD_PATH };

/** A bare indicator of a 5-column packed table (target in column E): no units or names of its own. */
export function record(partial: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return makeRecord({
    cell: "E2",
    project: "项目",
    budgetUnit: "",
    department: "",
    name: "指标",
    target: "",
    value: 1,
    unit: "个",
    ...partial,
  });
}

export function project(partial: Partial<ProjectInfo> = {}): ProjectInfo {
  return makeProject({
    project: "项目",
    budgetUnit: "",
    department: "",
    goal: "",
    goalCell: null,
    projectCell: null,
    ...partial,
  });
}

/** Shorthand for one indicator: [name, comparator, value, unit] (target text derived). */
export type Spec = [string, IndicatorRecord["comparator"], number | null, string];

const WORD: Record<string, string> = {
  ">=": "不少于",
  ">": "大于",
  "<=": "不超过",
  "<": "小于",
  "=": "",
  between: "",
};

/** One source holding one project per district, each with the given indicators. */
export function districtSource(
  programName: string,
  byDistrict: Record<string, Spec[]>,
  label = "test.xlsx",
  nameStyle: (program: string, district: string) => string = (p, d) => `${p}（${d}）`,
): CompareSource {
  const projects: ProjectInfo[] = [];
  const indicators: IndicatorRecord[] = [];
  let row = 2;
  Object.entries(byDistrict).forEach(([district, specs], id) => {
    const name = nameStyle(programName, district);
    projects.push(project({ id, row, project: name, district }));
    specs.forEach(([n, comparator, value, unit], i) => {
      const target = value === null ? "" : `${comparator ? WORD[comparator] : ""}${value}${unit}`;
      indicators.push(
        record({
          row,
          cell: `E${row}`,
          project: name,
          district,
          projectId: id,
          seq: i + 1,
          name: n,
          comparator: value === null ? null : comparator,
          value,
          unit: value === null ? "" : unit,
          kind: value === null ? "empty" : "quantitative",
          target,
          text: `${i + 1}、产出指标：${n}，${target}。`,
        }),
      );
    });
    row++;
  });
  return { label, projects, indicators };
}

interface GoldIndicator {
  seq: number | null;
  level1: IndicatorRecord["level1"];
  level2: IndicatorRecord["level2"];
  name: string;
  comparator: IndicatorRecord["comparator"];
  value: number | null;
  valueMax: number | null;
  unit: string;
  kind: IndicatorRecord["kind"];
  date: string | null;
  text: string;
}
interface GoldProject {
  row: number;
  project: string;
  budgetUnit: string;
  district: string | null;
  indicators: GoldIndicator[];
}

/** The gold parse of the sample as one source (what parseGrid will return on it). */
export function goldSource(): CompareSource {
  const gold = JSON.parse(fs.readFileSync(GOLD_PATH, "utf8")) as GoldProject[];
  const projects: ProjectInfo[] = [];
  const indicators: IndicatorRecord[] = [];
  gold.forEach((g, id) => {
    const row = g.row + 3;
    projects.push(project({ id, row, project: g.project, budgetUnit: g.budgetUnit, district: g.district }));
    for (const i of g.indicators) {
      indicators.push(
        record({
          row,
          cell: `E${row}`,
          project: g.project,
          budgetUnit: g.budgetUnit,
          district: g.district,
          projectId: id,
          seq: i.seq,
          level1: i.level1,
          level2: i.level2,
          name: i.name,
          comparator: i.comparator,
          value: i.value,
          valueMax: i.valueMax,
          unit: i.unit,
          kind: i.kind,
          date: i.date,
          target: i.text.replace(/^.*?[，,]/, ""),
          text: i.text,
        }),
      );
    }
  });
  return { label: "guangzhou-emergency-2022.xlsx", projects, indicators };
}

/** A source read from a grid of rows, as a file of that name would give it. */
export function gridSource(label: string, rows: CellValue[][], sheet = "Sheet1"): CompareSource {
  const parsed = parseGrid(grid(rows, sheet));
  return { label, projects: parsed.projects, indicators: parsed.indicators };
}

/**
 * 榆林's 巩固退耕还林 分解表: a column per district (the last one given, e.g. 吴堡县 or 合计) under a title
 * and a 项目名称 line, then the rows given (一级, 二级, 三级, 计量单位, one value per district).
 */
export function yulinRows(last: string, rows: CellValue[][]): CellValue[][] {
  return [
    ["榆林市2024年巩固退耕还林成果补助资金绩效目标分解表"],
    ["项目名称：巩固退耕还林成果补助资金"],
    ["一级指标", "二级指标", "三级指标", "计量单位", "榆阳区", "横山区", "神木市", "绥德县", "子洲县", last],
    ...rows,
  ];
}

/**
 * 甲县–戊县 alike, 吴堡县 about a fifth of them on two rows: 0.20 of the median on 补植补造面积 (a finding),
 * 0.22 on 补助资金 (a 规模差异); one ratio between the rows (rounds 138 and 181).
 */
export function smallCounty() {
  const two = (a: number, m: number): Spec[] => [
    ["补植补造面积", ">=", a, "亩"],
    ["补助资金", ">=", m, "万元"],
  ];
  return compareDistricts([
    districtSource("项目", {
      甲县: two(10000, 1000),
      乙县: two(11000, 1100),
      丙县: two(10500, 1050),
      丁县: two(9500, 950),
      戊县: two(12000, 1200),
      吴堡县: two(2000, 230),
    }),
  ]);
}
