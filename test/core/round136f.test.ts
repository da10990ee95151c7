/**
 * Round 136: a 申报表 form's money line gives its project a budget (round 133 M4: 项目资金（万元）| 年度资金总额 |
 * 150, so that COST-BUDGET sees 购置成本 ≤150万元 as the whole budget); a word target in a 三级 cell of a table
 * with no target column is split off as a packed cell's is (round 132 G-left: 等保三级测评通过).
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { analyze } from "../../src/core/review/analysis";
import { grid } from "../support/grid";

/** 申报表: 项目名称, 主管部门, the money lines given, the goal, then 一级 | 二级 | 三级 | 指标值. */
const form = (project: string, money: CellValue[][], cost = "≤150万元"): CellValue[][] => [
  ["项目支出绩效目标申报表", null, null, null, null],
  ["项目名称", project, null, null, null],
  ["主管部门", "凤城市林业和草原局", "实施单位", "凤城市森林消防大队", null],
  ...money,
  ["年度总体目标", "购置风力灭火机60台，建设防火隔离带45公里。", null, null, null],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
  [null, "产出指标", "数量指标", "购置风力灭火机", "≥60台"],
  [null, null, "时效指标", "物资采购完成时间", "2024年3月底前"],
  [null, null, "成本指标", "购置成本", cost],
  [null, "效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"],
  [null, "满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"],
];

const budgetOf = (values: CellValue[][]) => parseGrid(grid(values)).projects.map((p) => p.budget);

describe("a form's money line is its project's budget", () => {
  it.each<[string, CellValue[][], number[]]>([
    [
      "项目资金（万元）| 年度资金总额 | 150",
      [["项目资金（万元）", "年度资金总额", 150, null, null]],
      [1500000],
    ],
    ["年度资金总额（万元）| 150", [["年度资金总额（万元）", 150, null, null, null]], [1500000]],
    ["资金总额 | 150万元", [["资金总额", "150万元", null, null, null]], [1500000]],
    ["申请金额（万元）| 150", [["申请金额（万元）", "150", null, null, null]], [1500000]],
    ["项目总金额 | 150 (no unit: both readings)", [["项目总金额", "150", null, null, null]], [150, 1500000]],
    [
      "年度资金总额 over 其中：财政拨款: the total, not the part",
      [
        ["项目资金（万元）", "年度资金总额：", null, "150", null],
        [null, "其中：财政拨款", null, "120", null],
        [null, "其他资金", null, "30", null],
      ],
      [1500000],
    ],
    [
      "资金来源（万元）| 合计",
      [
        ["资金来源（万元）", "合计", null, "150", null],
        [null, "财政拨款", null, "150", null],
      ],
      [1500000],
    ],
    [
      "中期资金总额 | 年度资金总额 over 资金总额 | 450 | 150: the year's",
      [
        ["项目资金（万元）", null, "中期资金总额", "年度资金总额", null],
        [null, "资金总额", "450", "150", null],
        [null, "其中：财政拨款", "450", "150", null],
      ],
      [1500000],
    ],
    ["项目名称 | … | 项目金额 | 150: beside the name", [], [1500000]],
  ])("%s", (_, money, budget) => {
    const values = form("凤城市森林防火能力建设", money);
    if (money.length === 0) values[1] = ["项目名称", "凤城市森林防火能力建设", null, "项目金额（万元）", 150];
    expect(budgetOf(values)).toEqual([budget]);
  });

  it.each<[string, CellValue[][]]>([
    ["其中：财政拨款 | 120 alone", [[null, "其中：财政拨款", 120, null, null]]],
    [
      "项目总投资 | 52000 (an investment, not the year's money)",
      [["资金情况（万元）", "项目总投资", 52000, null, null]],
    ],
    ["no sum written", [["项目资金（万元）", "年度资金总额", "", null, null]]],
  ])("%s → no budget", (_, money) => {
    expect(budgetOf(form("凤城市森林防火能力建设", money))).toEqual([undefined]);
  });

  it("each form of a stack has its own money, and a form that writes none has none", () => {
    const values = [
      ...form("凤城市森林防火能力建设", [["项目资金（万元）", "年度资金总额", 150, null, null]]),
      ...form("凤城市林业有害生物防治", [["项目资金（万元）", "年度资金总额", 86, null, null]]),
      ...form("凤城市护林员管护", []),
    ];
    expect(budgetOf(values)).toEqual([[1500000], [860000], undefined]);
  });

  it("COST-BUDGET: 购置成本 ≤150万元, the form's 年度资金总额, is the whole budget as the only cost", () => {
    const findings = (cost: string) => {
      const parse = parseGrid(
        grid(form("凤城市森林防火能力建设", [["项目资金（万元）", "年度资金总额", 150, null, null]], cost)),
      );
      return analyze([{ label: "t", parse, local: true }]).findings.filter((f) => f.code === "COST-BUDGET");
    };
    expect(findings("≤150万元").map((f) => f.cell)).toEqual(["E9"]);
    // A unit cost (每台 ≤2.5万元) is no budget restated.
    expect(findings("≤2.5万元/台")).toEqual([]);
  });
});

describe("a word target in a 三级 cell of a table with no target column", () => {
  const cells = (header: CellValue[], rows: CellValue[][]) =>
    parseGrid(grid([["项目名称", "某村人居环境整治", null, null], header, ...rows])).indicators.map((i) => [
      i.cell,
      i.name,
      i.target,
      i.kind,
    ]);
  const rows: CellValue[][] = [
    ["产出指标", "数量指标", "新建污水管网3.6公里", null],
    [null, "质量指标", "工程质量合格", null],
    [null, null, "等保三级测评通过", null],
    ["效益指标", "社会效益指标", "村容村貌明显改善", null],
    ["满意度指标", "服务对象满意度指标", "群众满意度≥90%", null],
  ];

  it.each([["三级指标"], ["指标内容"]])(
    "一级 | 二级 | %s: name and qualitative target, as a packed cell reads them",
    (h) => {
      expect(cells(["一级指标", "二级指标", h, null], rows)).toEqual([
        ["C3", "新建污水管网", "3.6公里", "quantitative"],
        ["C4", "工程质量", "合格", "qualitative"],
        ["C5", "等保三级测评", "通过", "qualitative"],
        ["C6", "村容村貌", "明显改善", "qualitative"],
        ["C7", "群众满意度", "≥90%", "quantitative"],
      ]);
    },
  );

  it("beside a 指标值 column left blank, the 三级 cell is a name only", () => {
    const blank = rows.map((row, i) => (i === 0 ? [row[0], row[1], "新建污水管网", "3.6公里"] : row));
    expect(cells(["一级指标", "二级指标", "三级指标", "指标值"], blank).slice(1, 4)).toEqual([
      ["D4", "工程质量合格", "", "empty"],
      ["D5", "等保三级测评通过", "", "empty"],
      ["D6", "村容村貌明显改善", "", "empty"],
    ]);
  });
});
