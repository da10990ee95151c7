/**
 * Review probe round 243 (`round243data.ts`, gold written before the run, scored by round 225's scorer): the
 * satisfaction hint compares like with like — a public's (社会公众, 群众食品安全满意度) with the publics', the
 * beneficiaries' (服务对象, 受益群众, 补贴对象) with the beneficiaries' — and COST-BUDGET's advice names the standard
 * the goal already states (按每人每月100元标准发放 → “人均津贴标准 ≤100元/人·月”).
 */
import { goalStandard } from "../../../src/core/review/goalStandard";
import { satisfactionGroup } from "../../../src/core/review/rules/rates";
import { codes, findingsOf, withGoals } from "./probeTables";
import { numbers, score } from "./round225data";
import { batch2, batch2Advice, batch2Grids, costAdvice, grid, grids } from "./round243data";

describe("round 243: the round's 12 projects, scored", () => {
  it("as written: 7 of 7 found, 1 finding the gold had not, grades 11 of 12", () => {
    // On the engine before the round: 7 of 7, 5 false alarms (four publics' satisfaction hinted against
    // beneficiaries' 95%), grades 11 of 12.
    expect(numbers(score(grids, false))).toEqual({
      expected: 7,
      found: 7,
      severities: 7,
      falseAlarms: 1,
      grades: 11,
      projects: 12,
    });
  });
  it("gold corrected (安置就业人数 restating the posts; a vague only effect's 中): all found, none false", () => {
    // Corrected gold on the engine before the round: 8 of 8, 4 false alarms, grades 12 of 12.
    expect(numbers(score(grids, true))).toEqual({
      expected: 8,
      found: 8,
      severities: 8,
      falseAlarms: 0,
      grades: 12,
      projects: 12,
    });
  });
  it.each(costAdvice)("COST-BUDGET's advice on %s names the goal's standard: %s", (project, cap) => {
    const f = findingsOf(grid).find((x) => x.code === "COST-BUDGET" && x.project.includes(project));
    expect(f).toBeDefined();
    if (cap) {
      expect(f?.fix?.zh).toContain(` ${cap}”`);
      expect(f?.fix?.zh).toContain("绩效目标已写明标准");
    } else expect(f?.fix?.zh).not.toContain("绩效目标已写明标准");
  });
});

/** Five projects whose satisfactions are `sats` (name, target), each otherwise clean. */
const table = (sats: [string, string][]) =>
  withGoals(
    sats.map(([name, target], i): [string, string, [string, string, string, string][]] => [
      `某县第${i + 1}项民生服务项目`,
      `为全县群众提供第${i + 1}项服务${1000 + i}人次。`,
      [
        ["产出指标", "数量指标", `第${i + 1}项服务人次`, `≥${1000 + i}人次`],
        ["产出指标", "质量指标", "服务质量达标率", "≥95%"],
        ["产出指标", "时效指标", "服务完成时间", "2025年12月底前"],
        ["成本指标", "经济成本指标", "人均服务成本", `≤${100 + i}元/人次`],
        ["效益指标", "社会效益指标", "群众办事便利度提升率", "≥10%"],
        ["满意度指标", "服务对象满意度指标", name, target],
      ],
    ]),
  );
const hinted = (sats: [string, string][]) =>
  codes(table(sats), "SATISFACTION-LOW").map((f) => `${f.indicator} ${f.severity}`);

describe("round 243 F1: the satisfaction hint holds each satisfaction to its own kind", () => {
  it.each([
    ["社会公众满意度", "public"],
    ["公众满意度", "public"],
    ["群众食品安全满意度", "public"],
    ["群众对城市管理满意度", "public"],
    ["社会满意度", "public"],
    ["服务对象满意度", "served"],
    ["受益群众满意度", "served"],
    ["周边群众满意度", "served"],
    ["群众满意度", "served"],
    ["补贴对象满意度", "served"],
    ["社会公众或服务对象满意度", "served"],
  ])("%s is %s", (name, group) => {
    expect(satisfactionGroup(name)).toBe(group);
  });
  it("a public's 80% beside beneficiaries' 95% — no hint", () => {
    expect(
      hinted([
        ["社会公众满意度", "≥80%"],
        ["服务对象满意度", "≥95%"],
        ["受益群众满意度", "≥95%"],
        ["补贴对象满意度", "≥95%"],
        ["服务对象满意度", "≥95%"],
      ]),
    ).toEqual([]);
  });
  it("a public's 80% beside publics' 90–95% — still hinted (info)", () => {
    expect(
      hinted([
        ["社会公众满意度", "≥80%"],
        ["社会公众满意度", "≥90%"],
        ["群众食品安全满意度", "≥95%"],
        ["公众满意度", "≥90%"],
        ["服务对象满意度", "≥85%"],
      ]),
    ).toEqual(["社会公众满意度 info"]);
  });
  it("beneficiaries' 80% beside beneficiaries' 90% and publics' 80–85% — hinted, the publics left out of the median", () => {
    // All six together have a median of 87.5 (no hint); the beneficiaries' own is 90.
    expect(
      hinted([
        ["服务对象满意度", "≥80%"],
        ["受益群众满意度", "≥90%"],
        ["补贴对象满意度", "≥90%"],
        ["服务对象满意度", "≥95%"],
        ["社会公众满意度", "≥80%"],
        ["社会公众满意度", "≥85%"],
        ["公众满意度", "≥80%"],
      ]),
    ).toEqual(["服务对象满意度 info"]);
  });
  it("a public's 80% with fewer than three publics beside it — nothing to hold it to, no hint", () => {
    expect(
      hinted([
        ["社会公众满意度", "≥80%"],
        ["公众满意度", "≥95%"],
        ["服务对象满意度", "≥95%"],
        ["受益群众满意度", "≥95%"],
        ["服务对象满意度", "≥95%"],
      ]),
    ).toEqual([]);
  });
});

