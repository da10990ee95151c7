/**
 * Round 151 (E): a transposed 分解表 (a row per county, a column per indicator) as 乐山市's 地质灾害防治 table
 * writes it. A county written short among the others (峨边 for 峨边彝族自治县) no longer ends the table — the
 * rows after it (马边县, 峨眉山市, 合计) were lost as rows under it —, nor does a row that names no place (a
 * 小计) while place rows follow; and a header in two rows (序号 | 县（市、区） | 资金（万元） | 产出指标 … over
 * the indicators' names) is read (was: 没有找到绩效目标表).
 */
import { compareDistricts } from "../../src/core/compare";
import type { CellValue } from "../../src/core/grid";
import type { ParseResult } from "../../src/core/record";
import { parseKept as parse } from "../support/parseKept";

const COUNTIES: CellValue[][] = [
  ["市中区", 12, 50, 20, 1.2, 300, 100, 90],
  ["沙湾区", 8, 80, 15, 0.8, 250, 100, 90],
  ["五通桥区", 6, 40, 12, 0.6, 200, 100, 90],
  ["金口河区", 5, 60, null, 0.3, 150, 95, 90],
  ["犍为县", 10, 70, 22, 1.5, 400, 100, 90],
  ["井研县", 4, 30, 10, 0.5, 120, 0.98, 90],
  ["夹江县", 7, 45, 14, 0.7, 220, 100, 90],
  ["沐川县", 9, 90, 18, 9000, 280, 100, 90],
  ["峨边", 15, 1200, 25, 1.1, 500, 100, 90],
  ["马边县", 14, 110, 24, 1.0, 480, 100, 90],
  ["峨眉山市", 11, 65, 20, "8000人", 320, 100, 90],
];

const leshan: CellValue[][] = [
  ["乐山市2024年地质灾害防治专项资金绩效目标分解表", null, null, null, null, null, null, null],
  [
    "县（市、区）",
    "隐患点治理数（处）",
    "搬迁避让户数（户）",
    "专业监测点（个）",
    "受威胁群众（万人）",
    "资金（万元）",
    "监测预警覆盖率（%）",
    "群众满意度（%）",
  ],
  ...COUNTIES,
  ["合计", 101, 760, 180, 9.4, 3220, null, null],
];

describe("a county written short among the counties (峨边 between 沐川县 and 马边县)", () => {
  let r: ParseResult;
  beforeAll(() => {
    r = parse(leshan);
  });

  it("is a county: the rows after it are read, and the 合计 row is every county's total", () => {
    expect(r.projects.map((p) => p.district)).toEqual([
      "市中区",
      "沙湾区",
      "五通桥区",
      "金口河区",
      "犍为县",
      "井研县",
      "夹江县",
      "沐川县",
      "峨边",
      "马边县",
      "峨眉山市",
    ]);
    expect(r.indicators.find((i) => i.name === "搬迁避让户数")?.rowTotal).toMatchObject({
      cell: "C14",
      value: 760,
      places: 11,
    });
    const zh = r.messages.map((m) => m.text.zh).join("");
    expect(zh).toContain("第 11 行“峨边”夹在各县（市、区）之间，按简称读作县（市、区）。");
    expect(zh).not.toContain("表格下方");
  });

  it("reads the cell's own unit over the bracket's (8000人 under 受威胁群众（万人）)", () => {
    const threatened = r.indicators.filter((i) => i.name === "受威胁群众");
    expect(threatened.map((i) => [i.district, i.value, i.unit]).slice(-3)).toEqual([
      ["峨边", 11000, "人"],
      ["马边县", 10000, "人"],
      ["峨眉山市", 8000, "人"],
    ]);
  });

  it("compares 峨边 as 峨边彝族自治县 and checks the totals against all eleven", () => {
    const result = compareDistricts([
      { label: "乐山市.xlsx", projects: r.projects, indicators: r.indicators },
    ]);
    expect(result.programs).toHaveLength(1);
    const p = result.programs[0];
    expect(p.districts).toHaveLength(11);
    expect(p.districts).toContain("峨边彝族自治县");
    const flags = p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF");
    expect(flags.map((f) => f.message.zh)).toEqual([
      expect.stringContaining("1200 → 120"),
      expect.stringContaining("9000 → 0.9"),
    ]);
  });
});

