/**
 * Review probe round 137: satisfaction peers without the 100% targets; a 救助 standard capped; counts asked below the
 * goal's figure; a change on a count of wrongs with no 下降; a complaint rate under 满意度 with a high floor; a row
 * named 是; an unreachable 质量 target as no 质量; 免疫密度 with no unit; 0% under 正向; 举办运动会 100%.
 */
import type { CellValue } from "../../../src/core/grid";
import { rows, withRow, codes, findingsOf, gradeOf } from "./probeTables";

/** 张掖甘州's packed cells: one row a project, the goal, then the indicators by 一级. */
const packedSheet = (projects: [string, string, string][]): CellValue[][] => [
  ["序号", "项目名称", "绩效目标", "绩效指标"],
  ...projects.map(([name, goal, indicators], i) => [i + 1, name, goal, indicators]),
];

describe("round 137 false alarm 1: SATISFACTION-LOW weighs no project against 100% targets", () => {
  const sheet = (others: string[]) =>
    packedSheet([
      [
        "家庭医生签约服务经费",
        "为辖区居民提供家庭医生签约服务。",
        "产出指标：签约居民人数≥8万人；效益指标：重点人群签约率≥75%；满意度指标：签约居民满意度≥90%",
      ],
      ...others.map((sat, i): [string, string, string] => [
        `全民健身运动会经费${i + 1}`,
        "举办全民健身运动会。",
        `产出指标：参赛人数≥800人；效益指标：健身人口比例≥40%；满意度指标：群众满意度${sat}`,
      ]),
    ]);

  it("90% beside peers that wrote 100% → no SATISFACTION-LOW, and never a fix of ≥100%", () => {
    const f = codes(sheet(["100%", "100%", "100%"]), "SATISFACTION-LOW");
    expect(f).toEqual([]);
  });

  it("80% beside peers that wrote 95% → still SATISFACTION-LOW, the fix below 100%", () => {
    const low = codes(
      packedSheet([
        [
          "家庭医生签约服务经费",
          "为辖区居民提供家庭医生签约服务。",
          "产出指标：签约居民人数≥8万人；效益指标：重点人群签约率≥75%；满意度指标：签约居民满意度≥80%",
        ],
        ...[1, 2, 3].map((i): [string, string, string] => [
          `全民健身运动会经费${i}`,
          "举办全民健身运动会。",
          "产出指标：参赛人数≥800人；效益指标：健身人口比例≥40%；满意度指标：群众满意度≥95%",
        ]),
      ]),
      "SATISFACTION-LOW",
    );
    expect(low).toHaveLength(1);
    expect(low[0].fix?.zh).toContain("≥95%");
  });
});

describe("round 137 false alarm 3: a 救助 or 报销 standard is a maximum paid against costs", () => {
  const rehab = (name: string, target: string): CellValue[][] =>
    rows("残疾儿童康复救助项目", [
      ["产出指标", "数量指标", "救助残疾儿童人数", "≥350人"],
      ["产出指标", "成本指标", name, target],
      ["效益指标", "社会效益指标", "康复训练有效率", "≥80%"],
      ["满意度指标", "服务对象满意度指标", "残疾儿童家长满意度", "≥90%"],
    ]);

  it.each([
    ["人均救助标准", "≤1.2万元/人·年"],
    ["康复救助标准", "≤2.4万元/人·年"],
    ["住院医疗费用报销标准", "≤5万元/人·年"],
  ])("产出指标/成本指标 | %s %s → no DIRECTION", (name, target) => {
    expect(codes(rehab(name, target), "DIRECTION")).toEqual([]);
  });

  it("特别扶助标准 ≤700元/人·月 is still asked paid in full (round 100)", () => {
    expect(codes(rehab("特别扶助标准", "≤700元/人·月"), "DIRECTION")).toHaveLength(1);
  });

  it("低保救助标准 ≤700元/人·月 is still asked paid in full", () => {
    expect(codes(rehab("低保救助标准", "≤700元/人·月"), "DIRECTION")).toHaveLength(1);
  });
});

