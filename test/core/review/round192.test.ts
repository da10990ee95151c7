/**
 * Review probe round 192 (晋城 … 新余, rows tables and packed cells): a unit cost capped (≤120元/吨) times the
 * project's count of that unit is what the work costs, held against the funds; a standard of money paid (补贴标准)
 * written in heads (≥70人) has the wrong unit.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, findingsOf, gradeOf } from "./probeTables";

const HEAD = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标", "资金（万元）"];

/** One packed row: department, name, goal, indicators, funds. */
const packed = (dept: string, name: string, goal: string, lines: string, funds: number | null) => [
  dept,
  dept,
  name,
  goal,
  lines,
  funds,
];

/** One project in rows with its goal and its budget (万元) on the first row. */
const rowsWithBudget = (
  name: string,
  goal: string,
  budget: number,
  body: [string, string, string, string][],
): CellValue[][] => [
  ["项目名称", "绩效目标", "预算金额（万元）", "一级指标", "二级指标", "三级指标", "指标值"],
  ...body.map(([a, b, c, d], i) => [
    i === 0 ? name : null,
    i === 0 ? goal : null,
    i === 0 ? budget : null,
    a,
    b,
    c,
    d,
  ]),
];

describe("round 192 M3: a unit cost capped times the count it is per, above the funds", () => {
  const tiexi = (
    funds: number,
    goal = "清运农村生活垃圾5万吨，改善农村人居环境。",
    cost = "≤120元/吨",
  ): CellValue[][] => [
    HEAD,
    packed(
      "四平市铁西区住房和城乡建设局",
      "铁西区农村生活垃圾清运项目",
      goal,
      `1、产出指标：垃圾清运量，≥5万吨。2、产出指标：清运及时率，≥95%。3、成本指标：垃圾清运单价，${cost}。4、效益指标：农村生活垃圾无害化处理率，≥90%。5、满意度指标：村民满意度，≥90%。`,
      funds,
    ),
  ];
  it("5万吨 × ≤120元/吨 = 600万元 against 300万元: COST-OVER-BUDGET, the unit cost the funds pay said", () => {
    const f = codes(tiexi(300), "COST-OVER-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].indicator).toBe("垃圾清运单价");
    expect(f[0].message.zh).toContain("约600万元");
    expect(f[0].message.zh).toContain("约60元/吨");
    expect(f[0].fix?.zh).toContain("300万元");
    expect(gradeOf(tiexi(300)).grade).not.toBe("优");
  });
  it("a cap within a fifth of the funds, funds that are a share, or a cap of another unit: nothing", () => {
    expect(codes(tiexi(550), "COST-OVER-BUDGET")).toEqual([]);
    expect(
      codes(
        tiexi(300, "清运农村生活垃圾5万吨，本项目为区级承担部分，省市资金另行下达。"),
        "COST-OVER-BUDGET",
      ),
    ).toEqual([]);
    expect(codes(tiexi(300, undefined, "≤120元/车"), "COST-OVER-BUDGET")).toEqual([]);
  });
  const yangcheng = (budget: number) =>
    rowsWithBudget("阳城县农村户厕改造项目", "完成农村户厕改造2000户。", budget, [
      ["产出指标", "数量指标", "改造农村户厕数量", "≥2000户"],
      ["产出指标", "质量指标", "改厕验收合格率", "≥95%"],
      ["产出指标", "时效指标", "完成时间", "2025年10月底前"],
      ["产出指标", "成本指标", "户均改厕补助", "≤1000元/户"],
      ["效益指标", "社会效益指标", "农村卫生厕所普及率", "≥85%"],
      ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ]);
  it("rows: 2000户 × ≤1000元/户 = 200万元 against 150万元 is said; against 200万元 nothing", () => {
    const f = codes(yangcheng(150), "COST-OVER-BUDGET");
    expect(f.map((x) => x.indicator)).toEqual(["户均改厕补助"]);
    expect(f[0].message.zh).toContain("约750元/户");
    expect(codes(yangcheng(200), "COST-OVER-BUDGET")).toEqual([]);
  });
});

describe("round 192 M2: a standard of money paid written in heads", () => {
  const zhenan = (name: string, target: string) =>
    rowsWithBudget("振安区困难残疾人生活补贴", "为1800名困难残疾人发放生活补贴。", 150, [
      ["产出指标", "数量指标", "补贴发放人数", "≥1800人"],
      ["产出指标", "成本指标", name, target],
      ["产出指标", "时效指标", "补贴发放时间", "每季度首月15日前"],
      ["效益指标", "社会效益指标", "困难残疾人基本生活保障率", "100%"],
      ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"],
    ]);
  it.each([
    ["补贴标准", "≥70人"],
    ["生活补助标准", "1800户"],
  ])("%s | %s — UNIT-MISMATCH, told to write money a head", (name, target) => {
    const f = codes(zhenan(name, target), "UNIT-MISMATCH");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("补助或经费标准");
    expect(f[0].fix?.zh).toContain("元/人");
  });
  it.each([
    ["补贴标准", "70元/人·月"],
    ["建设标准", "≥2处"],
    ["补贴发放户数", "≥1800户"],
  ])("%s | %s — nothing", (name, target) => {
    expect(codes(zhenan(name, target), "UNIT-MISMATCH")).toEqual([]);
  });
});

describe("round 192 FA1: a goal saying the funds are part of the money (其中本级资金, 其余由县财政配套) explains a cost above them", () => {
  const kuandian = (goal: string) =>
    rowsWithBudget("宽甸县农村公路养护项目", goal, 720, [
      ["产出指标", "数量指标", "农村公路养护里程", "≥1200公里"],
      ["产出指标", "质量指标", "优良中等路率", "≥80%"],
      ["产出指标", "时效指标", "养护完成时间", "2025年12月底前"],
      ["产出指标", "成本指标", "每公里养护成本", "≤1.2万元/公里"],
      ["效益指标", "社会效益指标", "农村公路列养率", "100%"],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ]);
  it.each([
    "养护农村公路1200公里，省级补助资金720万元，其余由县财政配套解决。",
    "养护农村公路1200公里，项目总投资1440万元，其中本级资金720万元。",
    "养护农村公路1200公里，不足部分由乡镇自筹。",
  ])("%s — nothing", (goal) => {
    expect(codes(kuandian(goal), "COST-OVER-BUDGET")).toEqual([]);
  });
  it("配套 of the works (完善配套设施) says nothing of the funds", () => {
    expect(codes(kuandian("养护农村公路1200公里，完善沿线配套设施。"), "COST-OVER-BUDGET")).toHaveLength(1);
  });
  it("a standard paid: 1000元/人 × 500人 above 30万元, the rest 由县财政配套 — nothing", () => {
    const grid = (goal: string) =>
      rowsWithBudget("分宜县家庭经济困难学生资助项目", goal, 30, [
        ["产出指标", "数量指标", "资助学生人数", "≥500人"],
        ["产出指标", "成本指标", "资助标准", "1000元/人"],
        ["效益指标", "社会效益指标", "受助学生辍学率", "0"],
      ]);
    expect(codes(grid("资助家庭经济困难学生500人。"), "COST-OVER-BUDGET")).toHaveLength(1);
    expect(codes(grid("资助家庭经济困难学生500人，其余由县财政配套解决。"), "COST-OVER-BUDGET")).toEqual([]);
  });
});

describe("round 192 M5: an effect saying an output's count holds (种植面积稳定), with its figure", () => {
  const hailun = (effect: string, target: string): CellValue[][] => [
    HEAD,
    packed(
      "海伦市农业农村局",
      "海伦市大豆生产者补贴",
      "对大豆生产者发放补贴，稳定大豆种植面积180万亩。",
      `1、产出指标：补贴大豆种植面积，≥180万亩。2、产出指标：补贴资金及时足额发放，是。3、产出指标：发放完成时间，2025年11月底前。4、效益指标：${effect}，${target}。5、满意度指标：种植户满意度，≥90%。`,
      5400,
    ),
  ];
  it("大豆种植面积稳定 ≥180万亩: CATEGORY-MISMATCH, the output again", () => {
    const f = codes(hailun("大豆种植面积稳定", "≥180万亩"), "CATEGORY-MISMATCH");
    expect(f.map((x) => x.indicator)).toEqual(["大豆种植面积稳定"]);
    expect(f[0].message.zh).toContain("“补贴大豆种植面积”");
  });
  it("another figure, or another measure held (大豆总产量稳定): nothing", () => {
    expect(codes(hailun("大豆种植面积稳定", "≥200万亩"), "CATEGORY-MISMATCH")).toEqual([]);
    expect(codes(hailun("大豆总产量稳定", "≥180万吨"), "CATEGORY-MISMATCH")).toEqual([]);
  });
});

describe("round 192 FA2: an output written again under 效益 is one defect, said once", () => {
  const lishu = (effect: string, target: string) =>
    rowsWithBudget("梨树县黑土地保护性耕作项目", "实施保护性耕作280万亩，提升黑土地耕地质量。", 4200, [
      ["产出指标", "数量指标", "保护性耕作实施面积", "≥280万亩"],
      ["产出指标", "质量指标", "作业质量合格率", "≥95%"],
      ["产出指标", "时效指标", "作业完成时间", "2025年6月底前"],
      ["产出指标", "成本指标", "作业补助标准", "≤15元/亩"],
      ["效益指标", "生态效益指标", effect, target],
      ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ]);
  it("保护性耕作实施面积 ≥280万亩 twice: CATEGORY-MISMATCH alone", () => {
    const f = findingsOf(lishu("保护性耕作实施面积", "≥280万亩")).filter(
      (x) => x.code === "DUPLICATE" || x.code === "CATEGORY-MISMATCH",
    );
    expect(f.map((x) => [x.code, x.indicator])).toEqual([["CATEGORY-MISMATCH", "保护性耕作实施面积"]]);
  });
  it("the same name with another figure, or a rate twice: still DUPLICATE", () => {
    expect(codes(lishu("保护性耕作实施面积", "≥300万亩"), "DUPLICATE")).toHaveLength(1);
    expect(codes(lishu("作业质量合格率", "≥95%"), "DUPLICATE")).toHaveLength(1);
  });
});
