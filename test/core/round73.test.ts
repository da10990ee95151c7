/**
 * Probe round 73: forms and documents whose indicators are packed in a cell or pasted a line per row (a
 * key|value form with a packed 绩效指标 cell, a Word document pasted a paragraph per row, a row table with one
 * project packed into its goal), and how 满意度指标 and the numbering of an 一级 block are read there.
 */
import { parseGrid } from "../../src/core/parse";
import { type IndicatorRecord } from "../../src/core/record";
import { grid } from "../support/grid";

const levels = (i: IndicatorRecord) => [i.level1, i.level2, i.level2Inferred];

describe("a key|value form whose 绩效指标 cell packs the indicators (山东's 项目支出绩效目标表)", () => {
  const form = (indicators: string) =>
    parseGrid(
      grid([
        ["项目支出绩效目标表", null, null, null],
        ["（2024年度）", null, null, null],
        ["项目名称", "城乡居民医疗保险参保补助", null, null],
        ["主管部门", "临沭县医疗保障局", "实施单位", "临沭县医疗保险事业中心"],
        ["项目资金（万元）", "年度资金总额", "2650", null],
        ["年度绩效目标", "落实城乡居民医保财政补助政策，参保率稳定在95%以上。", null, null],
        ["绩效指标", indicators, null, null],
      ]),
    );

  it("carries the form's project, department, unit and district, as the same form over a row table does", () => {
    for (const cell of [
      "【产出指标-数量指标】\n指标1:参保人数(≥28.6万人)\n【满意度指标-服务对象满意度指标】\n指标1:参保群众满意度(≥85%)",
      "数量指标：参保人数≥28.6万人；质量指标：参保率≥95%",
    ]) {
      const r = form(cell);
      expect(r.projects).toHaveLength(1);
      expect(r.projects[0]).toMatchObject({
        project: "城乡居民医疗保险参保补助",
        department: "临沭县医疗保障局",
        budgetUnit: "临沭县医疗保险事业中心",
        district: "临沭县",
        goal: "落实城乡居民医保财政补助政策，参保率稳定在95%以上。",
        row: 3,
      });
      expect(r.indicators).toHaveLength(2);
      for (const i of r.indicators)
        expect(i).toMatchObject({
          project: "城乡居民医疗保险参保补助",
          department: "临沭县医疗保障局",
          cell: "B7",
        });
    }
  });

  it("reads the form's second packed cell under the same project", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "城乡居民医疗保险参保补助"],
        ["主管部门", "临沭县医疗保障局"],
        ["绩效指标", "数量指标：参保人数≥28.6万人"],
        [null, "满意度指标：参保群众满意度≥85%"],
      ]),
    );
    expect(r.projects).toHaveLength(1);
    expect(r.indicators.map((i) => [i.project, i.cell])).toEqual([
      ["城乡居民医疗保险参保补助", "B3"],
      ["城乡居民医疗保险参保补助", "B4"],
    ]);
  });

  it("still reads packed cells under a bare title as projects of their own", () => {
    const r = parseGrid(
      grid([
        ["某县2024年县级部门项目支出绩效目标表", null],
        [null, "数量指标：维修校舍≥1.8万平方米；质量指标：验收合格率100%"],
        [null, "数量指标：治理面积≥3.5平方公里；满意度指标：群众满意度≥90%"],
      ]),
    );
    expect(r.projects).toHaveLength(2);
  });
});

