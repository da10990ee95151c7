/**
 * Review probe round 157: 有所丰富 and 持续发挥作用 are vague; 漏损率 is lower-better; a teacher-training project asking
 * 学生家长 asks the wrong people; a goal's figure said of another subject (高血压…) is not a third rate's
 * (2型糖尿病…); a 申报表 whose 年度绩效目标 cell is blank has no goal.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, rows } from "./probeTables";

/** A project in rows with one effect to judge (m1, m2). */
const withEffect = (project: string, output: string, effect: [string, string, string]): CellValue[][] =>
  rows(project, [
    ["产出指标", "数量指标", output, "≥30场"],
    ["产出指标", "时效指标", "完成时间", "2025年12月31日前"],
    ["效益指标", effect[0], effect[1], effect[2]],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ]);

describe("round 157 M1/M2: 有所丰富, 持续发挥作用 are vague", () => {
  it.each([
    ["某县文化活动项目", "社会效益指标", "群众文化生活", "有所丰富"],
    ["某县文化活动项目", "社会效益指标", "群众精神面貌", "有所好转"],
    ["某市草原补奖项目", "可持续影响指标", "草原生态保护长效机制", "持续发挥作用"],
    ["某市草原补奖项目", "可持续影响指标", "管护机制", "充分发挥作用"],
  ])("%s: %s | %s | %s → VAGUE", (project, level2, name, target) => {
    const f = codes(withEffect(project, "演出场次", [level2, name, target]), "VAGUE");
    expect(f.map((x) => x.indicator)).toEqual([name]);
  });

  it("a measured effect beside them → none", () => {
    expect(
      codes(
        withEffect("某县文化活动项目", "演出场次", ["社会效益指标", "观看群众人次", "≥3万人次"]),
        "VAGUE",
      ),
    ).toEqual([]);
  });
});

describe("round 157 M4: 漏损率 is lower-better", () => {
  const sheet = (target: string): CellValue[][] => [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"],
    ["某区供热管网改造项目", "产出指标", "数量指标", "改造管网长度", "正向", "≥12", "公里"],
    [null, "效益指标", "社会效益指标", "供热管网漏损率", "正向", target, "%"],
    [null, "满意度指标", "服务对象满意度指标", "用户满意度", "正向", "≥90", "%"],
  ];
  it("供热管网漏损率 | 正向 | ≥5% → DIRECTION", () => {
    expect(codes(sheet("≥5"), "DIRECTION").map((x) => x.indicator)).toEqual(["供热管网漏损率"]);
  });
  it("写成 ≤5% 而方向仍写正向 → the column named wrong, no ≥", () => {
    expect(codes(sheet("≤5"), "DIRECTION").map((x) => x.indicator)).toEqual(["供热管网漏损率"]);
  });
});

describe("round 157 minor: a teacher-training project asking 学生家长", () => {
  const sheet = (satisfaction: string, project = "某县中小学教师培训项目") =>
    rows(project, [
      ["产出指标", "数量指标", "培训教师人数", "≥800人"],
      ["产出指标", "时效指标", "完成时间", "2025年12月31日前"],
      ["效益指标", "社会效益指标", "培训考核合格率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", satisfaction, "≥90%"],
    ]);
  it("学生家长满意度 → SATISFACTION-SUBJECT naming 家长", () => {
    const f = codes(sheet("学生家长满意度"), "SATISFACTION-SUBJECT");
    expect(f.map((x) => x.indicator)).toEqual(["学生家长满意度"]);
    expect(f[0].message.zh).toContain("家长");
  });
  it("参训教师满意度, or a training of parents (家长学校培训) → none", () => {
    expect(codes(sheet("参训教师满意度"), "SATISFACTION-SUBJECT")).toEqual([]);
    expect(codes(sheet("家长满意度", "家长学校培训项目"), "SATISFACTION-SUBJECT")).toEqual([]);
  });
});

describe("round 157 F1: GOAL-FIGURE pairs a goal's figure with the indicator it is said of", () => {
  const sheet = (goal: string): CellValue[][] => [
    ["项目名称", "绩效目标", "绩效指标"],
    [
      "某县基本公共卫生服务项目",
      goal,
      "1、产出指标：65岁及以上老年人健康管理率≥65%；高血压患者规范管理率≥65%；2型糖尿病患者规范管理率≥60%；适龄儿童免疫规划疫苗接种率≥90%。2、效益指标：居民健康素养水平≥25%。3、满意度指标：群众满意度≥90%。",
    ],
  ];
  it("65% said of 老年人 and 高血压 only → no GOAL-FIGURE on 2型糖尿病患者规范管理率 ≥60%", () => {
    expect(
      codes(sheet("65岁及以上老年人健康管理率达到65%，高血压患者规范管理率达到65%。"), "GOAL-FIGURE"),
    ).toEqual([]);
  });
  it("the goal naming 2型糖尿病患者规范管理率 65% → GOAL-FIGURE", () => {
    const f = codes(
      sheet("65岁及以上老年人健康管理率达到65%，2型糖尿病患者规范管理率达到65%。"),
      "GOAL-FIGURE",
    );
    expect(f.map((x) => x.indicator)).toEqual(["2型糖尿病患者规范管理率"]);
  });
});

describe("round 157 M3: a 申报表 whose 年度绩效目标 cell is blank", () => {
  const form = (goal: string): CellValue[][] => [
    ["项目支出绩效目标申报表（2025年度）", null, null, null],
    ["项目名称", "乌兰县学前教育保教费补助项目", null, null],
    ["主管部门", "乌兰县教育局", "实施单位", "乌兰县教育局"],
    ["年度绩效目标", goal, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "补助幼儿人数", "≥1200人"],
    ["效益指标", "社会效益指标", "入园率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
  ];
  it("年度绩效目标 | (blank) → GOAL-EMPTY at the blank cell", () => {
    const f = codes(form(""), "GOAL-EMPTY");
    expect(f.map((x) => x.cell)).toEqual(["B4"]);
  });
  it("a goal written, a title ending in 绩效目标表, or a bare 绩效目标 caption → none", () => {
    expect(codes(form("为1200名幼儿补助保教费，入园率达到90%以上。"), "GOAL-EMPTY")).toEqual([]);
    const titled: CellValue[][] = [
      ["金昌市2024年衔接推进乡村振兴补助资金项目绩效目标表", null, null, null, null],
      ["项目名称", "永昌县肉羊产业园基础设施建设项目", null, "项目负责人", "张XX"],
      ["一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准"],
      ["产出指标", "数量指标", "新建标准化羊舍", "12栋", "完成得满分"],
      ["效益指标", "经济效益指标", "带动脱贫户增收", "≥2000元/户", null],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", null],
    ];
    expect(codes(titled, "GOAL-EMPTY")).toEqual([]);
    // 绩效目标 captioning the indicators of a sheet with no project line (和田 边境护边员).
    const captioned: CellValue[][] = [["绩效目标", null, null, null], ...form("").slice(4)];
    expect(codes(captioned, "GOAL-EMPTY")).toEqual([]);
  });
});
