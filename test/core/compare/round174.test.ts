/**
 * Round 174: a 市本级 project whose name starts with the city or the level word (昭通市本级…, 昭通市…, 市本级…)
 * joins its program as the own level, and no project of no district vanishes in silence; the 合计 sentence
 * names a slip the way the outlier sentence does (万人/人); a 分解表's 资金 column read as the funds is said.
 */
import { compareDistricts, comparisonJson, formatComparisonSummary } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import type { CellValue } from "../../../src/core/grid";
import { gridSource } from "./helpers";

/** 昭通's 附件2: one file per county, and the city's own file (its title names no place). */
function zhaotong(own: string): ReturnType<typeof gridSource>[] {
  const form = (title: string, project: string, n: number): CellValue[][] => [
    [title],
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    [project, "产出指标", "数量指标", "受益学生人数", `≥${n}人`],
    [null, "满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"],
  ];
  const program = "农村义务教育学生营养改善计划补助资金";
  return [
    ...(
      [
        ["盐津县", 30000],
        ["大关县", 26000],
        ["永善县", 40000],
      ] as const
    ).map(([c, n]) =>
      gridSource(`附件2-${c}.xlsx`, form(`${c}2025年项目支出绩效目标表`, `${c}${program}`, n)),
    ),
    gridSource("附件2-市本级.xlsx", form("2025年项目支出绩效目标表", `${own}${program}`, 3000)),
  ];
}

describe("a 市本级 file whose project name carries the city or the level word (E1)", () => {
  it.each(["昭通市本级", "昭通市", "市本级", ""])("%s…: said as the own level, never dropped", (own) => {
    const r = compareDistricts(zhaotong(own));
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toEqual(["盐津县", "大关县", "永善县"]);
    const said = [...r.unplaced, ...r.programs[0].unplaced];
    expect(said).toHaveLength(1);
    expect(said[0].own?.level).toBe("市本级");
    expect(formatComparisonSummary(r, "zh")).toContain(
      `${own}农村义务教育学生营养改善计划补助资金（附件2-市本级.xlsx`,
    );
  });
});

/** Every place a project can be said: compared, unplaced, named beside a program, or one district's program. */
function saidRows(r: ReturnType<typeof compareDistricts>): Set<string> {
  const out = new Set<string>();
  const add = (x: { source: string; sheet: string; row: number }) =>
    out.add(`${x.source}!${x.sheet}!${x.row}`);
  for (const p of r.programs) {
    p.members.forEach(add);
    p.unplaced.forEach(add);
    p.nearNames.forEach(add);
  }
  r.unplaced.forEach(add);
  (r.lonePrograms ?? []).forEach(add);
  return out;
}

describe("no project of no district vanishes in silence (E1 guard)", () => {
  it("the city's own file of a program no district files is said as the own level", () => {
    const sources = zhaotong("");
    const own = sources[3];
    own.projects[0].project = "市本级学生资助补助资金";
    for (const r of own.indicators) r.project = "市本级学生资助补助资金";
    const r = compareDistricts(sources);
    expect(r.unplaced.map((u) => u.project)).toEqual(["市本级学生资助补助资金"]);
    expect(r.unplaced[0].own?.level).toBe("市本级");
  });

  it("property: every project with a name is compared or said, whatever the own file's name", () => {
    const owns = ["昭通市本级", "昭通市", "市本级", "本级", "市直", "昭通市直", ""];
    const programs = ["农村义务教育学生营养改善计划补助资金", "学生资助补助资金", "营养改善计划"];
    for (const own of owns)
      for (const program of programs) {
        const sources = zhaotong("");
        const name = `${own}${program}`;
        sources[3].projects[0].project = name;
        for (const rec of sources[3].indicators) rec.project = name;
        const r = compareDistricts(sources);
        const said = saidRows(r);
        for (const s of sources)
          for (const p of s.projects)
            expect([name, said.has(`${s.label}!${p.sheet}!${p.row}`)]).toEqual([name, true]);
      }
  });
});

describe("the 合计 sentence names a slip as the outlier sentence does (E3)", () => {
  it("8.2 in a 人 column the 合计 proves 82000: 疑将“万人”写作“人” in both", () => {
    const rows: CellValue[][] = [
      ["宜春市2025年农村生活污水治理项目绩效目标分解表"],
      ["一级指标", "二级指标", "三级指标", "袁州区", "樟树市", "丰城市", "高安市", "合计"],
      ["产出指标", "数量指标", "受益人口（人）", 60000, 45000, 8.2, 67000, 254000],
    ];
    const r = compareDistricts([gridSource("w.xlsx", rows)]);
    const flags = r.programs[0].indicators[0].flags;
    const outlier = flags.find((f) => f.code === "OUTLIER");
    const total = flags.find((f) => f.code === "TOTAL-DIFF");
    expect(outlier?.message.zh).toContain("疑将“万人”写作“人”");
    expect(total?.message.zh).toContain("与丰城市疑将“万人”写作“人”相符：8.2 → 82000");
    expect(total?.message.zh).not.toContain("少写");
    expect(total?.message.en).toContain('丰城市\'s figure with "人" written for "万人": 8.2 → 82000');
  });
});

describe("a 分解表's 资金 column, read as each district's funds, is said (E2)", () => {
  it("one note in the summary, the JSON and the sheet", () => {
    const rows: CellValue[][] = [
      ["黄石市2025年城镇老旧小区改造项目绩效目标分解表"],
      ["县区", "改造小区数（个）", "中央补助资金（万元）", "居民满意度（%）"],
      ["黄石港区", 45, 4500, "≥90"],
      ["下陆区", 30, 3000, "≥90"],
      ["阳新县", 50, 50000, "≥90"],
      ["合计", 125, 57500, "≥90"],
    ];
    const r = compareDistricts([gridSource("fund.xlsx", rows, "分解表")]);
    const line = "黄石港区 4500 万元、下陆区 3000 万元、阳新县 50000 万元";
    expect(formatComparisonSummary(r, "zh")).toContain(
      `资金列读作各区（县）的预算金额（${line}），不是指标，未作对比`,
    );
    expect(JSON.stringify(comparisonJson(r))).toContain(line);
    expect(JSON.stringify(compareSheetPlan(r))).toContain(line);
  });
});
