/**
 * Round 98 (a review probe of ten county tables): habits the parser misread — unnumbered ； items under a
 * numbered 一级 label merged into one date indicator, an effect written as a bare sentence, a name and a
 * grade it meets (工程质量合格), a name and its target after a colon (物资采购时间：汛前).
 */
import { parseGrid } from "../../src/core/parse";
import { analyze } from "../../src/core/review/analysis";
import { grid } from "../support/grid";

/** One packed 绩效指标 cell under a title with the year (项目名称 | 绩效目标 | 绩效指标). */
const packed = (cell: string) =>
  parseGrid(
    grid([
      ["某镇2025年项目绩效目标", null, null],
      ["项目名称", "绩效目标", "绩效指标"],
      ["某项目", "目标。", cell],
    ]),
  ).indicators;

const read = (cell: string) => packed(cell).map((i) => [i.name, i.target, i.kind]);

describe("round 98: unnumbered ； items under a numbered 一级 label", () => {
  it("reads each item of 硬化道路3.2公里；工程质量合格；2025年10月底前完工 as its own indicator", () => {
    expect(
      read(
        "1、产出指标：硬化道路3.2公里；工程质量合格；2025年10月底前完工；总投资≤260万元。2、效益指标：方便群众出行。",
      ),
    ).toEqual([
      ["硬化道路", "3.2公里", "quantitative"],
      ["工程质量", "合格", "qualitative"],
      ["完工", "2025年10月底前", "date"],
      ["总投资", "≤260万元", "quantitative"],
      ["方便群众出行", "方便群众出行", "qualitative"],
    ]);
  });

  it("cuts before and after a name and a state held or a grade met (培训质量良好, 服务质量达标)", () => {
    expect(read("1、产出指标：培训3期；培训质量良好；完成时间：2025年底")).toEqual([
      ["培训", "3期", "quantitative"],
      ["培训质量", "良好", "qualitative"],
      ["完成时间", "2025年底", "date"],
    ]);
    expect(read("2.质量指标：服务质量达标。")).toEqual([["服务质量", "达标", "qualitative"]]);
    expect(read("质量指标：工程质量全部合格")).toEqual([["工程质量", "全部合格", "qualitative"]]);
  });

  it("keeps a name holding the grade word (验收合格率) and a name with no target (扶持村数)", () => {
    expect(read("1、产出指标：硬化道路3.2公里；验收合格率100%")).toEqual([
      ["硬化道路", "3.2公里", "quantitative"],
      ["验收合格率", "100%", "quantitative"],
    ]);
    expect(read("产出指标：扶持村数")).toEqual([["扶持村数", "", "empty"]]);
    expect(read("效益指标：惠及人数")).toEqual([["惠及人数", "", "empty"]]);
  });
});

describe("round 98: an effect written as a bare sentence under a label", () => {
  it("reads it as a statement, name and target both, as 带动乡村旅游发展 reads", () => {
    for (const s of [
      "方便群众出行",
      "便利群众生产生活",
      "满足群众文化需求",
      "惠及沿线群众",
      "让群众喝上放心水",
    ])
      expect(read(`2、效益指标：${s}。`)).toEqual([[s, s, "qualitative"]]);
  });

  it("keeps a standard met as a target with no name (满足设计要求)", () => {
    expect(read("质量指标：满足设计要求")).toEqual([["", "满足设计要求", "qualitative"]]);
  });
});

describe("round 98: a name and its target after a colon, after a ； under a numbered label", () => {
  it("cuts 救生衣300件；物资采购时间：汛前 into a quantity and a deadline, the 、 list into two quantities", () => {
    expect(read("1、产出指标：购置编织袋2万条、救生衣300件；物资采购时间：汛前。")).toEqual([
      ["购置编织袋", "2万条", "quantitative"],
      ["救生衣", "300件", "quantitative"],
      ["物资采购时间", "汛前", "date"],
    ]);
  });

  it("leaves the target's label after a ； with its name (；指标值：…)", () => {
    expect(read("1、产出指标：培训人数；指标值：≥500人")).toEqual([["培训人数", "≥500人", "quantitative"]]);
  });
});

