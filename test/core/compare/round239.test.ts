/**
 * Round 239: comparison across districts on programs not compared before — 义务教育公用经费, 农村公路养护, 城乡低保,
 * 河湖长制, 基层医疗卫生机构, 高标准农田, 垃圾分类, 城市公园养护, 退役军人优抚, 老旧小区改造 — in every layout districts
 * submit (data and gold in round239data.ts, written before the run). As written: 75 of 78 districts placed and
 * 60 of 63 flags, none false; the gold corrected where the engine was right (like-named programs named beside
 * the program, never joined: 庐江县's 能力提升项目, 郑州's 金水区 and 上街区), 75 of 75 and 60 of 60. Two wordings
 * misled, fixed after the run: 金水区's and 上街区's programs, in the very sheet listing the program's districts,
 * were said as programs only one district filed, not as possibly the program itself; and a total written where
 * the others give money per head (泉港区's 定期抚恤补助标准 “1440万元” among 16000 元/人·年) was said as another
 * unit only, not as what it comes to per head of the district's own count.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { describeGoldCases } from "./goldCases";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";
import { CASES239, CASES239B } from "./round239data";
import { score } from "./round217score";

const byId = (id: string) => CASES239.find((c) => c.id.startsWith(id)) as Case;

describeGoldCases([...CASES239, ...CASES239B], (c, r) => {
  it("says the notes a reviewer looks for", () => {
    const text = formatComparisonSummary(r, "zh");
    for (const n of c.notes) expect(text).toContain(n);
    // 名称相近的项目未纳入对比 names a like name (E, H); no district is left unplaced.
    expect(text).not.toMatch(/(?<!名称相近的项目)未纳入对比：/);
  });
});

describe("scores", () => {
  // As written: districts 75 of 78, flags 60 of 63 (庐江县, 金水区, 上街区 not joined; 蜀山区's and 包河区's
  // 规模差异 and 上街区's with them), none false; the gold corrected where the engine was right.
  it("the first batch, gold corrected: 75 of 75 districts, 60 of 60 flags, none false", () => {
    const s = score(CASES239);
    expect([s.districts, s.districtsGold]).toEqual([75, 75]);
    expect([s.found, s.gold]).toEqual([60, 60]);
    expect([s.wrongKind, s.missed, s.extra]).toEqual([[], [], []]);
  });

  // Written after the fixes, scored once: districts 28 of 28 (北川县.xlsx the 自治县, 务川县 too), flags 22 of 22
  // and one more — 播州区's 资助资金 at 2.0× of a median that leaves 仁怀市's slip out, which the gold had
  // counted in (engine right; gold corrected to 23 of 23).
  // Round 244: 凤冈县's 500元/生·学期 converts at two terms a year (1000 元/生·年, the others'), so its UNIT-DIFF
  // left the gold: 22 of 22.
  it("the second batch: 28 of 28 districts, 22 of 22 flags, none false", () => {
    const s = score(CASES239B);
    expect([s.districts, s.districtsGold]).toEqual([28, 28]);
    expect([s.found, s.gold]).toEqual([22, 22]);
    expect([s.wrongKind, s.missed, s.extra]).toEqual([[], [], []]);
  });
});

/** A rows table under 区县 with a 项目名称 column: [district, project, [三级, 指标值][]]. */
function namedRows(sheet: string, ds: [string, string, [string, string][]][]): CellValue[][] {
  const rows: CellValue[][] = [
    ["某市2025年项目绩效目标汇总表"],
    ["区县", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  for (const [d, p, inds] of ds)
    inds.forEach(([n, t], i) =>
      rows.push([i === 0 ? d : null, i === 0 ? p : null, "产出指标", "数量指标", n, t]),
    );
  void sheet;
  return rows;
}

const area = (v: string): [string, string][] => [
  ["养护面积", v],
  ["设施完好率", "≥95%"],
];

describe("a district's project named its own way in the sheet listing the program is named beside it", () => {
  it("郑州 (H): 金水区 and 上街区 named as like names, not as programs of one district", () => {
    const text = formatComparisonSummary(compareDistricts(byId("H").sources()), "zh");
    expect(text).toContain("名称相近的项目未纳入对比：金水区“公园绿地养护管理经费”");
    expect(text).toContain("名称相近的项目未纳入对比：上街区“城市公园养护经费”");
    expect(text).not.toContain("只有一个区县报送");
  });

  const others: [string, string, [string, string][]][] = [
    ["甲区", "城市公园绿地养护经费", area("300万平方米")],
    ["乙区", "城市公园绿地养护经费", area("280万平方米")],
    ["丙区", "城市公园绿地养护经费", area("320万平方米")],
  ];

  it("a word changed in the middle (农村公路建设 beside 农村公路养护) stays a program of its own", () => {
    const roads: [string, string, [string, string][]][] = [
      ["甲区", "农村公路养护经费", area("300公里")],
      ["乙区", "农村公路养护经费", area("280公里")],
      ["丙区", "农村公路养护经费", area("320公里")],
      ["丁区", "农村公路建设经费", area("40公里")],
    ];
    const r = compareDistricts([gridSource("某市.xlsx", namedRows("Sheet1", roads))]);
    const text = formatComparisonSummary(r, "zh");
    expect(text).not.toContain("名称相近");
    expect(text).toContain("只有一个区县报送");
  });

  it("the same name in another file is not named beside it (only the sheet listing the program)", () => {
    const r = compareDistricts([
      gridSource("某市.xlsx", namedRows("Sheet1", others)),
      gridSource("丁区.xlsx", namedRows("Sheet1", [["丁区", "城市公园养护经费", area("250万平方米")]])),
    ]);
    const text = formatComparisonSummary(r, "zh");
    expect(text).not.toContain("名称相近");
  });

  it("a district already compared in the program keeps its other project said as before", () => {
    const r = compareDistricts([
      gridSource(
        "某市.xlsx",
        namedRows("Sheet1", [...others, ["甲区", "城市公园养护设备购置经费", area("20台")]]),
      ),
    ]);
    expect(formatComparisonSummary(r, "zh")).not.toContain("名称相近的项目未纳入对比：甲区");
  });
});

/** A sheet per district: [三级, 指标值] rows under one title. */
function perDistrict(d: string, inds: [string, string][]) {
  return gridSource(`${d}.xlsx`, [
    [`泉州市${d}2025年重点优抚对象抚恤补助资金绩效目标表`],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...inds.map(([n, t]) => ["产出指标", "数量指标", n, t]),
  ]);
}

describe("a total written where the others give money per head says what it comes to per head", () => {
  const unitFlag = (id: string, district: string) =>
    compareDistricts(byId(id).sources())
      .programs[0].indicators.flatMap((i) => i.flags)
      .find((f) => f.code === "UNIT-DIFF" && f.district === district);

  it("泉州 (I): 泉港区's 1440万元 over its 900 人 is 16000 元/人·年, the others' standard", () => {
    const f = unitFlag("I", "泉港区");
    expect(f?.message.zh).toContain(
      "未纳入统计；似为总额，按泉港区“优抚对象人数”900 人折算约为 16000 元/人·年，与多数区（市）相同",
    );
    expect(f?.message.en).toContain(
      'divided by its "优抚对象人数" (900 人) it comes to about 16000 元/人·年',
    );
  });

  it("杭州 (A): 临平区's 5600万元 over its 70000 pupils is 800 元/生·年", () => {
    expect(unitFlag("A", "临平区")?.message.zh).toContain(
      "按临平区“保障学生人数”70000 人折算约为 800 元/生·年，与多数区相同",
    );
  });

  const std = (d: string, total: string, extra: [string, string][] = []) =>
    perDistrict(d, [["优抚对象人数", "1000人"], ...extra, ["定期抚恤补助标准", total]]);
  const many = (last: string, extra: [string, string][] = []) =>
    compareDistricts([
      std("鲤城区", "16000元/人·年", extra),
      std("丰泽区", "16000元/人·年", extra),
      std("洛江区", "16000元/人·年", extra),
      std("泉港区", last, extra),
    ])
      .programs[0].indicators.flatMap((i) => i.flags)
      .find((f) => f.code === "UNIT-DIFF");

  it("another standard is said as its ratio to the others'", () => {
    expect(many("800万元")?.message.zh).toContain("约为 8000 元/人·年，为多数区（16000 元/人·年）的 0.50 倍");
  });

  it("two counts in the same unit leave the heads a guess: no clause", () => {
    const f = many("1600万元", [["走访慰问人数", "500人"]]);
    expect(f?.message.zh).toContain("未纳入统计");
    expect(f?.message.zh).not.toContain("折算");
  });

  it("a standard by the month is not divided by a year's heads", () => {
    const month = (d: string, t: string) =>
      perDistrict(d, [
        ["优抚对象人数", "1000人"],
        ["定期抚恤补助标准", t],
      ]);
    const f = compareDistricts([
      month("鲤城区", "1300元/人·月"),
      month("丰泽区", "1300元/人·月"),
      month("洛江区", "1300元/人·月"),
      month("泉港区", "1560万元"),
    ])
      .programs[0].indicators.flatMap((i) => i.flags)
      .find((x) => x.code === "UNIT-DIFF");
    expect(f?.message.zh).toContain("未纳入统计");
    expect(f?.message.zh).not.toContain("折算");
  });

  it("a count that is a rate is no heads", () => {
    const rate = (d: string, t: string) =>
      perDistrict(d, [
        ["优抚对象覆盖率", "100%"],
        ["定期抚恤补助标准", t],
      ]);
    const f = compareDistricts([
      rate("鲤城区", "16000元/人·年"),
      rate("丰泽区", "16000元/人·年"),
      rate("洛江区", "16000元/人·年"),
      rate("泉港区", "1600万元"),
    ])
      .programs[0].indicators.flatMap((i) => i.flags)
      .find((x) => x.code === "UNIT-DIFF");
    expect(f?.message.zh).not.toContain("折算");
  });

  it("元/亩 over an area in 万亩: 9000万元 over 6万亩 is 1500 元/亩", () => {
    const farm = (d: string, a: string, t: string) =>
      perDistrict(d, [
        ["新建高标准农田面积", a],
        ["亩均财政补助标准", t],
      ]);
    const f = compareDistricts([
      farm("甲县", "5万亩", "1500元/亩"),
      farm("乙县", "7万亩", "1500元/亩"),
      farm("丙县", "6.5万亩", "1500元/亩"),
      farm("丁县", "6万亩", "9000万元"),
    ])
      .programs[0].indicators.flatMap((i) => i.flags)
      .find((x) => x.code === "UNIT-DIFF");
    expect(f?.message.zh).toContain("约为 1500 元/亩");
  });
});
