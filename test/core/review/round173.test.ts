/**
 * Review probe round 173: a total cost above last year's is no looser aim when the work grows; a satisfaction under
 * last year's is a hint; BELOW-PRIOR's fix quotes last year's figure as written; bare 便利/方便/便民 are vague; a fines
 * quota is an error.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, rows } from "./probeTables";

const xiahe = (cost: [string, string, string], satisfaction: string): CellValue[][] => [
  ["项目名称", "一级指标", "二级指标", "三级指标", "2024年实际完成值", "2025年指标值"],
  ["夏河县2025年文化旅游宣传推介项目", "产出指标", "数量指标", "举办旅游推介活动", "4场", "≥5场"],
  [null, null, "质量指标", "宣传内容审核通过率", "100%", "100%"],
  [null, null, "时效指标", "项目完成时间", "2024年12月31日前", "2025年12月31日前"],
  [null, "成本指标", "经济成本指标", ...cost],
  [null, "效益指标", "经济效益指标", "接待游客人次", "520万人次", "≥550万人次"],
  [null, "满意度指标", "服务对象满意度指标", "游客满意度", "92%", satisfaction],
];

describe("round 173 FA: a total cost above last year's is left to COST-BUDGET", () => {
  it("推介活动总成本 160万元 → ≤180万元 beside 4场 → ≥5场: no BELOW-PRIOR", () => {
    expect(codes(xiahe(["推介活动总成本", "160万元", "≤180万元"], "≥92%"), "BELOW-PRIOR")).toEqual([]);
  });
  it.each(["每场推介活动平均成本", "单场推介活动成本"])(
    "%s, a cost per event above last year's, is still loose",
    (name) => {
      const f = codes(xiahe([name, "40万元", "≤45万元"], "≥92%"), "BELOW-PRIOR");
      expect(f.map((x) => x.indicator)).toEqual([name]);
      expect(f[0].fix?.zh).toContain("≤40万元");
    },
  );
});

describe("round 173 judgement: a satisfaction under last year's is a hint", () => {
  it("游客满意度 92% → ≥90%: BELOW-PRIOR info", () => {
    const f = codes(xiahe(["推介活动总成本", "160万元", "≤180万元"], "≥90%"), "BELOW-PRIOR");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([["游客满意度", "info"]]);
  });
  it("接待游客人次 520万人次 → ≥500万人次 stays a warning", () => {
    const g = xiahe(["推介活动总成本", "160万元", "≤180万元"], "≥92%");
    g[5][5] = "≥500万人次";
    const f = codes(g, "BELOW-PRIOR");
    expect(f.map((x) => [x.indicator, x.severity])).toEqual([["接待游客人次", "warning"]]);
  });
});

describe("round 173 wording: BELOW-PRIOR's fix quotes last year's figure as the officer wrote it", () => {
  it("保洁面积 180万平方米 → ≥170万平方米: fix ≥180万平方米, not ≥1800000平方米", () => {
    const g: CellValue[][] = [
      ["项目名称", "一级指标", "二级指标", "三级指标", "2024年实际完成值", "2025年指标值"],
      [
        "合作市2025年城区环卫保洁项目",
        "产出指标",
        "数量指标",
        "城区道路保洁面积",
        "180万平方米",
        "≥170万平方米",
      ],
      [null, null, "质量指标", "垃圾清运率", "99%", "≥99%"],
      [null, null, "时效指标", "保洁服务期", "", "2025年1月1日至12月31日"],
      [null, "效益指标", "社会效益指标", "城区环境卫生达标率", "95%", "≥95%"],
      [null, "满意度指标", "服务对象满意度指标", "市民满意度", "91%", "≥91%"],
    ];
    const f = codes(g, "BELOW-PRIOR");
    expect(f.map((x) => x.indicator)).toEqual(["城区道路保洁面积"]);
    expect(f[0].fix?.zh).toContain("≥180万平方米");
  });
});

describe("round 173 M1: bare 便利, 方便, 便民 as a whole target are vague", () => {
  const daishan = (a: string, b: string): CellValue[][] => [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"],
    ["岱山县2025年海岛公交运营补贴", "产出指标", "数量指标", "补贴公交线路", "≥", "25", "条"],
    [null, null, "质量指标", "公交准点率", "≥", "90", "%"],
    [null, null, "时效指标", "补贴资金拨付时间", "定性", "2025年12月底前", ""],
    [null, "效益指标", "社会效益指标", "海岛群众出行", "定性", a, ""],
    [null, null, null, "群众就医", "定性", b, ""],
    [null, "满意度指标", "服务对象满意度指标", "乘客满意度", "≥", "90", "%"],
  ];
  it("便利, 方便 → VAGUE on both", () => {
    expect(codes(daishan("便利", "方便"), "VAGUE").map((x) => x.indicator)).toEqual([
      "海岛群众出行",
      "群众就医",
    ]);
  });
  it("便民 → VAGUE", () => {
    expect(codes(daishan("便民", "≥1200人次"), "VAGUE").map((x) => x.indicator)).toEqual(["海岛群众出行"]);
  });
  it("便民服务点数量 | 12个 stays clear", () => {
    const g = rows("岱山县2025年便民服务点建设项目", [
      ["产出指标", "数量指标", "便民服务点数量", "12个"],
      ["产出指标", "质量指标", "服务点验收合格率", "100%"],
      ["产出指标", "时效指标", "建成时间", "2025年10月31日前"],
      ["效益指标", "社会效益指标", "服务群众人次", "≥3万人次"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(codes(g, "VAGUE")).toEqual([]);
  });
});
