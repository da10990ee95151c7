import { exampleTargets, projectExamples } from "../../../src/core/review/examples";
import { makeProject, makeRecord } from "../../support/records";
import { runRule } from "./ruleTester";
import { duplicate } from "../../../src/core/review/rules/structure";
import { emptyTarget, vague } from "../../../src/core/review/rules/targets";
import { costBudget } from "../../../src/core/review/rules/costs";

describe("exampleTargets", () => {
  it.each([
    ["新建堤防长度", "", "≥5公里"],
    ["群众满意度", "", "≥90%"],
    ["验收合格率", "", "≥95%"],
    ["安全事故发生率", "", "≤1%"],
    ["培训人次", "", "≥500人次"],
    ["补助农户数", "", "≥100户"],
    ["人均补助标准", "", "≤800元/人"],
    ["项目总投资", "", "≤50万元"],
    ["故障响应时间", "", "≤24小时"],
    ["完成时限", "≥**年", "12月31日前完成"],
    // The unit a template kept says what is counted.
    ["设备采购数量", "≧ 台", "≥10台"],
    ["受益人口", "≥**人", "≥500人"],
    ["带动作用", "", "≥95%”“≥500人次"],
  ])("%s %s → %s", (name, target, example) => expect(exampleTargets({ name, target })).toBe(example));
});

const fixOf = (rule: Parameters<typeof runRule>[0], text: string) => runRule(rule, text)[0]?.fix?.zh ?? "";

