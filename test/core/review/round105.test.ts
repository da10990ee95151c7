/**
 * Review probe round 105: accidents counted as quantity, checkable deeds called vague, poor advice on
 * directions, states and headcounts, vague words missed, outputs filed as effects, and lenient grades.
 */
import type { CellValue } from "../../../src/core/grid";
import { inferLevel2 } from "../../../src/core/text/categories";
import { completeOutputDetail } from "../../../src/core/review/rules/completeness";
import { vague } from "../../../src/core/review/rules/targets";
import { direction, noComparator } from "../../../src/core/review/rules/direction";
import { categoryMismatch } from "../../../src/core/review/rules/categories";
import { gradeOfGrid, rowsOfProject as rows, runRule, testRule } from "./ruleTester";
import { dibaoProject } from "./probeTables";

const row = (l1: string, l2: string, name: string, target: string): [string, string, string, string] => [
  l1,
  l2,
  name,
  target,
];

const OUTPUTS: [string, string, string, string][] = [
  ["产出指标", "数量指标", "保洁面积", "≥520万平方米"],
  ["产出指标", "时效指标", "完成时间", "2025年12月31日前"],
  ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
];

/** A table with one packed column per 一级 (round 105's 齐齐哈尔 民政). */
const byColumn = (outputs: string): { grid: CellValue[][] } => ({
  grid: [
    ["项目名称", "年度绩效目标", "产出指标", "效益指标", "满意度指标"],
    ["特困供养", "保障特困人员基本生活。", outputs, "基本生活保障率100%", "供养对象满意度≥90%"],
  ],
});

describe("round 105 false alarms 1–2: an accident, error or complaint counted is quality", () => {
  it.each([
    "供养服务机构安全责任事故",
    "重大道路运输安全事故",
    "医疗废物流失泄漏事件",
    "发放差错",
    "有效投诉",
    "医疗纠纷",
  ])("%s is a 质量指标", (name) =>
    expect(inferLevel2("产出指标", name, "起", "quantitative")).toBe("质量指标"),
  );
  it.each(["处理群众投诉", "突发事件处置", "事故隐患排查", "拆除违规户外广告", "调解矛盾纠纷"])(
    "%s, work done on them, is a 数量指标",
    (name) => expect(inferLevel2("产出指标", name, "件", "quantitative")).toBe("数量指标"),
  );
  testRule(completeOutputDetail, {
    clean: [byColumn("集中供养特困人员≥1800人；供养服务机构安全责任事故0起；资金2025年12月底前拨付到位")],
    flagged: [
      {
        ...byColumn("集中供养特困人员≥1800人；供养服务机构安全责任事故0起"),
        severity: "info",
        count: 1,
        includes: "没有时效指标",
      },
      {
        ...byColumn("集中供养特困人员≥1800人；处理群众投诉≥300件"),
        count: 1,
        includes: "没有质量指标和时效指标",
      },
    ],
  });
});

describe("round 105 false alarm 3: a deed whose words set its measure, answered 是, is checkable", () => {
  const quality = (name: string, target = "是") =>
    rows("道路保洁", ...OUTPUTS, row("产出指标", "质量指标", name, target));
  testRule(vague, {
    // A deed on its own schedule (日产日清, 随到随办) passes as 按月足额发放 does (round 185).
    clean: [
      quality("补贴资金按时足额发放"),
      quality("生活垃圾日产日清", "100%"),
      quality("生活垃圾日产日清"),
      quality("群众诉求随到随办"),
    ],
    flagged: [
      ...["特困人员应保尽保", "重点区域视频监控全覆盖"].map((name) => ({
        ...quality(name),
        count: 1,
        severity: "info" as const,
        includes: "可以按检查记录核对",
      })),
      { ...quality("道路保洁质量"), includes: "不可衡量" },
      { ...quality("是否日产日清"), includes: "不可衡量" },
      { ...quality("生活垃圾日产日清", "较好"), includes: "不可衡量" },
    ],
  });
});

it("a whole deed's rate is its own name", () => {
  const fix = (name: string) =>
    runRule(vague, rows("道路保洁", ...OUTPUTS, row("产出指标", "质量指标", name, "是")))[0]?.fix?.zh;
  expect(fix("特困人员应保尽保")).toContain("特困人员应保尽保率 100%");
  expect(fix("重点区域视频监控全覆盖")).toContain("重点区域视频监控覆盖率 100%");
});

