/**
 * Round 100 (a review probe of ten county tables): habits the parser misread — a state after a ； under a
 * numbered 一级 label left in the name (…0起；畜牧业健康发展), a template's XX after a ； (培训合格率XX%), two
 * adverbs before a change (持续稳定好转), a thing and the state it runs in (学校正常运转), a per of a compound in
 * brackets (t/(km²·a)).
 */
import { parseGrid } from "../../src/core/parse";
import { analyze } from "../../src/core/review/analysis";
import { grid } from "../support/grid";

const rows = (cell: string) => [
  ["某镇2025年项目绩效目标", null, null],
  ["项目名称", "绩效目标", "绩效指标"],
  ["某项目", "目标。", cell],
];

/** One packed 绩效指标 cell under a title with the year (项目名称 | 绩效目标 | 绩效指标). */
const packed = (cell: string) => parseGrid(grid(rows(cell))).indicators;

const read = (cell: string) => packed(cell).map((i) => [i.name, i.target, i.kind]);

describe("round 100: a state after a ； under a numbered 一级 label", () => {
  it("cuts 区域性重大动物疫情发生数0起；畜牧业健康发展 into a zero and a state", () => {
    expect(
      read("1、产出指标：免疫密度≥90%。2、效益指标：区域性重大动物疫情发生数0起；畜牧业健康发展。"),
    ).toEqual([
      ["免疫密度", "≥90%", "quantitative"],
      ["区域性重大动物疫情发生数", "0起", "quantitative"],
      ["畜牧业", "健康发展", "qualitative"],
    ]);
  });

  it("reads a thing and the way it runs or grows as a name and a state (正常运转, 持续健康发展)", () => {
    expect(read("2.效益指标：学校正常运转。")).toEqual([["学校", "正常运转", "qualitative"]]);
    expect(read("效益指标：村级组织正常运转。")).toEqual([["村级组织", "正常运转", "qualitative"]]);
    expect(read("效益指标：渔业经济持续健康发展")).toEqual([["渔业经济", "持续健康发展", "qualitative"]]);
    expect(read("效益指标：系统正常运行")).toEqual([["系统", "正常运行", "qualitative"]]);
  });

  it("keeps a statement of work whole (保障机关正常运转, 促进畜牧业健康发展)", () => {
    expect(read("效益指标：保障机关正常运转。")).toEqual([
      ["保障机关正常运转", "保障机关正常运转", "qualitative"],
    ]);
    expect(read("效益指标：促进畜牧业健康发展")).toEqual([
      ["促进畜牧业健康发展", "促进畜牧业健康发展", "qualitative"],
    ]);
  });

  it("reviews 学校正常运转 as a vague target, not a blank one", () => {
    const parsed = parseGrid(
      grid(
        rows("1、产出指标：保障学生人数≥1000人。2、效益指标：学校正常运转。3、满意度指标：家长满意度≥90%。"),
      ),
    );
    const codes = analyze([{ label: "t", parse: parsed, local: true }]).findings.map((f) => f.code);
    expect(codes).toContain("VAGUE");
    expect(codes).not.toContain("EMPTY-TARGET");
  });
});

describe("round 100: a template's XX after a ；", () => {
  it("reads 培训天数≥5天；培训合格率XX% as two indicators, the second unfilled", () => {
    expect(read("1、产出指标：培训天数≥5天；培训合格率XX%。2、效益指标：培训覆盖率≥90%。")).toEqual([
      ["培训天数", "≥5天", "quantitative"],
      ["培训合格率", "XX%", "empty"],
      ["培训覆盖率", "≥90%", "quantitative"],
    ]);
    expect(read("1、产出指标：培训天数≥5天；培训合格率≥XX%")).toEqual([
      ["培训天数", "≥5天", "quantitative"],
      ["培训合格率", "≥XX%", "empty"],
    ]);
  });
});

describe("round 100: two adverbs before a change", () => {
  it("keeps 持续 with the target (安全生产形势 | 持续稳定好转)", () => {
    expect(read("效益指标：安全生产形势持续稳定好转。")).toEqual([
      ["安全生产形势", "持续稳定好转", "qualitative"],
    ]);
    expect(read("效益指标：群众满意度进一步有效提升")).toEqual([
      ["群众满意度", "进一步有效提升", "qualitative"],
    ]);
  });
});

describe("round 100: a per of a compound in brackets", () => {
  it("reads t/(km²·a) whole, and 元/（人·年） as 元/(人·年)", () => {
    const [soil] = packed("效益指标：土壤侵蚀模数≤1000t/(km²·a)");
    expect([soil.name, soil.comparator, soil.value, soil.unit]).toEqual([
      "土壤侵蚀模数",
      "<=",
      1000,
      "t/(km²·a)",
    ]);
    const [aid] = packed("成本指标：补助标准1000元/（人·年）");
    expect([aid.name, aid.value, aid.unit]).toEqual(["补助标准", 1000, "元/(人·年)"]);
  });

  it("keeps 台（套） as written, and 万元 as its magnitude (20万元 → 200000 元)", () => {
    expect(packed("产出指标：补贴机具数量≥1500台（套）")[0].unit).toBe("台（套）");
    const [cost] = packed("成本指标：每公里维修成本≤20万元");
    expect([cost.name, cost.comparator, cost.value, cost.unit]).toEqual([
      "每公里维修成本",
      "<=",
      200000,
      "元",
    ]);
  });
});
