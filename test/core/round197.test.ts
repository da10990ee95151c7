/**
 * Round 197: packed 绩效指标 cells and 绩效目标 prose of 佛山, 东莞, 珠海, 中山, 江门, 湛江, 汕头, 福州, 泉州, 南昌,
 * 赣州, 合肥 and 芜湖, scored against the gold written before the engine was run (round197.data.ts), and the
 * misreadings it found: 南昌's 红谷滩区 taken for a river's 滩区, a range in Chinese numerals glued to its name
 * (组织消防演练三至五次), sales and prices never an economic effect (意向成交额, 菠萝销售均价), and a state said to
 * improve with no category written given no 二级.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";
import { scoreRound197 } from "./round197.score";
import { PROBES_B } from "./round197b.data";
import { PROBES_C } from "./round197c.data";
import { PROBES_D } from "./round197d.data";
import { PROBES_E } from "./round197e.data";
import { PROBES_F } from "./round197f.data";

const HEAD = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];

/** The records of one packed cell, under a unit and a project of their own. */
const parse = (cell: string, unit = "某县农业农村局", project = "某项目") =>
  parseGrid(grid([HEAD, [unit, unit, project, "通过项目实施，提升服务水平。", cell]] as CellValue[][]))
    .indicators;

describe("round 197's unseen tables", () => {
  it("reads them as the gold says", () => {
    const s = scoreRound197();
    if (process.env.R197_SHOW) {
      console.log(
        JSON.stringify({ indicators: s.indicators, right: s.right, missing: s.missing, extra: s.extra }),
      );
      for (const m of s.misses)
        console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
      for (const e of s.extras) console.log(`EXTRA ${e}`);
    }
    expect(s.indicators).toBe(303);
    expect(s.right).toBeGreaterThanOrEqual(301);
  });
});

describe("a district whose name ends in a kind of area (南昌市红谷滩区)", () => {
  it("reads 红谷滩区 of a 街道's unit as the district", () => {
    const got = parse(
      "产出指标：建成社区养老服务驿站6个。",
      "南昌市红谷滩区沙井街道办事处",
      "沙井街道养老驿站运营",
    );
    expect(got.map((i) => i.district)).toEqual(["红谷滩区"]);
  });

  it("still reads a river's 滩区 as no district", () => {
    const got = parse("产出指标：迁建群众500户。", "某市水利局", "黄河滩区居民迁建");
    expect(got.map((i) => i.district)).toEqual([null]);
  });
});

describe("a range in Chinese numerals closing a name (三至五次)", () => {
  it("reads 组织消防演练三至五次 as 组织消防演练 between 3 and 5 次 (佛山市南海区)", () => {
    expect(
      parse("数量指标：开展平安宣传活动十二场，组织消防演练三至五次").map((i) => [
        i.name,
        i.comparator,
        i.value,
        i.valueMax,
        i.unit,
      ]),
    ).toEqual([
      ["开展平安宣传活动", "=", 12, null, "场"],
      ["组织消防演练", "between", 3, 5, "次"],
    ]);
  });

  it("reads a line's range after a space, and 到 for 至 (台山市)", () => {
    expect(
      parse("产出指标\n1、举办专题展览 三至五个\n2、开展宣传两到三场").map((i) => [
        i.name,
        i.value,
        i.valueMax,
        i.unit,
      ]),
    ).toEqual([
      ["举办专题展览", 3, 5, "个"],
      ["开展宣传", 2, 3, "场"],
    ]);
  });
});

describe("sales, prices and yields as economic effects", () => {
  it("infers 经济效益指标 for 成交额, 销售额, 消费 and 均价 in 元 under 效益指标 (澄海区, 徐闻县, 台山市)", () => {
    expect(
      parse(
        "效益指标：意向成交额≥2亿元；毛笔线上销售额增长20%；带动周边旅游消费≥2000万元；菠萝销售均价提高0.3元/斤以上；亩均增产粮食≥50公斤；甘蔗亩产提高0.5吨以上。",
      ).map((i) => i.level2Inferred),
    ).toEqual([
      "经济效益指标",
      "经济效益指标",
      "经济效益指标",
      "经济效益指标",
      "经济效益指标",
      "经济效益指标",
    ]);
  });

  it("leaves people counted under 效益指标 a social effect", () => {
    expect(parse("效益指标：吸引客商及游客≥5万人次。").map((i) => i.level2Inferred)).toEqual([
      "社会效益指标",
    ]);
  });
});

