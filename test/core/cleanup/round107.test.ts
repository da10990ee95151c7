/** Probe round 107: what the third probe of the cleanup found (H1, H2, H3, M1, M2, M3, judgement calls). */
import type { CellValue } from "../../../src/core/grid";
import { cleanupLogPlan, defaultCleanupSettings, readCleanupLog } from "../../../src/core/cleanup";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { parseGrid } from "../../../src/core/parse";
import { grid, revert, run } from "./helpers";

describe("H1: numbers that count up are a list, also before a unit", () => {
  test.each([
    "维修教室（101 102 103 间）",
    "涉及 201 202 203 户",
    "标段 101 102 103 公里处",
    "开通 110 119 120 次",
    "≥ 101 102 103 间",
  ])("%s stays", (input) => {
    expect(fixSpaces(input)).toBe(input.replace("≥ ", "≥"));
  });

  test.each([
    ["1 200 人", "1200人"],
    ["≤ 1 200 000元", "≤1200000元"],
    ["12 500 亩", "12500亩"],
    ["≥ 100 000 元", "≥100000元"],
    ["覆盖 1 200 万人", "覆盖 1200万人"],
  ])("a number written in groups still joins: %s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });
});

describe("H2: a heading glued to the item before it restarts the count", () => {
  const glued = [
    [
      "（一）数量指标：1.A≥1个；2.B≥2个（二）质量指标：1.C≥90%；1.D≥95%",
      "（一）数量指标：1.A≥1个；2.B≥2个（二）质量指标：1.C≥90%；2.D≥95%",
    ],
    [
      "一、产出指标：1.清扫道路≥50公里；2.清理垃圾≥3000吨二、效益指标：1.村庄清洁率≥95%；1.群众知晓率≥90%",
      "一、产出指标：1.清扫道路≥50公里；2.清理垃圾≥3000吨二、效益指标：1.村庄清洁率≥95%；2.群众知晓率≥90%",
    ],
  ];
  test.each(glued)("%s", (input, expected) => {
    expect(fixNumbering(input)).toBe(expected);
    expect(fixNumbering(expected)).toBe(expected);
  });

  test("words that only look like a numeral and 、 are no heading", () => {
    expect(fixNumbering("1.统一、规范标识≥10处；2.A≥1个；2.B≥2个")).toBe(
      "1.统一、规范标识≥10处；2.A≥1个；3.B≥2个",
    );
  });

  test("the parser reads the items after a glued heading under it", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", glued[0][0]],
      ]),
    );
    const level2 = Object.fromEntries(r.indicators.map((i) => [i.name, i.level2]));
    expect(level2).toEqual({ A: "数量指标", B: "数量指标", C: "质量指标", D: "质量指标" });
    const r2 = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", glued[1][0]],
      ]),
    );
    const byName = Object.fromEntries(r2.indicators.map((i) => [i.name, [i.level1, i.value]]));
    expect(byName["清理垃圾"]).toEqual(["产出指标", 3000]);
    expect(byName["村庄清洁率"]?.[0]).toBe("效益指标");
  });
});

describe("H3: a repeated number before a digit, in the slot the numbers around it leave", () => {
  test("is renumbered with the others, never the right number after it alone", () => {
    const input = "1、2025年3月底前完成招标；2、2025年6月底前开工；2、2025年12月底前完工；4、文物安全事故0起";
    expect(fixNumbering(input)).toBe(
      "1、2025年3月底前完成招标；2、2025年6月底前开工；3、2025年12月底前完工；4、文物安全事故0起",
    );
  });

  test("a number before a digit that fits no slot keeps the items after it as written", () => {
    expect(fixNumbering("1、A；2、B；5、2025年完工；4、C")).toBe("1、A；2、B；5、2025年完工；4、C");
  });

  test("a point before a digit stays a decimal, and the items after it keep their numbers", () => {
    expect(fixNumbering("1.A；2.B；2.5万元；4.C")).toBe("1.A；2.B；2.5万元；4.C");
  });
});

describe("M1: a space between a number and 万 or 亿 and a unit", () => {
  test.each([
    ["≥ 3 万人", "≥3万人"],
    ["≥ 5 万亩", "≥5万亩"],
    ["≤ 1.5 亿元", "≤1.5亿元"],
    ["≥1.2 万吨/日", "≥1.2万吨/日"],
  ])("%s → %s", (input, expected) => {
    expect(fixSpaces(input)).toBe(expected);
  });
});