describe("a Word document pasted a paragraph per row (江西's 项目绩效目标)", () => {
  const doc = (lines: string[]) => parseGrid(grid(lines.map((l) => [l])));

  it("cuts two labels on one line into their two fields, whatever sets them apart", () => {
    for (const line of [
      "主管部门：于都县水利局    实施单位：于都县农村供水管理站",
      "主管部门：于都县水利局　实施单位：于都县农村供水管理站",
      "主管部门：于都县水利局；实施单位：于都县农村供水管理站",
    ]) {
      const r = doc([
        "项目名称：农村饮水安全巩固提升工程",
        line,
        "三、绩效指标",
        "（一）产出指标",
        "1.数量指标：新建改造供水管网≥45公里；",
      ]);
      expect(r.projects[0]).toMatchObject({
        project: "农村饮水安全巩固提升工程",
        department: "于都县水利局",
        budgetUnit: "于都县农村供水管理站",
      });
    }
  });

  it("reads a project line's other fields too", () => {
    const r = doc([
      "项目名称：农村饮水安全巩固提升工程    主管部门：于都县水利局",
      "（一）产出指标",
      "1.数量指标：新建管网≥45公里",
    ]);
    expect(r.projects[0]).toMatchObject({ project: "农村饮水安全巩固提升工程", department: "于都县水利局" });
  });

  it("reads the context lines above when 三、绩效指标 goes straight to 1.数量指标 (no 产出指标 line)", () => {
    const r = doc([
      "项目名称：农村饮水安全巩固提升工程",
      "主管部门：于都县水利局；实施单位：于都县农村供水管理站",
      "三、绩效指标",
      "1.数量指标：新建改造供水管网≥45公里；",
      "2.质量指标：工程验收合格率100%。",
    ]);
    expect(r.projects).toHaveLength(1);
    expect(r.projects[0]).toMatchObject({
      project: "农村饮水安全巩固提升工程",
      department: "于都县水利局",
      budgetUnit: "于都县农村供水管理站",
      district: "于都县",
      row: 1,
    });
    expect(r.indicators.map((i) => [i.project, i.name, i.level2])).toEqual([
      ["农村饮水安全巩固提升工程", "新建改造供水管网", "数量指标"],
      ["农村饮水安全巩固提升工程", "工程验收合格率", "质量指标"],
    ]);
  });

  it("reads no footer under the document's indicators (备注：…, 填表人：…) as one", () => {
    const r = doc([
      "项目名称：农村饮水安全巩固提升工程",
      "主管部门：于都县水利局",
      "1.数量指标：新建改造供水管网≥45公里；",
      "备注：资金已下达",
      "填表人：张三      联系电话：13800000000",
    ]);
    expect(r.indicators.map((i) => i.name)).toEqual(["新建改造供水管网"]);
  });

  it("reads 4.成本指标 after 1.数量 2.质量 3.时效 under （一）产出指标 as the 产出 block's 成本指标, as in one cell", () => {
    const lines = [
      "（一）产出指标",
      "1.数量指标：新建管网≥45公里；",
      "2.质量指标：工程验收合格率100%。",
      "3.时效指标：2024年10月底前完工。",
      "4.成本指标：工程总投资控制在860万元以内。",
      "（二）效益指标",
      "1.社会效益指标：受益人口≥2.3万人。",
    ];
    const rows = doc(lines).indicators.map(levels);
    expect(rows[3]).toEqual(["产出指标", "成本指标", null]);
    const cell = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["饮水工程", lines.join("\n")],
      ]),
    ).indicators.map(levels);
    expect(rows).toEqual(cell);
  });

  it("keeps the 一级 and the 二级 for a line with no label of its own under 1.数量指标：…；", () => {
    const r = doc([
      "（一）产出指标",
      "1.数量指标：新建改造供水管网≥45公里；",
      "            新建蓄水池 6座；",
      "            新建取水口 3处。",
      "2.质量指标：工程验收合格率100%，",
      "            水质检测合格率≥95%。",
    ]);
    expect(r.indicators.map((i) => [i.name, ...levels(i)])).toEqual([
      ["新建改造供水管网", "产出指标", "数量指标", null],
      ["新建蓄水池", "产出指标", "数量指标", null],
      ["新建取水口", "产出指标", "数量指标", null],
      ["工程验收合格率", "产出指标", "质量指标", null],
      ["水质检测合格率", "产出指标", "质量指标", null],
    ]);
  });

  it("ends a label's reach at a heading or a numbered line, and a 二级's label keeps its heading's 一级", () => {
    const r = doc([
      "（一）产出指标",
      "1.数量指标：新建管网≥45公里；",
      "（二）效益指标",
      "受益人口≥2.3万人。",
      "1.社会效益指标：农村自来水普及率达到92%。",
      "2.供水保证率≥95%。",
    ]);
    expect(r.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
      ["新建管网", "产出指标", "数量指标"],
      ["受益人口", "效益指标", null],
      ["农村自来水普及率", "效益指标", "社会效益指标"],
      ["供水保证率", "效益指标", null],
    ]);
  });
});

