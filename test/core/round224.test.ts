/**
 * Round 224: a probe of the name and category fields — name, level1, level2, level2Inferred and seq — scored
 * against the gold written before the engine was run (round224.data.ts).
 */
import { parseGrid } from "../../src/core/parse";
import { parseItem } from "../../src/core/text/item";
import { grid } from "../support/grid";
import { BATCH1, BATCH2, type CatCase, type CatGold } from "./round224.data";

const FIELDS = ["name", "level1", "level2", "level2Inferred", "seq"] as const;

/** Scores cases: each field per record, and the records whose five fields are all the gold's, paired in order. */
function score(cases: CatCase[]) {
  const fields: Record<(typeof FIELDS)[number], number> = {
    name: 0,
    level1: 0,
    level2: 0,
    level2Inferred: 0,
    seq: 0,
  };
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = parseGrid(grid(c.rows)).indicators;
    if (got.length !== c.gold.length) misses.push(`${c.name}: ${got.length} records for ${c.gold.length}`);
    c.gold.forEach((g, k) => {
      total++;
      const r = got[k];
      const mine: CatGold | null = r ? [r.name, r.level1, r.level2, r.level2Inferred, r.seq] : null;
      FIELDS.forEach((_, f) => {
        if (mine && mine[f] === g[f]) fields[FIELDS[f]]++;
      });
      if (mine && JSON.stringify(mine) === JSON.stringify(g)) right++;
      else
        misses.push(
          `${c.name} #${k + 1} | ${r?.target ?? "-"}\n  gold ${JSON.stringify(g)}\n  got  ${JSON.stringify(mine)}`,
        );
    });
  }
  return { right, total, fields, misses };
}

const show = (s: ReturnType<typeof score>) => {
  if (process.env.R224_SHOW)
    console.log(`${s.right}/${s.total} ${JSON.stringify(s.fields)}\n${s.misses.join("\n")}`);
};

describe("round 224's names and categories", () => {
  // As written 239 of 250 (name 248, level1 250, level2 249, level2Inferred 241, seq 249), no gold corrected;
  // after the fixes 249. The one left: 超过30天未办结案件比例 ≤5% under 产出 with no 二级 is inferred a count (a 比例
  // is no 率 to the inference), where the gold says quality.
  it("reads the first batch as the gold says, but one", () => {
    const s = score(BATCH1);
    show(s);
    expect(s.total).toBe(250);
    expect(s.right).toBe(249);
    expect(s.fields).toEqual({ name: 250, level1: 250, level2: 250, level2Inferred: 249, seq: 250 });
  });
});

/** The records of rows under 一级 | 二级 | 三级 | 指标值, as [name, level1, level2, level2Inferred, seq]. */
const rows = (...r: string[][]) =>
  parseGrid(grid([["一级指标", "二级指标", "三级指标", "指标值"], ...r])).indicators.map((i) => [
    i.name,
    i.level1,
    i.level2,
    i.level2Inferred,
    i.seq,
  ]);
/** The records of one packed cell, as [name, level1, level2, level2Inferred, seq]. */
const packed = (text: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["示范项目", text],
    ]),
  ).indicators.map((i) => [i.name, i.level1, i.level2, i.level2Inferred, i.seq]);

describe("round 224's second batch", () => {
  // Scored once after the first batch's fixes: 58 of 61 (name 61, level1 61, level2 60, level2Inferred 58, seq 61);
  // 59 with the gold's 【满意度指标】 corrected (round 166a's reading); 61 after the two fixes below it prompted.
  it("reads it as the gold says", () => {
    const s = score(BATCH2);
    show(s);
    expect(s.total).toBe(61);
    expect(s.right).toBe(61);
  });
});

describe("a 二级 written with 效应 for 效益 (经济效应指标)", () => {
  it("reads the 二级 it stands for", () => {
    expect(rows(["效益指标", "经济效应指标", "减少学校维修支出", "≥8万元"])[0]).toEqual([
      "减少学校维修支出",
      "效益指标",
      "经济效益指标",
      null,
      null,
    ]);
    expect(rows(["效益指标", "社会效应指标", "受益学生人数", "≥800人"])[0][2]).toBe("社会效益指标");
  });
});

describe("the 二级 inferred under 效益指标", () => {
  const inferred = (name: string, target: string) => rows(["效益指标", "", name, target])[0][3];

  it("reads water saved and a pollutant's concentration as ecological", () => {
    expect(inferred("新增高效节水灌溉面积", "≥8000亩")).toBe("生态效益指标");
    expect(inferred("PM2.5年均浓度", "≤35微克/立方米")).toBe("生态效益指标");
    expect(inferred("二氧化氮浓度", "≤40微克/立方米")).toBe("生态效益指标");
  });

  it("reads a home's surroundings (居住环境) as social, the natural environment as before", () => {
    expect(inferred("小区居住环境", "明显改善")).toBe("社会效益指标");
    expect(inferred("农村生态环境", "明显改善")).toBe("生态效益指标");
  });

  it("reads 低收入 as the people helped, not an income (农村低收入群体住房安全保障率)", () => {
    expect(inferred("农村低收入群体住房安全保障率", "100%")).toBe("社会效益指标");
    expect(inferred("低收入农户人均可支配收入增幅", "≥8%")).toBe("经济效益指标");
    expect(inferred("农民人均可支配收入", "≥1.5万元")).toBe("经济效益指标");
  });
});

