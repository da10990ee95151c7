/**
 * Review probe round 112: grades more lenient than the reviewers', a satisfaction with no figure, bare vague
 * targets in rows, a complaint rate as satisfaction, own outputs filed as effects, a rate per 万台 told to add a
 * unit, and fixes that did not fit.
 */
import type { CellValue } from "../../../src/core/grid";
import { scoreOf } from "../../../src/core/review/grade";
import { vague } from "../../../src/core/review/rules/targets";
import { completeCost, completeSatisfaction } from "../../../src/core/review/rules/completeness";
import { rate100Ge } from "../../../src/core/review/rules/rates";
import { costBudget } from "../../../src/core/review/rules/costs";
import { categoryMismatch } from "../../../src/core/review/rules/categories";
import { noUnit } from "../../../src/core/review/rules/units";
import { bareFinding, gradeOfGrid, rowsOfProject as rows, runRule, testRule } from "./ruleTester";

type Row = [string, string, string, string];

const gradeOf = gradeOfGrid;

/** One packed project (项目名称 | 绩效目标 | 绩效指标). */
const packed = (goal: string, text: string): CellValue[][] => [
  ["项目名称", "绩效目标", "绩效指标"],
  ["场镇道路维修", goal, text],
];

const SOUND: Row[] = [
  ["产出指标", "数量指标", "保障人数", "≥6500人"],
  ["产出指标", "质量指标", "认定准确率", "≥98%"],
  ["产出指标", "时效指标", "发放时间", "每月10日前"],
  ["成本指标", "经济成本指标", "保障标准", "≥700元/人·月"],
  ["效益指标", "社会效益指标", "应保尽保率", "100%"],
  ["满意度指标", "服务对象满意度指标", "保障对象满意度", "≥90%"],
];
const project = (...body: Row[]) => rows("城乡最低生活保障资金", ...body).grid;
const without = (...names: string[]) => SOUND.filter((r) => !names.includes(r[2]));

describe("round 112 grades: as lenient as the reviewers, no more", () => {
  const f = bareFinding;

  it("three different problems to put right are 中; the same vague word again weighs half", () => {
    expect(
      scoreOf([f("VAGUE", "warning"), f("COST-BUDGET", "warning"), f("COMPLETE-SATISFACTION", "warning")]),
    ).toBe(70);
    expect(scoreOf([f("VAGUE", "warning"), f("VAGUE", "warning"), f("RATE-100-GE", "warning")])).toBe(75);
    // Five different ones are 差 (round 98 镇村道路维修, round 105 中小学校舍维修改造).
    expect(scoreOf(["A", "B", "C", "D", "E"].map((c) => f(c, "warning")))).toBeLessThan(60);
    // Each error counts in full.
    expect(scoreOf([f("EMPTY-TARGET", "error"), f("EMPTY-TARGET", "error")])).toBe(60);
  });

  it("a slip of form (numbering, a typing slip) weighs half a warning", () => {
    expect(scoreOf([f("NUMBERING", "warning")])).toBe(95);
    expect(
      scoreOf([f("VAGUE", "warning"), f("COMPLETE-SATISFACTION", "warning"), f("NUMBERING", "warning")]),
    ).toBe(75);
  });

  it("a sound project is 优; one whose only gap is no cost indicator (2015 framework) too", () => {
    expect(gradeOf(project(...SOUND)).grade).toBe("优");
    expect(gradeOf(project(...without("保障标准"))).grade).toBe("优");
  });

  it("two gaps noted as hints (no 时效, a goal with no figure) are 良", () => {
    const g = gradeOf(
      packed(
        "保障工作正常开展。",
        "产出：维修道路1.2公里；工程质量合格率100%。效益：道路通行条件改善率≥90%。满意度：群众满意度≥90%。",
      ),
    );
    expect(g.findings.filter((x) => x.severity !== "info")).toEqual([]);
    expect(g.score).toBe(100);
    expect(g.grade).toBe("良");
    expect(g.reason?.zh).toContain("需要完善");
  });

  it("a satisfaction with no figure caps the grade at 中 (round 112 j2)", () => {
    const g = gradeOf(
      packed(
        "2024年10月底前维修道路1.2公里。",
        "产出：维修道路1.2公里；工程质量合格率100%；2024年10月底前完工。效益：道路通行条件改善率≥90%。满意度：群众满意。",
      ),
    );
    expect(g.grade).toBe("中");
    expect(g.reason?.zh).toContain("满意度");
  });

  it("effects that cannot be measured, with more to put right besides, are 中 (round 112 g2, h2)", () => {
    const g = gradeOf(
      project(
        ...without("应保尽保率", "认定准确率"),
        ["产出指标", "质量指标", "集中供养率", "≥100%"],
        ["效益指标", "社会效益指标", "困难群众生活水平", "明显提高"],
        ["效益指标", "社会效益指标", "社会救助体系", "进一步完善"],
      ),
    );
    expect(g.score).toBeGreaterThanOrEqual(75);
    expect(g.grade).toBe("中");
    expect(g.reason?.zh).toContain("没有可衡量的效益指标");
  });

  it("no goal and too few indicators is 差 (88号: the table must be written again)", () => {
    const g = gradeOf([
      ["项目名称", "绩效目标", "绩效指标"],
      ["交通局机关办公楼维修", null, "产出：维修面积1200平方米。效益：办公条件明显改善。"],
    ]);
    expect(g.findings.map((x) => x.code)).toEqual(expect.arrayContaining(["GOAL-EMPTY", "COMPLETE-FEW"]));
    expect(g.grade).toBe("差");
  });
});

