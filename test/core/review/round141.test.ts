/**
 * Review probe round 141: a take-up rate said to rise in prose is an effect; a bare count below the goal's figure; a
 * goal's area against 补贴面积; 全年 as a 时效 target; no quantity among the outputs; one goal filed by two districts;
 * two counties' copied indicators; a date serial outside the budget year said once; a wrong-way effect counts for
 * nothing.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, findingsOf, gradeOf, rows, withGoal } from "./probeTables";

/** 常德's county prose: one cell of indicators with no category written. */
const prose = (name: string, goal: string, indicators: string): CellValue[][] => [
  ["项目名称", "绩效目标", "绩效指标"],
  [name, goal, indicators],
];

describe("round 141 false alarm: a take-up rate said to rise, in prose with no category, is an effect", () => {
  it.each([
    [
      "津市市公办幼儿园运转经费",
      "保障公办幼儿园12所正常运转，生均公用经费600元，幼儿入园率提高，家长满意度≥95%。",
    ],
    ["普法宣传经费", "开展普法宣传活动20场，群众法律知识知晓率提升，群众满意度≥90%。"],
  ])("%s → no COMPLETE-EFFECT; the rate stays VAGUE", (name, cell) => {
    const grid = prose(name, "保障全市公办幼儿园正常运转。", cell);
    expect(codes(grid, "COMPLETE-EFFECT")).toEqual([]);
    expect(codes(grid, "VAGUE").length).toBeGreaterThan(0);
  });

  it("a quality rate in the same prose (验收合格率) is still quality: COMPLETE-EFFECT stays", () => {
    const grid = prose("校舍维修", "完成校舍维修。", "维修校舍5000平方米，验收合格率提高，师生满意度≥90%。");
    expect(codes(grid, "COMPLETE-EFFECT")).toHaveLength(1);
  });
});