describe("M2: a comma, 、 or ； before a full stop", () => {
  test.each([
    ["执行检查，。。有效", "执行检查。有效"],
    ["达到70%以上；。", "达到70%以上。"],
    ["≥98%；。", "≥98%。"],
    ["≥90%，。", "≥90%。"],
  ])("%s → %s", (input, expected) => {
    expect(fixPunctuation(input)).toBe(expected);
    expect(fixPunctuation(expected)).toBe(expected);
  });
});

describe("M3: a two-row header repeated as one flattened row", () => {
  const upper: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值", null, null];
  const lower: CellValue[] = [null, null, null, "2025年", "2026年", "2027年"];
  const rows: CellValue[][] = [
    ["某区2025-2027年项目中期绩效目标表"],
    upper,
    lower,
    ["产出指标", "数量指标", "改造户数", "≥1200户", "≥1500户", "≥1800户"],
    ["产出指标", "时效指标", "开工时间", "2025年3月底前", "2026年3月底前", "2027年3月底前"],
    ["一级指标", "二级指标", "三级指标", "2025年", "2026年", "2027年"],
    ["效益指标", "社会效益指标", "居民居住条件改善率", "≥90%", "≥92%", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "≥88%", "≥90%"],
  ];
  test("is removed, and revert puts it back", () => {
    const g = grid(rows.map((r) => [...r]));
    const done = run(g);
    const removed = done.proposal.edits.filter((e) => e.kind === "row" && e.applied).map((e) => e.cell);
    expect(removed).toEqual(["6:6"]);
    expect(revert(done.grid, done.log).grid.values).toEqual(g.values);
  });
});

describe("judgement calls", () => {
  test("a project name in a budget-system export is proposed, not applied", () => {
    const g = grid([
      ["单位编码", "单位名称", "项目代码", "项目名称", "三级指标", "指标值"],
      [
        "[101002]",
        "【101002】某区卫生健康委员会",
        "36010025T000000123457",
        "【2025】基本公共卫生服务(65岁以上老人体检)",
        "健康管理人数",
        "不少于 8000人",
      ],
      [
        "[101002]",
        "【101002】某区卫生健康委员会",
        "36010025T000000123457",
        "【2025】基本公共卫生服务(65岁以上老人体检)",
        "建档率",
        "≥90%",
      ],
    ]);
    const done = run(g);
    const d2 = done.proposal.edits.filter((e) => e.cell === "D2");
    expect(d2.length).toBeGreaterThan(0);
    expect(d2.every((e) => !e.applied)).toBe(true);
    expect(d2[0].note?.zh).toContain("预算系统");
    expect(done.grid.values[1][3]).toBe("【2025】基本公共卫生服务(65岁以上老人体检)");
    expect(done.grid.values[1][5]).toBe("不少于8000人");
    // Declined, it is not offered again.
    expect(run(done.grid, defaultCleanupSettings(), done.log).proposal.edits).toEqual([]);
  });

  test("a project name elsewhere is still cleaned", () => {
    const g = grid([
      ["项目名称", "三级指标", "指标值"],
      ["基本公共卫生服务(65岁以上老人体检)", "健康管理人数", "≥8000人"],
    ]);
    expect(run(g).grid.values[1][0]).toBe("基本公共卫生服务（65岁以上老人体检）");
  });

  test("an edit in a hidden row is marked on the 清理日志, and the mark is read back", () => {
    const g = {
      ...grid([
        ["项目名称", "三级指标", "指标值"],
        ["项目甲", "培训人数", "≥ 100人"],
        ["项目乙", "覆盖户数", "≥ 200户"],
      ]),
      hidden: { rows: [3], columns: [] },
    };
    const done = run(g);
    const byCell = Object.fromEntries(done.entries.map((e) => [e.edit.cell, e.edit.hidden]));
    expect(byCell).toEqual({ C2: undefined, C3: true });
    const plan = cleanupLogPlan(done.log);
    const line = plan.values.find((r) => r[3] === "C3") as unknown[];
    expect(String(line[5])).toContain("隐藏");
    const back = readCleanupLog(grid(plan.values as CellValue[][], "清理日志"));
    expect(back.entries.find((e) => e.edit.cell === "C3")?.edit.hidden).toBe(true);
    expect(back.entries.find((e) => e.edit.cell === "C2")?.edit.hidden).toBeUndefined();
  });
});