describe("round 112 misses 3–4: a satisfaction with no figure, a bare state as a row's target", () => {
  testRule(vague, {
    clean: [
      "产出：维修道路1.2公里。满意度：群众满意度≥90%。",
      rows("测试", ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]),
      rows("测试", ["效益指标", "社会效益指标", "出水水质", "稳定达标"]),
      rows("测试", ["效益指标", "社会效益指标", "重大动物疫情", "不发生"]),
      rows("测试", ["效益指标", "社会效益指标", "疫情", "可控"]),
    ],
    flagged: [
      { text: "产出：维修道路1.2公里。满意度：群众满意。", count: 1, includes: "没有量化的目标值" },
      {
        ...rows("测试", ["满意度指标", "服务对象满意度指标", "服务对象满意度", "较高"]),
        count: 1,
        includes: "满意度指标",
      },
      { ...rows("测试", ["效益指标", "社会效益指标", "技术合同成交额", "增长"]), count: 1 },
      { ...rows("测试", ["效益指标", "社会效益指标", "畜牧业生产", "稳定发展"]), count: 1 },
      { ...rows("测试", ["效益指标", "社会效益指标", "夜间出行安全", "保障"]), count: 1 },
      { ...rows("测试", ["效益指标", "社会效益指标", "农村公路安全通行", "群众出行条件改善"]), count: 1 },
      // Packed, the same sentence is VAGUE, never an empty target.
      { text: "产出：支持科技项目≥40个。效益：畜牧业生产稳定发展。", count: 1 },
    ],
  });

  it("suggests the satisfaction's figure under its own subject", () => {
    const [f] = runRule(vague, "产出：维修道路1.2公里。满意度：群众满意。");
    expect(f.fix?.zh).toContain("群众满意度 ≥90%");
  });
});

describe("round 112 miss 5: a complaint rate under 满意度指标 is no satisfaction indicator", () => {
  testRule(completeSatisfaction, {
    clean: [
      "产出：采集案件≥6万件。效益：案件平均处置时间≤2天。满意度：市民满意度≥90%。",
      rows(
        "测试",
        ["满意度指标", "服务对象满意度指标", "市民投诉率", "≤2%"],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
      ),
      rows("测试", ["满意度指标", "服务对象满意度指标", "服务对象认可度", "≥90%"]),
    ],
    flagged: [
      {
        text: "产出：采集案件≥6万件。效益：案件平均处置时间≤2天。满意度：市民投诉率≤2%。",
        count: 1,
        includes: "满意度指标下填的是“市民投诉率”",
      },
      {
        ...rows("测试", ["满意度指标", "服务对象满意度指标", "群众投诉件数", "≤10件"]),
        count: 1,
        includes: "投诉",
      },
    ],
  });
});