describe("round 141 miss 1: a bare count below the goal's figure is GOAL-FIGURE", () => {
  const sheet = (target: string) =>
    withGoal("瓯海区垃圾分类", "2024年新增垃圾分类示范小区40个。", [
      ["产出指标", "数量指标", "新增垃圾分类示范小区", target],
      ["产出指标", "时效指标", "完成时间", "2024年12月底前"],
      ["效益指标", "社会效益指标", "垃圾分类知晓率", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]);

  it.each(["30个", "≥30个"])("goal 40个, indicator %s → GOAL-FIGURE", (target) => {
    const f = codes(sheet(target), "GOAL-FIGURE");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("40个");
  });

  it("a packed cell's bare count (新增垃圾分类示范小区30个) → GOAL-FIGURE", () => {
    const grid = prose(
      "瓯海区生活垃圾分类示范小区建设",
      "2024年新增垃圾分类示范小区40个，提升居民垃圾分类意识。",
      "1、产出指标：数量指标：新增垃圾分类示范小区30个；时效指标：2024年12月底前完成。\n2、效益指标：垃圾分类知晓率≥90%。\n3、满意度指标：居民满意度≥90%。",
    );
    expect(codes(grid, "GOAL-FIGURE")).toHaveLength(1);
  });

  it("two bare counts that together make the goal's figure are its parts: no GOAL-FIGURE", () => {
    const grid = prose(
      "农村妇女两癌筛查",
      "完成农村适龄妇女两癌筛查1万人，提高早诊早治率。",
      "完成农村适龄妇女宫颈癌筛查5000人，乳腺癌筛查5000人，筛查任务12月底前完成，阳性病例随访率达到95%以上，群众满意度达到90%以上。",
    );
    expect(codes(grid, "GOAL-FIGURE")).toEqual([]);
  });

  it("the goal's figure met (40个) → none", () => {
    expect(codes(sheet("40个"), "GOAL-FIGURE")).toEqual([]);
  });
});

describe("round 141 miss 2: the goal's area, the project's only figure in 亩, against 补贴面积", () => {
  const sheet = (goal: string, name = "补贴面积") =>
    withGoal("界首市耕地地力保护补贴", goal, [
      ["产出指标", "数量指标", name, "≥120万亩"],
      ["产出指标", "时效指标", "发放时间", "2024年6月底前"],
      ["效益指标", "社会效益指标", "耕地地力等级", "≥0.1等"],
      ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ]);

  it.each(["对全市125万亩耕地发放耕地地力保护补贴，保护耕地地力。", "对全市125万亩耕地发放补贴。"])(
    "%s → GOAL-FIGURE",
    (goal) => {
      const f = codes(sheet(goal), "GOAL-FIGURE");
      expect(f).toHaveLength(1);
      expect(f[0].message.zh).toContain("125万亩");
    },
  );

  it("a goal's 亩 of something else (新建高标准农田5万亩) against 补贴面积 → none", () => {
    expect(codes(sheet("新建高标准农田125万亩，改善灌溉条件。", "病虫害防治面积"), "GOAL-FIGURE")).toEqual(
      [],
    );
  });
});

describe("round 141 miss 3: 全年 as a 时效 target", () => {
  it("时效指标:全年 with no name → NAME-MISSING (a hint, as no 时效 is), no second finding", () => {
    const grid = prose(
      "井冈山市红色旅游推广",
      "全年接待游客1800万人次。",
      "数量指标:接待游客人次≥1800万人次;质量指标:旅游服务质量投诉率≤1%;时效指标:全年;经济效益指标:旅游综合收入≥200亿元;满意度指标:游客满意度≥95%。",
    );
    const f = findingsOf(grid).filter((x) => x.code === "NAME-MISSING" || x.code === "DATE-UNCLEAR");
    expect(f.map((x) => [x.code, x.severity])).toEqual([["NAME-MISSING", "info"]]);
    expect(f[0].fix?.zh).toContain("及时率");
  });

  it("接种工作完成时间 | 全年 → DATE-UNCLEAR asking for 接种及时率", () => {
    const grid = rows("四会市免疫规划经费", [
      ["产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"],
      ["产出指标", "时效指标", "接种工作完成时间", "全年"],
      ["效益指标", "社会效益指标", "甲乙类传染病发病率", "≤200/10万"],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]);
    const f = codes(grid, "DATE-UNCLEAR");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("接种及时率");
  });

  it.each([
    ["免费开放", "全年"],
    ["完成时间", "2024年12月底前"],
  ])("%s | %s → no DATE-UNCLEAR", (name, target) => {
    const grid = rows("图书馆免费开放", [
      ["产出指标", "数量指标", "接待读者", "≥10万人次"],
      ["产出指标", "时效指标", name, target],
      ["效益指标", "社会效益指标", "读者到馆率", "较上年提高≥5%"],
      ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"],
    ]);
    expect(codes(grid, "DATE-UNCLEAR")).toEqual([]);
  });
});

describe("round 141 miss 4: no 数量 line states a figure", () => {
  const sheet = (count: string) =>
    prose(
      "村级河道保洁",
      "做好村级河道日常保洁。",
      `1、产出指标：${count}；河道保洁达标率100%。\n2、效益指标：河道水质达标率≥90%。\n3、满意度指标：群众满意度≥90%。`,
    );

  it("完成村级河道保洁：是 as the only 数量 → VAGUE at warning asking how many", () => {
    const f = codes(sheet("完成村级河道保洁：是"), "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].fix?.zh).toContain("公里");
  });

  it("beside a counted 数量 line (保洁河道120公里) the 是 stays a hint", () => {
    const f = codes(sheet("保洁村级河道120公里；完成村级河道保洁：是"), "VAGUE");
    expect(f.every((x) => x.severity === "info")).toBe(true);
  });
});

describe("round 141: one goal and one set of lines filed by two places", () => {
  const twoDistricts = (goal2: string): CellValue[][] => [
    ["区县", "项目名称", "绩效目标", "绩效指标"],
    [
      "瓯海区",
      "生活垃圾分类示范小区建设",
      "2024年新增垃圾分类示范小区40个，提升居民垃圾分类意识。",
      "新增垃圾分类示范小区30个；垃圾分类知晓率≥90%；居民满意度≥90%。",
    ],
    [
      "龙湾区",
      "生活垃圾分类示范小区建设",
      goal2,
      "新增垃圾分类示范小区12个；垃圾分类知晓率≥85%；居民满意度≥92%。",
    ],
  ];

  it("the same goal under one name in two districts → GOAL-COPY for each", () => {
    const f = codes(twoDistricts("2024年新增垃圾分类示范小区40个，提升居民垃圾分类意识。"), "GOAL-COPY");
    expect(f).toHaveLength(2);
    expect(f[0].message.zh).toContain("龙湾区");
  });

  it("goals of their own → none", () => {
    expect(codes(twoDistricts("2024年新增垃圾分类示范小区12个。"), "GOAL-COPY")).toEqual([]);
  });

  const counties = (unitColumn: boolean): CellValue[][] => {
    const body = (name: string) => [
      [name, "产出指标", "数量指标", "资助学生人数", "≥3200", "人"],
      [null, "产出指标", "时效指标", "资助资金发放及时率", "100", "%"],
      [null, "成本指标", "成本指标", "资助标准", "≥1000", "元/生·年"],
      [null, "效益指标", "社会效益指标", "因贫辍学学生人数", "0", "人"],
      [null, "满意度指标", "服务对象满意度指标", "满意度", "≥90", "%"],
    ];
    const all = [...body("汇川区家庭经济困难学生资助"), ...body("正安县家庭经济困难学生资助")];
    return unitColumn
      ? [["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"], ...all]
      : [
          ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
          ...all.map((r) => [...r.slice(0, 4), `${r[4]}${r[5]}`]),
        ];
  };

  it("two counties named at the start of the project name → INDICATOR-COPY of places, with the unit column's %", () => {
    const f = codes(counties(true), "INDICATOR-COPY");
    expect(f).toHaveLength(2);
    expect(f[0].message.zh).toContain("同一项目的“正安县”");
    expect(f[0].fix?.zh).not.toContain("合并申报");
  });

  it("the example keeps the % written in the 计量单位 column when the copy is no place's", () => {
    const grid = counties(true).map((r, i) => (i === 6 ? ["正安县困难学生生活补助", ...r.slice(1)] : r));
    const f = codes(grid, "INDICATOR-COPY");
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].message.zh).toContain("100%");
  });
});