describe("fixes fit the indicator", () => {
  it("EMPTY-TARGET", () => {
    expect(fixOf(emptyTarget, "1、产出指标：新建堤防长度，**公里。")).toContain("“≥5公里”");
    expect(fixOf(emptyTarget, "1、产出指标：设备采购数量，≧ 台。")).toContain("“≥10台”");
  });

  it("EMPTY-TARGET keeps the unit a unit column gives (round 75 g3)", () => {
    const [f] = runRule(emptyTarget, {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["农村人居环境整治", "产出指标", "数量指标", "改造农村户厕", "≥", "**", "户"],
      ],
    });
    expect(f.fix?.zh).toContain("“≥（数量）户”");
    expect(f.fix?.zh).not.toMatch(/≥95%|人次/);
  });

  it("COST-BUDGET prices what is bought by the piece, never per kind (round 75 g4)", () => {
    const [f] = runRule(costBudget, {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["防汛物资储备", "产出指标", "数量指标", "防汛物资储备品种", "≥20种"],
        ["防汛物资储备", "成本指标", "经济成本指标", "物资储备费用", "控制在预算内"],
      ],
    });
    expect(f.fix?.zh).toContain("采购单价");
    expect(f.fix?.zh).not.toMatch(/每种|元\/种/);
  });

  it("EMPTY-TARGET on a yes-or-no name asks for a state", () => {
    const found = runRule(emptyTarget, {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "规章制度建立与否", null],
      ],
    });
    expect(found[0].fix?.zh).toBe("写明要达到的状态，如“是”“已建立并执行”。");
  });

  it("VAGUE", () => {
    expect(fixOf(vague, "1、效益指标：安全事故发生率，不高于上年。")).toContain("“≤1%”");
    // What is asked stays in the example (round 105).
    expect(fixOf(vague, "1、效益指标：是否发生饮水安全事件，是。")).toContain("“饮水安全事件发生起数 0起”");
  });

  it("VAGUE fixes fit the kind of thing (round 70)", () => {
    const fix = (text: string) => fixOf(vague, `1、效益指标：${text}。`);
    // An incidence kept low has a ceiling.
    expect(fix("适龄儿童免疫规划疫苗针对传染病发病率，保持较低水平")).toContain("“报告发病率 ≤5/10万”");
    expect(fix("大气污染防治数据支撑作用，有效发挥")).toContain("“监测数据报送及时率 ≥95%”");
    expect(fix("返贫致贫风险，有效防范")).toContain("“新增返贫致贫人数 0人”");
    expect(fix("森林资源，得到有效保护")).toContain("森林覆盖率");
    expect(fix("各项会议，按计划及时召开")).toContain("“按期召开率 100%”");
    expect(fix("按进度计划实施情况，按计划实施")).toContain("“12月31日前完成”");
    // A system 不断完善 is asked 是 by a date, as a mechanism 逐步建立 is.
    expect(fix("全民健身公共服务体系，不断完善")).toContain("12月31日前印发实施办法：是");
    // The officer's rise is kept; an efficiency, which no number of its own measures, is told what stands
    // for it (round 75): the time a piece of work takes.
    expect(fix("档案利用服务效率，明显提高")).toContain("“事项平均办理时间较上年缩短 ≥10%”");
    expect(fix("选择较高档次缴费人数占比，提高")).toContain("“较上年提高 ≥2个百分点”");
    expect(fix("老年人慢性病早发现率，有所提高")).toContain("“较上年提高 ≥2个百分点”");
    expect(fix("辖区社会治安，持续稳定")).toContain("发案数 较上年下降");
    // A state of safety is told by its accidents, not a ±5% of itself (round 100).
    expect(fix("辖区食品安全形势，总体平稳")).toContain("食品安全事故起数");
    // Nothing tells what is measured: no example rather than a wrong one.
    for (const t of ["大气污染防治数据支撑作用，有效发挥", "水源地保护，有效保护", "工作，成效明显"])
      expect(fix(t)).not.toMatch(/≥95%”“|≥20场/);
    expect(fix("工作，成效明显")).toContain("写明可衡量的指标和目标值");
  });

  it("VAGUE on a state no number measures offers a measure that stands for it (round 75)", () => {
    const fix = (text: string) => fixOf(vague, `1、效益指标：${text}。`);
    // Not “办学条件较上年提高5%”, which is as uncheckable as 明显改善.
    for (const [text, example] of [
      ["办学条件，明显改善", "“办学条件达标学校占比 ≥95%”"],
      ["师生安全，得到保障", "“安全事故（事件）发生起数 0起”"],
      ["系统运行，稳定", "“系统可用率 ≥99%”“全年重大故障 0次”"],
      ["城市市容市貌，明显提升", "“环境卫生检查考核达标率 ≥95%”"],
      ["营商环境，持续优化", "“涉企事项平均办理时间较上年缩短 ≥10%”"],
      ["干部理论素养，显著提升", "“参训人员考核合格率 ≥90%”"],
      // Satisfaction is a category of its own, never an effect's measure (round 119).
      ["群众文化获得感，明显增强", "“群众参加文化活动人次较上年增长 ≥5%”"],
      ["困难群众基本生活，得到保障", "“符合条件对象应保尽保率 100%”"],
      ["绿化养护质量，良好", "“绿化养护质量检查达标率 ≥95%”"],
    ]) {
      expect(fix(text)).toContain(example);
      expect(fix(text)).toContain("本身无法计数");
      expect(fix(text)).not.toMatch(/较上年提高 ≥5%|保障率 100%|波动不超过/);
    }
    expect(fix("群众就医获得感，明显增强")).not.toContain("满意度");
    // The project's field stands for a state its words name.
    const inField = runRule(vague, {
      projects: [{ name: "基本公共卫生服务项目", text: "1、效益指标：基本公共卫生服务水平，稳步提高。" }],
    });
    expect(inField[0].fix?.zh).toContain("“高血压患者规范管理率 ≥60%”");
    // With nothing to stand for it, the kinds of measure that could; a word of the field too broad to
    // tie the state to the field's example (生态) is no tie.
    expect(fix("依法履职水平，不断提高")).toContain("达标率、覆盖率、问题发生起数");
    const broad = runRule(vague, {
      projects: [{ name: "河道保洁", text: "1、效益指标：生态环境治理水平，显著提升。" }],
    });
    expect(broad[0].fix?.zh).not.toContain("垃圾");
    // A river's water, a road's state and a trade's growth (round 84 #23, #148, #3): the sector's measure,
    // never “较上年提高 ≥5%” or a 保障率 of nothing.
    expect(fix("河湖水质，持续改善")).toContain("断面水质优良（达到或好于Ⅲ类）比例");
    expect(fix("农村饮用水水质，明显改善")).toContain("供水水质达标率");
    expect(fix("路况，明显改善")).toContain("“公路优良中等路率 ≥（数值）%”");
    const trade = runRule(vague, {
      projects: [{ name: "动物疫病防控", text: "1、可持续影响指标：畜牧业健康发展，得到保障。" }],
    });
    expect(trade[0].fix?.zh).toContain("“重大动物疫情发生起数 0起”");
    expect(trade[0].fix?.zh).not.toContain("保障率");
    // How long a thing lasts keeps the officer's sense.
    expect(fix("基层公共文化服务长效运行，持续")).toContain("持续 ≥3年");
    // A state with a measure in its words keeps it.
    expect(fix("适龄儿童免疫规划疫苗针对传染病发病水平，保持较低水平")).toContain("“报告发病率 ≤5/10万”");
  });

  it("DUPLICATE no longer speaks of flood seasons", () => {
    const fix = fixOf(duplicate, "1、产出指标：堤防巡查次数，≥10次。2、产出指标：堤防巡查次数，≥10次。");
    expect(fix).not.toContain("汛期");
    expect(fix).toContain("对象、地点或时段");
  });
});

