/**
 * Test helpers for the task pane: jsdom stubs Fluent UI needs, an in-memory gateway that records every
 * call, records with defaults, and fake core services.
 */
import { configure } from "@testing-library/react";
import type { WorkbookGateway, WrittenSheet, WritePlansOptions } from "../../src/core/gateway";
import type { Grid } from "../../src/core/grid";
import type { IndicatorRecord, ParseResult, ProjectInfo } from "../../src/core/record";
import type { SheetPlan } from "../../src/core/plan/types";
import { makeProject, makeRecord } from "../support/records";
import type {
  CleanupService,
  CompareService,
  PaneEdit,
  PaneFinding,
  PaneServices,
  ReviewService,
} from "../../src/taskpane/services/types";

/** Fluent v9 measures elements; jsdom has neither ResizeObserver nor matchMedia. */
export function installDomStubs(): void {
  // findBy*/waitFor give up after 1 s by default; on a loaded two-core machine a pane render can take
  // longer, and a test must fail for a wrong pane, not for a slow one.
  configure({ asyncUtilTimeout: 5000 });
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.ResizeObserver)
    g.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  if (typeof window !== "undefined" && !window.matchMedia)
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    })) as unknown as typeof window.matchMedia;
}

/** 海珠区's 巡查企业数 in row 3 of SAMPLE_GRID (a 5-column packed table). */
export function record(over: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return makeRecord({
    row: 3,
    cell: "E3",
    project: "巡查项目（海珠区）",
    budgetUnit: "海珠区应急管理局",
    department: "海珠区应急管理局",
    district: "海珠区",
    seq: 1,
    level2: "数量指标",
    name: "巡查企业数",
    target: "不少于9000家次",
    value: 9000,
    unit: "家次",
    text: "巡查企业数，不少于9000家次",
    ...over,
  });
}

export function project(over: Partial<ProjectInfo> = {}): ProjectInfo {
  return makeProject({
    row: 3,
    project: "巡查项目（海珠区）",
    budgetUnit: "海珠区应急管理局",
    department: "海珠区应急管理局",
    district: "海珠区",
    goal: "完成巡查",
    goalCell: "D3",
    projectCell: "C3",
    ...over,
  });
}

export const SAMPLE_GRID: Grid = {
  sheet: "Sheet1",
  top: 2,
  left: 1,
  values: [
    ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
    [
      "海珠区应急管理局",
      "海珠区应急管理局",
      "巡查项目（海珠区）",
      "完成巡查",
      "1、产出指标：巡查企业数，不少于9000家次。",
    ],
    [
      "白云区应急管理局",
      "白云区应急管理局",
      "巡查项目（白云区）",
      "完成巡查",
      "1、产出指标：巡查企业数，不少于60000家次。",
    ],
  ],
};

export const SAMPLE_RESULT: ParseResult = {
  tables: [
    {
      sheet: "Sheet1",
      layout: "packed",
      headerRow: 2,
      columns: {
        department: { column: "A", header: "主管部门" },
        budgetUnit: { column: "B", header: "预算单位" },
        project: { column: "C", header: "项目名称" },
        goal: { column: "D", header: "绩效目标" },
        indicators: { column: "E", header: "绩效指标" },
      },
      repeatedHeaderRows: [],
      range: "A2:E4",
      projects: 2,
      indicators: 2,
    },
  ],
  projects: [
    project(),
    project({
      id: 1,
      row: 4,
      project: "巡查项目（白云区）",
      district: "白云区",
      goalCell: "D4",
      projectCell: "C4",
    }),
  ],
  indicators: [
    record(),
    record({
      row: 4,
      cell: "E4",
      project: "巡查项目（白云区）",
      district: "白云区",
      value: 60000,
      projectId: 1,
    }),
  ],
  messages: [],
};

/** An in-memory workbook gateway that records what the pane asked of it. */
export class FakeGateway implements WorkbookGateway {
  calls: string[] = [];
  written: SheetPlan[] = [];
  writeOptions: (WritePlansOptions | undefined)[] = [];
  navigations: { sheet: string; cell: string }[] = [];
  failRead: unknown = null;

  constructor(public grid: Grid = SAMPLE_GRID) {}

  async readSelection(): Promise<Grid> {
    this.calls.push("readSelection");
    if (this.failRead) throw this.failRead;
    return this.grid;
  }
  async readSheet(name: string): Promise<Grid> {
    this.calls.push(`readSheet:${name}`);
    return { ...this.grid, sheet: name };
  }
  async listSheets(): Promise<string[]> {
    this.calls.push("listSheets");
    return [this.grid.sheet, ...this.written.map((p) => p.name)];
  }
  async writePlans(plans: SheetPlan[], options?: WritePlansOptions): Promise<WrittenSheet[]> {
    this.calls.push(`writePlans:${plans.map((p) => p.name).join(",")}`);
    this.written.push(...plans);
    this.writeOptions.push(options);
    return plans.map((p) => ({ name: p.name, kind: p.kind }));
  }
  async navigate(sheet: string, cell: string): Promise<void> {
    this.calls.push(`navigate:${sheet}!${cell}`);
    this.navigations.push({ sheet, cell });
  }
}

