/**
 * Review probe round 119: 是 on a deed done once, money recovered read as the project's own, a comparator asked of
 * a line to be moved, a purchase sum among outputs, a fix for 运维经费 from the project's own count, 持续推进 read
 * as years, satisfaction offered for a 效益, an accident tolerated.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { review } from "../../../src/core/review/review";

const findingsOf = (grid: CellValue[][]) =>
  review(parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid }));

/** One project in rows (项目名称 | 一级 | 二级 | 三级 | 指标值). */
const rows = (name: string, body: [string, string, string, string][]): CellValue[][] => [
  ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ...body.map(([a, b, c, d], i) => [i === 0 ? name : null, a, b, c, d]),
];

/** One packed project (项目名称 | 绩效目标 | 绩效指标). */
const packed = (name: string, goal: string, text: string): CellValue[][] => [
  ["项目名称", "绩效目标", "绩效指标"],
  [name, goal, text],
];

describe("round 119 false alarm 1: 是 on a deed done once is checkable", () => {
  it.each([
    ["时效指标", "主汛期前完成主体工程"],
    ["时效指标", "汛期前完工"],
    ["质量指标", "新建泵站投入使用"],
  ])("%s | %s | 是 → an info asking for a date, no warning", (level2, name) => {
    const f = findingsOf(
      rows("中小河流治理", [
        ["产出指标", level2, name, "是"],
        ["产出指标", "数量指标", "治理河长", "8.6公里"],
        ["效益指标", "社会效益指标", "保护人口", "≥3.5万人"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    ).filter((x) => x.code === "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("info");
    expect(f[0].fix?.zh).toContain("日期");
  });

  it.each([
    ["质量指标", "是否按期完成"],
    ["质量指标", "工程完成情况"],
  ])("%s | %s | 是 stays a warning", (level2, name) => {
    const f = findingsOf(
      rows("中小河流治理", [
        ["产出指标", level2, name, "是"],
        ["产出指标", "数量指标", "治理河长", "8.6公里"],
      ]),
    ).filter((x) => x.code === "VAGUE");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
  });
});

describe("round 119 false alarm 2: money recovered is an output, not the project's own", () => {
  it.each(["追回违规资金≥200万元", "收缴罚没款≥50万元", "追缴医保基金≥80万元"])("%s", (item) => {
    const f = findingsOf(
      packed(
        "医保基金监管",
        "2024年检查定点医药机构120家。",
        `产出指标：检查定点医药机构数量≥120家；${item}。效益指标：违规问题整改率≥95%。满意度指标：参保群众满意度≥90%。`,
      ),
    ).filter((x) => x.code === "CATEGORY-MISMATCH");
    expect(f).toEqual([]);
  });
});

describe("round 119 false alarm 3: no comparator asked of a line to be moved", () => {
  it("宣传经费 30万元 under 数量指标 beside 正向 rows: CATEGORY-MISMATCH only", () => {
    const f = findingsOf([
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标方向"],
      ["数字城管宣传", "产出指标", "数量指标", "宣传活动场次", "≥50场", "正向"],
      [null, "产出指标", "数量指标", "宣传经费", "30万元", "正向"],
      [null, "效益指标", "社会效益指标", "市民知晓率", "≥90%", "正向"],
    ]);
    const at = f.filter((x) => x.indicator === "宣传经费").map((x) => x.code);
    expect(at).toContain("CATEGORY-MISMATCH");
    expect(at).not.toContain("NO-COMPARATOR");
  });
});

describe("round 119 fix 2: a lump sum of no telling kind is put per unit of the project's own count", () => {
  it("运维经费 95万元 beside 运维终端数量 ≥126个 → 7540元/个", () => {
    const f = findingsOf(
      packed(
        "农村生活污水设施运维",
        "保障全镇农村生活污水设施正常运行。",
        "产出指标：运维终端数量≥126个；出水水质达标率≥80%；运维经费95万元。效益指标：农村人居环境明显改善。满意度指标：群众满意度≥95%。",
      ),
    ).filter((x) => x.code === "CATEGORY-MISMATCH" && x.indicator === "运维经费");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("运维终端数量 ≥126个");
    expect(f[0].fix?.zh).toContain("7540元/个");
    expect(f[0].fix?.zh).not.toContain("巡查企业数");
  });

  it("工作经费 40万元 beside 选派科技特派员 ≥60人 → 6667元/人", () => {
    const f = findingsOf(
      packed(
        "科技特派员服务",
        "选派科技特派员服务农户。",
        "产出指标：选派科技特派员≥60人；推广新品种新技术≥30项；工作经费40万元。效益指标：农户增收≥1000元/户。满意度指标：服务对象满意度≥90%。",
      ),
    ).filter((x) => x.code === "CATEGORY-MISMATCH" && x.indicator === "工作经费");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("6667元/人");
  });
});

describe("round 119 fix 2: wording of VAGUE fixes", () => {
  it("持续推进 is no span of years", () => {
    const f = findingsOf(
      rows("政务数据共享平台", [
        ["产出指标", "数量指标", "接入部门", "≥30个"],
        ["效益指标", "社会效益指标", "政务数据资源共享", "持续推进"],
      ]),
    ).filter((x) => x.code === "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).not.toContain("≥3年");
  });

  it("群众文化获得感 under 效益 is not asked as a satisfaction", () => {
    const f = findingsOf(
      rows("公共文化场馆免费开放", [
        ["产出指标", "数量指标", "免费开放场馆数量", "5个"],
        ["效益指标", "社会效益指标", "群众文化获得感", "显著增强"],
      ]),
    ).filter((x) => x.code === "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).not.toContain("满意度");
    expect(f[0].fix?.zh).toContain("文化活动人次");
  });
});

describe("round 119 miss 1: a purchase sum among outputs is an input", () => {
  it("防火物资购置≥50万元 → CATEGORY-MISMATCH, with supplies as its output", () => {
    const f = findingsOf(
      packed(
        "森林防火",
        "2024年组织巡护150人。",
        "产出指标：防火巡护人员≥150人；防火物资购置≥50万元。效益指标：重大森林火灾发生次数0次。满意度指标：群众满意度≥90%。",
      ),
    ).filter((x) => x.code === "CATEGORY-MISMATCH");
    expect(f.map((x) => x.indicator)).toEqual(["防火物资购置"]);
    expect(f[0].fix?.zh).toContain("储备物资");
  });

  it("a cost per unit of what is bought stays a cost", () => {
    const f = findingsOf(
      packed(
        "森林防火",
        "2024年组织巡护150人。",
        "产出指标：防火巡护人员≥150人；防火物资采购单价≤200元/件。效益指标：重大森林火灾发生次数0次。",
      ),
    ).filter((x) => x.code === "CATEGORY-MISMATCH");
    expect(f).toEqual([]);
  });
});

describe("round 119 miss 2: an accident in the project's charge tolerated", () => {
  it("养老机构安全责任事故 ≤1起 → a warning asking for 0起", () => {
    const f = findingsOf(
      rows("养老服务", [
        ["产出指标", "数量指标", "新建养老服务站", "≥10个"],
        ["效益指标", "社会效益指标", "养老机构安全责任事故", "≤1起"],
        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
      ]),
    ).filter((x) => x.code === "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].fix?.zh).toBe("改为“养老机构安全责任事故 0起”。");
  });

  it.each([
    ["生产安全事故死亡人数", "≤3人"],
    ["道路交通事故起数", "≤20起"],
    ["养老机构安全责任事故", "0起"],
  ])("%s %s is left alone", (name, target) => {
    const f = findingsOf(
      rows("安全监管", [
        ["产出指标", "数量指标", "检查企业", "≥100家"],
        ["效益指标", "社会效益指标", name, target],
      ]),
    ).filter((x) => x.code === "DIRECTION");
    expect(f).toEqual([]);
  });
});
