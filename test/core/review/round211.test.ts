/**
 * Review probe round 211: the project kinds the review had seen least (教育, 卫生健康, 农业, 交通, 文化旅游, 民政, 人社,
 * 水利) in three habits (`round211data.ts`, gold written before the run): a stray line of another program the lexicon
 * did not know (农作物病虫害 in 动物防疫, 营养餐 in 校舍维修), an effect's 二级 under 一级 产出指标, and a rate's
 * whole written in a count's unit.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, gradeOf, withGoal } from "./probeTables";
import { batch2Grids, grids, score } from "./round211data";

describe("round 211: the round's 24 projects, scored", () => {
  it("as written: 20 of 21 found, 2 findings the gold had not (both right), grades 20 of 24 (the gold's slips)", () => {
    expect(score(grids, false)).toEqual({
      expected: 21,
      found: 20,
      falseAlarms: 2,
      grades: 20,
      projects: 24,
    });
  });
  it("gold corrected: 21 of 21, no false alarm, grades 24 of 24", () => {
    expect(score(grids, true)).toEqual({ expected: 21, found: 21, falseAlarms: 0, grades: 24, projects: 24 });
  });
  it("second batch (written after F1–F4; scored once 6 of 7, grades 5 of 8), after F5: 7 of 7, none false, grades 6 of 8", () => {
    expect(score(batch2Grids, false)).toEqual({
      expected: 7,
      found: 7,
      falseAlarms: 0,
      grades: 6,
      projects: 8,
    });
  });
});

describe("round 211 F1: 动物防疫 and 农作物病虫害防治 are programs of their own", () => {
  const fangyi = (line: string) =>
    withGoal("某县动物防疫补助", "开展重大动物疫病强制免疫，全年不发生区域性重大动物疫情。", [
      ["产出指标", "数量指标", "应免畜禽免疫密度", "≥90%"],
      ["产出指标", "质量指标", "免疫抗体合格率", "≥70%"],
      ["产出指标", "质量指标", line, "≥45%"],
      ["效益指标", "社会效益指标", "区域性重大动物疫情发生", "0起"],
      ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
    ]);
  it("农作物病虫害统防统治覆盖率 in a 动物防疫 table — OTHER-PRODUCT", () => {
    expect(codes(fangyi("农作物病虫害统防统治覆盖率"), "OTHER-PRODUCT").map((f) => f.indicator)).toEqual([
      "农作物病虫害统防统治覆盖率",
    ]);
  });
  it.each(["病死畜禽无害化处理率", "村级防疫员培训覆盖率"])("%s in the same table — nothing", (line) => {
    expect(codes(fangyi(line), "OTHER-PRODUCT")).toEqual([]);
  });
  it("a project doing both (动物防疫和农作物病虫害防治) — nothing", () => {
    const grid = withGoal(
      "某县动物防疫和农作物病虫害防治补助",
      "开展重大动物疫病强制免疫和农作物病虫害统防统治。",
      [
        ["产出指标", "数量指标", "应免畜禽免疫密度", "≥90%"],
        ["产出指标", "质量指标", "强制免疫抗体合格率", "≥70%"],
        ["产出指标", "质量指标", "农作物病虫害统防统治覆盖率", "≥45%"],
        ["效益指标", "社会效益指标", "区域性重大动物疫情发生", "0起"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
      ],
    );
    expect(codes(grid, "OTHER-PRODUCT")).toEqual([]);
  });
});

describe("round 211 F2: a 二级 under a 一级 it does not belong to", () => {
  const road = (level1: string, level2: string) =>
    withGoal("某县农村公路养护", "养护农村公路860公里，保障群众安全便捷出行。", [
      ["产出指标", "数量指标", "养护农村公路里程", "≥860公里"],
      ["产出指标", "质量指标", "优良中等路率", "≥80%"],
      ["产出指标", "时效指标", "水毁路段抢通时间", "≤72小时"],
      ["成本指标", "经济成本指标", "养护补助标准", "≤1万元/公里·年"],
      [level1, level2, "农村公路安全通行保障率", "≥98%"],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ]);
  it("产出指标 | 社会效益指标 — CATEGORY-MISMATCH saying where it belongs; no COMPLETE-EFFECT; 良", () => {
    const g = road("产出指标", "社会效益指标");
    const f = codes(g, "CATEGORY-MISMATCH");
    expect(f.map((x) => x.indicator)).toEqual(["农村公路安全通行保障率"]);
    expect(f[0].message.zh).toBe(
      "“农村公路安全通行保障率”的二级指标“社会效益指标”属于效益指标，却列在一级指标“产出指标”下。",
    );
    expect(codes(g, "COMPLETE-EFFECT")).toEqual([]);
    expect(gradeOf(g).grade).toBe("良");
  });
  it("效益指标 | 社会效益指标 — nothing", () => {
    expect(codes(road("效益指标", "社会效益指标"), "CATEGORY-MISMATCH")).toEqual([]);
  });
  it.each([
    ["产出指标", "经济成本指标", "养护补助标准", "≤1万元/公里·年"],
    ["效益指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
  ])("the 2015 framework's own places (%s | %s) — nothing", (l1, l2, name, target) => {
    const g = withGoal("某县农村公路养护", "养护农村公路860公里。", [
      ["产出指标", "数量指标", "养护农村公路里程", "≥860公里"],
      ["产出指标", "质量指标", "优良中等路率", "≥80%"],
      ["效益指标", "社会效益指标", "农村公路安全通行保障率", "≥98%"],
      [l1, l2, name, target],
    ]);
    expect(codes(g, "CATEGORY-MISMATCH")).toEqual([]);
  });
});

describe("round 211 F3: 学生营养 a program; a word inside another program's longer word names that one only", () => {
  const school = (line: string) =>
    withGoal("某区义务教育学校校舍维修", "维修改造义务教育学校校舍1.2万平方米，消除校舍安全隐患。", [
      ["产出指标", "数量指标", "维修改造校舍面积", "≥1.2万平方米"],
      ["产出指标", "数量指标", "维修学校", "≥8所"],
      ["产出指标", "数量指标", line, "≥200天"],
      ["效益指标", "社会效益指标", "受益学生", "≥5600人"],
      ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
    ]);
  it("学生营养餐供餐天数 in a 校舍维修 table — OTHER-PRODUCT", () => {
    expect(codes(school("学生营养餐供餐天数"), "OTHER-PRODUCT").map((f) => f.indicator)).toEqual([
      "学生营养餐供餐天数",
    ]);
  });
  it("the pupils a 学生营养改善计划 serves are its own (受益学生人数) — nothing", () => {
    const grid = withGoal("某县学生营养改善计划", "按每生每天5元标准提供营养膳食补助，全年供餐200天。", [
      ["产出指标", "数量指标", "营养膳食补助人数", "≥1.2万人"],
      ["产出指标", "数量指标", "营养餐供餐天数", "≥200天"],
      ["产出指标", "数量指标", "受益学生人数", "≥1.2万人"],
      ["产出指标", "质量指标", "食品安全事故", "0起"],
      ["效益指标", "社会效益指标", "学生营养健康状况改善率", "≥5%"],
      ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
    ]);
    expect(codes(grid, "OTHER-PRODUCT")).toEqual([]);
  });
});

describe("round 211 F4: a rate's whole in a count's unit (监测覆盖率 | 100个) — the unit said, no comparator asked", () => {
  const cold = (target: string) =>
    withGoal("某县疫苗冷链系统建设", "为18个接种单位配备冷链设备。", [
      ["产出指标", "数量指标", "购置医用冰箱", "≥36台"],
      ["产出指标", "质量指标", "接种单位冷链温度监测覆盖率", target],
      ["效益指标", "社会效益指标", "疫苗储存运输温度合格率", "≥99%"],
      ["满意度指标", "服务对象满意度指标", "接种单位满意度", "≥90%"],
    ]);
  it("100个 — UNIT-MISMATCH only", () => {
    expect(codes(cold("100个"), "UNIT-MISMATCH")).toHaveLength(1);
    expect(codes(cold("100个"), "NO-COMPARATOR")).toEqual([]);
  });
  it("95个 — still asked for its comparator", () => {
    expect(codes(cold("95个"), "NO-COMPARATOR")).toHaveLength(1);
  });
});

describe("round 211 F5 (second batch): a packed cell's 其中 parts, 其中 kept in the text and the parts run on after a comma", () => {
  const packed = (lines: string): CellValue[][] => [
    ["主管部门", "项目名称", "绩效目标", "绩效指标", "资金（万元）"],
    ["某区人力资源和社会保障局", "某区就业见习补贴", "组织青年就业见习300人。", lines, 400],
  ];
  const tail = "见习补贴发放准确率100%。2、效益指标：见习期满留用率≥50%。3、满意度指标：见习人员满意度≥90%。";
  it("组织就业见习≥300人，其中：高校毕业生≥220人，16-24岁失业青年≥100人 — PARTS-OVER-TOTAL (320)", () => {
    const f = codes(
      packed(`1、产出指标：组织就业见习≥300人，其中：高校毕业生≥220人，16-24岁失业青年≥100人；${tail}`),
      "PARTS-OVER-TOTAL",
    );
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("合计 320人");
  });
  it("the parts within the total (200 + 100) — nothing", () => {
    expect(
      codes(
        packed(`1、产出指标：组织就业见习≥300人，其中：高校毕业生≥200人，16-24岁失业青年≥100人；${tail}`),
        "PARTS-OVER-TOTAL",
      ),
    ).toEqual([]);
  });
  it("the clause ended by ； — the next item is no part (新增见习单位≥150人 after 220 of 300)", () => {
    expect(
      codes(
        packed(`1、产出指标：组织就业见习≥300人，其中：高校毕业生≥220人；新增见习单位≥150人；${tail}`),
        "PARTS-OVER-TOTAL",
      ),
    ).toEqual([]);
  });
});
