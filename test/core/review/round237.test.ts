/**
 * Review probe round 237: twelve departments rounds 225 and 230 left out (教育, 卫生健康, 农业农村, 水利, 交通运输,
 * 文化旅游, 生态环境, 民政, 人社, 司法, 市场监管, 自然资源), in the sample's packed cells and in rows tables
 * (`round237data.ts`, gold written before each run, scored by round 225's scorer). Fixed: a share beyond 100% is
 * RATE-RANGE's alone, no NO-COMPARATOR asking for “≥120%”; a cap per 平方米 or 立方米 is held to the funds; a goal's
 * figure whose noun is listed past a 、 is paired; 就业能力 is told certificates or employment, and an only effect is
 * never told to go; sessions held filed as an effect are called work done.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, withGoal } from "./probeTables";
import { numbers, score } from "./round225data";
import { batch2Grids, grids, rowsC } from "./round237data";

describe("round 237: the round's 26 projects, scored", () => {
  it("after the fixes, as written: 20 of 20 found (18 at the gold's severity), none false, grades 25 of 26", () => {
    // As written on the engine before the round: 18 of 20 found (16 at the severity), 3 false alarms, grades 23 of 26.
    // After round 237's fixes 2 false alarms: two publics' satisfactions (社会公众, 群众食品安全 80%) hinted against
    // beneficiaries' 90%; round 243 holds each to its own kind, as this gold as written had it.
    expect(numbers(score(grids, false))).toEqual({
      expected: 20,
      found: 20,
      severities: 18,
      falseAlarms: 0,
      grades: 25,
      projects: 26,
    });
  });
  it("gold corrected (a copied goal's owner, a subsidy paid next spring, two satisfaction hints): all found, none false", () => {
    // Corrected gold on the engine before the round: 17 of 19, 1 false alarm, grades 24 of 26.
    expect(numbers(score(grids, true))).toEqual({
      expected: 19,
      found: 19,
      severities: 19,
      falseAlarms: 0,
      grades: 26,
      projects: 26,
    });
  });
});

describe("round 237: the second batch (8 projects), written after the fixes", () => {
  it("scored once: 5 of 5 found at the gold's severity, none false, grades 8 of 8", () => {
    // On the engine before the round: 4 of 5, 1 false alarm (NO-COMPARATOR on 110%), grades 6 of 8.
    expect(numbers(score(batch2Grids, false))).toEqual({
      expected: 5,
      found: 5,
      severities: 5,
      falseAlarms: 0,
      grades: 8,
      projects: 8,
    });
  });
});

const inspection = (rate: string) =>
  withGoal("某县食品安全监督抽检", "完成食品安全监督抽检1500批次。", [
    ["产出指标", "数量指标", "食品安全监督抽检", "≥1500批次"],
    ["产出指标", "质量指标", "抽检任务覆盖率", rate],
    ["产出指标", "时效指标", "抽检结果公布时间", "≤20个工作日"],
    ["效益指标", "社会效益指标", "不合格食品核查处置率", "100%"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ]);

describe("round 237 F1: a share beyond 0–100% is RATE-RANGE's, never told a comparator", () => {
  it.each(["120%", "110%", "-5%"])("抽检任务覆盖率 %s — RATE-RANGE, no NO-COMPARATOR", (rate) => {
    expect(codes(inspection(rate), "RATE-RANGE").map((f) => f.indicator)).toEqual(["抽检任务覆盖率"]);
    expect(codes(inspection(rate), "NO-COMPARATOR")).toEqual([]);
  });
  it("a share within the range written bare (95%) — still NO-COMPARATOR", () => {
    expect(codes(inspection("95%"), "NO-COMPARATOR").map((f) => f.indicator)).toEqual(["抽检任务覆盖率"]);
  });
  it("a growth beyond 100% (抽检批次增长率 120%) — neither RATE-RANGE nor silenced for it", () => {
    const grid = withGoal("某县食品安全监督抽检", "完成食品安全监督抽检1500批次。", [
      ["产出指标", "数量指标", "食品安全监督抽检", "≥1500批次"],
      ["产出指标", "质量指标", "抽检合格率", "≥95%"],
      ["产出指标", "时效指标", "抽检结果公布时间", "≤20个工作日"],
      ["效益指标", "社会效益指标", "抽检批次增长率", "120%"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "RATE-RANGE")).toEqual([]);
  });
});

type RowC = [string, string, string, string, string | number | null, string];
const schools = (cap: number, unit: string, area: number, areaUnit: string, funds = 500): CellValue[][] =>
  rowsC([
    [
      "义务教育学校校舍维修改造",
      funds,
      "对全市15所义务教育学校校舍进行维修改造。",
      [
        ["产出指标", "数量指标", "维修改造校舍面积", "≥", area, areaUnit],
        ["产出指标", "质量指标", "工程验收合格率", "=", 100, "%"],
        ["产出指标", "时效指标", "完工时间", "", "2025年8月底前", ""],
        ["成本指标", "经济成本指标", "单位面积维修改造成本", "≤", cap, unit],
        ["效益指标", "社会效益指标", "校舍安全达标率", "=", 100, "%"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥", 90, "%"],
      ] as RowC[],
    ],
  ]);

describe("round 237 F2: a cap per 平方米 or 立方米 is held to its count and the funds", () => {
  it("≤800元/平方米 × 2万平方米 = 1600万元 against 500万元 — COST-OVER-BUDGET, 250元/平方米 named", () => {
    const f = codes(schools(800, "元/平方米", 2, "万平方米"), "COST-OVER-BUDGET");
    expect(f.map((x) => x.indicator)).toEqual(["单位面积维修改造成本"]);
    expect(f[0].fix?.zh).toContain("250元/平方米");
    // A rows table's 指标性质 column gives the cap its ≤, and the count its ≥, as the officer reads the row.
    expect(f[0].message.zh).toContain(
      "成本上限“单位面积维修改造成本 ≤800元/平方米”×“维修改造校舍面积 ≥2万平方米”",
    );
  });
  it("≤250元/平方米, the funds' own — nothing", () => {
    expect(codes(schools(250, "元/平方米", 2, "万平方米"), "COST-OVER-BUDGET")).toEqual([]);
  });
  it("a cap per 平方米 beside a count in 亩 — nothing: not the same measure", () => {
    expect(codes(schools(800, "元/平方米", 2, "万亩"), "COST-OVER-BUDGET")).toEqual([]);
  });
  it("≤30元/立方米 × 15万立方米 = 450万元 against 300万元 — COST-OVER-BUDGET", () => {
    const grid = rowsC([
      [
        "中小河流河道清淤疏浚",
        300,
        "清淤疏浚中小河流河道。",
        [
          ["产出指标", "数量指标", "清淤土方量", "≥", 15, "万立方米"],
          ["产出指标", "质量指标", "工程验收合格率", "=", 100, "%"],
          ["产出指标", "时效指标", "汛前完工时间", "", "2025年5月底前", ""],
          ["成本指标", "经济成本指标", "单位土方清淤成本", "≤", 30, "元/立方米"],
          ["效益指标", "社会效益指标", "清淤河段行洪能力达标率", "≥", 95, "%"],
          ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", 90, "%"],
        ],
      ],
    ]);
    expect(codes(grid, "COST-OVER-BUDGET").map((x) => x.indicator)).toEqual(["单位土方清淤成本"]);
  });
});

const elderly = (goal: string, count: string) =>
  withGoal("某县居家养老服务补贴", goal, [
    ["产出指标", "数量指标", "享受居家养老服务补贴老人", count],
    ["产出指标", "质量指标", "服务质量回访合格率", "≥95%"],
    ["产出指标", "时效指标", "补贴发放时间", "每月10日前"],
    ["效益指标", "社会效益指标", "失能老人居家照护需求满足率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
  ]);

describe("round 237 F3: a goal's figure whose noun is listed past a 、 is paired", () => {
  it("800名经济困难高龄、失能老人 against ≥600人 — GOAL-FIGURE", () => {
    const f = codes(
      elderly("为全县800名经济困难高龄、失能老人提供居家养老上门服务。", "≥600人"),
      "GOAL-FIGURE",
    );
    expect(f.map((x) => x.indicator)).toEqual(["享受居家养老服务补贴老人"]);
    expect(f[0].fix?.zh).toContain("≥800人");
  });
  it("the same goal against ≥800人 — nothing", () => {
    expect(
      codes(elderly("为全县800名经济困难高龄、失能老人提供居家养老上门服务。", "≥800人"), "GOAL-FIGURE"),
    ).toEqual([]);
  });
  it("a figure ending its part (新建村卫生室10所、改造乡镇卫生院) lends the next work none of its words", () => {
    const grid = withGoal(
      "某县基层医疗卫生机构建设",
      "新建村卫生室10所、改造乡镇卫生院，提升基层服务能力。",
      [
        ["产出指标", "数量指标", "新建村卫生室", "≥10所"],
        ["产出指标", "数量指标", "改造乡镇卫生院", "≥3所"],
        ["产出指标", "质量指标", "工程验收合格率", "100%"],
        ["产出指标", "时效指标", "完工时间", "2025年10月底前"],
        ["效益指标", "社会效益指标", "村卫生室标准化建设达标率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
      ],
    );
    expect(codes(grid, "GOAL-FIGURE")).toEqual([]);
  });
  it("two figures listed (隔离防护设施12处、警示标志60块) — each paired by its own words", () => {
    const grid = withGoal("某县集中式饮用水水源地保护", "新建水源地隔离防护设施12处、警示标志60块。", [
      ["产出指标", "数量指标", "新建隔离防护设施", "≥12处"],
      ["产出指标", "数量指标", "设置警示标志", "≥50块"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["产出指标", "时效指标", "工程完工时间", "2025年9月底前"],
      ["效益指标", "生态效益指标", "县级水源地水质达标率", "100%"],
      ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "GOAL-FIGURE").map((x) => x.indicator)).toEqual(["设置警示标志"]);
  });
});

const training = (effect: string, quality: [string, string, string, string]) =>
  withGoal("某市补贴性职业技能培训", "开展补贴性职业技能培训8000人次。", [
    ["产出指标", "数量指标", "补贴性职业技能培训", "≥8000人次"],
    quality,
    ["产出指标", "时效指标", "培训补贴发放时间", "2025年12月底前"],
    ["效益指标", "社会效益指标", effect, "显著增强"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
  ]);

describe("round 237 F4: 就业能力 is told certificates or employment, and an only effect is never told to go", () => {
  it("参训人员就业能力 | 显著增强 — a measure of certificates, no “可删去”", () => {
    const fix = codes(
      training("参训人员就业能力", ["产出指标", "质量指标", "培训合格率", "≥85%"]),
      "VAGUE",
    )[0]?.fix?.zh;
    expect(fix).toContain("参训人员取得职业技能证书比例");
    expect(fix).not.toContain("可删去");
  });
  it("with the certificates already set as an output, the employment rate is offered", () => {
    const fix = codes(
      training("参训人员就业能力", ["产出指标", "质量指标", "参训人员取得职业技能证书比例", "≥80%"]),
      "VAGUE",
    )[0]?.fix?.zh;
    expect(fix).toContain("参训人员培训后就业率");
  });
  it("an only effect stood for by an output (群众出行条件 by 农村公路优良中等路率) — kept, rewritten as a change", () => {
    const grid = withGoal("农村公路养护", "养护农村公路1200公里。", [
      ["产出指标", "数量指标", "养护农村公路里程", "≥1200公里"],
      ["产出指标", "质量指标", "农村公路优良中等路率", "≥80%"],
      ["产出指标", "时效指标", "养护完成时间", "2025年11月底前"],
      ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    const fix = codes(grid, "VAGUE")[0]?.fix?.zh ?? "";
    expect(fix).toContain("已设“农村公路优良中等路率”");
    expect(fix).toContain("不宜删去");
  });
  it("an effect stood for by another effect — still told it may go", () => {
    const grid = withGoal("农村公路养护", "养护农村公路1200公里。", [
      ["产出指标", "数量指标", "养护农村公路里程", "≥1200公里"],
      ["产出指标", "质量指标", "养护工程验收合格率", "100%"],
      ["产出指标", "时效指标", "养护完成时间", "2025年11月底前"],
      ["效益指标", "社会效益指标", "农村公路优良中等路率", "≥80%"],
      ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "VAGUE")[0]?.fix?.zh).toContain("可删去");
  });
});

describe("round 237 F5: sessions held filed as an effect are called work done", () => {
  const venues = (name: string, target: string) =>
    withGoal("某市公共文化场馆免费开放", "保障全市12个公共文化场馆免费开放。", [
      ["产出指标", "数量指标", "免费开放公共文化场馆", "≥12个"],
      ["产出指标", "质量指标", "场馆安全检查合格率", "100%"],
      ["产出指标", "时效指标", "补助资金拨付时间", "2025年6月底前"],
      ["效益指标", "社会效益指标", name, target],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
  it("开展公益文化活动场次 ≥300场 — 完成的工作量, moved to 数量指标", () => {
    const f = codes(venues("开展公益文化活动场次", "≥300场"), "CATEGORY-MISMATCH");
    expect(f.map((x) => x.indicator)).toEqual(["开展公益文化活动场次"]);
    expect(f[0].message.zh).toContain("完成的工作量");
    expect(f[0].message.zh).not.toContain("参与人次");
    expect(f[0].fix?.zh).toContain("数量指标");
  });
  it("培训农民 ≥1万人次 — still the activity's headcount", () => {
    const f = codes(venues("培训农民", "≥1万人次"), "CATEGORY-MISMATCH");
    expect(f[0]?.message.zh).toContain("覆盖面或参与人次");
  });
});
