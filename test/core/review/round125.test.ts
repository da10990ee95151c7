/**
 * Review probe round 125: lower-better concentrations and disaster rates, an offence counted with its act and
 * object, an item's cost beside a known budget, better fixes (a deadline for 完成时间, no …及时性及时率, no =100% on
 * a population's level, a sector's own work for 护林员, measures for 森林生态系统 and 耕地地力).
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { review } from "../../../src/core/review/review";
import { gradeOfGrid } from "./ruleTester";

const findingsOf = (grid: CellValue[][]) =>
  review(parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid }));

/** One project in rows (项目名称 | 一级 | 二级 | 三级 | 指标值). */
const rows = (name: string, body: [string, string, string, string][]): CellValue[][] => [
  ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ...body.map(([a, b, c, d], i) => [i === 0 ? name : null, a, b, c, d]),
];

describe("round 125 misses 1–3: the direction of a concentration, a disaster rate and an offence", () => {
  it.each([
    ["生态效益指标", "PM2.5年均浓度", "≥25微克/立方米", "≤25微克/立方米"],
    ["生态效益指标", "PM10年均浓度", "≥60微克/立方米", "≤60微克/立方米"],
    ["生态效益指标", "二氧化硫排放量", "≥120吨", "≤120吨"],
    ["质量指标", "林业有害生物成灾率", "≥3.5‰", "≤3.5‰"],
  ])("%s | %s | %s → DIRECTION (error)", (level2, name, target, fix) => {
    const f = findingsOf(
      rows("大气污染防治专项", [
        ["产出指标", "数量指标", "在线监测点位", "≥150个"],
        [level2 === "质量指标" ? "产出指标" : "效益指标", level2, name, target],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"],
      ]),
    ).filter((x) => x.code === "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].fix?.zh).toContain(fix);
  });

  it.each([
    ["空气负氧离子浓度", "≥1000个/立方厘米"],
    ["PM2.5年均浓度", "≤35微克/立方米"],
    ["主要污染物排放量削减率", "≥5%"],
    ["受灾群众救助率", "≥95%"],
  ])("%s | %s → no DIRECTION", (name, target) => {
    const f = findingsOf(
      rows("生态环境保护", [
        ["产出指标", "数量指标", "在线监测点位", "≥150个"],
        ["效益指标", "生态效益指标", name, target],
      ]),
    ).filter((x) => x.code === "DIRECTION");
    expect(f).toEqual([]);
  });

  const withDirection = (name: string): CellValue[][] => [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质", "指标方向"],
    ["农机购置补贴", "产出指标", "数量指标", "补贴机具数量", 4200, "台", "定量", "≥"],
    [null, "效益指标", "社会效益指标", name, 0, "件", "定量", "≥"],
    [null, "满意度指标", "服务对象满意度指标", "购机户满意度", 90, "%", "定量", "≥"],
  ];

  it("违规套取补贴资金案件数 0 with 指标方向 ≥ → DIRECTION (error), none asked", () => {
    const f = findingsOf(withDirection("违规套取补贴资金案件数")).filter((x) => x.code === "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].fix?.zh).toContain("违规套取补贴资金案件 0件");
  });

  it.each(["违法行为查处案件数", "违章建筑拆除案件数", "查处违规套取补贴资金案件数"])(
    "%s counts the work done on offences → no DIRECTION",
    (name) => {
      const f = findingsOf(withDirection(name)).filter((x) => x.code === "DIRECTION");
      expect(f).toEqual([]);
    },
  );
});

describe("round 125 false alarm 1: an item's cost well under the known budget", () => {
  const packedBudget = (cost: string): CellValue[][] => [
    ["序号", "主管部门", "预算单位", "项目名称", "预算金额（万元）", "年度绩效目标", "绩效指标"],
    [
      1,
      "某市卫健委",
      "某市疾控中心",
      "免疫规划疫苗接种管理经费",
      186.5,
      "完成适龄儿童免疫规划疫苗接种，接种率保持在90%以上。",
      `1、产出指标：（1）数量指标：冷链设备巡检县区数，7个。（2）质量指标：接种率，≥90%。（3）时效指标：2024年12月底前完成。（4）成本指标：${cost}。2、效益指标：麻疹发病率，≤1/10万。3、满意度指标：家长满意度，≥90%。`,
    ],
  ];

  it("冷链巡检经费 ≤12万元 beside 186.5万元 → no COST-BUDGET", () => {
    const f = findingsOf(packedBudget("冷链巡检经费，≤12万元")).filter((x) => x.code === "COST-BUDGET");
    expect(f).toEqual([]);
  });

  it.each(["项目总经费，≤186.5万元", "冷链巡检经费，≤180万元", "项目资金，≤60万元"])(
    "%s → COST-BUDGET stays",
    (cost) => {
      const f = findingsOf(packedBudget(cost)).filter((x) => x.code === "COST-BUDGET");
      expect(f).toHaveLength(1);
    },
  );
});

describe("round 125 wording 1–2: a time wants a date, a timeliness its rate on plan", () => {
  it.each([
    ["时效指标", "培训完成时间", "X月底前完成全部培训", "及时率"],
    ["时效指标", "培训完成及时性", "培训按期完成率 ≥95%", "及时性及时率"],
    ["时效指标", "资金发放及时性", "资金按期发放率 ≥95%", "及时性及时率"],
    ["时效指标", "资金拨付时间", "X月底前资金拨付完毕", "及时率"],
  ])("%s | %s | 及时 → “%s”", (level2, name, example, never) => {
    const f = findingsOf(
      rows("基层卫生人才培训项目", [
        ["产出指标", "数量指标", "培训人数", "≥300人"],
        ["产出指标", level2, name, "及时"],
        ["效益指标", "社会效益指标", "参训人员考核合格率", "≥90%"],
      ]),
    ).filter((x) => x.code === "VAGUE" && x.indicator === name);
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain(example);
    expect(f[0].fix?.zh).not.toContain(never);
  });

  it("危桥处置 | 及时 keeps its rate of timeliness", () => {
    const f = findingsOf(
      rows("危桥改造", [
        ["产出指标", "数量指标", "改造危桥", "≥5座"],
        ["产出指标", "时效指标", "危桥处置", "及时"],
      ]),
    ).filter((x) => x.code === "VAGUE" && x.indicator === "危桥处置");
    expect(f[0].fix?.zh).toContain("危桥处置及时率 ≥95%");
  });
});

describe("round 125 wording 3 and judgement 1: RATE-100-GE's fix and weight", () => {
  const packed = (name: string, goal: string, text: string): CellValue[][] => [
    ["项目名称", "绩效目标", "绩效指标"],
    [name, goal, text],
  ];

  it("居民健康素养水平 ≥100% → a reachable figure from last year's, never =100%", () => {
    const f = findingsOf(
      packed(
        "卫生健康宣传经费",
        "开展宣传20场。",
        "1、产出指标：宣传活动场次，≥20场；2、效益指标：居民健康素养水平，≥100%；3、满意度指标：群众满意度，≥90%。",
      ),
    ).filter((x) => x.code === "RATE-100-GE");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].fix?.zh).toContain("上年值");
    expect(f[0].fix?.zh).not.toContain("=100%");
  });

  it("发放准确率 ≥100% is still offered =100%", () => {
    const f = findingsOf(
      packed(
        "补贴发放",
        "发放补贴1200户。",
        "产出指标：发放户数，≥1200户；发放准确率，≥100%。效益指标：受益户数，≥1200户。",
      ),
    ).filter((x) => x.code === "RATE-100-GE");
    expect(f[0].fix?.zh).toContain("=100%");
  });

  const withDirection = (name: string, direction: string, value: CellValue): CellValue[][] => [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"],
    ["食品安全抽检监测", "产出指标", "数量指标", "抽检批次", "≥", "12000", "批次"],
    [null, null, "质量指标", name, direction, value, "%"],
    [null, "满意度指标", "服务对象满意度指标", "公众满意度", "≥", "85", "%"],
  ];

  it("抽检任务完成率 | ≥ | 100 | % from the 指标方向 column → info", () => {
    const f = findingsOf(withDirection("抽检任务完成率", "≥", "100")).filter((x) => x.code === "RATE-100-GE");
    expect(f.map((x) => x.severity)).toEqual(["info"]);
  });

  it.each([
    ["检测结果准确率", "≥", "100"],
    ["抽检任务完成率", "", "≥100"],
  ])("%s | %s | %s stays a warning", (name, direction, value) => {
    const f = findingsOf(withDirection(name, direction, value)).filter((x) => x.code === "RATE-100-GE");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
  });
});

