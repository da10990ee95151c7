/**
 * Round 204: reading leftovers — a qualified state after a name (湖区水质稳定达标, 设备稳定运行), and a period of
 * months written first with its deed before a whole indicator (2025年5月至10月开展…，累计打捞藻浆≥5万吨) — then the
 * gaps the round's probe (round204.data.ts) found, each with cells written fresh.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";
import { scoreRound197 } from "./round197.score";
import { PROBES_204 } from "./round204.data";
import { PROBES_204B } from "./round204b.data";

const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind, i.target]);

/** The records of one packed cell in a 项目名称 | 绩效指标 table. */
const cell = (text: string) =>
  read([
    ["项目名称", "绩效指标"],
    ["示范", text],
  ]);

describe("a state with its qualifier after a name (稳定达标, 稳定运行)", () => {
  it("reads 稳定 as the state's, not the name's (湖区水质 | 稳定达标)", () => {
    expect(cell("1、效益指标：湖区水质稳定达标。")).toEqual([
      ["湖区水质", null, null, "", "qualitative", "稳定达标"],
    ]);
    expect(cell("2、效益指标：集中式饮用水水源地水质稳定合格。")).toEqual([
      ["集中式饮用水水源地水质", null, null, "", "qualitative", "稳定合格"],
    ]);
  });

  it("still joins a second state after a 、 when the qualified state is the second whole (明显改善、稳定达标)", () => {
    expect(cell("1、效益指标：镇区河道水质明显改善、稳定达标。")).toEqual([
      ["镇区河道水质", null, null, "", "qualitative", "明显改善、稳定达标"],
    ]);
  });

  it("reads 稳定运行 closing the words as the target, as 持续运行 is", () => {
    expect(cell("1、效益指标：农村污水处理设施稳定运行。")).toEqual([
      ["农村污水处理设施", null, null, "", "qualitative", "稳定运行"],
    ]);
    expect(cell("2、可持续影响指标：监测站点长期稳定运行。")).toEqual([
      ["监测站点", null, null, "", "qualitative", "长期稳定运行"],
    ]);
  });

  it("cuts 稳定运行 under a label before another indicator, not before a figure of its own word (稳定可靠)", () => {
    expect(cell("2、效益指标：污水处理站稳定运行，出水达标率100%。")).toEqual([
      ["污水处理站", null, null, "", "qualitative", "稳定运行"],
      ["出水达标率", "=", 100, "%", "quantitative", "100%"],
    ]);
    expect(cell("2、效益指标：监控平台和前端设备稳定运行，平台95%稳定可靠。").map((r) => r[0])).toEqual([
      "监控平台和前端设备稳定运行",
    ]);
  });

  it("cuts a held grade (稳定达标) after another state in prose, as a held state (运行平稳) is", () => {
    expect(cell("污水处理设施稳定运行，出水水质稳定达标，群众满意度≥90%。")).toEqual([
      ["污水处理设施", null, null, "", "qualitative", "稳定运行"],
      ["出水水质", null, null, "", "qualitative", "稳定达标"],
      ["群众满意度", ">=", 90, "%", "quantitative", "≥90%"],
    ]);
  });

  it("reads a state met (达标) after words of when the outcome comes as a name's state (项目实施后，…)", () => {
    expect(cell("项目实施后，湖区水质稳定达标，群众满意度≥90%。")).toEqual([
      ["湖区水质", null, null, "", "qualitative", "稳定达标"],
      ["群众满意度", ">=", 90, "%", "quantitative", "≥90%"],
    ]);
    expect(cell("通过项目实施，出水水质达标。")).toEqual([
      ["出水水质", null, null, "", "qualitative", "达标"],
    ]);
  });
});