describe("short names first and last among the counties, and a row that names none", () => {
  const rows: CellValue[][] = [
    ["2024年白城市农村公路养护资金绩效目标分解表", null, null, null],
    ["县市", "养护里程（公里）", "优良中等路率（%）", "群众满意度（%）"],
    ["大安", "≥860", "≥75%", "≥90%"],
    ["洮北区", "≥1200", "≥78%", "≥90%"],
    ["城区小计", "≥2060", null, null],
    ["镇赉县", "≥740", "≥72%", "≥90%"],
    ["通榆县", "≥910", "≥70%", "≥90%"],
    ["洮南", "≥1050", "≥75%", "≥90%"],
    ["合计", "≥4760", null, null],
    ["填表人", "张明", null, null],
  ];
  let r: ParseResult;
  beforeAll(() => {
    r = parse(rows);
  });

  it("reads the short names beside the others, says the row it left out, and stops at the total", () => {
    expect(r.projects.map((p) => p.district)).toEqual(["大安", "洮北区", "镇赉县", "通榆县", "洮南"]);
    expect(r.indicators.find((i) => i.name === "养护里程")?.rowTotal).toMatchObject({
      cell: "B9",
      places: 5,
    });
    expect(r.messages.map((m) => m.text.zh)).toEqual([
      expect.stringContaining(
        "第 3 行“大安”、第 8 行“洮南”夹在各县市之间，按简称读作县市。第 5 行（城区小计）夹在各县市之间，不是县市，未作为指标读取。第 10 行在表格下方",
      ),
    ]);
  });
});

describe("a 分解表 with its header in two rows (产出指标 over the indicators' names) and a 序号 column", () => {
  const body: CellValue[][] = COUNTIES.map((x, i) => [i + 1, x[0], x[5], x[1], x[2], x[6], x[4], x[7]]);
  const e2: CellValue[][] = [
    ["乐山市2024年地质灾害防治专项资金区域绩效目标分解表", null, null, null, null, null, null, null],
    ["序号", "县（市、区）", "资金（万元）", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"],
    [
      null,
      null,
      null,
      "隐患点治理数（处）",
      "搬迁避让户数（户）",
      "监测预警覆盖率（%）",
      "受威胁群众（万人）",
      "群众满意度（%）",
    ],
    ...body,
    [null, "合计", 3220, 101, 760, null, 9.4, null],
  ];
  let r: ParseResult;
  beforeAll(() => {
    r = parse(e2);
  });

  it("reads the place column and the money from the upper row, the names from the lower, 一级 over them", () => {
    expect(r.projects).toHaveLength(11);
    expect(r.projects[8]).toMatchObject({ district: "峨边", budget: [5000000], row: 12 });
    expect(
      r.indicators.filter((i) => i.projectId === 0).map((i) => [i.cell, i.level1, i.name, i.value, i.unit]),
    ).toEqual([
      ["D4", "产出指标", "隐患点治理数", 12, "处"],
      ["E4", "产出指标", "搬迁避让户数", 50, "户"],
      ["F4", "产出指标", "监测预警覆盖率", 100, "%"],
      ["G4", "效益指标", "受威胁群众", 12000, "人"],
      ["H4", "满意度指标", "群众满意度", 90, "%"],
    ]);
    expect(r.indicators[0].rowTotal).toMatchObject({ cell: "D15", places: 11 });
    const zh = r.messages.map((m) => m.text.zh).join("");
    expect(zh).toContain(
      "第 3 行起是分解表：每行一个县（市、区），各列是指标。C 列（资金（万元））读作各项目的预算金额",
    );
    expect(zh).toContain("A 列（序号）未读作指标。");
  });
});