describe("round 125 wording 4–6: the sector's own measures", () => {
  it("聘用专职护林员 → patrols, and the project's own count named", () => {
    const f = findingsOf(
      rows("林业有害生物防治", [
        ["产出指标", "数量指标", "聘用专职护林员", "≥120人"],
        ["产出指标", "数量指标", "防火巡护里程", "≥15万公里"],
        ["效益指标", "生态效益指标", "森林覆盖率", "≥68%"],
      ]),
    ).filter((x) => x.code === "CATEGORY-MISMATCH" && x.indicator === "聘用专职护林员");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("巡护天数");
    expect(f[0].fix?.zh).toContain("本项目已有“防火巡护里程");
    expect(f[0].fix?.zh).not.toContain("保洁面积");
  });

  it.each([
    ["森林生态系统", "更加稳定", "林业有害生物成灾率", "波动不超过"],
    ["耕地地力", "稳步提升", "耕地质量平均等级提高 ≥0.1等", "较上年提高 ≥5%"],
    ["耕地地力", "保持稳定", "耕地质量平均等级不低于上年", "波动不超过"],
  ])("%s | %s → “%s”", (name, target, example, never) => {
    const f = findingsOf(
      rows("高标准农田建设", [
        ["产出指标", "数量指标", "建设高标准农田", "≥2万亩"],
        ["效益指标", "生态效益指标", name, target],
      ]),
    ).filter((x) => x.code === "VAGUE" && x.indicator === name);
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain(example);
    expect(f[0].fix?.zh).not.toContain(never);
  });
});

