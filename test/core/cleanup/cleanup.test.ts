/** Cleanup on messy tables built by hand: packed layout, rows layout, headerless text; log and revert. */
import type { CellValue } from "../../../src/core/grid";
import {
  changedPart,
  cleanupLogPlan,
  defaultCleanupSettings,
  proposeCleanup,
  readCleanupLog,
  settingsFromRules,
  locateTable,
  parseRuleList,
} from "../../../src/core/cleanup";
import { isSignatureLine } from "../../../src/core/cleanup/signatures";
import { joinNameBreaks } from "../../../src/core/cleanup/nameBreaks";
import { HEADER, TIME, grid, revert, run } from "./helpers";

const PACKED: CellValue[][] = [
  ["项目支出绩效目标表"],
  [],
  [...HEADER],
  [
    "广州市应急管理局 ",
    "广州市\u3000应急管理局",
    "应急管理经费",
    "提高能力。。提升水平",
    "1、产出指标:巡查企业数,不少于1万家次。1、效益指标：满意度，>=90％。1、产出指标：时效，≦3天。",
  ],
  [
    "广州市应急管理局",
    "广州市应急管理局",
    "防灾经费",
    "防震减灾灾灾工作",
    "1、产出指标：会商、装备、装备、休息场所，≧５台。2、效益指标：社会效益效益，显著",
  ],
  [],
  [...HEADER],
  [
    "广州市应急管理局",
    "广州市应急管理局",
    2024,
    "项目\n\n说明",
    "1、产出指标：培训人次，＞＝200人次。3、满意度指标：满意度，≥ 90%",
  ],
  [...HEADER],
  ["广州市应急管理局", "广州市应急管理局", "设备购置", "=SUM(A1)", "1、成本指标：单价(元/台)，＜5000"],
];