/** The suggested fix of the one finding a rule makes of a case. */
function fixOf(rule: Parameters<typeof runRule>[0], c: Parameters<typeof runRule>[1]): string {
  const found = runRule(rule, c);
  expect(found).toHaveLength(1);
  return found[0].fix?.zh ?? "";
}

describe("round 105 poor fixes", () => {
  const quality = (name: string, target: string) =>
    rows("营养餐", ...OUTPUTS, row("产出指标", "质量指标", name, target));
  it.each([
    ["食品安全事故", "≥0起", "“食品安全事故 0起”"],
    ["医疗废物流失泄漏事件", "≥0起", "“医疗废物流失泄漏事件 0起”"],
    ["重大道路运输安全事故", "≥0起", "“重大道路运输安全事故 0起”"],
    ["疫苗储存运输温度超标次数", "≥0次", "“疫苗储存运输温度超标 0次”"],
  ])("DIRECTION on %s %s says none, %s, and nothing of a ceiling", (name, target, none) => {
    const fix = fixOf(direction, quality(name, target));
    expect(fix).toBe(`改为${none}。`);
  });
  it("DIRECTION on an accident above none still allows a reachable ceiling", () => {
    expect(fixOf(direction, quality("网络安全事件发生次数", "≥1次"))).toContain("（“≤1次”偏高）");
  });
  it.each([
    ["城市环境卫生", "明显改善", "环境卫生检查考核达标率"],
    ["城市公交出行便利度", "明显提升", "公交站点500米覆盖率"],
  ])("VAGUE on the state %s is told it cannot be counted", (name, target, measure) => {
    const fix = fixOf(vague, rows("城管", ...OUTPUTS, row("效益指标", "社会效益指标", name, target)));
    expect(fix).toContain(`“${name}”本身无法计数`);
    expect(fix).toContain(measure);
    expect(fix).not.toContain("较上年提高");
  });
  it.each([
    ["是否保障教学正常开展", "教学中断次数"],
    ["是否完成年度培训任务", "年度培训任务完成率 100%"],
    ["是否发生饮水安全事件", "饮水安全事件发生起数 0起"],
  ])("VAGUE on %s fits its example to what is asked", (name, example) => {
    const fix = fixOf(vague, rows("教育", ...OUTPUTS, row("产出指标", "质量指标", name, "是")));
    expect(fix).toContain(example);
  });
  it("CATEGORY-MISMATCH never suggests an output the project has: the cost per head instead", () => {
    const fix = fixOf(
      categoryMismatch,
      rows(
        "农民培训",
        row("产出指标", "数量指标", "举办培训班", "≥20期"),
        row("产出指标", "数量指标", "培训农民", "≥1500人次"),
        row("产出指标", "", "培训经费", "40万元"),
        row("满意度指标", "服务对象满意度指标", "参训农民满意度", "≥95%"),
      ),
    );
    expect(fix).toContain("已有“培训农民 ≥1500人次”");
    expect(fix).toContain("人均培训成本 ≤267元/人次");
    expect(fix).not.toContain("如培训人次");
    const packed = fixOf(
      categoryMismatch,
      "一、产出指标：1.举办培训班≥20期；2.培训农民≥1500人次；3.培训经费，40万元。",
    );
    expect(packed).toContain("已有产出指标“培训农民 ≥1500人次”");
    expect(packed).toContain("人均培训成本 ≤267元/人次");
    expect(packed).not.toContain("如培训人次");
  });
  it.each(["城市低保保障人数", "特困人员救助供养人数"])(
    "NO-COMPARATOR on 约N万人 of %s never offers a ceiling",
    (name) => {
      const fix = fixOf(
        noComparator,
        rows("低保", ...OUTPUTS.slice(1), row("产出指标", "数量指标", name, "约2.1万人")),
      );
      expect(fix).toContain("“≥2.1万人”");
      expect(fix).toContain("应保尽保率 100%");
      expect(fix).not.toContain("≤");
    },
  );
  it("NO-COMPARATOR on 约N人 of anything else still offers a floor, a ceiling or a range", () => {
    const fix = fixOf(
      noComparator,
      rows("培训", ...OUTPUTS.slice(1), row("产出指标", "数量指标", "培训人数", "约2000人")),
    );
    expect(fix).toContain("上限“≤2000人”");
  });
});

