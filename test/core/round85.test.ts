/**
 * Round 85 (layouts, levels and districts): 绩效指标 merged over its category columns in a two-row header,
 * 满意度指标 among a cell's 二级 labels with the items numbered through the cell, and a prefecture-run
 * bureau's branch (台州市生态环境局黄岩分局) in a table whose title or other rows name its district.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** Each indicator's cell, 一级, 二级 (written) and name. */
const levels = (r: ReturnType<typeof parseGrid>) =>
  r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name]);

describe("绩效指标 merged over 产出指标 | 效益指标及满意度指标 (a two-row header)", () => {
  const split = (lower: (string | null)[], cells: string[]) =>
    parseGrid(
      grid([
        ["某市旅游和文化广电体育局2025年度项目支出绩效目标表", null, null, null, null],
        ["项目名称", "资金总额(万元)", "年度目标", "绩效指标", null, null],
        lower,
        ["公共文化场馆免费开放", 420, "保障全市公共文化场馆免费开放。", ...cells],
        ["全民健身赛事活动", 260, "举办全民健身赛事30场以上。", ...cells],
      ]),
    );

  it("reads each column under its category, with no project for the row of categories", () => {
    const r = split(
      [null, null, null, "产出指标", "效益指标及满意度指标"],
      [
        "数量指标：免费开放场馆≥18个\n质量指标：免费开放达标率100%",
        "社会效益指标：年服务人次≥80万人次\n满意度指标：群众满意度≥90%",
      ],
    );
    expect(r.projects.map((p) => [p.row, p.project])).toEqual([
      [4, "公共文化场馆免费开放"],
      [5, "全民健身赛事活动"],
    ]);
    expect(levels(r).slice(0, 4)).toEqual([
      ["D4", "产出指标", "数量指标", "免费开放场馆"],
      ["D4", "产出指标", "质量指标", "免费开放达标率"],
      // The labels inside the combined column's cell say which category each item is.
      ["E4", "效益指标", "社会效益指标", "年服务人次"],
      ["E4", "满意度指标", "服务对象满意度指标", "群众满意度"],
    ]);
    expect(r.indicators).toHaveLength(8);
    expect(r.tables[0].categoryColumns?.map((c) => c.column)).toEqual(["D", "E"]);
  });

  it("reads three category columns under it, as a one-row header names them", () => {
    const r = split(
      [null, null, null, "产出指标", "效益指标", "满意度指标"],
      ["开展活动≥12场", "服务人次≥8万人次", "群众满意度≥90%"],
    );
    expect(r.projects).toHaveLength(2);
    expect(r.indicators.slice(0, 3).map((i) => [i.cell, i.level1])).toEqual([
      ["D4", "产出指标"],
      ["E4", "效益指标"],
      ["F4", "满意度指标"],
    ]);
  });

  it("goes on over a page break that repeats both header rows", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "年度目标", "绩效指标", null],
        [null, null, "产出指标", "效益指标"],
        ["A项目", "目标", "开展活动≥12场", "服务人次≥8万人次"],
        ["项目名称", "年度目标", "绩效指标", null],
        [null, null, "产出指标", "效益指标"],
        ["B项目", "目标", "开展活动≥10场", "服务人次≥6万人次"],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["A项目", "B项目"]);
    expect(r.indicators.map((i) => [i.cell, i.level1])).toEqual([
      ["C3", "产出指标"],
      ["D3", "效益指标"],
      ["C6", "产出指标"],
      ["D6", "效益指标"],
    ]);
  });
});

