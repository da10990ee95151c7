/**
 * The done-when list of issue 3 on the bundled Guangzhou sample, read from the workbook through the parser.
 */
import * as path from "path";
import { parseGrid } from "../../../src/core/parse";
import type { ParseResult } from "../../../src/core/record";
import { gradeProjects, projectLocation, projectViews, review, type Finding } from "../../../src/core/review";
import { loadWorkbook } from "../../../src/xlsx/files";
import { findWorksheet, worksheetToGrid } from "../../../src/xlsx/read";

let parse: ParseResult;
let findings: Finding[];

beforeAll(async () => {
  const wb = await loadWorkbook(path.resolve(__dirname, "../../../samples/guangzhou-emergency-2022.xlsx"));
  parse = parseGrid(worksheetToGrid(findWorksheet(wb, undefined)));
  findings = review(parse);
});

const on = (code: string, indicator: string) =>
  findings.filter((f) => f.code === code && f.indicator.includes(indicator));

describe("issue 3 done-when on the sample", () => {
  it("parses the sample", () => {
    expect(parse.indicators).toHaveLength(145);
    expect(parse.projects).toHaveLength(27);
  });

  it("flags 操作人员使用满意度 0 as SATISFACTION-LOW", () => {
    expect(on("SATISFACTION-LOW", "操作人员使用满意度")).toHaveLength(1);
  });

  it("flags 投诉率 5% with no comparator", () => {
    expect([...on("NO-COMPARATOR", "投诉率"), ...on("DIRECTION", "投诉率")].length).toBeGreaterThan(0);
  });

  it("flags 计划数 and 年度计划 as VAGUE", () => {
    const vague = findings.filter((f) => f.code === "VAGUE").map((f) => f.message.zh);
    expect(vague.filter((m) => m.includes("计划数"))).toHaveLength(3);
    expect(vague.filter((m) => m.includes("年度计划"))).toHaveLength(1);
  });

  it("flags 台帐查询访问量 as UNIT-MISMATCH", () => {
    expect(on("UNIT-MISMATCH", "台帐查询访问量")).toHaveLength(1);
  });

  it("flags 防震减灾灾灾 (in the goal) and 社会效益效益 (in an indicator) as TEXT-TYPO", () => {
    const typos = findings.filter((f) => f.code === "TEXT-TYPO").map((f) => f.message.zh);
    expect(typos.some((m) => m.includes("灾灾灾"))).toBe(true);
    expect(typos.some((m) => m.includes("效益效益"))).toBe(true);
  });

  it("flags the two projects sharing one 绩效目标 as GOAL-COPY, at their goal cells", () => {
    const copies = findings.filter((f) => f.code === "GOAL-COPY");
    expect(copies).toHaveLength(2);
    expect(copies.map((f) => f.cell)).toEqual(["D9", "D10"]);
  });

  it("flags repeated 1、 as NUMBERING, once per cell", () => {
    const numbering = findings.filter((f) => f.code === "NUMBERING");
    expect(numbering.length).toBeGreaterThanOrEqual(3);
    expect(new Set(numbering.map((f) => f.cell)).size).toBe(numbering.length);
  });

  it("flags 故障最大恢复时间<24小时 as NAME-HAS-TARGET", () => {
    expect(on("NAME-HAS-TARGET", "故障最大恢复时间")).toHaveLength(1);
  });

  it("flags projects without satisfaction indicators", () => {
    const flagged = new Set(
      findings.filter((f) => f.code === "COMPLETE-SATISFACTION").map((f) => f.projectId),
    );
    // A complaint rate under 满意度指标 (E32 投诉率 5%) is no satisfaction indicator (round 112).
    const withSatisfaction = new Set(
      parse.indicators
        .filter((r) => r.level1 === "满意度指标" && !r.name.includes("投诉"))
        .map((r) => r.projectId),
    );
    for (const p of parse.projects) expect(flagged.has(p.id)).toBe(!withSatisfaction.has(p.id));
  });

  it("does not flag clean indicators", () => {
    for (const name of [
      "培训满意率",
      "森林火灾成功扑灭用时",
      "火灾发生率",
      "完成组织2022年危化品事故演练次数",
      "项目安全生产事故数",
      "设备使用完好率",
      "全年安全生产资格考试人数（包括初认证与复审）",
      "群众对市政府应急事件处理的满意度",
    ])
      expect(findings.filter((f) => f.indicator === name)).toEqual([]);
  });

  it("gives every finding a location, a message and a basis in both languages", () => {
    for (const f of findings) {
      expect(f.sheet).toBe("2022年项目绩效目标");
      expect(f.cell).toMatch(/^[A-E]\d+$/);
      expect(f.row).toBe(Number(f.cell.slice(1)));
      expect(f.message.zh && f.message.en && f.basis.zh && f.basis.en).toBeTruthy();
    }
  });

  it("grades every project", () => {
    const grades = gradeProjects(projectViews(parse), findings, projectLocation);
    expect(grades).toHaveLength(27);
    // Three 计划数 targets, a 0 satisfaction target and broken numbering: graded 差. So is the project that
    // shares its goal (no satisfaction indicator, three bare rates, 年度计划, a percentage of 处理能力): the
    // two are the lowest (round 75).
    const weak = grades.find((g) => g.project === "广州市安全生产全民教育体验中心");
    expect(weak?.grade).toBe("差");
    const lowest = [...grades].sort((a, b) => a.score - b.score).slice(0, 2);
    expect(lowest.map((g) => g.grade)).toEqual(["差", "差"]);
    expect(lowest.every((g) => g.project.includes("全民教育体验中心"))).toBe(true);
  });
});
