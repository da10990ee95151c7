/**
 * Round 153 (b): rows tables' target columns and context — a 中期 table naming its target columns by their years
 * alone (2024年 | 2025年 | 2026年) and its title's project; a date without its year under 2024年指标值; a unit's
 * word a PDF wrapped in two (≥12万立⏎方米); a 乡镇/村 column; a unit's name alone over 项目名称：….
 */
import { parseGrid } from "../../src/core/parse";
import { headerRole } from "../../src/core/table/headers";
import { grid } from "../support/grid";

/** cell, name, comparator, value, unit of each indicator. */
function records(rows: (string | number | null)[][]) {
  return parseGrid(grid(rows)).indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit]);
}

describe("a 中期 table naming its target columns by their years alone (焦作 南水北调)", () => {
  const sheet = (
    years: (string | number)[],
    title = "焦作市南水北调配套工程运行管护中期绩效目标表（2024-2026年）",
  ) => [
    [title, null, null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", ...years, "计量单位"],
    ["产出指标", "数量指标", "管护输水管线长度", 186, 186, 192, "公里"],
    [null, "质量指标", "供水保证率", "≥95", "≥96", "≥97", "%"],
    ["效益指标", "社会效益指标", "受益人口", 128, 132, 135, "万人"],
  ];

  it.each([
    ["2024年", ["2024年", "2025年", "2026年"]],
    ["2024年度", ["2024年度", "2025年度", "2026年度"]],
    ["2024 as a number", [2024, 2025, 2026]],
  ])("reads the first year's column (%s) and names the others", (_, years) => {
    const r = parseGrid(grid(sheet(years)));
    expect(r.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit])).toEqual([
      ["D3", "管护输水管线长度", "=", 186, "公里"],
      ["D4", "供水保证率", ">=", 95, "%"],
      ["D5", "受益人口", "=", 1280000, "人"],
    ]);
    const note = r.messages.map((m) => m.text.zh).find((t) => t.includes("多个指标值列")) ?? "";
    expect(note).toContain("D 列");
    expect(note).toContain("E 列");
    expect(note).toContain("F 列");
  });

  it("reads the title's year where it names one", () => {
    expect(records(sheet(["2024年", "2025年", "2026年"], "某县供水工程运行管护2025年度绩效目标表"))).toEqual([
      ["E3", "管护输水管线长度", "=", 186, "公里"],
      ["E4", "供水保证率", ">=", 96, "%"],
      ["E5", "受益人口", "=", 1320000, "人"],
    ]);
  });

  it("takes the project a 中期 title names, whatever its name's ending", () => {
    expect(parseGrid(grid(sheet(["2024年", "2025年", "2026年"]))).projects.map((p) => p.project)).toEqual([
      "焦作市南水北调配套工程运行管护",
    ]);
    expect(
      parseGrid(
        grid(sheet(["2025年", "2026年", "2027年"], "沁阳市农村饮水安全巩固提升项目中期绩效目标表")),
      ).projects.map((p) => p.project),
    ).toEqual(["沁阳市农村饮水安全巩固提升项目"]);
  });

  it("a 中期 title naming a unit, a department's plan or nothing names no project", () => {
    for (const title of ["焦作市水利局中期绩效目标表（2024-2026年）", "某县2024-2026年中期绩效目标表"])
      expect(parseGrid(grid(sheet(["2024年", "2025年", "2026年"], title))).projects[0].project).toBe("");
    // A department's plan is its whole spending, so named (round 158).
    const plan = parseGrid(grid(sheet(["2024年", "2025年", "2026年"], "焦作市水利局部门整体中期绩效目标表")));
    expect(plan.projects[0].project).toBe("部门整体支出");
  });

  it("one year alone as a bare number is no target column", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "2024", "计量单位"],
        ["产出指标", "数量指标", "管护输水管线长度", 186, "公里"],
      ]),
    );
    expect(r.indicators.map((i) => i.kind)).toEqual(["empty"]);
  });
});

describe("a date without its year under a header naming the year (克州 中期)", () => {
  it("takes the year from the target column's header", () => {
    const r = parseGrid(
      grid([
        ["克孜勒苏柯尔克孜自治州水利局", null, null, null, null, null],
        ["项目名称：克州山洪灾害防治非工程措施运行维护（2024—2026年）", null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "2024年指标值", "2025年指标值", "2026年指标值"],
        ["产出指标", "时效指标", "汛前维护完成时间", "5月31日前", "5月31日前", "5月31日前"],
        [null, null, "资金拨付时间", "12月底前", "12月底前", "12月底前"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.kind, i.date])).toEqual([
      ["D4", "date", "2024-05-31"],
      ["D5", "date", "2024-12-31"],
    ]);
  });

  it("the same under bare years", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "2025年", "2026年", "2027年"],
        ["产出指标", "时效指标", "工程完工时间", "10月底前", "11月底前", "11月底前"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.date])).toEqual([["D2", "2025-10-31"]]);
  });
});