describe("a row table where one project packs its indicators into 项目目标 (云南's 项目支出绩效目标表)", () => {
  const header = ["项目名称", "项目目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值"];
  const packed =
    "数量指标：管护天然林面积≥86.5万亩；\n质量指标：管护责任落实率100%；\n时效指标：补助资金按季度拨付；\n效益指标：森林覆盖率≥ 68.2%；\n满意度指标：护林员满意度≥90%。";

  it("reads them from the goal's cell, the source cell of each", () => {
    const r = parseGrid(
      grid([
        ["2024年某县林业和草原局项目支出绩效目标表"],
        header,
        [
          "森林防火专项经费",
          "加强森林防火宣传和巡护。",
          "产出指标",
          "数量指标",
          "护林员巡护天数",
          "≥",
          "300天",
        ],
        [null, null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90%"],
        ["天然林保护管护经费", packed, null, null, null, null, null],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.goal])).toEqual([
      ["森林防火专项经费", "加强森林防火宣传和巡护。"],
      ["天然林保护管护经费", ""],
    ]);
    const own = r.indicators.filter((i) => i.project === "天然林保护管护经费");
    expect(own.map((i) => [i.cell, i.name, i.level1, i.comparator, i.value])).toEqual([
      ["B5", "管护天然林面积", "产出指标", ">=", 865000],
      ["B5", "管护责任落实率", "产出指标", "=", 100],
      ["B5", "补助资金", "产出指标", null, null],
      ["B5", "森林覆盖率", "效益指标", ">=", 68.2],
      ["B5", "护林员满意度", "满意度指标", ">=", 90],
    ]);
  });

  it("keeps the goal before the labels as the goal", () => {
    const r = parseGrid(
      grid([header, ["天然林保护管护经费", `加强天然林管护。${packed}`, null, null, null, null, null]]),
    );
    expect(r.projects[0].goal).toBe("加强天然林管护。");
    expect(r.indicators).toHaveLength(5);
  });

  it("does not read a goal that restates indicators written in the rows under it", () => {
    const r = parseGrid(
      grid([
        header,
        ["天然林保护管护经费", "数量指标：管护天然林面积≥86.5万亩", null, null, null, null, null],
        [null, null, "产出指标", "数量指标", "管护天然林面积", "≥", "86.5万亩"],
      ]),
    );
    expect(r.indicators.map((i) => i.cell)).toEqual(["G3"]);
  });
});

describe("满意度指标 written as a 二级 and the number of an 一级's block", () => {
  const packed = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "主管部门", "绩效指标"],
        ["农村改厕", "某县农业农村局", cell],
      ]),
    ).indicators;

  it("reads 满意度指标 announced as a 二级 (设1条满意度指标：) as written, with or without its number", () => {
    for (const cell of [
      "三、满意度指标：设 1条满意度指标：受益群众满意度≥90%。",
      "满意度指标：设1条满意度指标：受益群众满意度≥90%。",
      "设1条满意度指标：受益群众满意度≥90%。",
    ])
      expect(packed(cell).map(levels)).toEqual([["满意度指标", "服务对象满意度指标", null]]);
  });

  it("reads 满意度指标 in a 满意度指标 column as its 二级, as 数量指标 and 社会效益指标 are in the columns beside it", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "年度绩效目标", "产出指标", "效益指标", "满意度指标"],
        [
          "全民健身设施维护",
          "维护健身路径。",
          "1、数量指标：维护健身路径 320条",
          "1、社会效益指标：群众健身参与率≥45%",
          "1、满意度指标：健身群众满意度 ≥ 90%",
        ],
      ]),
    );
    expect(r.indicators.map(levels)).toEqual([
      ["产出指标", "数量指标", null],
      ["效益指标", "社会效益指标", null],
      ["满意度指标", "服务对象满意度指标", null],
    ]);
  });

  it("still reads 1、满意度指标：… among 一级 labels as the 一级 alone", () => {
    expect(
      packed("1、产出指标：培训人数，≥500人。2、满意度指标：参训人员满意度，≥90%。").map(levels),
    ).toEqual([
      ["产出指标", null, "数量指标"],
      ["满意度指标", null, "服务对象满意度指标"],
    ]);
  });

  it("gives no seq from the 一级's number (二、效益指标：设 1条社会效益指标：…)", () => {
    const r = packed(
      "一、产出指标：1.数量指标：设 2条数量指标：改造农村户厕数量≥1500户；建设公共厕所≥12座。二、效益指标：设 1条社会效益指标：农村人居环境，明显改善；设1条生态效益指标：粪污无害化处理率≥90%。三、满意度指标：设 1条满意度指标：受益群众满意度≥90%。",
    );
    expect(r.map((i) => [i.name, i.seq])).toEqual([
      ["改造农村户厕数量", 1],
      ["建设公共厕所", null],
      ["农村人居环境", null],
      ["粪污无害化处理率", null],
      ["受益群众满意度", null],
    ]);
    // 1、产出指标：… (an indicator's number before its 一级's label alone) keeps its seq, and so does a
    // 二级's label numbered so, 成本指标 among them too.
    expect(packed("1、产出指标：巡查企业数，不少于2万家次。").map((i) => i.seq)).toEqual([1]);
    expect(
      packed("一、数量指标：培训人数≥500人；二、质量指标：合格率≥95%；三、成本指标：人均成本≤300元").map(
        (i) => i.seq,
      ),
    ).toEqual([1, 2, 3]);
  });
});