describe("round 112 miss 7: how far the project's own activity reached, filed as an effect", () => {
  testRule(categoryMismatch, {
    clean: [
      "产出：培训基层卫生人员500人；培训覆盖面100%。效益：基层诊疗能力考核合格率≥90%。",
      "产出：举办演出30场。效益：群众文化活动参与率≥60%。",
      "产出：开展宣传活动20场。效益：安全知识知晓率≥90%。",
    ],
    flagged: [
      {
        text: "产出：培训基层卫生人员500人；培训合格率≥95%。效益：培训覆盖面100%。",
        count: 1,
        includes: "活动自身的覆盖面或参与人次",
      },
      { text: "产出：举办文化旅游节活动12场。效益：观看群众人次≥15万人次。", count: 1 },
    ],
  });
});

describe("round 112 false alarm 4: a name that carries its own base needs no unit", () => {
  testRule(noUnit, {
    clean: [
      "效益：特种设备万台死亡率≤0.08。",
      "效益：亿元GDP生产安全事故死亡率≤0.02。",
      "效益：每万人口全科医生数≥3.5。",
      "效益：千人口床位数≥6.5。",
      "效益：十万人口死亡率≤1.5。",
    ],
    flagged: ["效益：道路运输事故死亡率≤0.08。", "产出：培训人数500。"],
  });
});

describe("round 112 poor fixes: advice that fits the indicator", () => {
  const fixOf = (rule: Parameters<typeof runRule>[0], c: Parameters<typeof runRule>[1]) =>
    runRule(rule, c)
      .map((f) => f.fix?.zh ?? "")
      .join("\n");

  it("RATE-100-GE on a share rightly below 100% asks for a reachable share, not =100%", () => {
    const share = fixOf(rate100Ge, "产出：特困人员集中供养率≥100%。");
    expect(share).toContain("一般达不到 100%");
    expect(share).not.toContain("=100%");
    expect(fixOf(rate100Ge, "产出：资金发放准确率≥100%。")).toContain("=100%");
  });

  it("VAGUE on 院前急救能力 suggests an emergency-care measure", () => {
    const fix = fixOf(
      vague,
      rows(
        "院前急救体系建设",
        ["产出指标", "数量指标", "购置负压救护车", "8辆"],
        ["效益指标", "社会效益指标", "院前急救能力", "有效提高"],
      ),
    );
    expect(fix).toMatch(/急救呼叫满足率|平均反应时间/);
    expect(fix).not.toContain("早诊早治率");
  });

  it("COST-BUDGET divides a lone training sum by the people trained", () => {
    const fix = fixOf(
      costBudget,
      rows(
        "基层卫生人员能力提升培训",
        ["产出指标", "数量指标", "培训基层卫生人员", "500人"],
        ["产出指标", "成本指标", "培训经费", "30万元"],
      ),
    );
    expect(fix).toContain("人均培训成本 ≤600元/人");
    expect(fix).toContain("30万元÷500人");
    // Several kinds bought: no single division.
    const mixed = fixOf(
      costBudget,
      rows(
        "防汛物资储备",
        ["产出指标", "数量指标", "购置编织袋", "≥50000条"],
        ["产出指标", "数量指标", "购置救生衣", "≥300件"],
        ["产出指标", "成本指标", "物资采购支出", "45万元"],
      ),
    );
    expect(mixed).not.toContain("÷");
  });

  it("CATEGORY-MISMATCH on 整治经费 moves it to cost as a cost per site", () => {
    const fix = fixOf(
      categoryMismatch,
      rows(
        "户外广告及店招标牌整治",
        ["产出指标", "数量指标", "整治户外广告", "1200处"],
        ["产出指标", "数量指标", "整治经费", "120万元"],
      ),
    );
    expect(fix).toContain("每处整治成本 ≤1000元/处");
    expect(fix).not.toContain("兑付券数");
  });

  it("COMPLETE-COST for 违法建设治理 suggests a demolition cost, not a building cost", () => {
    const fix = fixOf(
      completeCost,
      rows(
        "违法建设治理",
        ["产出指标", "数量指标", "拆除违法建设面积", "≥50000平方米"],
        ["效益指标", "社会效益指标", "新增违法建设", "0宗"],
      ),
    );
    expect(fix).toContain("单位面积拆除成本");
    expect(fix).not.toContain("造价");
  });
});