describe("round 125 miss 6: the work itself filed as an effect", () => {
  it.each([
    ["培训农民", "≥1万人次"],
    ["举办科普讲座", "≥20场"],
  ])("%s | %s under 社会效益 → CATEGORY-MISMATCH", (name, target) => {
    const f = findingsOf(
      rows("科技特派员工作经费", [
        ["产出指标", "数量指标", "选派科技特派员", "≥500人"],
        ["效益指标", "社会效益指标", name, target],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
      ]),
    ).filter((x) => x.code === "CATEGORY-MISMATCH" && x.indicator === name);
    expect(f).toHaveLength(1);
  });

  it.each([
    ["培训后就业人数", "≥300人次"],
    ["带动农民增收", "≥500万元"],
    ["开展技术服务后亩均增收", "≥200元"],
  ])("%s | %s stays an effect", (name, target) => {
    const f = findingsOf(
      rows("科技特派员工作经费", [
        ["产出指标", "数量指标", "选派科技特派员", "≥500人"],
        ["效益指标", "社会效益指标", name, target],
      ]),
    ).filter((x) => x.code === "CATEGORY-MISMATCH" && x.indicator === name);
    expect(f).toEqual([]);
  });
});

describe("round 125 miss 4: a goal and an indicator a digit apart (GOAL-FIGURE)", () => {
  const table = (goal: string, text: string): CellValue[][] => [
    ["单位名称", "项目名称", "预算数（万元）", "项目绩效目标", "绩效指标"],
    ["某区残联", "残疾人就业培训", 80, goal, text],
  ];

  it("目标 300名 beside 培训残疾人人数 ≥3000人次 → a warning", () => {
    const f = findingsOf(
      table(
        "全年组织300名残疾人参加职业技能培训，促进就业。",
        "1、产出指标：培训残疾人人数，≥3000人次；培训合格率，≥90%。2、效益指标：培训后就业率，≥30%。3、满意度指标：参训残疾人满意度，≥90%。",
      ),
    ).filter((x) => x.code === "GOAL-FIGURE");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.zh).toContain("目标写300名");
    expect(f[0].message.zh).toContain("≥3000人次");
  });

  it.each([
    ["全年组织300名残疾人参加职业技能培训，共900人次。", "培训残疾人人数，≥900人次"],
    ["全年组织300名残疾人参加职业技能培训。", "培训残疾人人数，≥300人"],
    ["全年组织300名残疾人参加职业技能培训。", "每千人拥有残疾人培训师资，≥2人"],
    ["惠及群众3万人，组织300名残疾人参加培训。", "培训残疾人人数，≥300人"],
    ["安排资金80万元，培训残疾人300名。", "培训残疾人经费，≤800万元"],
  ])("%s | %s → nothing", (goal, item) => {
    const f = findingsOf(table(goal, `1、产出指标：${item}。2、效益指标：培训后就业率，≥30%。`)).filter(
      (x) => x.code === "GOAL-FIGURE",
    );
    expect(f).toEqual([]);
  });
});