describe("a state said to improve, with no category written", () => {
  it("infers an effect for 乡村教师队伍稳定性：进一步增强 (南陵县)", () => {
    expect(
      parse("补助乡村教师人数：1260人左右\n乡村教师队伍稳定性：进一步增强").map((i) => [
        i.name,
        i.level2Inferred,
      ]),
    ).toEqual([
      ["补助乡村教师人数", "数量指标"],
      ["乡村教师队伍稳定性", "社会效益指标"],
    ]);
  });

  it("still infers nothing for words that say no change", () => {
    expect(parse("宣传资料内容：通俗易懂").map((i) => i.level2Inferred)).toEqual([null]);
  });
});

/** name, comparator, value, unit and kind of every record of one packed cell. */
const read = (cell: string) =>
  parse(cell).map((i) => [i.name, i.target, i.comparator, i.value, i.unit, i.kind]);

describe("突破 before a figure", () => {
  it("reads 服装城年交易额突破300亿元 as > 300亿元 (石狮市)", () => {
    expect(read("效益指标：服装城年交易额突破300亿元；接待游客，突破100万人次")).toEqual([
      ["服装城年交易额", "突破300亿元", ">", 30000000000, "元", "quantitative"],
      ["接待游客", "突破100万人次", ">", 1000000, "人次", "quantitative"],
    ]);
  });

  it("leaves breakthroughs counted as a count (技术突破3项)", () => {
    expect(read("产出指标：实现关键技术突破3项")).toEqual([
      ["实现关键技术突破", "3项", "=", 3, "项", "quantitative"],
    ]);
  });
});

describe("a name and its target set apart by a space, the target opening with its manner or bound", () => {
  it("reads the words after the space as the target (惠安县, 新会区, 石狮市)", () => {
    expect(
      read(
        "效益指标\n1、传承人队伍 逐步壮大\n2、带动农户增收 人均增收2000元以上\n3、服装城年交易额 突破300亿元",
      ),
    ).toEqual([
      ["传承人队伍", "逐步壮大", null, null, "", "qualitative"],
      ["带动农户增收", "人均增收2000元以上", ">=", 2000, "元", "quantitative"],
      ["服装城年交易额", "突破300亿元", ">", 30000000000, "元", "quantitative"],
    ]);
  });

  it("keeps a name's own space when the words after it open no target (a PDF's spaced name)", () => {
    expect(read("产出指标：定点医药机构现场检查 覆盖率 100%").map((r) => r[0])).toEqual([
      "定点医药机构现场检查 覆盖率",
    ]);
    // (有效 opening a measure's name, not a manner: the name's.)
    expect(read("产出指标：群众投诉 有效处理率 95%").map((r) => r[0])).toEqual(["群众投诉 有效处理率"]);
  });
});

describe("平均 before a change, and none in the year", () => {
  it("reads 企业生产效率平均提升15%以上 with 平均 in the target (晋江市)", () => {
    expect(read("效益指标：企业生产效率平均提升15%以上")).toEqual([
      ["企业生产效率", "平均提升15%以上", ">=", 15, "%", "quantitative"],
    ]);
  });

  it("reads 全年渔船重大安全事故为零 as none, not a date (福清市)", () => {
    expect(read("目标4：全年渔船重大安全事故为零；\n目标5：全年重大安全事故零发生。")).toEqual([
      ["全年渔船重大安全事故", "零", "=", 0, "", "quantitative"],
      ["全年重大安全事故", "零发生", "=", 0, "", "quantitative"],
    ]);
  });
});

