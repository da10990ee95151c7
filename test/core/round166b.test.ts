/**
 * Round 166b: a column headed 指标 alone beside the project's (单位名称 | 项目名称 | 绩效目标 | 指标), a column of
 * towns and units (乡镇/单位, 乡镇（单位）) as each row's unit, and a unit written in a column of towns.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const contextOf = (r: ReturnType<typeof parseGrid>) =>
  r.projects.map((p) => [p.project, p.budgetUnit, p.district]);

describe("a column headed 指标 alone", () => {
  it("holds each project's indicators beside 单位名称 | 项目名称 | 绩效目标 (宜春市医疗保障局)", () => {
    const r = parseGrid(
      grid([
        ["宜春市医疗保障局2025年部门预算项目绩效目标表", null, null, null],
        ["单位名称", "项目名称", "绩效目标", "指标"],
        [
          "宜春市医疗保障局",
          "医保基金监管专项",
          "开展医保基金专项检查，打击欺诈骗保",
          "产出指标 指标1：检查定点医药机构数量：≥1200家；指标2：追回违规基金金额：≥1500万元；效益指标 指标1：基金运行安全：平稳；满意度指标 指标1：参保群众满意度：≥90%",
        ],
        [
          "宜春市医疗保障局",
          "医疗救助资金",
          "对困难群众实施医疗救助",
          "产出指标 指标1：资助参保人数：≥21.5万人；满意度指标 指标1：救助对象满意度：≥92%",
        ],
      ]),
    );
    expect(r.tables[0].layout).toBe("packed");
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.goal])).toEqual([
      ["医保基金监管专项", "宜春市医疗保障局", "开展医保基金专项检查，打击欺诈骗保"],
      ["医疗救助资金", "宜春市医疗保障局", "对困难群众实施医疗救助"],
    ]);
    expect(r.indicators.map((i) => [i.project, i.budgetUnit, i.cell, i.name, i.value])).toEqual([
      ["医保基金监管专项", "宜春市医疗保障局", "D3", "检查定点医药机构数量", 1200],
      ["医保基金监管专项", "宜春市医疗保障局", "D3", "追回违规基金金额", 15000000],
      ["医保基金监管专项", "宜春市医疗保障局", "D3", "基金运行安全", null],
      ["医保基金监管专项", "宜春市医疗保障局", "D3", "参保群众满意度", 90],
      ["医疗救助资金", "宜春市医疗保障局", "D4", "资助参保人数", 215000],
      ["医疗救助资金", "宜春市医疗保障局", "D4", "救助对象满意度", 92],
    ]);
  });

  it("is a caption over 一级指标 | 二级指标 | 三级指标 | 指标值 in the row under it", () => {
    const r = parseGrid(
      grid([
        ["单位名称", "项目名称", "绩效目标", "指标", null, null, null],
        [null, null, null, "一级指标", "二级指标", "三级指标", "指标值"],
        [
          "宜春市医疗保障局",
          "医保基金监管专项",
          "打击欺诈骗保",
          "产出指标",
          "数量指标",
          "检查机构数量",
          "≥1200家",
        ],
      ]),
    );
    expect(r.tables[0].layout).toBe("rows");
    expect(r.indicators.map((i) => [i.project, i.budgetUnit, i.level1, i.level2, i.name, i.value])).toEqual([
      ["医保基金监管专项", "宜春市医疗保障局", "产出指标", "数量指标", "检查机构数量", 1200],
    ]);
  });

  it("is a caption over 产出指标 | 效益指标 | 满意度指标 in the row under it", () => {
    const r = parseGrid(
      grid([
        ["单位名称", "项目名称", "绩效目标", "指标", null, null],
        [null, null, null, "产出指标", "效益指标", "满意度指标"],
        [
          "宜春市医疗保障局",
          "医保基金监管专项",
          "打击欺诈骗保",
          "检查机构数量≥1200家",
          "基金运行平稳",
          "满意度≥90%",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.project, i.budgetUnit, i.level1, i.name])).toEqual([
      ["医保基金监管专项", "宜春市医疗保障局", "产出指标", "检查机构数量"],
      ["医保基金监管专项", "宜春市医疗保障局", "效益指标", "基金运行"],
      ["医保基金监管专项", "宜春市医疗保障局", "满意度指标", "满意度"],
    ]);
  });
});

describe("a column of towns and units (乡镇/单位, 乡镇（单位）)", () => {
  const table = (header: string, units: string[]) =>
    parseGrid(
      grid([
        ["张北县2025年乡镇项目绩效目标", null, null],
        [header, "项目名称", "绩效指标"],
        ...units.map((u, i) => [u, `项目${"甲乙丙"[i]}`, "数量：安装路灯120盏；满意度：≥90%"]),
      ]),
    );

  it("gives each row's unit (油篓沟乡人民政府, 二台镇人民政府)", () => {
    const r = table("乡镇/单位", ["油篓沟乡人民政府", "二台镇人民政府"]);
    expect(r.projects.map((p) => p.budgetUnit)).toEqual(["油篓沟乡人民政府", "二台镇人民政府"]);
    // (Two towns' units: each town its own place, as under 单位名称 — one town's is the title's county's, below.)
    expect(r.projects.map((p) => p.district)).toEqual(["油篓沟乡", "二台镇"]);
    expect(r.indicators.map((i) => i.budgetUnit)).toEqual([
      "油篓沟乡人民政府",
      "油篓沟乡人民政府",
      "二台镇人民政府",
      "二台镇人民政府",
    ]);
  });

  it("reads 乡镇（单位） so too, one town's unit beside a bureau placed in the title's county", () => {
    const r = table("乡镇（单位）", ["油篓沟乡人民政府", "县水务局"]);
    expect(contextOf(r)).toEqual([
      ["项目甲", "油篓沟乡人民政府", "张北县"],
      ["项目乙", "县水务局", "张北县"],
    ]);
  });
});

describe("a unit written in a column of towns", () => {
  it("is the row's unit, not its district (市医保局 under 乡镇 beside 毛都站镇)", () => {
    const r = parseGrid(
      grid([
        ["乡镇", "项目名称", "绩效指标"],
        ["毛都站镇", "村级活动场所维修", "维修村部3处"],
        ["市医保局", "长护险经办", "经济成本指标：经办服务费≤40元"],
        ["油篓沟乡人民政府", "村内街道亮化", "安装路灯120盏"],
        ["东林街道办", "社区服务", "服务居民500人"],
      ]),
    );
    expect(contextOf(r)).toEqual([
      ["村级活动场所维修", "", "毛都站镇"],
      ["长护险经办", "市医保局", null],
      ["村内街道亮化", "油篓沟乡人民政府", "油篓沟乡"],
      ["社区服务", "", "东林街道办"],
    ]);
  });
});
