/**
 * Round 212: the reading leftovers of rounds 204 and 209 — the 二级 inferred for an event that must not happen (新的疫点
 * 乡镇 | 全年不发生, 重特大森林火灾 | 不发生) and for a state held (村寨传统风貌 | 保持完好, 古建筑 | 保存完好) with no category
 * written; the change words of text/item and text/sentences made one list (comparators.ts CHANGE_WORD); a recurring
 * deadline (每月15日前, 每季度末前, 每年6月底前) a date with no date. Gold written before each run (round212.data.ts).
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { CHANGE_WORD } from "../../src/core/text/comparators";
import { grid } from "../support/grid";
import {
  batch1,
  batch2,
  changeBatch,
  changeBatch2,
  recurring,
  recurringCells,
  type Case,
} from "./round212.data";

const records = (rows: CellValue[][]) => parseGrid(grid(rows)).indicators;
const packed = (text: string) =>
  records([
    ["项目名称", "绩效指标"],
    ["示范项目", text],
  ]);
const inferred = (rows: CellValue[][]) => records(rows).map((i) => [i.name, i.level1, i.level2Inferred]);
const read = (text: string) => packed(text).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

function score(cases: Case[]): number {
  let right = 0;
  for (const c of cases) {
    const got = inferred(c.rows);
    c.gold.forEach((g, k) => (JSON.stringify(got[k]) === JSON.stringify(g) ? right++ : 0));
  }
  return right;
}

describe("the 二级 inferred for an event that must not happen, with no category written", () => {
  it("reads what the project guards against, not happening, as its effect (森林 an ecological one)", () => {
    expect(
      inferred([
        ["三级指标", "指标值"],
        ["新的疫点乡镇", "全年不发生"],
        ["重大动物疫情", "不发生"],
        ["溃坝险情", "不发生"],
        ["重特大森林火灾", "不发生"],
        ["森林火灾受害率", "≤0.9‰"],
      ]),
    ).toEqual([
      ["新的疫点乡镇", null, "社会效益指标"],
      ["重大动物疫情", null, "社会效益指标"],
      ["溃坝险情", null, "社会效益指标"],
      ["重特大森林火灾", null, "生态效益指标"],
      ["森林火灾受害率", null, "生态效益指标"],
    ]);
    expect(
      packed("免疫密度≥90%，全年不发生新的疫点乡镇，不发生重大动物疫情。").map((i) => i.level2Inferred),
    ).toEqual(["数量指标", "社会效益指标", "社会效益指标"]);
  });

  it("keeps the event under 产出 the work's quality (round 105), and the work's own accidents and acts on the event as they were", () => {
    expect(
      inferred([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "", "新的疫点乡镇", "全年不发生"],
        ["效益指标", "", "新的疫点乡镇", "全年不发生"],
      ]),
    ).toEqual([
      ["新的疫点乡镇", "产出指标", "质量指标"],
      ["新的疫点乡镇", "效益指标", "社会效益指标"],
    ]);
    expect(
      inferred([
        ["三级指标", "指标值"],
        ["安全生产事故", "不发生"],
        ["疫情处置率", "100%"],
        ["火灾隐患排查", "120处"],
      ]).map((r) => r[2]),
    ).toEqual(["质量指标", "质量指标", "数量指标"]);
  });
});

describe("the 二级 inferred for a state held whole", () => {
  it("reads 保持完好 and 保存完好 (a target now) as the effect that lasts, a facility's as the quality of its upkeep", () => {
    expect(read("古建筑保存完好，村寨传统风貌保持完好。")).toEqual([
      ["古建筑", null, null, "", "qualitative"],
      ["村寨传统风貌", null, null, "", "qualitative"],
    ]);
    expect(
      inferred([
        ["三级指标", "指标值"],
        ["村寨传统风貌", "保持完好"],
        ["古建筑", "保存完好"],
        ["公共设施", "保持完好"],
      ]).map((r) => r[2]),
    ).toEqual(["可持续影响指标", "可持续影响指标", "质量指标"]);
    expect(
      inferred([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "", "古建筑", "保存完好"],
        ["效益指标", "", "古建筑", "保存完好"],
        ["效益指标", "", "公厕设施", "保持完好"],
      ]).map((r) => r[2]),
    ).toEqual(["质量指标", "可持续影响指标", "可持续影响指标"]);
  });

  it("scores the probe: 36 of 36 (6 as written, 8 gold corrected), the second batch 11 of 12 (草原火灾 read social)", () => {
    expect(score(batch1)).toBe(36);
    expect(score(batch2)).toBe(11);
  });
});

describe("the change words, one list for text/item and text/sentences", () => {
  it("knows 上升 and 扩大 both ways", () => {
    for (const w of ["增加", "增长", "提高", "提升", "上升", "扩大", "减少", "降低", "下降"])
      expect(CHANGE_WORD.test(w)).toBe(true);
  });

  it("reads 扩大 then its size after a comma as one indicator, as 增长 is", () => {
    expect(read("效益指标：林下经济规模持续扩大，增幅≥8%")).toEqual([
      ["林下经济规模持续扩大", ">=", 8, "%", "quantitative"],
    ]);
  });

  it("keeps the change before a size named by a change word (增长率, 提升幅度) — no lead-in", () => {
    expect(read("效益指标：农民收入稳定增长，增长率≥6%")).toEqual([
      ["农民收入稳定增长", ">=", 6, "%", "quantitative"],
    ]);
    expect(read("效益指标：农产品销售额稳步提升，提升幅度≥10%")).toEqual([
      ["农产品销售额稳步提升", ">=", 10, "%", "quantitative"],
    ]);
  });

  it("reads 扩大20% as a change in the target and 明显上升 as a state", () => {
    expect(read("效益指标：蔬菜种植面积扩大20%")).toEqual([["蔬菜种植面积", "=", 20, "%", "quantitative"]]);
    expect(read("效益指标：群众安全感明显上升")).toEqual([["群众安全感", null, null, "", "qualitative"]]);
  });

  it("infers an effect for a change closing a name, its size the target, now that the two are one indicator", () => {
    const l2 = (text: string) => packed(text).map((i) => [i.name, i.level2Inferred]);
    expect(l2("特色产业规模不断扩大，增速≥12%")).toEqual([["特色产业规模不断扩大", "社会效益指标"]]);
    expect(l2("林下经济规模持续扩大，增幅≥8%")).toEqual([["林下经济规模持续扩大", "经济效益指标"]]);
    // (持续 the adverb of a change is no lasting effect.)
    expect(l2("效益指标：林下经济规模持续扩大，增幅≥8%")).toEqual([["林下经济规模持续扩大", "经济效益指标"]]);
    expect(l2("事故发生率明显降低，下降幅度≥20%")).toEqual([["事故发生率明显降低", "质量指标"]]);
  });

  it("scores the probe: 32 of 32 (25 as written), the second batch 6 of 6", () => {
    const right = (b: typeof changeBatch) =>
      b.filter(([t, gold]) => JSON.stringify(read(`效益指标：${t}`)) === JSON.stringify(gold)).length;
    expect(right(changeBatch)).toBe(32);
    expect(right(changeBatch2)).toBe(6);
  });
});

describe("a recurring deadline (每月15日前, 每季度末前, 每年6月底前)", () => {
  it("is a date with no date — no one year completes it, the table's year or not — while a deadline once gets the year", () => {
    for (const [rows, gold] of recurring)
      expect(records(rows).map((r) => [r.name, r.kind, r.date])).toEqual(gold);
    for (const [text, gold] of recurringCells)
      expect(
        records([["2025年度项目支出绩效目标表"], ["项目名称", "绩效指标"], ["示范项目", text]]).map((r) => [
          r.kind,
          r.date,
        ]),
      ).toEqual(gold);
  });
});