describe("round 141: a date serial outside the budget year is said once", () => {
  const grid: CellValue[][] = [
    ["2024年项目支出绩效目标表"],
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["通川区2024年高标准农田建设项目", "产出指标", "数量指标", "建设高标准农田", "≥1.2万亩"],
    [null, "产出指标", "质量指标", "工程验收合格率", "100%"],
    [null, "产出指标", "时效指标", "完工时间", 45291],
    [null, "效益指标", "经济效益指标", "亩均粮食产能提高", "≥50公斤"],
    [null, "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
  ];

  it("45291 in a 2024 table → DATE-SERIAL naming the year, no DATE-PAST", () => {
    const f = findingsOf(grid);
    expect(f.filter((x) => x.code === "DATE-PAST")).toEqual([]);
    const serial = f.filter((x) => x.code === "DATE-SERIAL");
    expect(serial).toHaveLength(1);
    expect(serial[0].message.zh).toContain("早于预算年度 2024 年");
    expect(serial[0].fix?.zh).toContain("2024年12月31日前完成");
  });
});

describe("round 141 grades: an effect whose target points the wrong way counts for nothing", () => {
  const sheet = (effect: string) =>
    rows("四会市免疫规划经费", [
      ["产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"],
      ["产出指标", "质量指标", "疫苗冷链运转合格率", "≥98%"],
      ["产出指标", "时效指标", "接种信息录入及时率", "≥95%"],
      ["效益指标", "社会效益指标", "甲乙类传染病发病率", effect],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]);

  it("发病率 ≥2/10万 its only effect → 中 at best", () => {
    expect(gradeOf(sheet("≥200/10万")).grade).toBe("中");
  });

  it("发病率 ≤200/10万 → not capped", () => {
    expect(["优", "良"]).toContain(gradeOf(sheet("≤200/10万")).grade);
  });
});