describe("an age in words leading in, and a reach over a whole place", () => {
  it("reads the indicators after a lead-in that names the people served by their age (金平区)", () => {
    const r = parseGrid(
      grid([
        ["单位名称", "项目名称", "绩效目标"],
        [
          "汕头市金平区卫生健康局",
          "金平区适龄妇女两癌筛查",
          "为辖区35-64岁适龄妇女提供宫颈癌、乳腺癌免费筛查，全年完成宫颈癌筛查1.2万人、乳腺癌筛查1万人，早诊率≥60%。",
        ],
      ]),
    ).indicators;
    expect(r.map((i) => [i.name, i.value, i.unit])).toEqual([
      ["全年完成宫颈癌筛查", 12000, "人"],
      ["乳腺癌筛查", 10000, "人"],
      ["早诊率", 60, "%"],
    ]);
  });

  it("keeps an age that opens a name whole (65岁以上老年人健康管理率)", () => {
    expect(read("产出指标：65岁以上老年人健康管理率，≥72%").map((r) => r[0])).toEqual([
      "65岁以上老年人健康管理率",
    ]);
  });

  it("reads 覆盖全国主要城市 closing a name as a qualitative target (徐闻县)", () => {
    expect(read("产出指标：“菠萝的海”品牌宣传覆盖全国主要城市。")).toEqual([
      ["“菠萝的海”品牌宣传", "覆盖全国主要城市", null, null, "", "qualitative"],
    ]);
  });
});

describe("round 197's second batch, written after the fixes", () => {
  it("reads it as the gold says", () => {
    const s = scoreRound197(PROBES_B);
    if (process.env.R197_SHOW) {
      console.log(
        JSON.stringify({ indicators: s.indicators, right: s.right, missing: s.missing, extra: s.extra }),
      );
      for (const m of s.misses)
        console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
      for (const e of s.extras) console.log(`EXTRA ${e}`);
    }
    expect(s.indicators).toBe(68);
    expect(s.right).toBe(68);
  });
});

describe("the second batch's misreadings", () => {
  it("counts sections in Chinese numerals (改造老旧供水管网 两段, 南安市)", () => {
    expect(read("产出指标：改造老旧供水管网两段；整治河道3段")).toEqual([
      ["改造老旧供水管网", "两段", "=", 2, "段", "quantitative"],
      ["整治河道", "3段", "=", 3, "段", "quantitative"],
    ]);
  });

  it("cuts a sentence before a coded name and its bound (PM2.5年均浓度控制在…以内, 繁昌区)", () => {
    expect(
      read("建设空气质量微站20个，PM2.5年均浓度控制在32微克/立方米以内，空气质量优良天数比例达到85%以上。"),
    ).toEqual([
      ["建设空气质量微站", "20个", "=", 20, "个", "quantitative"],
      ["PM2.5年均浓度", "控制在32微克/立方米以内", "<=", 32, "微克/立方米", "quantitative"],
      ["空气质量优良天数比例", "达到85%以上", ">=", 85, "%", "quantitative"],
    ]);
  });

  it("infers work for things built that measure the air, and an effect for a pollutant's level or a use made easier", () => {
    expect(
      parse("建设空气质量微站20个\nPM2.5年均浓度≤32微克/立方米\n群众用水 更加便捷").map((i) => [
        i.name,
        i.level2Inferred,
      ]),
    ).toEqual([
      ["建设空气质量微站", "数量指标"],
      ["PM2.5年均浓度", "生态效益指标"],
      ["群众用水", "社会效益指标"],
    ]);
  });
});

describe("round 197's third batch, written after the second batch's fixes", () => {
  it("reads it as the gold says", () => {
    const s = scoreRound197(PROBES_C);
    if (process.env.R197_SHOW) {
      console.log(
        JSON.stringify({ indicators: s.indicators, right: s.right, missing: s.missing, extra: s.extra }),
      );
      for (const m of s.misses)
        console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
      for (const e of s.extras) console.log(`EXTRA ${e}`);
    }
    expect(s.indicators).toBe(41);
    expect(s.right).toBe(41);
  });
});

describe("round 197's fourth batch, written after the third batch's fix", () => {
  it("reads it as the gold says", () => {
    const s = scoreRound197(PROBES_D);
    if (process.env.R197_SHOW) {
      console.log(
        JSON.stringify({ indicators: s.indicators, right: s.right, missing: s.missing, extra: s.extra }),
      );
      for (const m of s.misses)
        console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
      for (const e of s.extras) console.log(`EXTRA ${e}`);
    }
    expect(s.indicators).toBe(31);
    expect(s.right).toBe(31);
  });
});

