/**
 * Round 198: twelve unseen comparison cases (成都, 重庆, 西安; data and gold in round198data.ts, written before
 * the run). Every district placed, every flag a reviewer expects raised and none other; and the patterns fixed
 * after the run: a 合计 row packed as the districts' cells are, checked against their sum; a figure a 合计
 * confirms never guessed to be a slip; a 合计 block with a 市本级 block above it said once.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { parseGrid } from "../../../src/core/parse";
import { grid } from "../../support/grid";
import { CASES, CASES2, CASES3, CASES4, type Case } from "./round198data";
import { CASES5 } from "./round198data5";
import { CASES6 } from "./round198data6";
import { CASES7 } from "./round198data7";

const key = (f: { code: string; district: string; indicator: string }) =>
  `${f.code} ${f.district} ${f.indicator}`;

describe.each(
  [...CASES, ...CASES2, ...CASES3, ...CASES4, ...CASES5, ...CASES6, ...CASES7].map(
    (c) => [c.id, c] as [string, Case],
  ),
)("case %s", (_id, c) => {
  const r = compareDistricts(c.sources());
  const flags = r.programs.flatMap((p) => p.indicators.flatMap((i) => i.flags));

  it("places every district in one program", () => {
    expect(r.programs).toHaveLength(1);
    expect(r.programs[0].districts).toEqual(c.districts);
  });

  it("raises the gold flags and no other", () => {
    const got = flags.map((f) => ({
      ...f,
      indicator:
        c.flags.find(
          (g) => f.indicator.includes(g.indicator) && g.district === f.district && g.code === f.code,
        )?.indicator ?? f.indicator,
    }));
    expect(got.map(key).sort()).toEqual(c.flags.map(key).sort());
  });

  it("says the notes a reviewer looks for", () => {
    const text = formatComparisonSummary(r, "zh");
    for (const n of c.notes.filter((x) => !x.startsWith("写作") && x !== "下达资金"))
      expect(text).toContain(n);
  });
});

describe("fixed after the run", () => {
  const byId = (id: string) =>
    [...CASES, ...CASES2, ...CASES3, ...CASES4, ...CASES5, ...CASES6, ...CASES7].find((c) =>
      c.id.startsWith(id),
    ) as Case;

  it("a 合计 row packed as the districts' cells are is their total, checked (L)", () => {
    const parsed = parseGrid(
      grid([
        ["序号", "区县", "项目名称", "绩效指标"],
        [1, "城口县", "营养改善", "1、产出指标：受益学生人数≥12000人；供餐学校数≥60所。"],
        [2, "巫溪县", "营养改善", "1、产出指标：受益学生人数≥18000人；供餐学校数≥85所。"],
        ["合计", null, null, "1、产出指标：受益学生人数≥30000人；供餐学校数≥150所。"],
      ]),
    );
    expect(parsed.indicators).toHaveLength(4);
    expect(parsed.indicators.map((i) => i.rowTotal?.value)).toEqual([30000, 150, 30000, 150]);
    const r = compareDistricts(byId("L").sources());
    const total = r.programs[0].indicators.flatMap((i) => i.flags).find((f) => f.code === "TOTAL-DIFF");
    expect(total?.message.zh).toBe(
      "合计 供餐学校数 573 所（D8），而 5 个县之和为 563 所（相差 10 所），请核对",
    );
  });

  it("a figure the 合计 confirms is far off, but no zero is guessed missing (I)", () => {
    const r = compareDistricts(byId("I").sources());
    const ind = r.programs[0].indicators.find((i) => i.name === "参保人数");
    const f = ind?.flags.find((x) => x.district === "东部新区");
    expect(f?.message.zh).toBe("东部新区 参保人数 3.5 万人，仅为各区中位数 42.5 万人 的 0.08 倍");
    expect(f?.powerOfTen).toBeUndefined();
    expect(formatComparisonSummary(r, "zh")).not.toContain("疑少写");
  });

  it("a 全市合计 block under a 市本级 block is said once, with every indicator checked (J)", () => {
    const text = formatComparisonSummary(compareDistricts(byId("J").sources()), "zh");
    expect(text).toContain(
      "“全市合计”行（Sheet1 第 24–26 行）不是区，未纳入对比；第 21 行“市本级”是本级，不作为区对比，其目标值计入全市合计核对；“河长巡河次数”“河道保洁长度”的全市合计已与各区之和核对",
    );
    expect(text.match(/“全市合计”行/g)).toHaveLength(1);
  });

  it("a 分解表 whose 全市合计 row comes first, right under the header, is read and checked (P)", () => {
    const r = compareDistricts(byId("P").sources());
    expect(r.programs[0].districts).toHaveLength(5);
    expect(formatComparisonSummary(r, "zh")).toContain(
      "“全市合计”行（Sheet1 第 3 行）不是区，未纳入对比；“巡河次数”“河湖保洁面积”的全市合计已与各区之和核对",
    );
  });

  it("小计 rows between groups of places are set aside and said, not read as the place above's (N)", () => {
    const source = byId("N").sources()[0];
    const rows = source.indicators.filter((i) => i.district === "巫溪县");
    expect(rows.map((i) => i.cell)).toEqual(["E5", "E6"]);
    const parsed = parseGrid(
      grid([
        ["区县", "一级指标", "二级指标", "三级指标", "指标值"],
        ["城口县", "产出指标", "数量指标", "受益学生人数", "12000人"],
        ["巫溪县", "产出指标", "数量指标", "受益学生人数", "18000人"],
        ["渝东北小计", "产出指标", "数量指标", "受益学生人数", "30000人"],
        [null, null, "质量指标", "食品安全事故发生次数", "0次"],
        ["酉阳县", "产出指标", "数量指标", "受益学生人数", "52000人"],
      ]),
    );
    expect(parsed.indicators.map((i) => i.district)).toEqual(["城口县", "巫溪县", "酉阳县"]);
    expect(parsed.messages.map((m) => m.text.zh)).toContain(
      "第 4、5 行（“渝东北小计”）是分组小计，不是一个地区，未读作指标。",
    );
  });

  it("a district whose indicator stands on another row under a like name is told so, not as not set (R)", () => {
    const r = compareDistricts(byId("R").sources());
    const missing = r.programs[0].indicators
      .flatMap((i) => i.flags)
      .filter((f) => f.code === "MISSING")
      .map((f) => f.message.zh);
    expect(missing).toEqual([
      "大足区 未设置同名指标，其“巡河次数”可能为同一指标，请人工核对（7 个区中有 4 个区设置了“河长巡河次数”）",
      "璧山区 未设置同名指标，其“巡河次数”可能为同一指标，请人工核对（7 个区中有 4 个区设置了“河长巡河次数”）",
      "铜梁区 未设置同名指标，其“各级河长累计巡河次数”可能为同一指标，请人工核对（7 个区中有 4 个区设置了“河长巡河次数”）",
    ]);
  });

  it("a 市本级 column after the places, 全市 before them, is said and added into the total's sum (S)", () => {
    const r = compareDistricts(byId("S").sources());
    const text = formatComparisonSummary(r, "zh");
    expect(text).toContain("K 列“市本级”是本级，不作为区对比，其目标值计入全市核对");
    expect(text).toContain("而 5 个区与市本级 5 万人之和为 215 万人（相差 10 万人）");
  });

  it("a 合计 row naming its indicator with 总 (受益学生总人数) is the districts' total all the same (U)", () => {
    const r = compareDistricts(byId("U").sources());
    const flags = r.programs[0].indicators.flatMap((i) => i.flags);
    expect(flags.map((f) => f.message.zh)).toEqual([
      "合计 供餐学校数 225 所（E14），而 5 个区之和为 215 所（相差 10 所），请核对",
    ]);
    expect(r.programs[0].unaligned).toEqual([]);
  });

  it("a 合计 block matching no district's indicator is set aside whole, not read as the last district's (U)", () => {
    const parsed = parseGrid(
      grid([
        ["区县", "一级指标", "二级指标", "三级指标", "指标值"],
        ["新城区", "产出指标", "数量指标", "受益学生人数", "8000人"],
        ["碑林区", "产出指标", "数量指标", "受益学生人数", "9000人"],
        ["合计", "产出指标", "数量指标", "资金下达数", "500万元"],
        [null, null, "时效指标", "资金到位时间", "2025年3月"],
      ]),
    );
    expect(parsed.indicators.map((i) => [i.district, i.name])).toEqual([
      ["新城区", "受益学生人数"],
      ["碑林区", "受益学生人数"],
    ]);
  });

  it("a 市本级 column between 合计 and the places is added into the sum, no false 合计不符 (W)", () => {
    const r = compareDistricts(byId("W").sources());
    const flags = r.programs[0].indicators.flatMap((i) => i.flags);
    expect(flags.map((f) => f.message.zh)).toEqual([
      "合计 防火巡护人员 495 人（E4），而 5 个区（县）与市本级 10 人之和为 485 人（相差 10 人），请核对",
    ]);
  });

  it("元/（人·年） is 元/人·年, no 单位不同 (Y)", () => {
    const r = compareDistricts(byId("Y").sources());
    const flags = r.programs[0].indicators.flatMap((i) => i.flags);
    expect(flags.filter((f) => f.code === "UNIT-DIFF")).toEqual([]);
  });

  it("a numbered item's ；-piece naming a time and the year's end (补助资金拨付时间年底前) is an indicator of its own (Y)", () => {
    const parsed = parseGrid(
      grid([
        ["序号", "区县", "项目名称", "绩效指标"],
        [1, "简阳市", "补助资金", "2.时效指标：补助资金拨付及时率100%；补助资金拨付时间年底前"],
      ]),
    );
    expect(parsed.indicators.map((i) => [i.name, i.target])).toEqual([
      ["补助资金拨付及时率", "100%"],
      ["补助资金拨付时间", "年底前"],
    ]);
  });

  it("a 合计 block in a 单位名称 column (no 区县 column, the units naming their districts) is checked (AE)", () => {
    const flags = compareDistricts(byId("AE").sources()).programs[0].indicators.flatMap((i) => i.flags);
    expect(flags.map((f) => f.message.zh)).toEqual([
      "合计 专职安监员人数 320 人（E13），而 5 个区之和为 310 人（相差 10 人），请核对",
    ]);
  });
});