describe("a satisfaction survey counted (开展群众满意度调查 | 2次)", () => {
  it("is work done, counted, under 产出", () => {
    expect(rows(["产出指标", "", "开展群众满意度调查", "2次"])[0][3]).toBe("数量指标");
    expect(rows(["产出指标", "", "满意度测评次数", "≥4次"])[0][3]).toBe("数量指标");
  });

  it("leaves satisfaction itself and its results as satisfaction", () => {
    expect(rows(["产出指标", "", "群众满意度", "≥90%"])[0][3]).toBe("服务对象满意度指标");
    expect(rows(["产出指标", "", "满意度调查满意率", "≥90%"])[0][3]).toBe("服务对象满意度指标");
    expect(rows(["满意度指标", "", "开展满意度调查", "2次"])[0][3]).toBe("服务对象满意度指标");
  });
});

describe("a lasting mechanism with no category written (救助工作长效机制 | 建立健全)", () => {
  const read = (name: string, target: string) =>
    parseGrid(
      grid([
        ["三级指标", "指标值"],
        [name, target],
      ]),
    ).indicators[0].level2Inferred;

  it("is the effect that lasts", () => {
    expect(read("救助工作长效机制", "建立健全")).toBe("可持续影响指标");
    expect(read("河湖长效管护", "落实到位")).toBe("可持续影响指标");
  });

  it("leaves a figure or a date on it as before", () => {
    expect(read("长效管护制度落实率", "100%")).toBe("质量指标");
    expect(read("长效机制建立时间", "2024年12月底前")).toBe("时效指标");
  });
});

describe("money lent (发放创业担保贷款 | 1.5亿元)", () => {
  const read = (name: string, target: string) => rows(["产出指标", "", name, target])[0][3];

  it("is how much the work provides, a quantity, not a cost", () => {
    expect(read("发放创业担保贷款", "≥1.5亿元")).toBe("数量指标");
    expect(read("贷款发放额", "≥8000万元")).toBe("数量指标");
  });

  it("leaves the subsidy on a loan a cost (贷款贴息资金)", () => {
    expect(read("贷款贴息资金", "≤500万元")).toBe("成本指标");
  });
});

describe("a score in brackets after a 一级 label (满意度指标（10）分：)", () => {
  it("numbers nothing: the item after it keeps its own number", () => {
    expect(
      packed("产出指标（40-50）分：1.改造农村危房85户。满意度指标（10）分：2.改造户满意度≥95%。"),
    ).toEqual([
      ["改造农村危房", "产出指标", null, "数量指标", 1],
      ["改造户满意度", "满意度指标", null, "服务对象满意度指标", 2],
    ]);
  });

  it("leaves a numbered item whose name starts with 分 alone ((1)分类收集…)", () => {
    expect(packed("产出指标：(1)分类收集点≥20个；(2)清运量≥300吨").map((r) => [r[0], r[4]])).toEqual([
      ["分类收集点", 1],
      ["清运量", 2],
    ]);
  });
});

describe("a bound on what is counted inside a name (年收入超过5万元的脱贫户数≥300户)", () => {
  const read = (t: string) => [parseItem(t).name, parseItem(t).target];

  it("keeps the bound in the name and reads the later sign as the target", () => {
    expect(read("年收入超过5万元的脱贫户数≥300户")).toEqual(["年收入超过5万元的脱贫户数", "≥300户"]);
    expect(read("月工资低于3000元的岗位数量≤10个")).toEqual(["月工资低于3000元的岗位数量", "≤10个"]);
    expect(read("年龄超过60岁的老人体检人数≥800人")).toEqual(["年龄超过60岁的老人体检人数", "≥800人"]);
  });

  it("leaves a bound that is the target alone (培训人数超过500人次)", () => {
    expect(read("培训人数超过500人次")).toEqual(["培训人数", "超过500人次"]);
    expect(read("补助标准不低于每人每月100元")).toEqual(["补助标准", "不低于每人每月100元"]);
  });
});

describe("what the second batch found", () => {
  it("keeps 满意度指标 among labels of 二级 a 二级 (社会效益指标：…满意度指标：…)", () => {
    expect(
      packed("数量指标：公厕改造12座。社会效益指标：人居环境明显改善。满意度指标：群众满意度≥90%。")[2],
    ).toEqual(["群众满意度", "满意度指标", "服务对象满意度指标", null, null]);
  });

  it("reads the days funds are paid out in as timeliness (补贴资金兑付周期 | ≤30天)", () => {
    expect(rows(["产出指标", "", "补贴资金兑付周期", "≤30天"])[0][3]).toBe("时效指标");
    expect(rows(["产出指标", "", "补贴资金兑付金额", "≤30万元"])[0][3]).toBe("成本指标");
  });

  it("reads a road's condition index as quality (路面技术状况指数（PQI） | ≥80)", () => {
    expect(
      parseGrid(
        grid([
          ["三级指标", "指标值"],
          ["路面技术状况指数（PQI）", "≥80"],
        ]),
      ).indicators[0].level2Inferred,
    ).toBe("质量指标");
  });
});