describe("a unit's word wrapped in two by a PDF (阳江 渔港)", () => {
  const sheet = (targets: string[]) => [
    ["项目名称", "渔港维护", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...targets.map((t, k) => [k === 0 ? "产出指标" : null, k === 0 ? "数量指标" : null, `指标${k + 1}`, t]),
  ];

  it("joins the two halves when they make a unit the list knows", () => {
    expect(
      records(sheet(["≥12万立\n方米", "约35公\n顷", "≥2.5平方公\n里", "≥1200人\n次", "≥12万立方\n米"])).map(
        (r) => [r[2], r[3], r[4]],
      ),
    ).toEqual([
      [">=", 120000, "立方米"],
      ["=", 35, "公顷"],
      [">=", 2.5, "平方公里"],
      [">=", 1200, "人次"],
      [">=", 120000, "立方米"],
    ]);
  });

  it("keeps the cell as written, and a break before other words no unit's", () => {
    const r = parseGrid(grid(sheet(["≥12万立\n方米", "≥30个\n月度检查"])));
    expect(r.indicators[0].target).toBe("≥12万立\n方米");
    expect(r.indicators[1].unit).toBe("个");
  });
});

describe("a 乡镇/村 column (环县 村级项目)", () => {
  const sheet = (header: string) => [
    ["环县2024年村级项目绩效目标汇总", null, null],
    [header, "项目名称", "绩效指标"],
    ["曲子镇西沟村", "西沟村集体经济肉羊养殖项目", "产出：新建标准化羊舍2栋；满意度：群众满意度≥90%"],
    ["木钵镇马坊村", "马坊村道路硬化项目", "产出：硬化道路1.8公里；满意度：受益群众满意度95%以上"],
    ["环城镇城东社区", "城东社区人居环境整治", "产出：清理垃圾约200吨；满意度：90%"],
  ];

  it.each(["乡镇/村", "乡镇（村）", "镇村", "乡镇"])("reads the town as the district (%s)", (header) => {
    expect(parseGrid(grid(sheet(header))).projects.map((p) => p.district)).toEqual([
      "曲子镇",
      "木钵镇",
      "环城镇",
    ]);
  });
});

it("乡村 (a word, not a column of towns and villages) heads no district column", () => {
  expect(headerRole("乡村")).toBeNull();
  expect(headerRole("乡村名称")).toBeNull();
  expect(headerRole("乡/村")).toBe("district");
});

describe("a unit's name alone over a form (克州 水利局)", () => {
  it("is the budget unit of the form under it", () => {
    const r = parseGrid(
      grid([
        ["克孜勒苏柯尔克孜自治州水利局", null, null, null],
        ["项目名称：克州山洪灾害防治非工程措施运行维护", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维护自动雨量站", "≥86个"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["克州山洪灾害防治非工程措施运行维护", "克孜勒苏柯尔克孜自治州水利局"],
    ]);
  });

  it("is the budget unit of the table under it, at the top of the sheet", () => {
    const r = parseGrid(
      grid([
        ["乌恰县林业和草原局", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "管护公益林面积", "≥12万亩"],
      ]),
    );
    expect(r.projects.map((p) => p.budgetUnit)).toEqual(["乌恰县林业和草原局"]);
  });

  it("each form of a stack takes the unit over it", () => {
    const r = parseGrid(
      grid([
        ["阿合奇县水利局", null, null, null],
        ["项目名称：农村饮水工程维修养护", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维修管网长度", "≥15公里"],
        ["阿合奇县农业农村局", null, null, null],
        ["项目名称：高标准农田建设", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建设高标准农田", "≥1.2万亩"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["农村饮水工程维修养护", "阿合奇县水利局"],
      ["高标准农田建设", "阿合奇县农业农村局"],
    ]);
  });

  it("a town's name alone is no budget unit", () => {
    const r = parseGrid(
      grid([
        ["曲子镇", null, null, null],
        ["项目名称：村道硬化", null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "硬化道路", "≥1.8公里"],
      ]),
    );
    expect(r.projects[0].budgetUnit).toBe("");
  });
});