describe("round 243 F2: COST-BUDGET's advice names the standard a goal states", () => {
  it.each([
    ["按每人每月800元标准发放岗位补贴", "≤800元/人·月", "人均补贴标准"],
    ["对寄宿生按每生每年1000元标准发放生活补助", "≤1000元/生·年", "生均补助标准"],
    ["补助标准为每月每人600元", "≤600元/人·月", "人均补助标准"],
    ["按800元/人·月的标准发放", "≤800元/人·月", "单位成本"],
    ["人均补助标准94元", "≤94元/人", "人均补助标准"],
    ["对农村公路按每公里1.2万元标准给予养护补助", "≤1.2万元/公里", "每公里补助标准"],
  ])("%s → %s", (goal, cap, name) => {
    expect(goalStandard(goal)).toMatchObject({ cap, name });
  });
  it.each([
    ["带动户均增收800元以上", "an effect, no standard"],
    ["农民人均可支配收入增加500元", "an effect"],
    [
      "城市低保按每人每月800元、农村低保按每人每月600元标准发放",
      "two standards: which is the cost's is not told",
    ],
    ["按省定标准发放高龄津贴", "no figure"],
    ["项目总投资800万元，新建道路5公里", "a total, per nothing"],
    ["每月10日前发放补贴", "a date"],
  ])("%s — none (%s)", (goal) => {
    expect(goalStandard(goal)).toBeNull();
  });
  it("a cost written as the unit standard already — no COST-BUDGET, whatever the goal says", () => {
    const grid = withGoals([
      [
        "某县城市低保金发放",
        "为全县城市低保对象1200人按每人每月600元标准发放低保金。",
        [
          ["产出指标", "数量指标", "城市低保保障人数", "≥1200人"],
          ["成本指标", "经济成本指标", "城市低保人均补助标准", "≤600元/人·月"],
          ["效益指标", "社会效益指标", "城市低保应保尽保率", "100%"],
        ],
      ],
    ]);
    expect(codes(grid, "COST-BUDGET")).toEqual([]);
  });
  it("控制在预算内 with a goal's standard — the advice names it too", () => {
    const grid = withGoals([
      [
        "某县高龄津贴发放",
        "为全县80周岁以上老年人3000人按每人每月100元标准发放高龄津贴。",
        [
          ["产出指标", "数量指标", "高龄津贴发放人数", "≥3000人"],
          ["成本指标", "经济成本指标", "成本控制", "控制在预算范围内"],
          ["效益指标", "社会效益指标", "高龄老人津贴覆盖率", "100%"],
        ],
      ],
    ]);
    const [f] = codes(grid, "COST-BUDGET");
    expect(f?.fix?.zh).toContain("人均津贴标准 ≤100元/人·月");
  });
});

describe("round 243: the second batch (7 projects), written after the fixes", () => {
  it("scored once: 4 of 4 found at the gold's severity, none false, grades 7 of 7", () => {
    // On the engine before the round: 3 of 4, 1 false alarm — 社会公众满意度 80% hinted against beneficiaries' 95%,
    // and 受助群众满意度 85% not, the publics pulling the median down to 85.
    expect(numbers(score(batch2Grids, false))).toEqual({
      expected: 4,
      found: 4,
      severities: 4,
      falseAlarms: 0,
      grades: 7,
      projects: 7,
    });
  });
  it.each(batch2Advice)("COST-BUDGET's advice on %s: %s", (project, cap) => {
    const f = findingsOf(batch2).find((x) => x.code === "COST-BUDGET" && x.project.includes(project));
    if (cap) expect(f?.fix?.zh).toContain(` ${cap}”`);
    else expect(f?.fix?.zh).not.toContain("绩效目标已写明标准");
  });
});