describe("projectExamples: a missing category's example fits the project", () => {
  const view = (project: string, indicators: { name: string; unit?: string }[] = [], goal = "") => ({
    project: { ...makeProject({ project }), goal },
    indicators: indicators.map((r) =>
      makeRecord({ name: r.name, unit: r.unit ?? "", kind: "quantitative", level1: "产出指标" }),
    ),
  });
  it.each([
    ["高标准农田建设（萧山区）", [{ name: "新建高标准农田", unit: "亩" }], "亩均财政投入"],
    ["职业技能提升培训补贴", [{ name: "培训人数", unit: "人" }], "人均培训成本"],
    ["生活垃圾分类处理补贴", [{ name: "垃圾处理量", unit: "吨" }], "每吨生活垃圾处理成本"],
    // A field whose cost is per 场 does not fit a project counting 家次: its own count is used.
    ["镇（街）园区专职安监员队伍建设经费（海珠区）", [{ name: "巡查企业数", unit: "家次" }], "每家次成本"],
    // Fields whose costs are not another's (round 64): no 筛查 for 公卫, no 3000元/亩 for pest control, no
    // building cost for upkeep.
    ["基本公共卫生服务项目", [{ name: "高血压患者规范管理率", unit: "%" }], "人均基本公共卫生服务补助标准 ≥"],
    ["家庭医生签约服务", [{ name: "重点人群签约服务覆盖率", unit: "%" }], "每签约人年服务费"],
    ["农作物病虫害统防统治", [{ name: "统防统治面积", unit: "万亩" }], "亩均防治成本 ≤30元/亩"],
    [
      "农作物病虫害统防统治",
      [
        { name: "统防统治面积", unit: "万亩" },
        { name: "挽回粮食损失", unit: "吨" },
      ],
      "亩均防治成本 ≤30元/亩",
      "开展农作物重大病虫害统防统治，减少粮食损失。",
    ],
    ["市政设施维护", [{ name: "人行道板维修面积", unit: "平方米" }], "每平方米人行道维修成本"],
    // Fields whose costs were another's (round 70): no 筛查 for 免疫规划, no building cost per 平方米 for a
    // 运动场 or for bridge inspection, no cost per 督导员 or per 保洁次 for 垃圾分类 or a river, no 补助 for a
    // service station.
    ["免疫规划及预防接种", [{ name: "接种人数", unit: "人" }], "每剂次接种服务成本"],
    ["全民健身工程", [{ name: "新建运动场", unit: "个" }], "每个运动场建设成本"],
    ["城市道路桥梁检测维护", [{ name: "桥梁检测面积", unit: "平方米" }], "每座桥梁检测费"],
    ["生活垃圾分类", [{ name: "督导员配备", unit: "名" }], "每吨生活垃圾处理成本"],
    ["河道日常管养", [{ name: "保洁频次", unit: "次" }], "每公里河道年管养成本"],
    ["退役军人服务站运行", [{ name: "服务退役军人", unit: "人" }], "每个站点年运行成本"],
    // A 全民健身 event is no 运动场.
    ["全民健身赛事活动", [{ name: "开展全民健身赛事", unit: "场次" }], "每场次成本"],
    // A platform built is costed by its main items, not by a year's upkeep per unit (round 84 #115); one
    // kept running is.
    ["“数字遵义”数据共享交换平台建设", [{ name: "建设数据共享交换平台", unit: "个" }], "软件开发费"],
    ["政务云平台运维服务", [{ name: "接入单位", unit: "个" }], "每个接入单位年运维成本"],
    // No field: a cost per what the outputs count, else words alone.
    ["某某项目", [{ name: "维修路段", unit: "公里" }], "每公里成本"],
    ["某某项目", [], "每人、每次、每公里的成本上限"],
  ])("%s → %s", (project, indicators, cost, goal = "") => {
    expect(projectExamples(view(project, indicators, goal)).cost.zh).toContain(cost);
  });
  it("takes no unit from a row that must stay at zero (round 84 #48)", () => {
    const v = view("某某项目", [{ name: "维修路段", unit: "公里" }]);
    v.indicators.unshift(makeRecord({ name: "重大传染病暴发流行", value: 0, unit: "起", target: "0起" }));
    expect(projectExamples(v).cost.zh).toContain("每公里成本");
    expect(projectExamples(v).cost.zh).not.toContain("每起");
    // Nor from a grade (抗震构造措施 8级).
    const graded = view("某某项目", [{ name: "抗震构造措施", unit: "级" }]);
    expect(projectExamples(graded).cost.zh).not.toContain("每级");
  });
  it("gives each field its own effect, not one accident figure for all", () => {
    expect(projectExamples(view("两癌筛查")).effect.zh).toContain("早诊早治率");
    expect(projectExamples(view("城乡居民养老保险")).effect.zh).toContain("参保率");
    expect(projectExamples(view("文旅消费券发放")).effect.zh).toContain("带动消费");
    expect(projectExamples(view("特种设备安全监管")).effect.zh).toContain("事故");
  });
});