describe("round 125 miss 5: a training project's satisfaction asked of the public (SATISFACTION-SUBJECT)", () => {
  const table = (name: string, satisfaction: string): CellValue[][] => [
    ["单位名称", "项目名称", "预算数（万元）", "项目绩效目标", "绩效指标"],
    [
      "某镇政府",
      name,
      8,
      "组织镇村干部培训300人次。",
      `产出指标：培训人次，≥300人次；培训合格率，≥95%；完成时间，2024年10月底前。效益指标：参训干部考核合格率，≥95%。满意度指标：${satisfaction}。`,
    ],
  ];

  it("镇村干部培训经费 | 群众满意度 → an info asking the trainees", () => {
    const f = findingsOf(table("镇村干部培训经费", "群众满意度，≥95%")).filter(
      (x) => x.code === "SATISFACTION-SUBJECT",
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("info");
    expect(f[0].fix?.zh).toContain("参训人员");
  });

  it.each([
    ["镇村干部培训经费", "参训干部满意度，≥95%"],
    ["应急救护培训", "群众满意度，≥95%"],
    ["农民技能培训", "群众满意度，≥95%"],
    ["镇村道路养护", "群众满意度，≥95%"],
  ])("%s | %s → nothing", (name, satisfaction) => {
    const f = findingsOf(table(name, satisfaction)).filter((x) => x.code === "SATISFACTION-SUBJECT");
    expect(f).toEqual([]);
  });
});

describe("round 125 miss 8: two unreachable targets and outputs with neither 质量 nor 时效 are 差", () => {
  const table = (text: string): CellValue[][] => [
    ["序号", "主管部门", "预算单位", "项目名称", "预算金额（万元）", "年度绩效目标", "绩效指标"],
    [1, "某市卫健委", "某市卫健委", "卫生健康宣传经费", 20, "开展宣传20场。", text],
  ];

  it("居民健康素养水平 ≥100% and 群众满意度 100%, no 质量/时效 → 差", () => {
    const g = gradeOfGrid(
      table(
        "1、产出指标：宣传活动场次，≥20场；2、效益指标：居民健康素养水平，≥100%；3、满意度指标：群众满意度，100%。",
      ),
    );
    expect(g.grade).toBe("差");
  });

  it.each([
    // one unreachable target only
    "1、产出指标：宣传活动场次，≥20场；2、效益指标：居民健康素养水平，≥100%；3、满意度指标：群众满意度，≥90%。",
    // both, but the outputs have 质量 and 时效
    "1、产出指标：宣传活动场次，≥20场；宣传资料发放准确率，≥95%；2024年12月底前完成。2、效益指标：居民健康素养水平，≥100%；3、满意度指标：群众满意度，100%。",
  ])("%s → not 差", (text) => {
    expect(gradeOfGrid(table(text)).grade).not.toBe("差");
  });
});

describe("round 119 miss 3c: the only satisfaction filed as a social effect is none for the grade", () => {
  it("12345热线 | 社会效益指标 | 群众诉求办结满意率 → 中 at best", () => {
    const g = gradeOfGrid(
      rows("12345便民服务热线运营", [
        ["产出指标", "数量指标", "受理群众诉求", "≥30万件"],
        ["产出指标", "质量指标", "诉求办结率", "≥95%"],
        ["产出指标", "时效指标", "诉求按时办结率", "≥95%"],
        ["效益指标", "社会效益指标", "群众诉求办结满意率", "≥90%"],
      ]),
    );
    expect(g.grade).toBe("中");
  });

  it("满意度 printed inside the 效益 block (2015 tables) is no such filing", () => {
    const g = gradeOfGrid(
      rows("12345便民服务热线运营", [
        ["产出指标", "数量指标", "受理群众诉求", "≥30万件"],
        ["产出指标", "质量指标", "诉求办结率", "≥95%"],
        ["产出指标", "时效指标", "诉求按时办结率", "≥95%"],
        ["效益指标", "社会效益指标", "诉求化解率", "≥90%"],
        ["效益指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    );
    expect(g.grade).not.toBe("中");
  });
});