describe("round 137 miss 1: counts asked below the goal's figure", () => {
  const table = (project: string, goal: string, body: [string, string, string, string][]): CellValue[][] => [
    ["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
    ...body.map(([a, b, c, d], i) => [i === 0 ? project : null, i === 0 ? goal : null, a, b, c, d]),
  ];

  it.each([
    ["城市道路照明设施维护", "维护城区路灯1.8万盏，亮灯率98%以上。", "维护路灯数量", "≥1.5万盏", "1.8万盏"],
    ["职业技能提升培训补贴", "全年开展职业技能培训8000人次。", "补贴培训人数", "≥5000人次", "8000人次"],
    [
      "送戏下乡文化惠民工程",
      "全年送戏下乡120场，惠及群众5万人次。",
      "全年开展送戏下乡演出",
      "≥100场",
      "120场",
    ],
  ])("%s: %s → GOAL-FIGURE on %s", (project, goal, name, target, said) => {
    const f = codes(
      table(project, goal, [
        ["产出指标", "数量指标", name, target],
        ["产出指标", "质量指标", "验收合格率", "≥95%"],
        ["效益指标", "社会效益指标", "群众知晓率", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
      "GOAL-FIGURE",
    );
    expect(f).toHaveLength(1);
    expect(f[0].indicator).toBe(name);
    expect(f[0].message.zh).toContain(said);
  });

  it("a second count in the same unit leaves the loose match alone (培训人次 ≥8000, 补贴培训人数 ≥5000)", () => {
    const f = codes(
      table("职业技能提升培训补贴", "全年开展职业技能培训8000人次。", [
        ["产出指标", "数量指标", "职业技能培训人次", "≥8000人次"],
        ["产出指标", "数量指标", "补贴培训人数", "≥5000人次"],
        ["效益指标", "社会效益指标", "培训后就业率", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
      ]),
      "GOAL-FIGURE",
    );
    expect(f).toEqual([]);
  });

  it("a count sharing no word with the goal's clause stays unjudged (宣传资料 ≥5000份 vs 培训8000人次)", () => {
    expect(
      codes(
        table("职业技能提升培训补贴", "全年开展职业技能培训8000人次。", [
          ["产出指标", "数量指标", "发放宣传资料", "≥5000人次"],
          ["效益指标", "社会效益指标", "培训后就业率", "≥60%"],
          ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
        ]),
        "GOAL-FIGURE",
      ),
    ).toEqual([]);
  });
});

describe("round 137 miss 3: a change on a count of wrongs with no 下降", () => {
  const wages = (name: string, target: string) =>
    rows("根治欠薪专项行动经费", [
      ["产出指标", "数量指标", "检查用人单位户数", "≥600户"],
      ["效益指标", "社会效益指标", name, target],
      ["满意度指标", "服务对象满意度指标", "农民工满意度", "≥90%"],
    ]);

  it("欠薪案件发生数较上年 ≥10% → DIRECTION (warning) asking 较上年下降 ≥10%", () => {
    const f = codes(wages("欠薪案件发生数较上年", "≥10%"), "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].fix?.zh).toContain("欠薪案件发生数较上年下降 ≥10%");
  });

  it.each([
    ["欠薪案件发生数较上年", "下降≥10%"],
    ["欠薪案件办结数较上年", "≥10%"],
    ["查处违法案件数较上年", "≥10%"],
    ["农民工工资支付保障率较上年", "≥10%"],
  ])("%s %s → no DIRECTION", (name, target) => {
    expect(codes(wages(name, target), "DIRECTION")).toEqual([]);
  });
});

describe("round 137 bad fix: a complaint rate with a high floor under 满意度", () => {
  const grid = rows("违法建设治理经费", [
    ["产出指标", "数量指标", "拆除违法建设面积", "≥3万平方米"],
    ["效益指标", "社会效益指标", "新增违法建设", "零增长"],
    ["满意度指标", "服务对象满意度指标", "群众投诉率", "≥90%"],
  ]);

  it("群众投诉率 ≥90% → DIRECTION says satisfaction under the wrong name, never ≤90%", () => {
    const f = codes(grid, "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("满意度");
    expect(f[0].fix?.zh).toContain("群众满意度");
    expect(f[0].fix?.zh).not.toContain("≤90%");
  });

  it("市民投诉率 ≥5% under 效益 is still asked ≤5%", () => {
    const f = codes(withRow("12345热线", ["效益指标", "社会效益指标", "市民投诉率", "≥5%"]), "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("≤5%");
  });
});

describe("round 137 wording: 社会效益：是", () => {
  const grid = packedSheet([
    [
      "全民健身运动会经费",
      "举办全民健身运动会。",
      "产出指标：参赛人数≥800人；效益指标：全民健身意识是否提升：是；社会效益指标：是；满意度指标：服务对象满意度指标：群众满意度≥90%",
    ],
  ]);

  it("the row named 是 → NAME-MISSING (error, as the EMPTY-TARGET it replaces), no EMPTY-TARGET on 是", () => {
    const all = findingsOf(grid);
    expect(all.filter((x) => x.code === "EMPTY-TARGET" && x.indicator === "是")).toEqual([]);
    const f = all.filter((x) => x.code === "NAME-MISSING");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].message.zh).toContain("不可衡量");
  });
});

describe("round 137 grade: an unreachable 质量 target is no 质量", () => {
  const sheet = (quality: string) =>
    packedSheet([
      [
        "残疾人辅助器具适配",
        "为残疾人适配辅助器具。",
        `产出指标：数量指标：适配辅助器具800件；质量指标：${quality}。效益指标：残疾人生活质量改善。满意度指标：满意度100%`,
      ],
    ]);

  it("辅具适配率 ≥100% as the only 质量, no 时效, 满意度 100% → 差", () => {
    expect(gradeOf(sheet("辅具适配率≥100%")).grade).toBe("差");
  });

  it("辅具适配率 ≥95% as the 质量 → not 差 by that cap", () => {
    expect(gradeOf(sheet("辅具适配率≥95%")).grade).not.toBe("差");
  });
});

describe("round 137 minor misses", () => {
  it("免疫密度 ≥90 with no unit → NO-UNIT", () => {
    expect(
      codes(withRow("动物疫病防控经费", ["产出指标", "质量指标", "免疫密度", "≥90"]), "NO-UNIT"),
    ).toHaveLength(1);
  });

  it("桥梁安全事故发生率 0% marked 正向 → DIRECTION (warning) on the column", () => {
    const grid: CellValue[][] = [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
      ["危桥改造项目", "产出指标", "数量指标", "改造危桥数量", "正向", "≥6", "座"],
      [null, "产出指标", "质量指标", "工程验收合格率", "正向", "100", "%"],
      [null, "效益指标", "社会效益指标", "桥梁安全事故发生率", "正向", "0", "%"],
      [null, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "正向", "≥90", "%"],
    ];
    const f = codes(grid, "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.zh).toContain("正向");
  });

  it("举办运动会 100% → UNIT-MISMATCH; 活动覆盖率 100% stays", () => {
    expect(
      codes(withRow("全民健身运动会经费", ["产出指标", "数量指标", "举办运动会", "100%"]), "UNIT-MISMATCH"),
    ).toHaveLength(1);
    expect(
      codes(
        withRow("全民健身运动会经费", ["产出指标", "质量指标", "举办活动覆盖率", "100%"]),
        "UNIT-MISMATCH",
      ),
    ).toEqual([]);
  });
});