describe("the fourth batch's misreadings", () => {
  it("reads 不小于 inside a name as >= (鹤山市)", () => {
    expect(read("质量指标：考核合格率不小于９５％")).toEqual([
      ["考核合格率", "不小于９５％", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("reads a range of times before the act as the target (３～５个工作日内完成考核结果反馈)", () => {
    expect(
      parse("时效指标：３～５个工作日内完成考核结果反馈；群众来信7个工作日内办结").map((i) => [
        i.name,
        i.target,
        i.comparator,
        i.value,
        i.valueMax,
        i.unit,
      ]),
    ).toEqual([
      ["完成考核结果反馈", "３～５个工作日内", "between", 3, 5, "个工作日"],
      ["群众来信办结", "7个工作日内办结", "<=", 7, null, "个工作日"],
    ]);
  });

  it("infers quality for an error allowed, and not for a take-up rate (晋江市, 进贤县)", () => {
    expect(
      parse("产出指标：监测数据误差：±5%以内\n农村自来水普及率达到98%以上").map((i) => [
        i.name,
        i.level2Inferred,
      ]),
    ).toEqual([
      ["监测数据误差", "质量指标"],
      ["农村自来水普及率", "数量指标"],
    ]);
  });
});

describe("round 197's fifth batch, written after the fourth batch's fixes", () => {
  it("reads it as the gold says", () => {
    const s = scoreRound197(PROBES_E);
    if (process.env.R197_SHOW) {
      console.log(
        JSON.stringify({ indicators: s.indicators, right: s.right, missing: s.missing, extra: s.extra }),
      );
      for (const m of s.misses)
        console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
      for (const e of s.extras) console.log(`EXTRA ${e}`);
    }
    expect(s.indicators).toBe(22);
    expect(s.right).toBe(22);
  });
});

describe("the fifth batch's misreadings", () => {
  it("ends a name at the slash that cuts a line into columns (寮步镇)", () => {
    expect(read("产出指标/数量指标/改造农贸市场/2个\n效益指标/社会效益指标/购物环境/明显改善")).toEqual([
      ["改造农贸市场", "2个", "=", 2, "个", "quantitative"],
      ["购物环境", "明显改善", null, null, "", "qualitative"],
    ]);
  });

  it("keeps a slash inside a name (中/高风险人群筛查率)", () => {
    expect(read("产出指标：中/高风险人群筛查率≥90%").map((r) => r[0])).toEqual(["中/高风险人群筛查率"]);
  });

  it("infers an effect for a state reached with no category written (困难群众住房安全得到保障, 湾沚区)", () => {
    expect(parse("（4）困难群众住房安全得到保障；").map((i) => [i.name, i.level2Inferred])).toEqual([
      ["困难群众住房安全", "社会效益指标"],
    ]);
  });
});

describe("round 197's sixth batch, written after the fifth batch's fixes", () => {
  it("reads it as the gold says", () => {
    const s = scoreRound197(PROBES_F);
    if (process.env.R197_SHOW) {
      console.log(
        JSON.stringify({ indicators: s.indicators, right: s.right, missing: s.missing, extra: s.extra }),
      );
      for (const m of s.misses)
        console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
      for (const e of s.extras) console.log(`EXTRA ${e}`);
    }
    expect(s.indicators).toBe(24);
    expect(s.right).toBe(24);
  });
});

describe("a period of the calendar before 内完成 (round 197's leftover)", () => {
  // 2025年3-5月内完成 had been read as "within 3–5 months": name 2025年完成, target 5月内完成 or 3-5月内完成, no date.
  it.each([
    ["2025年3-5月内完成", "2025年3-5月内"],
    ["2025年3月-5月内完成", "2025年3月-5月内"],
    ["2025年3至5月内完成", "2025年3至5月内"],
  ])("%s is a deadline, as 2025年3-5月完成 is", (written, target) => {
    const [rec] = parse(`1、时效指标：${written}。2、数量指标：培训人数≥300人。`);
    expect([rec.name, rec.target, rec.kind, rec.date]).toEqual(["完成", target, "date", "2025-05"]);
  });

  it("a time to act within is still one (3～5个工作日内完成反馈)", () => {
    const [a] = parse("1、时效指标：群众来信3～5个工作日内完成反馈。");
    expect([a.name, a.target, a.value, a.valueMax, a.unit]).toEqual([
      "群众来信完成反馈",
      "3～5个工作日内完成反馈",
      3,
      5,
      "个工作日",
    ]);
  });
});