describe("round 105 misses: 及时, 稳定向好, 更加便利 alone are vague", () => {
  const effect = (name: string, target: string) =>
    rows("桥梁检测", ...OUTPUTS, row("效益指标", "社会效益指标", name, target));
  testRule(vague, {
    clean: [
      effect("补贴资金", "及时足额发放"),
      effect("危桥处置及时率", "100%"),
      effect("河湖水质", "达到Ⅲ类"),
    ],
    flagged: [
      { ...effect("危桥处置", "及时"), includes: "“及时”" },
      { ...effect("河湖水质", "稳定向好"), includes: "稳定向好" },
      { ...effect("群众夜间出行", "更加便利"), includes: "更加便利" },
      { ...effect("城市面貌", "更为整洁"), includes: "更为整洁" },
    ],
  });
  it("a bare 及时 on an act is asked its rate of timeliness", () => {
    expect(fixOf(vague, effect("危桥处置", "及时"))).toContain("危桥处置及时率");
  });
});

describe("round 105 miss: a count of work done filed as an effect", () => {
  const under = (l2: string, name: string, target: string) =>
    rows(
      "科技特派员",
      ["产出指标", "数量指标", "选派科技特派员", "50人"],
      ["产出指标", "质量指标", "服务农户覆盖率", "≥90%"],
      ["效益指标", l2, name, target],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    );
  testRule(categoryMismatch, {
    clean: [
      under("经济效益指标", "带动农户增收", "≥2000元"),
      under("社会效益指标", "受益农户", "≥3000户"),
      under("社会效益指标", "新技术推广覆盖率", "≥80%"),
    ],
    flagged: [
      { ...under("经济效益指标", "推广新技术新品种", "≥30项"), count: 1, includes: "是完成的工作量" },
      { ...under("社会效益指标", "举办科普讲座", "≥12场"), count: 1, includes: "属于产出指标" },
    ],
  });
});

describe("round 105 miss: outputs with no 数量指标", () => {
  const outputs = (...body: [string, string, string, string][]) =>
    rows("数字城管平台运维", ...body, row("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"));
  testRule(completeOutputDetail, {
    clean: [
      outputs(
        row("产出指标", "数量指标", "接入终端", "≥500个"),
        row("产出指标", "质量指标", "平台正常运行率", "≥99.5%"),
        row("产出指标", "时效指标", "故障修复时间", "≤4小时"),
        row("效益指标", "社会效益指标", "案件按期结案率", "≥95%"),
      ),
    ],
    flagged: [
      {
        ...outputs(
          row("产出指标", "质量指标", "平台正常运行率", "≥99.5%"),
          row("产出指标", "时效指标", "故障修复时间", "≤4小时"),
          row("产出指标", "成本指标", "单位运维成本", "≤5000元/终端"),
          row("效益指标", "社会效益指标", "案件按期结案率", "≥95%"),
        ),
        count: 1,
        includes: "产出指标没有数量指标，",
      },
      {
        ...outputs(
          row("产出指标", "时效指标", "故障修复时间", "≤4小时"),
          row("效益指标", "社会效益指标", "案件按期结案率", "≥95%"),
        ),
        count: 1,
        includes: "没有数量指标和质量指标",
      },
    ],
  });
});

describe("round 105 leniency: a project with a warning is 良 at best", () => {
  const gradeOf = gradeOfGrid;
  const project = (...more: [string, string, string, string][]) =>
    dibaoProject([["效益指标", "社会效益指标", "应保尽保率", "100%"]], more);
  it("a clean project is 优", () => {
    const g = gradeOf(project());
    expect(g.grade).toBe("优");
    expect(g.reason).toBeUndefined();
  });
  it("one warning leaves the score at 90 but the grade at 良, and says why", () => {
    const g = gradeOf(project(["效益指标", "社会效益指标", "困难群众生活水平", "明显提高"]));
    expect(g.score).toBe(90);
    expect(g.grade).toBe("良");
    expect(g.reason?.zh).toContain("需要修改");
  });
});