const plan = (name: string, kind: SheetPlan["kind"]): SheetPlan => ({ name, kind, values: [[name]] });

export const FINDINGS: PaneFinding[] = [
  {
    code: "SATISFACTION-LOW",
    severity: "error",
    sheet: "Sheet1",
    cell: "E3",
    row: 3,
    project: "巡查项目（海珠区）",
    indicator: "操作人员使用满意度",
    message: { zh: "满意度目标为 0，低于 80%。", en: "Satisfaction target 0 is below 80%." },
    fix: { zh: "改为 ≥85%。", en: "Use ≥85%." },
  },
  {
    code: "VAGUE",
    severity: "warning",
    sheet: "Sheet1",
    cell: "E4",
    row: 4,
    project: "巡查项目（白云区）",
    indicator: "整改完成情况",
    message: { zh: "“计划数”不可衡量。", en: '"计划数" cannot be measured.' },
    fix: null,
  },
];

export interface FakeServices extends PaneServices {
  parseCalls: Grid[];
  reviewOptions: unknown[];
  applied: PaneEdit[][];
  reverts: number;
}

export function fakeServices(result: ParseResult = SAMPLE_RESULT, gateway?: FakeGateway): FakeServices {
  const parseCalls: Grid[] = [];
  const reviewOptions: unknown[] = [];
  const applied: PaneEdit[][] = [];
  const review: ReviewService = {
    available: true,
    rules: [
      { code: "SATISFACTION-LOW", severity: "error", title: { zh: "满意度偏低", en: "Low satisfaction" } },
      { code: "VAGUE", severity: "warning", title: { zh: "表述模糊", en: "Vague" } },
    ],
    review: (_r, options) => {
      reviewOptions.push(options);
      return FINDINGS.filter((f) => options.rules.includes(f.code));
    },
    indicatorSheet: () => plan("指标明细", "indicators"),
    findingSheet: () => plan("校验结果", "findings"),
  };
  const compare: CompareService = {
    available: true,
    programs: () => [{ program: "巡查项目", projectIds: [0, 1], districts: ["海珠区", "白云区"] }],
    compare: () => ({
      sheet: plan("区域对比", "compare"),
      messages: [],
      comparisons: [
        {
          program: "巡查项目",
          districts: ["海珠区", "白云区"],
          indicators: ["巡查企业数"],
          flags: [
            {
              district: "白云区",
              code: "OUTLIER",
              kind: { zh: "偏高", en: "High" },
              indicator: "巡查企业数",
              message: {
                zh: "白云区 巡查企业数 60000 家次，为各区中位数的 6.0 倍",
                en: "白云区 is 6.0× the median",
              },
            },
          ],
        },
      ],
    }),
  };
  const services: FakeServices = {
    parseCalls,
    reviewOptions,
    applied,
    reverts: 0,
    parse: {
      parse: (grid) => {
        parseCalls.push(grid);
        return result;
      },
    },
    review,
    compare,
    cleanup: null as unknown as CleanupService,
  };
  const cleanup: CleanupService = {
    available: true,
    rules: [
      { code: "PUNCT", title: { zh: "标点", en: "Punctuation" }, defaultOn: true, proposeOnly: false },
      {
        code: "TYPO",
        title: { zh: "重复字", en: "Repeated characters" },
        defaultOn: true,
        proposeOnly: true,
      },
    ],
    propose: async () => ({
      messages: [],
      edits: [
        {
          id: "1",
          sheet: "Sheet1",
          cell: "E3",
          rule: "PUNCT",
          before: "家次。。",
          after: "家次。",
          checked: true,
        },
        {
          id: "2",
          sheet: "Sheet1",
          cell: "E4",
          rule: "PUNCT",
          before: "a，，b",
          after: "a，b",
          checked: true,
        },
        {
          id: "3",
          sheet: "Sheet1",
          cell: "E4",
          rule: "TYPO",
          before: "减灾灾灾",
          after: "减灾",
          checked: false,
        },
      ],
    }),
    apply: async (edits) => {
      applied.push(edits);
      if (gateway) await gateway.writePlans([plan("清理日志", "cleanup-log")]);
      return { applied: edits.length, logSheet: gateway ? "清理日志" : null };
    },
    revert: async () => {
      services.reverts++;
      return { restored: 2, messages: [] };
    },
  };
  services.cleanup = cleanup;
  return services;
}