describe("round 98: 全年 opening a name that a state closes", () => {
  it("reads 全年工作部署到位 as the year's work and its state, not a period", () => {
    expect(read("2.效益指标：社会效益指标：全年工作部署到位。")).toEqual([
      ["全年工作部署", "到位", "qualitative"],
    ]);
    expect(read("效益指标：全年目标任务完成")).toEqual([["全年目标任务", "完成", "qualitative"]]);
    expect(read("效益指标：会议精神传达到位")).toEqual([["会议精神传达", "到位", "qualitative"]]);
  });

  it("keeps 全年 alone, 全年365天不间断作业 and 全年完成培训任务 as periods, and 按合同约定时间完成 whole", () => {
    expect(read("时效指标：全年")).toEqual([["", "全年", "date"]]);
    expect(read("时效指标：全年365天不间断作业")).toEqual([
      ["全年365天不间断作业", "全年365天不间断作业", "date"],
    ]);
    expect(read("时效指标：全年完成培训任务")).toEqual([["完成培训任务", "全年", "date"]]);
    expect(read("时效指标：按合同约定时间完成")).toEqual([["", "按合同约定时间完成", "qualitative"]]);
  });
});

describe("round 98: what the review says of these readings", () => {
  const findings = (values: (string | null)[][]) => {
    const parse = parseGrid(grid(values));
    return analyze([{ label: "t", parse, local: true }]).findings.map((f) => [
      f.code,
      f.indicator,
      f.fix?.zh ?? "",
    ]);
  };
  const packedFindings = (cell: string) =>
    findings([
      ["某镇2025年项目绩效目标", null, null],
      ["项目名称", "绩效目标", "绩效指标"],
      ["某项目", "目标。", cell],
    ]);

  it("warns of a bare effect sentence as an aim (VAGUE), not of an empty target", () => {
    const f = packedFindings("1、产出指标：硬化道路3.2公里；工程质量合格。2、效益指标：方便群众出行。");
    expect(f.filter(([code]) => code === "EMPTY-TARGET")).toEqual([]);
    expect(f.filter(([code, name]) => code === "VAGUE" && name === "方便群众出行")).toHaveLength(1);
  });

  it("asks for a deadline or an amount where an action alone is the target (全年工作部署 | 到位)", () => {
    const f = packedFindings("效益指标：社会效益指标：全年工作部署到位。");
    expect(f.filter(([code]) => code === "VAGUE").map(([, name]) => name)).toEqual(["全年工作部署"]);
  });

  it("names the deadline's own indicator in DATE-UNCLEAR (物资采购时间, not 救生衣300件；物资采购时间)", () => {
    const f = packedFindings("1、产出指标：购置编织袋2万条、救生衣300件；物资采购时间：汛前。");
    expect(f.filter(([code]) => code === "DATE-UNCLEAR").map(([, name]) => name)).toEqual(["物资采购时间"]);
  });

  it("keeps a frequency's period in NO-COMPARATOR's fix (每月1次 → ＝1次/月)", () => {
    const f = findings([
      ["一级指标", "二级指标", "三级指标", "指标值", "指标性质"],
      ["产出指标", "数量指标", "监督检查次数", "≥12次", "正向"],
      ["产出指标", "时效指标", "监测频次", "每月1次", "正向"],
      ["产出指标", "质量指标", "检查覆盖率", "≥95%", "正向"],
    ]);
    const fix = f.find(([code, name]) => code === "NO-COMPARATOR" && name === "监测频次")?.[2];
    expect(fix).toContain("＝1次/月");
    expect(fix).toContain("≥1次/月");
  });
  it("finds a season after a year as unclear as the season alone (2025年汛前), the example in that year", () => {
    const f = findings([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "维修堤防长度", "≥3公里"],
      ["产出指标", "时效指标", "主体工程完工时间", "2025年汛前"],
      ["产出指标", "时效指标", "物资储备时间", "汛前"],
    ]);
    const unclear = f.filter(([code]) => code === "DATE-UNCLEAR");
    expect(unclear.map(([, name]) => name)).toEqual(["主体工程完工时间", "物资储备时间"]);
    expect(unclear[0][2]).toContain("2025年5月31日前完成");
  });
});