describe("a period of months written first, its deed, then a whole indicator (round 197's leftover)", () => {
  it("reads the period and its deed as a date of its own, the indicator after the comma by its own name", () => {
    expect(cell("2025年5月至10月开展蓝藻巡查打捞，累计打捞藻浆≥5万吨。")).toEqual([
      ["开展蓝藻巡查打捞", null, null, "", "date", "2025年5月至10月"],
      ["累计打捞藻浆", ">=", 50000, "吨", "quantitative", "≥5万吨"],
    ]);
    expect(cell("1、时效指标：2025年3月—11月开展巡河，巡河次数不少于36次。")).toEqual([
      ["开展巡河", null, null, "", "date", "2025年3月—11月"],
      ["巡河次数", ">=", 36, "次", "quantitative", "不少于36次"],
    ]);
    expect(cell("2025年1-6月开展防溺水宣传，发放宣传资料≥5000份。").map((r) => r[0])).toEqual([
      "开展防溺水宣传",
      "发放宣传资料",
    ]);
  });

  it("keeps a period before a measure's name whose target follows the comma one indicator", () => {
    expect(cell("2025年1-6月支出进度，≥50%。")).toEqual([
      ["2025年1-6月支出进度", ">=", 50, "%", "quantitative", "≥50%"],
    ]);
  });
});

describe("a span of months and its deed among other indicators (the probe's gaps)", () => {
  it("cuts a span of months and its deed after a figure, a date of its own", () => {
    expect(cell("1.数量指标：新建蓄水池3口，2025年4月至6月集中施工。")).toEqual([
      ["新建蓄水池", "=", 3, "口", "quantitative", "3口"],
      ["集中施工", null, null, "", "date", "2025年4月至6月"],
    ]);
  });

  it("reads a check passed after a span of months or a deadline and its deed as an indicator of its own", () => {
    expect(cell("2025年3月至6月组织施工，工程质量验收合格。")).toEqual([
      ["组织施工", null, null, "", "date", "2025年3月至6月"],
      ["工程质量验收", null, null, "", "qualitative", "合格"],
    ]);
    expect(cell("2025年9月底前完成护岸建设，护岸工程质量合格。").map((r) => r[0])).toEqual([
      "完成护岸建设",
      "护岸工程质量",
    ]);
    expect(cell("改造供水管网2公里，管网工程一次性验收合格。").map((r) => r[0])).toEqual([
      "改造供水管网",
      "管网工程一次性验收",
    ]);
  });

  it("leaves a span of months before a deed's figure out of its name, and cuts before it after a figure", () => {
    expect(cell("2025年9月至11月举办农民丰收节活动3场。")).toEqual([
      ["举办农民丰收节活动", "=", 3, "场", "quantitative", "3场"],
    ]);
    expect(cell("排查隐患点40处，2025年5月至9月每周巡查不少于1次。")).toEqual([
      ["排查隐患点", "=", 40, "处", "quantitative", "40处"],
      ["每周巡查", ">=", 1, "次", "quantitative", "不少于1次"],
    ]);
  });

  it("reads 2025年全年 and its deed after a figure as a date of its own", () => {
    expect(cell("培训村医≥80人次，2025年全年开展巡回义诊。").map((r) => [r[0], r[4]])).toEqual([
      ["培训村医", "quantitative"],
      ["全年开展巡回义诊", "date"],
    ]);
  });
});

