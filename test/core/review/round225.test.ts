/**
 * Review probe round 225: departments earlier review rounds left out (住建, 应急, 公安, 退役军人, 体育, 残联, 林草, 乡村振兴,
 * 商务, 统计, 医保, 国资) in four layouts (`round225data.ts`, gold written before the run). Fixed: a loss rate of
 * stores (霉变损毁率) is negative; a fund naming what is counted (实施衔接资金产业项目 ≥12个) is no cost; a ratio of
 * equity (国有资本保值增值率) may pass 100%; a multiple (消费券杠杆率 ≥6倍) is a ratio's own unit; a figure of 120 is
 * no 120 hotline; 受灾群众基本生活 is told relief within 12 hours, not 应保尽保; outputs with a deadline are not thin
 * for the 差 of two unreachable targets.
 */
import type { CellValue } from "../../../src/core/grid";
import { inferLevel2 } from "../../../src/core/text/categories";
import { codes, findingsOf, gradeOf, withGoal } from "./probeTables";
import { batch2Grids, grids, numbers, score } from "./round225data";

describe("round 225: the round's 24 projects, scored", () => {
  it("after the fixes, as written: 23 of 23 found (at the gold's severity), 2 findings the gold had not, grades 23 of 24", () => {
    // As written on the engine before the round: 21 of 23 found, 5 false alarms, grades 21 of 24.
    expect(numbers(score(grids, false))).toEqual({
      expected: 23,
      found: 23,
      severities: 23,
      falseAlarms: 2,
      grades: 23,
      projects: 24,
    });
  });
  it("gold corrected (发放消费券金额 is money put in, as 发放高龄津贴资金 is; its outputs then count nothing): none false", () => {
    expect(numbers(score(grids, true))).toEqual({
      expected: 25,
      found: 25,
      severities: 25,
      falseAlarms: 0,
      grades: 24,
      projects: 24,
    });
  });
});

const packed = (name: string, goal: string, lines: string, funds: number): CellValue[][] => [
  ["某区2025年项目支出绩效目标表", null, null, null, null],
  ["预算单位", "项目名称", "绩效目标", "绩效指标", "资金（万元）"],
  ["某区某局", name, goal, lines, funds],
];

describe("round 225 F1: a loss rate of stores (霉变损毁率, 损坏率) is better lower", () => {
  const stores = (name: string, target: string) =>
    withGoal("某县救灾物资储备", "储备救灾物资1.2万件。", [
      ["产出指标", "数量指标", "储备救灾物资", "≥1.2万件"],
      ["产出指标", "质量指标", name, target],
      ["效益指标", "社会效益指标", "受灾群众紧急转移安置保障人数", "≥2000人"],
      ["满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"],
    ]);
  it.each(["储备物资霉变损毁率", "救灾物资损坏率", "储备粮变质率"])("%s ≥2% — DIRECTION (error)", (name) => {
    const f = codes(stores(name, "≥2%"), "DIRECTION");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([[name, "error"]]);
  });
  it("储备物资霉变损毁率 ≤2% — nothing", () => {
    expect(codes(stores("储备物资霉变损毁率", "≤2%"), "DIRECTION")).toEqual([]);
  });
});

describe("round 225 F2: a fund naming what is counted (实施衔接资金产业项目 ≥12个) is the work, not a cost", () => {
  it.each([
    ["实施衔接资金产业项目", "个"],
    ["补助资金发放户数", "户"],
  ])("%s | %s — 数量指标", (name, unit) => {
    expect(inferLevel2("产出指标", name, unit, "quantitative")).toBe("数量指标");
  });
  it.each([
    ["衔接资金项目总投资", "元"],
    ["项目资金", "个"],
    ["培训经费", "元"],
  ])("%s | %s — still 成本指标", (name, unit) => {
    expect(inferLevel2("产出指标", name, unit, "quantitative")).toBe("成本指标");
  });
  const lines = (count: string) =>
    `1、产出指标：${count}；项目验收合格率100%；2025年10月底前完工。2、成本指标：衔接资金项目总投资≤800万元。3、效益指标：脱贫人口人均纯收入增幅≥8%。4、满意度指标：受益群众满意度≥90%。`;
  const grid = packed(
    "某区衔接推进乡村振兴补助资金项目",
    "实施产业发展项目12个。",
    lines("实施衔接资金产业项目≥12个"),
    800,
  );
  it("in a packed cell: no COMPLETE-OUTPUT-DETAIL, and the lump sum is the only cost (COST-BUDGET)", () => {
    expect(codes(grid, "COMPLETE-OUTPUT-DETAIL")).toEqual([]);
    expect(codes(grid, "COST-BUDGET").map((f) => f.indicator)).toEqual(["衔接资金项目总投资"]);
  });
});