describe("packed table (one row per project)", () => {
  const t = grid(
    PACKED,
    "2022",
    PACKED.map((r, i) => r.map((_, c) => i === 9 && c === 3)),
  );
  const first = run(t);
  const at = (row: number, col: number) => first.grid.values[row - 1][col - 1];

  test("finds the header and the repeated header rows", () => {
    expect(locateTable(t)).toMatchObject({
      headerRow: 3,
      firstRow: 3,
      lastRow: 10,
      repeatedHeaderRows: [7, 9],
    });
  });

  test("removes repeated header rows bottom-up and logs them with their cells", () => {
    const rows = first.entries.filter((e) => e.edit.kind === "row");
    expect(rows.map((e) => e.edit.cell)).toEqual(["9:9", "7:7"]);
    expect(rows[0].edit.before).toBe(HEADER.join(" | "));
    expect(first.grid.values.length).toBe(PACKED.length - 2);
  });

  test("cleans spaces, punctuation, numbering and comparators", () => {
    expect(at(4, 1)).toBe("广州市应急管理局");
    // A full-width space between words may separate items: it becomes one plain space.
    expect(at(4, 2)).toBe("广州市 应急管理局");
    expect(at(4, 4)).toBe("提高能力。提升水平");
    expect(at(4, 5)).toBe(
      "1、产出指标：巡查企业数，不少于1万家次。2、效益指标：满意度，≥90%。3、产出指标：时效，≤3天。",
    );
    expect(at(5, 5)).toBe("1、产出指标：会商、装备、装备、休息场所，≥5台。2、效益指标：社会效益效益，显著");
    // row 8 moved up to 7 after row 7 was removed
    expect(at(7, 4)).toBe("项目\n说明");
    expect(at(7, 5)).toBe("1、产出指标：培训人次，≥200人次。2、满意度指标：满意度，≥90%");
    expect(at(8, 5)).toBe("1、成本指标：单价（元/台），<5000");
  });

  test("never touches numbers or formulas, and never turns text into a formula", () => {
    expect(at(7, 3)).toBe(2024);
    expect(at(8, 4)).toBe("=SUM(A1)");
    expect(first.entries.some((e) => e.edit.cell === "D8" || e.edit.cell === "D10")).toBe(false);
  });

  test("typos are proposed, not applied, by default; ticking TYPO applies them", () => {
    const typos = first.entries.filter((e) => e.edit.rule === "TYPO");
    expect(typos.map((e) => [e.action, e.edit.cell])).toEqual([
      ["declined", "D5"],
      ["declined", "E5"],
    ]);
    expect(at(5, 4)).toBe("防震减灾灾灾工作");
    const ticked = run(first.grid, settingsFromRules(["TYPO"]), first.log);
    expect(ticked.grid.values[4][3]).toBe("防震减灾工作");
    expect(ticked.grid.values[4][4]).toBe(
      "1、产出指标：会商、装备、休息场所，≥5台。2、效益指标：社会效益，显著",
    );
  });

  test("a second run proposes nothing", () => {
    expect(proposeCleanup(first.grid, defaultCleanupSettings(), first.log).edits).toEqual([]);
  });

  test("log addresses are those of the cleaned sheet", () => {
    const e = first.entries.find((x) => x.edit.rule === "NUMBERING" && x.edit.after.includes("培训人次"));
    expect(e?.edit.cell).toBe("E7");
  });

  test("the log survives being written as a sheet and read back, and revert restores every cell", () => {
    const plan = cleanupLogPlan(first.log);
    const back = readCleanupLog(grid(plan.values, plan.name));
    expect(back.messages).toEqual([]);
    expect(back.entries).toEqual(first.log);
    const undone = revert(first.grid, back.entries);
    expect(undone.plan.conflicts).toEqual([]);
    expect(undone.grid.values).toEqual(t.values);
  });

  test("revert of one rule restores only that rule's cells", () => {
    const undone = revert(first.grid, first.log, { rules: ["HEADER-REPEAT"] });
    expect(undone.grid.values.length).toBe(PACKED.length);
    expect(undone.grid.values[6]).toEqual(HEADER);
    expect(undone.grid.values[8]).toEqual(HEADER);
    expect(undone.grid.values[7][4]).toBe("1、产出指标：培训人次，≥200人次。2、满意度指标：满意度，≥90%");
    // and a later full revert still finds every cell where it is now
    expect(revert(undone.grid, undone.log).grid.values).toEqual(t.values);
  });

  test("a cell changed by the officer after cleanup is not overwritten, and is reported", () => {
    const edited = { ...first.grid, values: first.grid.values.map((r) => [...r]) };
    edited.values[3][4] = "我自己改过";
    const undone = revert(edited, first.log);
    expect(undone.grid.values[3][4]).toBe("我自己改过");
    expect(undone.plan.conflicts.map((c) => c.entry.edit.cell)).toEqual(["E4", "E4"]);
    expect(undone.plan.conflicts[0].message.zh).toContain("未还原");
    expect(undone.grid.values[3][0]).toBe("广州市应急管理局 ");
  });

  test("reverting an early edit of a cell also reverts the later edits of that cell", () => {
    const punct = first.log.find((e) => e.edit.cell === "E4" && e.edit.rule === "PUNCT");
    const numbering = first.log.find((e) => e.edit.cell === "E4" && e.edit.rule === "NUMBERING");
    const undone = revert(first.grid, first.log, { ids: [punct?.id ?? -1] });
    expect(undone.plan.alsoReverted).toEqual([numbering?.id]);
    expect(undone.grid.values[3][4]).toBe(PACKED[3][4]);
  });
});

