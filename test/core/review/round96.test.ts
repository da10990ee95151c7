/**
 * Review probe round 96: the misses it found (vague phrases, a cost as a quantity, ≈, the whole budget as the
 * cost), the poor advice (examples the project already sets or from another field, 满意度指标：无) and a grade
 * of 优 for a project whose effects cannot be measured.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { gradeProjects } from "../../../src/core/review/grade";
import { projectLocation, projectViews, review } from "../../../src/core/review/review";
import { categoryMismatch } from "../../../src/core/review/rules/categories";
import { completeCost } from "../../../src/core/review/rules/completeness";
import { costBudget } from "../../../src/core/review/rules/costs";
import { noComparator } from "../../../src/core/review/rules/direction";
import { emptyTarget, vague } from "../../../src/core/review/rules/targets";
import { findingsSheetPlan } from "../../../src/core/plan/findingsSheet";
import { gradeOfGrid, runRule, testRule, rowsOfProject as rows } from "./ruleTester";
import { dibaoProject } from "./probeTables";

/** The usual outputs and satisfaction of a project, around the rows a case is about. */
const OUTPUTS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "检测桥梁数量", "≥56座"],
  ["产出指标", "质量指标", "检测报告合格率", "100%"],
  ["产出指标", "时效指标", "完成时间", "2025年9月30日前"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

const effect = (name: string, target: string): [string, string, string, string] => [
  "效益指标",
  "社会效益指标",
  name,
  target,
];

/** The suggested fix of the one finding a rule makes of a case. */
function fixOf(rule: Parameters<typeof runRule>[0], c: Parameters<typeof runRule>[1]): string {
  const found = runRule(rule, c);
  expect(found).toHaveLength(1);
  return found[0].fix?.zh ?? "";
}

describe("round 96 misses 1–4: vague phrases", () => {
  testRule(vague, {
    clean: [
      rows("会议经费", ...OUTPUTS, effect("参会人数", "≥300人")),
      // 按设计要求 is what the works are checked by, not a vague word.
      rows(
        "道路维修",
        ...OUTPUTS,
        ["产出指标", "质量指标", "工程质量", "符合设计要求"],
        effect("受益人数", "≥100人"),
      ),
      rows("道路维修", ...OUTPUTS, ["产出指标", "质量指标", "施工质量", "按照设计规范要求"]),
      // 确保不发生…: a zero; 保障 of something else than the name's noun is not a restatement.
      rows("桥梁检测", ...OUTPUTS, effect("桥梁安全事故", "确保不发生")),
      rows("桥梁检测", ...OUTPUTS, effect("受益人口", "≥5万人")),
      // A range written with ～ is no approximate figure.
    ],
    flagged: [
      { ...rows("会议经费", ...OUTPUTS, effect("会议精神传达", "全面贯彻落实")), includes: "贯彻落实" },
      { ...rows("政策宣传", ...OUTPUTS, effect("政策知晓", "全面落实")), includes: "全面落实" },
      { ...rows("桥梁检测", ...OUTPUTS, effect("桥梁安全运行", "保障桥梁安全")), includes: "保障桥梁安全" },
      { ...rows("公厕管理", ...OUTPUTS, effect("方便市民如厕", "提升城市文明形象")), includes: "形象" },
      { ...rows("非遗保护", ...OUTPUTS, effect("技艺传承", "后继有人")), includes: "后继有人" },
      {
        ...rows("会议经费", ...OUTPUTS, ["产出指标", "时效指标", "会议召开时间", "按照市委要求"]),
        includes: "没有写明完成时限",
      },
      { ...rows("专项工作", ...OUTPUTS, effect("工作落实", "按上级要求完成")), includes: "要求" },
    ],
  });

  it("按照…要求 under 时效 is told to write a deadline, not a number", () => {
    const fix = fixOf(
      vague,
      rows("会议经费", ...OUTPUTS, ["产出指标", "时效指标", "会议召开时间", "按照市委要求"]),
    );
    expect(fix).toContain("12月31日前完成");
  });

  it("贯彻落实 and 提升…形象 get no 保障率 or 较上年提高 of words that point nowhere", () => {
    const a = fixOf(vague, rows("会议经费", ...OUTPUTS, effect("会议精神传达", "全面贯彻落实")));
    expect(a).not.toContain("保障率");
    const b = fixOf(vague, rows("公厕管理", ...OUTPUTS, effect("方便市民如厕", "提升城市文明形象")));
    expect(b).not.toContain("较上年提高");
  });

  it("保障 + the name's noun is told what measures it (桥梁 → 技术状况)", () => {
    const fix = fixOf(vague, rows("桥梁检测", ...OUTPUTS, effect("桥梁安全运行", "保障桥梁安全")));
    expect(fix).toContain("桥梁技术状况");
  });
});

describe("round 96 miss 7: a rent filed as a quantity is a cost", () => {
  testRule(categoryMismatch, {
    clean: [rows("卫生监督", ...OUTPUTS, ["产出指标", "数量指标", "租赁执法车辆", "3辆"])],
    flagged: [
      { ...rows("卫生监督", ...OUTPUTS, ["产出指标", "数量指标", "执法车辆租赁费", "18万元"]), count: 1 },
      { ...rows("办公用房", ...OUTPUTS, ["产出指标", "数量指标", "场地租用费", "5万元"]), count: 1 },
    ],
  });
});

describe("round 96 miss 8: ≈ ≒ ～ before a figure are approximate, like 约", () => {
  const cost = (target: string) => rows("补贴", ...OUTPUTS, ["产出指标", "成本指标", "亩均补贴标准", target]);
  testRule(noComparator, {
    clean: [cost("65元/亩"), cost("60～70元/亩")],
    flagged: [
      { ...cost("≈65元/亩"), includes: "约数" },
      { ...cost("≒65元/亩"), includes: "约数" },
      { ...cost("～65元/亩"), includes: "约数" },
    ],
  });

  it("tells the officer to delete the sign written, not 约 or 左右", () => {
    const fix = fixOf(noComparator, cost("≈65元/亩"));
    expect(fix).toContain("去掉“≈”");
    expect(fix).not.toContain("左右");
  });
});

describe("round 96 miss 6: the whole budget as the cost", () => {
  /** A packed table with a 预算金额 column. */
  const packed = (money: CellValue, header = "预算金额（万元）", cost = "物资购置45万元") => ({
    grid: [
      ["项目名称", header, "绩效目标", "绩效指标"],
      [
        "防汛物资储备",
        money,
        "储备防汛物资。",
        `产出指标：1.购置编织袋≥5万条；2.物资验收合格率100%；3.2025年4月1日前完成入库。\n成本指标：${cost}。\n效益指标：抢险物资保障到位率100%。\n满意度指标：使用单位满意度≥90%。`,
      ],
    ] as CellValue[][],
  });
  testRule(costBudget, {
    clean: [
      packed(310),
      packed(null),
      packed(45, "资金来源"),
      packed(45, "预算金额（万元）", "每条编织袋单价≤3元"),
    ],
    flagged: [
      { ...packed(45), count: 1, includes: "总额" },
      { ...packed("45.00"), count: 1 },
      // A header with no unit: 45 read as 45万元 too.
      { ...packed(45, "预算金额"), count: 1 },
      { ...packed(450000, "资金（元）"), count: 1 },
      // A name of spending (…支出) is the whole, with or without the column.
      { ...packed(null, "预算金额（万元）", "物资采购支出45万元"), count: 1 },
    ],
  });

  it("the parser keeps the project's money from its column, in 元", () => {
    const parse = parseGrid({ sheet: "S", top: 1, left: 1, values: packed(45).grid });
    expect(parse.projects[0].budget).toEqual([450000]);
  });
});

describe("round 96 poor advice: examples the project has, or from another field", () => {
  it("does not suggest an indicator the project already sets (高血压患者规范管理率)", () => {
    const fix = fixOf(
      vague,
      rows(
        "基本公共卫生服务项目",
        ["产出指标", "数量指标", "建档人数", "≥10万人"],
        ["产出指标", "质量指标", "高血压患者规范管理率", "≥65%"],
        effect("基本公共卫生服务水平", "持续提高"),
      ),
    );
    expect(fix).not.toContain("高血压患者规范管理率");
    expect(fix).toMatch(/健康素养|健康管理率/);
  });

  it("says the state is measured already when every example is set (农村公路优良中等路率)", () => {
    const fix = fixOf(
      vague,
      rows(
        "农村公路养护",
        ["产出指标", "质量指标", "农村公路优良中等路率", "≥80%"],
        effect("群众出行条件", "明显改善"),
      ),
    );
    expect(fix).toContain("已设“农村公路优良中等路率”");
  });

  it.each([
    ["非物质文化遗产保护传承", "非遗项目存续状况", "良好", "名录项目存续率"],
    ["文物安全巡查及保护", "文物安全状况", "持续向好", "隐患整改率"],
    ["防汛抗旱物资储备", "防汛抢险能力", "有效提升", "抢险物资保障到位率"],
    ["科技创新券补助", "企业创新能力", "显著增强", "发明专利"],
  ])("%s: %s gets its own field's measure", (project, name, target, expected) => {
    const body: [string, string, string, string][] = [
      ["产出指标", "数量指标", "带动企业研发投入", "≥2000万元"],
      effect(name, target),
    ];
    const fix = fixOf(vague, rows(project, ...body));
    expect(fix).toContain(expected);
    expect(fix).not.toMatch(/服务人次|生产安全事故|带动企业研发投入/);
  });

  it("an amount reduced is a floor of that amount, not a fall (年减少土壤侵蚀量)", () => {
    const fix = fixOf(vague, rows("水土保持综合治理", ...OUTPUTS, effect("年减少土壤侵蚀量", "明显减少")));
    expect(fix).toContain("≥（数量）万吨");
    expect(fix).not.toContain("较上年下降");
  });

  it.each([
    ["农机购置与应用补贴", "补贴机具数量", "台（套）", "单台（套）补贴额"],
    ["防溺水宣传教育", "设置警示牌", "块", "每块警示牌成本"],
    ["城市公交运营补贴", "公交运营线路", "条", "每车公里补贴"],
  ])("%s: its cost example is the field's", (project, name, unit, expected) => {
    const fix = fixOf(
      completeCost,
      rows(
        project,
        ["产出指标", "数量指标", name, `≥100${unit}`],
        ["产出指标", "质量指标", "合格率", "≥95%"],
        effect("受益人数", "≥1000人"),
      ),
    );
    expect(fix).toContain(expected);
  });
});

describe("round 96 poor advice: 满意度指标 written 无", () => {
  const none = (l1: string, l2: string) =>
    rows("防汛物资储备", ...OUTPUTS.slice(0, 3), effect("受益人数", "≥100人"), [l1, l2, "无", ""]);
  testRule(emptyTarget, {
    clean: [rows("防汛物资储备", ...OUTPUTS, effect("受益人数", "≥100人"))],
    flagged: [
      {
        ...none("满意度指标", "服务对象满意度指标"),
        severity: "warning",
        count: 1,
        includes: "满意度指标填了“无”",
      },
    ],
  });

  it("asks for a satisfaction measure or a reason, never a target for 无", () => {
    const [f] = runRule(emptyTarget, none("满意度指标", "服务对象满意度指标"));
    expect(f.message.zh).not.toContain("指标“无”");
    expect(f.fix?.zh).toContain("满意度 ≥90%");
    expect(f.fix?.zh).toContain("理由");
  });

  it("a cost row written 无 weighs no more than no cost indicator (info)", () => {
    const [f] = runRule(emptyTarget, none("成本指标", "经济成本指标"));
    expect(f.severity).toBe("info");
  });
});

describe("round 96 miss 9: a project whose effects cannot be measured is 良 at best", () => {
  const gradeOf = gradeOfGrid;
  const project = (...effects: [string, string, string, string][]) => dibaoProject(effects);

  it("capped at 良 when its only effect is vague, and says why", () => {
    const g = gradeOf(project(effect("困难群众基本生活", "得到保障")));
    expect(g.score).toBeGreaterThanOrEqual(90);
    expect(g.grade).toBe("良");
    expect(g.reason?.zh).toContain("效益指标均不可衡量");
  });

  it("not capped when one effect is measurable", () => {
    const g = gradeOf(project(effect("困难群众基本生活", "得到保障"), effect("应保尽保率", "100%")));
    // The vague effect is a warning, which keeps it from 优 (round 105), but not for this reason.
    expect(g.grade).toBe("良");
    expect(g.reason?.zh).not.toContain("效益指标均不可衡量");
  });

  it("the findings sheet shows the reason beside the grade", () => {
    const parse = parseGrid({
      sheet: "Sheet1",
      top: 1,
      left: 1,
      values: project(effect("困难群众基本生活", "得到保障")),
    });
    const findings = review(parse);
    const grades = gradeProjects(projectViews(parse), findings, projectLocation);
    const plan = findingsSheetPlan({ findings, grades, indicatorCount: parse.indicators.length });
    const cells = JSON.stringify(plan);
    expect(cells).toContain("等级说明");
    expect(cells).toContain("效益指标均不可衡量");
  });
});
