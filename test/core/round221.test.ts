/**
 * Round 221: a probe of targets — comparator, value, valueMax, unit, kind and date — scored against the gold
 * written before the engine was run (round221.data.ts).
 */
import { parseGrid } from "../../src/core/parse";
import { parseTarget } from "../../src/core/text/target";
import { grid } from "../support/grid";
import {
  BATCH1,
  BATCH1B,
  BATCH1C,
  BATCH1D,
  BATCH1E,
  BATCH2,
  type TargetCase,
  type TargetGold,
} from "./round221.data";

const H5 = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"];

/** The records of rows under 三级 | 指标值 | 计量单位, as [target, comparator, value, unit, kind]. */
const rows = (...r: [string, string, string][]) =>
  parseGrid(grid([H5, ...r.map(([n, t, u]) => ["产出指标", "数量指标", n, t, u])])).indicators.map((i) => [
    i.target,
    i.comparator,
    i.value,
    i.unit,
    i.kind,
  ]);

/** Scores cases: a record is right when its six target fields are the gold's, paired in order. */
function score(cases: TargetCase[]) {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = parseGrid({ ...grid(c.rows), ...(c.date1904 ? { date1904: true } : {}) }).indicators;
    if (got.length !== c.gold.length) misses.push(`${c.name}: ${got.length} records for ${c.gold.length}`);
    c.gold.forEach((g, i) => {
      total++;
      const r = got[i];
      const mine: TargetGold | null = r ? [r.comparator, r.value, r.valueMax, r.unit, r.kind, r.date] : null;
      if (mine && JSON.stringify(mine) === JSON.stringify(g)) right++;
      else
        misses.push(
          `${c.name} #${i + 1} ${r?.name ?? "-"} | ${r?.target ?? "-"}\n  gold ${JSON.stringify(g)}\n  got  ${JSON.stringify(mine)}`,
        );
    });
  }
  return { right, total, misses };
}

describe("round 221's targets", () => {
  it("reads the first batch as the gold says", () => {
    const s = score(BATCH1);
    if (process.env.R221_SHOW) console.log(`${s.right}/${s.total}\n${s.misses.join("\n")}`);
    expect(s.total).toBe(120);
    expect(s.right).toBe(120);
  });

  it("reads the harder half as the gold says", () => {
    const s = score(BATCH1B);
    if (process.env.R221_SHOW) console.log(`${s.right}/${s.total}\n${s.misses.join("\n")}`);
    expect(s.total).toBe(52);
    expect(s.right).toBe(52);
  });

  it("reads the third set as the gold says", () => {
    const s = score(BATCH1C);
    if (process.env.R221_SHOW) console.log(`${s.right}/${s.total}\n${s.misses.join("\n")}`);
    expect(s.total).toBe(41);
    expect(s.right).toBe(41);
  });
});

describe("round 221's fourth set", () => {
  it("reads it as the gold says", () => {
    const s = score(BATCH1D);
    if (process.env.R221_SHOW) console.log(`${s.right}/${s.total}\n${s.misses.join("\n")}`);
    expect(s.total).toBe(46);
    expect(s.right).toBe(46);
  });
});

describe("round 221's fifth set", () => {
  it("reads it as the gold says", () => {
    const s = score(BATCH1E);
    if (process.env.R221_SHOW) console.log(`${s.right}/${s.total}\n${s.misses.join("\n")}`);
    expect(s.total).toBe(46);
    expect(s.right).toBe(46);
  });
});

describe("round 221's second batch", () => {
  it("reads it as the gold says", () => {
    const s = score(BATCH2);
    if (process.env.R221_SHOW) console.log(`${s.right}/${s.total}\n${s.misses.join("\n")}`);
    expect(s.total).toBe(31);
    expect(s.right).toBe(31);
  });
});

describe("the days times the hours with 小时 in the unit column (7×24 | 小时)", () => {
  it("reads the hours as the figure, as 7×24小时 in one cell", () => {
    expect(rows(["热线服务时长", "7×24", "小时"], ["窗口服务时间", "5 x 8", "小时"])).toEqual([
      ["7×24", "=", 24, "小时", "quantitative"],
      ["5 x 8", "=", 8, "小时", "quantitative"],
    ]);
  });

  it("leaves a product of other units as it was (3×5 | 米)", () => {
    expect(rows(["展板规格", "3×5", "米"])[0].slice(2, 4)).toEqual([3, "米"]);
  });
});

describe("spaces around the times sign (7 × 24小时)", () => {
  it("reads the hours as the figure, as 7×24小时 is", () => {
    for (const t of ["7 × 24小时", "5 x 8小时", "7 ×24 小时"])
      expect(parseTarget(t)).toMatchObject({
        comparator: "=",
        value: t.startsWith("5") ? 8 : 24,
        unit: "小时",
      });
  });

  it("leaves a count with a Latin x apart from any hours alone (3 x 5米)", () => {
    expect(parseTarget("3 x 5米")).toMatchObject({ value: 3 });
  });
});

describe("a range held at (控制在18-26℃, 保持在90%-95%)", () => {
  it("reads the range, not a ceiling or a floor at its lower bound", () => {
    expect(parseTarget("控制在16～22℃")).toMatchObject({
      comparator: "between",
      value: 16,
      valueMax: 22,
      unit: "℃",
    });
    expect(parseTarget("保持在90%-95%")).toMatchObject({
      comparator: "between",
      value: 90,
      valueMax: 95,
      unit: "%",
    });
    expect(parseTarget("稳定在2至4万元")).toMatchObject({
      comparator: "between",
      value: 20000,
      valueMax: 40000,
      unit: "元",
    });
  });

  it("keeps a single figure held at as the word after it says (控制在5%以内)", () => {
    expect(parseTarget("控制在5%以内")).toMatchObject({ comparator: "<=", value: 5, valueMax: null });
  });
});

describe("a schedule of the same month or day after a name (救助资金当月发放)", () => {
  const read = (text: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["示范", text],
      ]),
    ).indicators.map((i) => [i.name, i.target, i.kind]);

  it("reads the schedule as the target, as 按月发放 is", () => {
    expect(read("时效指标：临时救助金当月发放到位；")).toEqual([
      ["临时救助金", "当月发放到位", "qualitative"],
    ]);
    expect(read("时效指标：生活垃圾当日清运；")).toEqual([["生活垃圾", "当日清运", "qualitative"]]);
    expect(read("时效指标：群众来电当天回复。")).toEqual([["群众来电", "当天回复", "qualitative"]]);
  });

  it("leaves a name that only holds 当月 alone (当月发放率100%)", () => {
    expect(read("质量指标：补贴当月发放率100%")).toEqual([["补贴当月发放率", "100%", "quantitative"]]);
  });
});