describe("round 225 F3: a ratio of equity (国有资本保值增值率) may pass 100%", () => {
  const soe = (target: string) =>
    withGoal("某区区属国有企业监管", "对区属8家国有企业开展监管和年度经营业绩考核。", [
      ["产出指标", "数量指标", "监管区属国有企业", "≥8家"],
      ["产出指标", "质量指标", "年度经营业绩考核覆盖率", "100%"],
      ["产出指标", "时效指标", "年度考核完成时间", "2025年6月底前"],
      ["效益指标", "经济效益指标", "国有资本保值增值率", target],
      ["满意度指标", "服务对象满意度指标", "出资人满意度", "≥85%"],
    ]);
  it.each(["≥100%", "≥105%"])("%s — neither RATE-100-GE nor RATE-RANGE", (target) => {
    const f = findingsOf(soe(target));
    expect(f.filter((x) => x.code === "RATE-100-GE" || x.code === "RATE-RANGE")).toEqual([]);
  });
  it("年度经营业绩考核覆盖率 ≥100% beside it — still RATE-100-GE", () => {
    const grid = soe("≥100%").map((row) => row.map((c) => (c === "100%" ? "≥100%" : c)));
    expect(codes(grid, "RATE-100-GE").map((f) => f.indicator)).toEqual(["年度经营业绩考核覆盖率"]);
  });
});

describe("round 225 F4: a multiple (消费券杠杆率 ≥6倍) is a ratio's own unit", () => {
  const coupons = (name: string, target: string) =>
    withGoal("某区促消费惠民消费券发放", "发放惠民消费券，带动消费1.2亿元以上。", [
      ["产出指标", "数量指标", "发放消费券", "≥40万张"],
      ["产出指标", "质量指标", "消费券核销率", "≥85%"],
      ["产出指标", "时效指标", "完成发放时间", "2025年10月底前"],
      ["效益指标", "经济效益指标", name, target],
      ["满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"],
    ]);
  it.each(["消费券杠杆率", "财政资金撬动社会投资放大率"])("%s ≥6倍 — no UNIT-MISMATCH", (name) => {
    expect(codes(coupons(name, "≥6倍"), "UNIT-MISMATCH")).toEqual([]);
  });
  it("商户参与率 ≥6倍 — still UNIT-MISMATCH (a share, not a multiple)", () => {
    expect(codes(coupons("商户参与率", "≥6倍"), "UNIT-MISMATCH")).toHaveLength(1);
  });
});

describe("round 225 F5: a figure of 120 (涉及单位120家) is no 120 hotline", () => {
  const audit = (name: string, goal: string) =>
    withGoal(name, goal, [
      ["产出指标", "数量指标", "清查单位", "≥120家"],
      ["产出指标", "质量指标", "资产账实相符率", "≥98%"],
      ["产出指标", "时效指标", "清查完成时间", "2025年9月底前"],
      ["满意度指标", "服务对象满意度指标", "被清查单位满意度", "≥90%"],
    ]);
  const effectFix = (grid: CellValue[][]) => codes(grid, "COMPLETE-EFFECT")[0]?.fix?.zh ?? "";
  it("国有资产清查 of 120家: its COMPLETE-EFFECT example is not 急救's", () => {
    const fix = effectFix(
      audit("某县行政事业单位国有资产清查", "完成全县行政事业单位国有资产清查，涉及单位120家。"),
    );
    expect(fix).not.toBe("");
    expect(fix).not.toContain("急救");
  });
  it("a 120急救 project still gets 急救's example", () => {
    const grid = withGoal("某县120急救指挥调度运行", "保障120急救呼叫及时调度。", [
      ["产出指标", "数量指标", "受理急救呼叫", "≥2万次"],
      ["产出指标", "质量指标", "调度准确率", "≥98%"],
      ["产出指标", "时效指标", "呼叫受理时间", "≤1分钟"],
      ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
    ]);
    expect(effectFix(grid)).toContain("急救");
  });
});