describe("满意度指标 among a cell's 二级 labels, the items numbered through the cell", () => {
  const cell = (text: string) =>
    parseGrid(
      grid([
        ["项目名称", "主管部门", "绩效目标", "绩效指标"],
        ["养老服务补贴", "某区民政局", "目标", text],
      ]),
    );

  it("reads its 二级 as written, as without the numbers", () => {
    for (const text of [
      "数量指标：1.服务老人120人；2.服务次数≥2000次\n满意度指标：3.老人满意度≥90%",
      "数量指标：1.服务老人120人\n社会效益指标：2.老人生活质量明显提高\n满意度指标：3.老人满意度≥90%",
      "数量指标：服务老人120人；服务次数≥2000次\n满意度指标：老人满意度≥90%",
    ]) {
      const sat = cell(text).indicators.at(-1);
      expect([sat?.level1, sat?.level2, sat?.level2Inferred]).toEqual([
        "满意度指标",
        "服务对象满意度指标",
        null,
      ]);
    }
  });

  it("leaves it an 一级 (its 二级 inferred) where the cell writes its 一级", () => {
    for (const text of [
      "一、产出指标\n数量指标：1.服务老人120人\n二、满意度指标\n2.老人满意度≥90%",
      "产出指标：\n数量指标：1.服务老人120人\n满意度指标：\n2.老人满意度≥90%",
      "效益指标：1.老人生活质量明显提高\n满意度指标：2.老人满意度≥90%",
    ]) {
      const sat = cell(text).indicators.at(-1);
      expect([sat?.level1, sat?.level2, sat?.level2Inferred]).toEqual([
        "满意度指标",
        null,
        "服务对象满意度指标",
      ]);
    }
  });
});

describe("a prefecture-run bureau's branch (台州市生态环境局黄岩分局)", () => {
  const table = (title: string, ...departments: string[]) =>
    parseGrid(
      grid([
        [title, null, null, null],
        ["项目名称", "主管部门", "绩效目标", "绩效指标"],
        ...departments.map((d, k) => [`项目${k + 1}`, d, "目标", "数量指标：巡查≥240次"]),
      ]),
    );
  const districts = (r: ReturnType<typeof parseGrid>) => [
    r.projects.map((p) => p.district),
    r.indicators.map((i) => i.district),
  ];

  it("takes the district the title names", () => {
    expect(districts(table("台州市黄岩区2024年区级部门项目绩效目标表", "台州市生态环境局黄岩分局"))).toEqual([
      ["黄岩区"],
      ["黄岩区"],
    ]);
    expect(districts(table("宁波市余姚市2024年项目绩效目标表", "宁波市生态环境局余姚分局"))).toEqual([
      ["余姚市"],
      ["余姚市"],
    ]);
  });

  it("takes the district the other rows name", () => {
    expect(
      districts(table("2024年项目绩效目标表", "台州市生态环境局黄岩分局", "台州市黄岩区农业农村和水利局")),
    ).toEqual([
      ["黄岩区", "黄岩区"],
      ["黄岩区", "黄岩区"],
    ]);
  });

  it("keeps the bare name when nothing says which, or two names do", () => {
    expect(districts(table("台州市2024年项目绩效目标表", "台州市生态环境局黄岩分局"))).toEqual([
      ["黄岩"],
      ["黄岩"],
    ]);
    expect(
      districts(
        table("2024年项目绩效目标表", "台州市生态环境局黄岩分局", "台州市黄岩区教育局", "台州市黄岩县教育局"),
      ),
    ).toEqual([
      ["黄岩", "黄岩区", "黄岩县"],
      ["黄岩", "黄岩区", "黄岩县"],
    ]);
  });
});

describe("a column headed by two categories at once (效益指标及满意度指标)", () => {
  it("files an item with no label of its own by its name: satisfaction if it says 满意, else effect", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "产出指标", "效益指标及满意度指标"],
        [
          "A项目",
          "数量指标：开展活动≥12场",
          "服务人次≥8万人次\n群众满意度≥90%\n社会效益指标：受益群众明显增加",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
      ["开展活动", "产出指标", "数量指标"],
      ["服务人次", "效益指标", null],
      ["群众满意度", "满意度指标", null],
      ["受益群众", "效益指标", "社会效益指标"],
    ]);
  });

  it("leaves a column of one category as it was (满意度指标 over 服务人次 stays satisfaction)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "产出指标", "满意度指标"],
        ["A项目", "数量指标：开展活动≥12场", "服务对象满意度≥90%"],
      ]),
    );
    expect(r.indicators.map((i) => i.level1)).toEqual(["产出指标", "满意度指标"]);
  });
});
