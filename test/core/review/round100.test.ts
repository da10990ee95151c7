/**
 * Review probe round 100: a statistical rate named 水平 told its % measures nothing, incidents that should fall,
 * money counted as an output, vague words missed, satisfaction filed as an effect, and poor advice.
 */
import { polarityOf } from "../../../src/core/review/lexicon";
import { categoryMismatch } from "../../../src/core/review/rules/categories";
import { completeCost } from "../../../src/core/review/rules/completeness";
import { direction } from "../../../src/core/review/rules/direction";
import { vague } from "../../../src/core/review/rules/targets";
import { unitMismatch } from "../../../src/core/review/rules/units";
import { runRule, testRule, rowsOfProject as rows } from "./ruleTester";

const row = (l1: string, l2: string, name: string, target: string): [string, string, string, string] => [
  l1,
  l2,
  name,
  target,
];

const OUTPUTS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "开展培训", "≥10场次"],
  ["产出指标", "时效指标", "完成时间", "2025年12月31日前"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

/** The suggested fix of the one finding a rule makes of a case. */
function fixOf(rule: Parameters<typeof runRule>[0], c: Parameters<typeof runRule>[1]): string {
  const found = runRule(rule, c);
  expect(found).toHaveLength(1);
  return found[0].fix?.zh ?? "";
}

describe("round 100 false alarm 3: a statistical rate named 水平 is a percentage", () => {
  testRule(unitMismatch, {
    clean: [
      rows("基本公共卫生服务", ...OUTPUTS, row("效益指标", "社会效益指标", "居民健康素养水平", "≥28%")),
      rows("科普活动", ...OUTPUTS, row("效益指标", "社会效益指标", "公民具备科学素质水平", "≥15%")),
      rows("科普活动", ...OUTPUTS, row("效益指标", "社会效益指标", "公民科学素质水平", "≥15%")),
    ],
    flagged: [
      rows("基本公共卫生服务", ...OUTPUTS, row("效益指标", "社会效益指标", "公共卫生服务水平", "≥95%")),
      rows("非遗保护", ...OUTPUTS, row("效益指标", "社会效益指标", "非遗保护传承效果", "100%")),
    ],
  });
});

describe("round 100 miss 1: incidents, fires and leaks should fall", () => {
  it.each([
    "网络安全事件发生次数",
    "群体性事件发生数",
    "火灾发生起数",
    "森林火灾受害率",
    "超限超载率",
    "行政复议纠错率",
    "信息泄露次数",
    "土壤侵蚀模数",
  ])("%s is negative", (name) => expect(polarityOf(name)).toBe("negative"));
  it.each([
    "处置突发事件数",
    "调处矛盾纠纷事件数",
    "扑救火灾起数",
    "突发事件应急演练次数",
    "应急事件处置率",
    // The sample's E27 (成功控制森林火灾情况 100%), told it wants a ceiling when 火灾 joined the list.
    "成功控制森林火灾情况",
    "森林火灾防控覆盖率",
  ])("%s, the work done on incidents, is not read as one", (name) =>
    expect(polarityOf(name)).not.toBe("negative"),
  );
  testRule(direction, {
    clean: [
      rows("政务网络运维", ...OUTPUTS, row("效益指标", "社会效益指标", "网络安全事件发生次数", "0次")),
      rows("应急处置", ...OUTPUTS, row("产出指标", "数量指标", "处置突发事件数", "≥10起")),
    ],
    flagged: [
      rows("政务网络运维", ...OUTPUTS, row("效益指标", "社会效益指标", "网络安全事件发生次数", "≥1次")),
    ],
  });
});

describe("round 100 miss 2: a sum of money under 数量指标 is an input, whatever its name", () => {
  testRule(categoryMismatch, {
    clean: [
      rows("防汛物资", ...OUTPUTS, row("产出指标", "数量指标", "采购救生衣", "500件")),
      rows("创业担保贷款", ...OUTPUTS, row("产出指标", "数量指标", "发放创业担保贷款", "≥1亿元")),
      rows("电商", ...OUTPUTS, row("产出指标", "数量指标", "农产品网络销售额", "≥500万元")),
      rows("防汛物资", ...OUTPUTS, row("产出指标", "成本指标", "采购防汛物资", "120万元")),
    ],
    flagged: [
      {
        ...rows("防汛物资", ...OUTPUTS, row("产出指标", "数量指标", "采购防汛物资", "120万元")),
        includes: "金额",
      },
      rows("道路维修", ...OUTPUTS, row("产出指标", "数量指标", "维修道路", "≥50万元")),
    ],
  });
});

describe("round 100 miss 4: 稳定好转, 持续好转, 稳中向好 are vague", () => {
  testRule(vague, {
    clean: [
      rows("安全生产检查", ...OUTPUTS, row("效益指标", "社会效益指标", "生产安全事故起数", "较上年下降≥5%")),
    ],
    flagged: [
      rows("安全生产检查", ...OUTPUTS, row("效益指标", "社会效益指标", "安全生产形势", "稳中向好")),
      rows("水污染防治", ...OUTPUTS, row("效益指标", "生态效益指标", "水环境质量", "持续好转")),
      rows("水污染防治", ...OUTPUTS, row("效益指标", "生态效益指标", "河流水质", "稳定好转")),
    ],
  });
});

describe("round 100 poor fixes: a measure for a state, or the one the project already sets", () => {
  const vagueFix = (
    project: string,
    name: string,
    target: string,
    ...more: [string, string, string, string][]
  ) => fixOf(vague, rows(project, ...OUTPUTS, ...more, row("效益指标", "社会效益指标", name, target)));
  it("quotes the project's own pass rate, however it is worded", () => {
    expect(
      vagueFix(
        "学生营养改善计划",
        "学生营养健康状况",
        "明显改善",
        row("效益指标", "社会效益指标", "学生体质健康合格率", "≥90%"),
      ),
    ).toContain("本项目已设“学生体质健康合格率”");
    expect(
      vagueFix(
        "执法培训",
        "执法人员业务能力",
        "有所提升",
        row("产出指标", "质量指标", "培训考核合格率", "≥90%"),
      ),
    ).toContain("本项目已设“培训考核合格率”");
  });
  it("gives a state its own measure, not a rise of it", () => {
    expect(vagueFix("镇容整治", "镇容镇貌", "明显改善")).toContain("环境卫生检查考核达标率");
    expect(vagueFix("政务信息化运维", "网络稳定性", "大幅提升")).toContain("网络可用率");
    expect(vagueFix("乡村医生补助", "村医队伍稳定性", "稳定")).toContain("村医在岗率");
    expect(vagueFix("特种设备检查", "特种设备安全形势", "总体平稳")).toContain("特种设备安全事故起数");
    expect(vagueFix("安全生产检查", "安全生产形势", "稳中向好")).toContain("生产安全事故起数");
    const school = vagueFix("校园安保服务", "校园及周边治安状况", "明显好转");
    expect(school).toContain("治安案件");
    expect(school).not.toContain("巩固率");
  });
  it("gives a field's own cost: a subsidy's standard per 亩, a 基本公卫 standard per person as a floor", () => {
    const land = fixOf(
      completeCost,
      rows("耕地地力保护补贴", ["产出指标", "数量指标", "补贴发放面积", "≥286万亩"], ...OUTPUTS.slice(1)),
    );
    expect(land).toContain("元/亩（按省定标准）");
    expect(land).not.toContain("亩均财政投入");
    const health = fixOf(
      completeCost,
      rows(
        "基本公共卫生服务补助资金",
        ["产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%"],
        ["效益指标", "社会效益指标", "居民健康素养水平", "≥28%"],
        ...OUTPUTS.slice(1),
      ),
    );
    expect(health).toContain("人均基本公共卫生服务补助标准 ≥");
  });
});

describe("round 100 miss 6: satisfaction filed as a 社会效益 is misfiled in either framework", () => {
  const WORK: [string, string, string, string][] = OUTPUTS.slice(0, 2);
  testRule(categoryMismatch, {
    clean: [
      // The 2015 framework's own place: a 二级 of its own inside the 效益 block.
      rows("院前急救", ...WORK, row("效益指标", "服务对象满意度指标", "群众满意度", "≥90%")),
      rows("院前急救", ...WORK, row("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")),
      // A change in satisfaction reads as an effect.
      rows("院前急救", ...WORK, row("效益指标", "社会效益指标", "群众满意度提升情况", "较上年提高")),
    ],
    flagged: [
      {
        ...rows("院前急救", ...WORK, row("效益指标", "社会效益指标", "群众满意度", "≥90%")),
        includes: "社会效益指标",
      },
      rows("河道保洁", ...WORK, row("效益指标", "可持续影响指标", "沿河居民满意度", "≥90%")),
    ],
  });
  it("says where it goes: the project's 满意度指标, else one to set", () => {
    const none = fixOf(
      categoryMismatch,
      rows("院前急救", ...WORK, row("效益指标", "社会效益指标", "群众满意度", "≥90%")),
    );
    expect(none).toContain("单列一级指标");
    const own = fixOf(
      categoryMismatch,
      rows(
        "院前急救",
        ...WORK,
        row("效益指标", "社会效益指标", "群众满意度", "≥90%"),
        row("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
      ),
    );
    expect(own).toContain("移到满意度指标");
  });
});

describe("round 100 miss 8: a benefit standard capped with ≤ lets it be paid short", () => {
  testRule(direction, {
    clean: [
      rows("计划生育特别扶助", ...OUTPUTS, row("产出指标", "成本指标", "特别扶助标准", "=700元/人·月")),
      rows("计划生育特别扶助", ...OUTPUTS, row("产出指标", "成本指标", "特别扶助标准", "≥700元/人·月")),
      // A subsidy capped per head and a fee's ceiling are costs held down.
      rows("老年助餐", ...OUTPUTS, row("产出指标", "成本指标", "助餐补贴标准", "≤5元/人次")),
      rows("职业技能培训", ...OUTPUTS, row("产出指标", "成本指标", "人均培训补贴标准", "≤1600元/人")),
      rows("业务培训", ...OUTPUTS, row("产出指标", "成本指标", "培训费标准", "≤400元/人·天")),
    ],
    flagged: [
      {
        ...rows("计划生育特别扶助", ...OUTPUTS, row("产出指标", "成本指标", "特别扶助标准", "≤700元/人·月")),
        severity: "info",
        includes: "允许少发",
      },
      {
        ...rows(
          "特困人员供养",
          ...OUTPUTS,
          row("产出指标", "成本指标", "特困人员基本生活费标准", "≤1200元/人·月"),
        ),
        severity: "info",
      },
    ],
  });
  it("tells an incident count set as a floor to be none", () => {
    const fix = fixOf(
      direction,
      rows("政务网络运维", ...OUTPUTS, row("效益指标", "社会效益指标", "网络安全事件发生次数", "≥1次")),
    );
    expect(fix).toContain("网络安全事件 0起");
  });
});