describe("round 225 F6: 受灾群众基本生活 | 得到有效保障 is told relief within 12 hours, not 低保's 应保尽保", () => {
  const vagueFix = (name: string, project: string) =>
    codes(
      withGoal(project, "保障困难群众基本生活。", [
        ["产出指标", "数量指标", "保障人数", "≥2000人"],
        ["产出指标", "质量指标", "认定准确率", "≥98%"],
        ["产出指标", "时效指标", "完成时间", "2025年12月底前"],
        ["效益指标", "社会效益指标", name, "得到有效保障"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
      "VAGUE",
    )[0]?.fix?.zh ?? "";
  it("受灾群众基本生活 — 灾后12小时内…初步救助率", () => {
    const fix = vagueFix("受灾群众基本生活", "某县救灾物资储备");
    expect(fix).toContain("灾后12小时内");
    expect(fix).not.toContain("应保尽保");
  });
  it("特困人员基本生活 — still 应保尽保率", () => {
    expect(vagueFix("特困人员基本生活", "某县特困人员救助供养")).toContain("应保尽保率");
  });
});

describe("round 225 F7: two unreachable targets beside outputs with no count but a deadline — 中, not 差", () => {
  const coupons = (deadline: boolean) =>
    packed(
      "某区促消费惠民消费券发放",
      "发放惠民消费券2000万元，直接带动消费1.2亿元以上。",
      `1、产出指标：发放消费券金额≥2000万元；消费券核销率≥100%${deadline ? "；2025年10月底前完成发放" : ""}。2、成本指标：消费券平台服务费率≤2%。3、效益指标：直接带动消费≥1.2亿元。4、满意度指标：消费者满意度100%。`,
      2040,
    );
  it("with 2025年10月底前完成发放 — 中", () => {
    expect(gradeOf(coupons(true)).grade).toBe("中");
  });
  it("with no deadline either — 差, as before (round 125)", () => {
    expect(gradeOf(coupons(false)).grade).toBe("差");
  });
});

describe("round 225 F8 (second batch): a relapse rate (复吸率) is better lower; 未复吸率 higher", () => {
  const drugs = (name: string, target: string) =>
    withGoal("某县禁毒社会工作服务", "对260名社区戒毒社区康复人员开展帮扶管控。", [
      ["产出指标", "数量指标", "帮扶管控社区戒毒社区康复人员", "≥260人"],
      ["产出指标", "质量指标", "社区戒毒社区康复人员管控率", "≥95%"],
      ["效益指标", "社会效益指标", name, target],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]);
  it("社区戒毒人员复吸率 ≥15% — DIRECTION (error)", () => {
    expect(codes(drugs("社区戒毒人员复吸率", "≥15%"), "DIRECTION").map((f) => f.severity)).toEqual(["error"]);
  });
  it.each([
    ["社区戒毒人员复吸率", "≤15%"],
    ["戒断三年未复吸率", "≥40%"],
  ])("%s %s — nothing", (name, target) => {
    expect(codes(drugs(name, target), "DIRECTION")).toEqual([]);
  });
});

describe("round 225: the second batch (9 projects), written after F1–F7", () => {
  it("scored once: 5 of 7 found, 1 finding the gold had not, grades 7 of 9; after F8 as written: 6 of 7, grades 8 of 9", () => {
    expect(numbers(score(batch2Grids, false))).toEqual({
      expected: 7,
      found: 6,
      severities: 6,
      falseAlarms: 1,
      grades: 8,
      projects: 9,
    });
  });
  it("gold corrected (检查定点医药机构 100% with no 二级 written is left alone, round 115): all found, none false", () => {
    expect(numbers(score(batch2Grids, true))).toEqual({
      expected: 6,
      found: 6,
      severities: 6,
      falseAlarms: 0,
      grades: 9,
      projects: 9,
    });
  });
});