describe("states the probe found unread", () => {
  it("reads 持续恢复, 逐步壮大 and 保持完好 closing the words as the target", () => {
    expect(cell("效益指标：湖区鱼类种群持续恢复。")).toEqual([
      ["湖区鱼类种群", null, null, "", "qualitative", "持续恢复"],
    ]);
    expect(cell("效益指标：志愿服务队伍逐步壮大，群众参与度明显提高。").map((r) => [r[0], r[5]])).toEqual([
      ["志愿服务队伍", "逐步壮大"],
      ["群众参与度", "明显提高"],
    ]);
    expect(cell("2025年10月底前完成修缮，古建筑本体保持完好，群众满意度≥90%。").map((r) => r[0])).toEqual([
      "完成修缮",
      "古建筑本体",
      "群众满意度",
    ]);
  });

  it("cuts a held grade said of a two-character subject (水质 | 稳定达标) before another indicator", () => {
    expect(cell("效益指标：管网运行平稳，水质稳定达标，受益人口1.2万人。").map((r) => [r[0], r[5]])).toEqual([
      ["管网运行", "平稳"],
      ["水质", "稳定达标"],
      ["受益人口", "1.2万人"],
    ]);
  });

  it("cuts at a ； before a class of water reached in a numbered item (水质稳定达到Ⅲ类)", () => {
    expect(cell("1.生态效益指标：河道生态明显改善；断面水质稳定达到Ⅲ类。").map((r) => [r[0], r[5]])).toEqual([
      ["河道生态", "明显改善"],
      ["断面水质", "稳定达到Ⅲ类"],
    ]);
  });
});

describe("the 二级 inferred for what the probe left uninferred", () => {
  const inferred = (text: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["示范", text],
      ]),
    ).indicators.map((i) => [i.name, i.level2Inferred]);

  it("gives a state that grows, comes back or goes down an effect, as one that improves", () => {
    expect(inferred("群众文艺团队逐步壮大。")).toEqual([["群众文艺团队", "社会效益指标"]]);
    expect(inferred("城区易涝点明显减少。")).toEqual([["城区易涝点", "社会效益指标"]]);
  });

  it("gives a thing kept running the lasting effect, and a grade met as the target quality", () => {
    expect(inferred("垃圾中转站稳定运行。")).toEqual([["垃圾中转站", "可持续影响指标"]]);
    expect(inferred("饮用水水质稳定达标。")).toEqual([["饮用水水质", "质量指标"]]);
  });

  it("gives a value produced that grows an economic effect, and wetlands an ecological one", () => {
    expect(inferred("蔬菜产业产值同比增长6%。")).toEqual([["蔬菜产业产值", "经济效益指标"]]);
    expect(inferred("效益指标：湿地植被覆盖度逐步提高。")).toEqual([["湿地植被覆盖度", "生态效益指标"]]);
  });
});

describe("round 204's probe: 24 cells and 18 rows of states, qualifiers, periods and deadlines (round204.data.ts)", () => {
  it("reads 143 of the 156 gold indicators right, with no record the gold does not name", () => {
    const s = scoreRound197(PROBES_204);
    if (process.env.R204_SHOW)
      for (const m of s.misses)
        console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
    expect(s.indicators).toBe(156);
    expect(s.right).toBeGreaterThanOrEqual(143);
    expect(s.extra).toBe(0);
  });
});

describe("round 204's second batch, written after the fixes (round204b.data.ts)", () => {
  it("reads all 47 gold indicators right (the festival period before a name fixed in round 209, the event's 二级 in round 212)", () => {
    const s = scoreRound197(PROBES_204B);
    expect([s.indicators, s.right, s.extra]).toEqual([47, 47, 0]);
  });

  it("reads 长期安全稳定运行 as a thing kept running's target, its qualifier with it", () => {
    expect(cell("可持续影响指标：泵站长期安全稳定运行。")).toEqual([
      ["泵站", null, null, "", "qualitative", "长期安全稳定运行"],
    ]);
  });

  it("cuts an event that must not happen after a state reached by a subject of its own, in prose too", () => {
    expect(cell("病虫害发生面积明显减少，全年不发生重大植物疫情，果农满意度≥90%。").map((r) => r[0])).toEqual(
      ["病虫害发生面积", "重大植物疫情", "果农满意度"],
    );
    // (After a state held, or a safety reached, the event says more of it: one.)
    expect(cell("运行平稳，不发生重大事故。")).toHaveLength(1);
    expect(cell("群众安全感明显提升，不发生重大安全事故。")).toHaveLength(2);
  });
});
