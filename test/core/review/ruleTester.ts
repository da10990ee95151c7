/**
 * The shared rule tester (after ESLint's RuleTester): each rule's test is a table of `clean` cases that
 * must not be flagged and `flagged` cases that must be, written as indicator text and read through the
 * real parser (`parseGrid`), so the rules are tested on what officers actually write.
 *
 * A case is either a string — the 绩效指标 cell of one project, e.g. "1、产出指标：培训人数，≥100人。" —
 * or an object for goals, several projects, a rows-layout grid, settings, or records in compact form.
 */
import { parseGrid } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/grid";
import type { IndicatorRecord, ProjectInfo } from "../../../src/core/record";
import { makeProject, makeRecord } from "../../support/records";
import { gradeProjects, type ProjectGrade } from "../../../src/core/review/grade";
import { projectLocation, projectViews, review, reviewViews } from "../../../src/core/review/review";
import type { Finding, ProjectView, ReviewSettings, Rule } from "../../../src/core/review/types";

export interface CaseObject {
  /** The 绩效指标 cell of a single project. */
  text?: string;
  /** That project's 绩效目标. */
  goal?: string;
  /** Several projects (packed layout: 项目名称 | 绩效目标 | 绩效指标). */
  projects?: { name?: string; goal?: string; text: string }[];
  /** A whole grid (first row = header), for row-per-indicator layouts. */
  grid?: CellValue[][];
  /** Records in compact form, bypassing the parser (for fields the text cannot express). */
  records?: Partial<IndicatorRecord>[];
  project?: Partial<ProjectInfo>;
  settings?: Partial<ReviewSettings>;
  /** Flagged cases: exact number of findings expected (default: at least one). */
  count?: number;
  /** Flagged cases: a text the Chinese message must contain. */
  includes?: string;
  /** Flagged cases: the findings' severity, where it is not the rule's own (Report.severity). */
  severity?: Finding["severity"];
}

export type RuleCase = string | CaseObject;

/** Records and projects with defaults (test/support/records.ts), for rules checked on records directly. */
export { makeProject, makeRecord };

/** The projects a case describes, parsed as the product would parse them. */
export function caseViews(c: RuleCase): ProjectView[] {
  const o: CaseObject = typeof c === "string" ? { text: c } : c;
  if (o.records) {
    const project = makeProject(o.project);
    const records = o.records.map((r) => {
      const rec = makeRecord({ project: project.project, projectId: project.id, ...r });
      return { ...rec, text: rec.text || `${rec.name}，${rec.target}` };
    });
    return projectViews({ projects: [project], indicators: records });
  }
  let grid: CellValue[][];
  if (o.grid) grid = o.grid;
  else {
    const projects = o.projects ?? [{ name: "测试项目", goal: o.goal, text: o.text ?? "" }];
    grid = [
      ["项目名称", "绩效目标", "绩效指标"],
      ...projects.map((p, i) => [
        p.name ?? `测试项目${i + 1}`,
        p.goal ?? "通过开展培训提升安全生产水平。",
        p.text,
      ]),
    ];
  }
  const parsed = parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid });
  if (parsed.indicators.length === 0 && parsed.projects.length === 0)
    throw new Error(`test case did not parse: ${JSON.stringify(c)}`);
  return projectViews(parsed);
}

export function runRule(rule: Rule, c: RuleCase): Finding[] {
  const settings = typeof c === "string" ? {} : (c.settings ?? {});
  return reviewViews(caseViews(c), settings, [rule]);
}

const label = (c: RuleCase) => (typeof c === "string" ? c : JSON.stringify(c).slice(0, 120));

/** Declares one jest `describe` per rule with a test per case. */
export function testRule(rule: Rule, cases: { clean: RuleCase[]; flagged: RuleCase[] }): void {
  describe(rule.meta.code, () => {
    it("has both clean and flagged cases", () => {
      expect(cases.clean.length).toBeGreaterThan(0);
      expect(cases.flagged.length).toBeGreaterThan(0);
    });
    for (const c of cases.clean)
      it(`clean: ${label(c)}`, () => {
        const found = runRule(rule, c);
        expect(found.map((f) => `${f.code}: ${f.message.zh}`)).toEqual([]);
      });
    for (const c of cases.flagged)
      it(`flagged: ${label(c)}`, () => {
        const found = runRule(rule, c);
        const o = typeof c === "string" ? {} : c;
        if (o.count !== undefined) expect(found).toHaveLength(o.count);
        else expect(found.length).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.code).toBe(rule.meta.code);
          expect(f.severity).toBe(o.severity ?? rule.meta.severity);
          expect(f.message.zh).not.toMatch(/\{\w+\}/);
          expect(f.message.en).not.toMatch(/\{\w+\}/);
          expect(f.cell).toMatch(/^[A-Z]+\d+$/);
        }
        if (o.includes) expect(found.map((f) => f.message.zh).join("\n")).toContain(o.includes);
      });
  });
}

/** A rows table of one project (一级 | 二级 | 三级 | 指标值), its first row naming it. */
export function rowsOfProject(
  project: string,
  ...body: [string, string, string, string][]
): { grid: CellValue[][] } {
  return {
    grid: [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ...body.map(([l1, l2, name, target], i) => [i === 0 ? project : null, l1, l2, name, target]),
    ],
  };
}

/** A rows-layout grid reviewed and graded as the product does: the first project's grade and all findings. */
export function gradeOfGrid(grid: CellValue[][]): ProjectGrade & { findings: Finding[] } {
  const parse = parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid });
  const findings = review(parse);
  return { ...gradeProjects(projectViews(parse), findings, projectLocation)[0], findings };
}

/** A finding of a code and severity, every other field blank: for scoring tests. */
export function bareFinding(code: string, severity: Finding["severity"]): Finding {
  return {
    code,
    severity,
    sheet: "Sheet1",
    cell: "A1",
    row: 1,
    project: "项目",
    projectId: 0,
    indicator: "",
    message: { zh: "", en: "" },
    fix: null,
    basis: { zh: "", en: "" },
  };
}
