/** MISSING where the district set the indicator under another name: said as a likely variant, not as absent. */
import { compareDistricts } from "../../../src/core/compare";
import { variantScore } from "../../../src/core/compare/names";
import { districtSource, type Spec } from "./helpers";

const P = "河湖长制工作经费";
const row = (name: string, value: number): Spec[] => [
  [name, ">=", value, "次"],
  ["群众满意度", ">=", 90, "%"],
];

describe("an indicator set under another name", () => {
  const p = compareDistricts([
    districtSource(P, {
      江岸区: row("巡河次数", 3000),
      江汉区: row("巡河次数", 2500),
      汉阳区: row("巡河次数", 3500),
      武昌区: row("巡河次数", 3200),
      硚口区: row("河湖巡查次数", 2800),
      洪山区: row("各级河湖长巡河次数", 5000),
      蔡甸区: [["群众满意度", ">=", 90, "%"]],
    }),
  ]).programs[0];
  const missing = (d: string) =>
    p.indicators
      .find((i) => i.name === "巡河次数")!
      .flags.find((f) => f.code === "MISSING" && f.district === d)!;

  it("is offered in the 未能对齐 list as maybe the same (a name inside the other, or the same characters reordered)", () => {
    expect(p.unaligned.map((u) => [u.district, u.name, u.similarTo])).toEqual([
      ["硚口区", "河湖巡查次数", "巡河次数"],
      ["洪山区", "各级河湖长巡河次数", "巡河次数"],
    ]);
    expect(p.unaligned[0].reason.zh).toContain("可能与“巡河次数”相同");
  });

  it("makes MISSING say the district has no indicator of this name, and which of its own may be it", () => {
    expect(missing("洪山区").message.zh).toBe(
      "洪山区 未设置同名指标，其“各级河湖长巡河次数”可能为同一指标，请人工核对（7 个区中有 4 个区设置了“巡河次数”）",
    );
    expect(missing("硚口区").message.zh).toContain("其“河湖巡查次数”可能为同一指标");
    expect(missing("洪山区").message.en).toContain("may be the same indicator");
    // A district with nothing like it is simply missing it.
    expect(missing("蔡甸区").message.zh).toBe("蔡甸区 未设置“巡河次数”指标（7 个区中有 4 个区设置了该指标）");
  });

  it("offers reordered characters only in the same unit", () => {
    expect(variantScore("河湖巡查次", "巡河次", true)).toBeGreaterThanOrEqual(0.5);
    expect(variantScore("河湖巡查次", "巡河次", false)).toBeLessThan(0.5);
    expect(variantScore("群众满意度", "巡河次", true)).toBeLessThan(0.5);
  });
});

describe("the one unmatched count of a district that lacks one count in that unit", () => {
  const row = (name: string, v: number): Spec[] => [
    ["居家养老服务人次", ">=", 100000 + v, "人次"],
    [name, ">=", 20 + v, "个"],
  ];
  const p = compareDistricts([
    districtSource("社区居家养老服务补贴", {
      新城区: row("老年助餐点数量", 0),
      雁塔区: row("老年助餐点数量", 10),
      灞桥区: row("老年助餐点数量", -5),
      莲湖区: row("社区老年食堂数量", 2),
      鄠邑区: row("养老服务设施数量", 1),
    }),
  ]).programs[0];

  it("is offered as maybe the same when the names share two characters (社区老年食堂 ~ 老年助餐点)", () => {
    const lianhu = p.unaligned.find((u) => u.district === "莲湖区")!;
    expect(lianhu.similarTo).toBe("老年助餐点数量");
    const missing = p.indicators[1].flags.find((f) => f.code === "MISSING" && f.district === "莲湖区")!;
    expect(missing.message.zh).toContain("其“社区老年食堂数量”可能为同一指标");
  });

  it("is not offered when the names share less (养老服务设施 vs 老年助餐点)", () => {
    expect(p.unaligned.find((u) => u.district === "鄠邑区")!.similarTo).toBeUndefined();
  });
});

describe("the one unmatched count, where the indicator it may stand for is split by unit", () => {
  // 慰问困难群众 is held in 户 and in 人 within one district, so its aligned keys carry the unit
  // (慰问困难群众|人; 户 is counted as 家); the unit is no character of the name.
  const p = compareDistricts([
    districtSource("困难群众慰问经费", {
      海珠区: [
        ["慰问困难群众", ">=", 300, "户"],
        ["慰问困难群众", ">=", 800, "人"],
      ],
      荔湾区: [
        ["慰问困难群众", ">=", 200, "户"],
        ["慰问困难群众", ">=", 600, "人"],
      ],
      越秀区: [["特困人员", ">=", 50, "人"]],
      天河区: [["特困群体", ">=", 40, "人"]],
    }),
  ]).programs[0];

  it("counts only the names' characters: 特困人员 shares one with 慰问困难群众 (困), the unit 人 does not count", () => {
    expect(p.indicators.map((i) => i.key)).toEqual(["慰问困难群众|家", "慰问困难群众|人"]);
    expect(p.unaligned.map((u) => [u.district, u.name, u.similarTo])).toEqual([
      ["越秀区", "特困人员", undefined],
      // Two characters of the names (困, 群): still offered.
      ["天河区", "特困群体", "慰问困难群众"],
    ]);
  });
});