describe("rows layout (one row per indicator)", () => {
  const header = ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"];
  const rows: CellValue[][] = [
    [...header],
    ["应急经费", "项目完成指标", "数量指标(或建筑规模指标)", " 巡查企业数 ", "不少于1万", "家次"],
    [null, null, null, "巡查整改率", 0.2, "％"],
    [...header],
    [...header],
    [null, "效果指标", "社会效益指标", "隐患数", "大于 3万", "项"],
    [null, "满意度指标", "社会公众或服务对象满意度指标", "满意度", "≧９０", "%"],
  ];
  const t = grid(rows);

  test("adjacent repeated headers are both removed and both restored in order", () => {
    const first = run(t);
    expect(first.grid.values.length).toBe(5);
    expect(revert(first.grid, first.log).grid.values).toEqual(rows);
    // restoring only the lower one puts it back under the data, above the next data row
    const lower = first.entries.find((e) => e.edit.cell === "5:5");
    const only = revert(first.grid, first.log, { ids: [lower?.id ?? -1] });
    expect(only.grid.values.map((r) => r[3])).toEqual([
      "三级指标",
      "巡查企业数",
      "巡查整改率",
      "三级指标",
      "隐患数",
      "满意度",
    ]);
  });

  test("CATEGORY and COMPARATOR-WORDS are off by default, on when chosen", () => {
    const byDefault = run(t);
    expect(byDefault.grid.values[1][1]).toBe("项目完成指标");
    expect(byDefault.grid.values[1][4]).toBe("不少于1万");
    const chosen = run(t, settingsFromRules(["CATEGORY", "COMPARATOR-WORDS", "SPACE", "PUNCT"]));
    expect(chosen.grid.values.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual([
      ["产出指标", "数量指标", "≥1万"],
      [null, null, 0.2],
      ["一级指标", "二级指标", "指标值"],
      ["一级指标", "二级指标", "指标值"],
      ["效益指标", "社会效益指标", ">3万"],
      ["满意度指标", "服务对象满意度指标", "≥90"],
    ]);
  });
});

describe("headerless text", () => {
  test("cleans the whole range and says so", () => {
    const t = grid([["1、产出指标：甲，>=5台。1、效益指标：乙。。"], [12]]);
    const first = run(t);
    expect(first.proposal.messages[0].zh).toContain("没有找到");
    // 1、 under each 一级 named is outline numbering: left as written.
    expect(first.grid.values).toEqual([["1、产出指标：甲，≥5台。1、效益指标：乙。"], [12]]);
  });
});

describe("reading a log back", () => {
  test("a damaged line is skipped with a message, the rest is read", () => {
    const log = run(grid(PACKED, "2022")).log;
    const plan = cleanupLogPlan(log);
    const values = plan.values.map((r) => [...r]);
    values[1][11] = "{broken"; // the row removal's restore data
    values[2][4] = "NOPE";
    const back = readCleanupLog(grid(values, plan.name));
    expect(back.entries.length).toBe(log.length - 2);
    expect(back.messages.map((m) => m.zh)).toEqual([
      "清理日志第 2 行的还原数据已损坏，已跳过。",
      "清理日志第 3 行的规则“NOPE”无法识别，已跳过。",
    ]);
  });

  test("a sheet that is not our log is refused", () => {
    expect(readCleanupLog(grid([["时间", "单元格"]])).messages[0].zh).toContain("不是本工具写入的清理日志");
  });

  test("the log plan keeps text as text", () => {
    const plan = cleanupLogPlan(run(grid(PACKED, "2022")).log);
    expect(plan.kind).toBe("cleanup-log");
    expect(plan.name).toBe("清理日志");
    expect(plan.formats?.some((f) => f.numberFormat === "@" && f.range.startsWith("B2:L"))).toBe(true);
    expect(plan.values[1].slice(1, 6)).toEqual([
      TIME,
      "2022",
      "9:9",
      "HEADER-REPEAT",
      "删除整行 row removed",
    ]);
    const punct = plan.values.find((r) => r[4] === "PUNCT" && r[3] === "D4");
    expect(punct?.[5]).toBe("提高能力。。提升水平 → 提高能力。提升水平");
  });
});

describe("an edit of spaces only shows them in 改动 (probe r80: both sides read the same)", () => {
  test.each([
    [
      "2024年安全生产执法检查经费 ",
      "2024年安全生产执法检查经费",
      ["…生产执法检查经费␣", "…生产执法检查经费"],
    ],
    ["-  下降5% ", "- 下降5%", ["-␣␣下降5%␣", "-␣下降5%"]],
    ["件\u3000\u30002、", "件 2、", ["件␣␣␣␣2、", "件␣2、"]],
    ["完成。\u200B", "完成。", ["完成。⸢零宽⸣", "完成。"]],
    // Other edits are shown as written, their spaces too.
    ["巡查 企业数 ,完成", "巡查 企业数，完成", ["巡查 企业数 ,完成", "巡查 企业数，完成"]],
  ])("%j → %j", (before, after, shown) => {
    expect(changedPart(before, after)).toEqual(shown);
  });

  test("the log marks them and says what ␣ is; 修改前 and 修改后 keep the text exactly, for revert", () => {
    const log = run(grid([[...HEADER], ["某局 ", "某单位", "项目", "目标。", "巡查企业数≥1万家次"]])).log;
    const plan = cleanupLogPlan(log);
    const line = plan.values.find((r) => r[3] === "A2");
    expect(line?.[5]).toBe("某局␣ → 某局\n␣ 为空格 = a space");
    expect(line?.slice(6, 8)).toEqual(["某局 ", "某局"]);
    const back = readCleanupLog(grid(plan.values as CellValue[][], "清理日志"));
    expect(back.entries).toEqual(log);
  });
});

test("the log wraps 改动, 修改前 and 修改后 and gives long ones taller rows, at most sixteen lines", () => {
  const log = run(grid(PACKED, "2022")).log;
  const long = "提高能力。。提升水平".repeat(40);
  const entry = { ...log[log.length - 1], id: 99 };
  const plan = cleanupLogPlan([...log, { ...entry, edit: { ...entry.edit, before: long, after: long } }]);
  const last = plan.values.length;
  expect(plan.formats).toContainEqual({ range: `F2:H${last}`, wrapText: true });
  // A packed cell of seven lines is shown whole (probe round 65: w1 G7 was cut at eight).
  expect(plan.rowHeights?.[last]).toBe(16 * 15 + 3);
  // The header wraps too: 还原数据（请勿修改） / Restore data (do / not edit) takes three lines at width 24.
  expect(plan.rowHeights?.[1]).toBe(3 * 15 + 3);
});

describe("--rules parsing", () => {
  test("accepts names case-insensitively and rejects unknown ones clearly", () => {
    expect(parseRuleList("space, punct，typo")).toEqual({ ids: ["SPACE", "PUNCT", "TYPO"] });
    const bad = parseRuleList("SPACE,FOO");
    expect("error" in bad && bad.error.zh).toContain("FOO");
  });
});

describe("only the table's own cells are edited", () => {
  // A rows table (header A2:E2), a 合计 row, a note below it and a remark right of the header.
  const t = grid([
    ["2024年项目支出绩效目标表"],
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["应急管理", "产出指标", "数量指标", "巡查企业数", "≥ 350家。。"],
    ["应急管理", "效益指标", "社会效益指标", "事故起数", "≤3起", null, "内部备注：核对。。"],
    ["应急管理", "满意度指标", "服务对象满意度指标", "群众满意度", "≥ 90 %"],
    [],
    ["注：1、本表金额单位为万元。。2、指标值请填写 具体数值，，"],
    ["填表人：王  明    审核人:李强"],
  ]);

  test("footers, notes below the table and cells right of its header are left alone", () => {
    const edited = run(t).proposal.edits.map((e) => e.cell);
    expect(edited).toEqual(expect.arrayContaining(["E3", "E5"]));
    expect(edited).not.toContain("G4");
    expect(edited).not.toContain("A7");
    expect(edited).not.toContain("A8");
  });
});

describe("a line to sign or fill in by hand is never edited", () => {
  // Two 申报表 stacked on one sheet are read as one table: the first one's footer lies inside it (probe r80 08).
  const form = (n: string, rows: CellValue[][]): CellValue[][] => [
    [`2024年项目支出绩效目标申报表（${n}）`],
    ["项目名称", "家庭医生签约服务", null, "实施单位", "某区卫生健康局"],
    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ...rows,
    ["填报单位(盖章)：          填报日期：  年  月  日"],
  ];
  const t = grid([
    ...form("一", [
      ["产出指标", "数量指标", "重点人群签约人数", "≥ 3.2万人"],
      ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥ 85 %"],
    ]),
    [],
    ...form("二", [["产出指标", "数量指标", "受益学生人数", "12,000人"]]),
  ]);

  test("the footer between two stacked forms keeps its blanks; the table's cells are cleaned", () => {
    const edits = run(t).proposal.edits;
    expect(edits.map((e) => e.cell)).toEqual(expect.arrayContaining(["D4", "D5"]));
    expect(edits.filter((e) => e.cell === "A6" || e.cell === "A13")).toEqual([]);
  });

  test.each([
    ["填报单位(盖章)：          填报日期：  年  月  日", true],
    ["填报人：        联系电话：", true],
    ["审核人：        日期：", true],
    ["单位负责人（签字）：", true],
    ["财政资金管理科室(盖章)      年   月   日", true],
    ["联系人及电话：张三 13800000000", true],
    ["印章（公章）刻制备案服务", false],
    ["2024年12月 底前完成", false],
    ["群众满意度 ≥ 90 %", false],
  ])("%s: a line to sign: %s", (text, expected) => {
    expect(isSignatureLine(text)).toBe(expected);
  });
});

describe("a line break inside a name the engine reads whole is offered, not made (probe r80 06!C6)", () => {
  const t = grid([
    [...HEADER],
    ["某局", "某单位", "动物防疫", "做好动物防疫。", "1、巡查养殖\n场数不少于200个\n2、强制免疫密度≥90%"],
    ["某局", "某单位", "培训", "开展培训。", "培训人数≥500人\n培训合格率≥95%"],
  ]);

  test("a proposal with a note, on the cleaned text; a break the engine does not join is left", () => {
    const edits = run(t).proposal.edits.filter(
      (e) => e.kind === "cell" && /\n/.test(e.before) && e.rule === "SPACE",
    );
    expect(edits).toEqual([
      expect.objectContaining({
        cell: "E2",
        applied: false,
        before: "1、巡查养殖\n场数不少于200个\n2、强制免疫密度≥90%",
        after: "1、巡查养殖场数不少于200个\n2、强制免疫密度≥90%",
        note: expect.objectContaining({ zh: expect.stringContaining("“巡查养殖场数”") }),
      }),
    ]);
    // Not taken, it is logged as declined and not offered again.
    const first = run(t);
    expect(proposeCleanup(first.grid, defaultCleanupSettings(), first.log).edits).toEqual([]);
    // Off with SPACE.
    expect(run(t, settingsFromRules(["PUNCT"])).proposal.edits.filter((e) => !e.applied)).toEqual([]);
  });

  test.each([
    ["巡查养殖\n场数≥200个", ["巡查养殖场数"], "巡查养殖场数≥200个"],
    ["巡查养殖 \n 场数≥200个", ["巡查养殖场数"], "巡查养殖场数≥200个"],
    ["巡查养殖场数≥200个\n场数", ["巡查养殖场数"], "巡查养殖场数≥200个\n场数"],
    ["改造小区\n数量≥5个", ["改造小区", "数量"], "改造小区\n数量≥5个"],
  ])("%j with names %j → %j", (text, names, expected) => {
    expect(joinNameBreaks(text, names)).toBe(expected);
  });
});

describe("an edit of a name says so", () => {
  const t = grid([
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
    ["安全生产执法检查经费 (海珠区)", "产出指标", "数量指标", "助餐点  数量", "≥ 3处。。"],
  ]);
  const packed = grid([
    [...HEADER],
    [
      "局",
      "单位",
      "空气质量",
      "目标",
      "1、效益指标：PM2.5浓度(μg/m3)≤35。。2、产出指标：巡查企业数，，不少于1万家次",
    ],
  ]);

  test("a project name and an indicator name are marked; the target is not", () => {
    const edits = run(t).proposal.edits;
    expect(edits.find((e) => e.cell === "A2")?.note?.zh).toMatch(/改动涉及项目名称/);
    expect(edits.find((e) => e.cell === "D2")?.note?.zh).toMatch(/改动涉及指标名称/);
    expect(edits.filter((e) => e.cell === "E2").every((e) => e.note === undefined)).toBe(true);
  });

  test("in a packed cell, only an edit that changes a name read from it", () => {
    const edits = run(packed).proposal.edits.filter((e) => e.cell === "E2");
    const punct = edits.find((e) => e.rule === "PUNCT");
    expect(punct?.after).toContain("PM2.5浓度（μg/m3）");
    expect(punct?.note?.zh).toMatch(/改动涉及指标名称/);
  });

  test("the note is written to the log and read back with the entry", () => {
    const { log } = run(t);
    const plan = cleanupLogPlan(log);
    const back = readCleanupLog(grid(plan.values, plan.name)).entries;
    expect(back.find((e) => e.edit.cell === "A2")?.edit.note?.zh).toMatch(/改动涉及项目名称/);
    expect(String(plan.values.find((r) => r[3] === "A2")?.[5])).toMatch(/改动涉及项目名称/);
  });
});
