/**
 * Round 148 (P2): a rows table pasted from a PDF, where a long 三级 name or 指标值 overflows into the next row
 * and that row's other cells are blank. The overflow goes on the indicator above it (joined with no
 * separator, the record read from the first row), never a record of its own; a real indicator written
 * without a target stays one.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

/** 一级指标 | 二级指标 | 三级指标 | 指标值 under a project's name, the rows given after the header. */
function read(rows: CellValue[][]) {
  const values: CellValue[][] = [
    ["项目名称", "测试项目"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...rows,
  ];
  const r = parseGrid(grid(values));
  // Nothing lost: every cell under the header is in some record's raw text, or its row in a message.
  const reported = r.messages.map((m) => m.text.zh).join("");
  values.forEach((row, k) => {
    if (k < 2 || reported.includes(`第 ${k + 1} 行`)) return;
    for (const v of row)
      if (v !== null && String(v).trim())
        expect(r.indicators.some((i) => i.text.includes(String(v).trim()))).toBe(true);
  });
  return r.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit, i.kind, i.date]);
}

describe("a name wrapped into the next row (标准化建设村卫生 / 室数量)", () => {
  it("joins a piece that cannot stand alone: 率, 件, （套）, after 及", () => {
    expect(
      read([
        ["产出指标", "质量指标", "耳标信息与实物一致", "≥ 98%"],
        [null, null, "率", null],
        [null, "数量指标", "配置基本诊疗设备", "≥ 1440 台"],
        [null, null, "（套）", null],
        [null, "成本指标", "每头（只）耳标及", "≤ 6.8 元"],
        [null, null, "录入成本", null],
        ["效益指标", "社会效益指标", "畜产品质量安全事", "0 起"],
        [null, null, "件", null],
      ]),
    ).toEqual([
      ["D3", "耳标信息与实物一致率", ">=", 98, "%", "quantitative", null],
      ["D5", "配置基本诊疗设备（套）", ">=", 1440, "台", "quantitative", null],
      ["D7", "每头（只）耳标及录入成本", "<=", 6.8, "元", "quantitative", null],
      ["D9", "畜产品质量安全事件", "=", 0, "起", "quantitative", null],
    ]);
  });

  it("joins a short piece under a line as wide as the column prints, beside a target", () => {
    expect(
      read([
        ["产出指标", "数量指标", "标准化建设村卫生", "72 个"],
        [null, null, "室数量", null],
        [null, "质量指标", "村卫生室建设达标率", "100 %"],
        [null, "成本指标", "单个村卫生室建设补", "≤ 14.5 万元"],
        [null, null, "助标准", null],
        ["效益指标", "社会效益指标", "村卫生室服务人口覆", "≥ 95%"],
        [null, null, "盖率", null],
      ]),
    ).toEqual([
      ["D3", "标准化建设村卫生室数量", "=", 72, "个", "quantitative", null],
      ["D5", "村卫生室建设达标率", "=", 100, "%", "quantitative", null],
      ["D6", "单个村卫生室建设补助标准", "<=", 145000, "元", "quantitative", null],
      ["D8", "村卫生室服务人口覆盖率", ">=", 95, "%", "quantitative", null],
    ]);
  });

  it("keeps a real indicator written without a target under the widest name (EMPTY-TARGET)", () => {
    expect(
      read([
        ["产出指标", "质量指标", "项目建设验收合格率", "≥ 95%"],
        [null, null, "满意度", null],
        [null, "数量指标", "村卫生室数量", "72 个"],
        [null, null, "其他", null],
      ]),
    ).toEqual([
      ["D3", "项目建设验收合格率", ">=", 95, "%", "quantitative", null],
      ["D4", "满意度", null, null, "", "empty", null],
      ["D5", "村卫生室数量", "=", 72, "个", "quantitative", null],
    ]);
  });

  it("keeps a short name of its own under a narrower name, and one beside a 二级 of its own", () => {
    expect(
      read([
        ["产出指标", "数量指标", "标准化建设村卫生室数量", "72 个"],
        [null, null, "培训人数", "200 人"],
        [null, null, "服务人口覆", "≥ 95%"],
        [null, "质量指标", "盖率", null],
      ]).map((r) => r[1]),
    ).toEqual(["标准化建设村卫生室数量", "培训人数", "服务人口覆", "盖率"]);
  });
});

describe("a target wrapped into the next row (2025 年 11 月 30 / 日前)", () => {
  it("reads the date the two lines write, not a figure and a bogus record", () => {
    expect(
      read([
        ["产出指标", "时效指标", "项目完成时间", "2025 年 11 月 30"],
        [null, null, null, "日前"],
        [null, null, "项目实施周期", "2025 年 3 月-2025"],
        [null, null, null, "年 10 月"],
        [null, null, "资金拨付时间", "2025 年"],
        [null, null, null, "12 月底前"],
      ]),
    ).toEqual([
      ["D3", "项目完成时间", null, null, "", "date", "2025-11-30"],
      ["D5", "项目实施周期", null, null, "", "date", "2025-10"],
      ["D7", "资金拨付时间", null, null, "", "date", "2025-12-31"],
    ]);
  });

  it("joins a unit or a percent sign after a figure", () => {
    expect(
      read([
        ["产出指标", "数量指标", "培训人数", "≥ 1200"],
        [null, null, null, "人次"],
        [null, "质量指标", "资金到位率", 100],
        [null, null, null, "%"],
      ]),
    ).toEqual([
      ["D3", "培训人数", ">=", 1200, "人次", "quantitative", null],
      ["D5", "资金到位率", "=", 100, "%", "quantitative", null],
    ]);
  });

  it("keeps a second target of a name merged over two rows, and a second date", () => {
    const rows = read([
      ["产出指标", "数量指标", "培训人数", "线上200人"],
      [null, null, null, "线下300人"],
      [null, "时效指标", "完成时间", "2025年12月"],
      [null, null, null, "2026年6月"],
    ]);
    expect(rows.map((r) => r[0])).toEqual(["D3", "D4", "D5", "D6"]);
  });
});

describe("a table with 指标方向 and 权重 (a PDF page's wrapped rows)", () => {
  it("joins the overflow rows and reads the period's end", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "牦牛藏羊原产地可追溯工程"],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标方向", "权重"],
        ["产出指标", "质量指标", "耳标信息与实物一致", "≥ 98%", "正向", "10"],
        [null, null, "率", null, null, null],
        [null, "时效指标", "项目实施周期", "2025 年 3 月-2025", "正向", "5"],
        [null, null, null, "年 10 月", null, null],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥ 90%", "正向", "10"],
      ]),
    );
    expect(r.indicators.map((i) => [i.cell, i.name, i.kind, i.date, i.text])).toEqual([
      [
        "D3",
        "耳标信息与实物一致率",
        "quantitative",
        null,
        "产出指标 | 质量指标 | 耳标信息与实物一致率 | 正向 | ≥ 98%",
      ],
      ["D5", "项目实施周期", "date", "2025-10", "时效指标 | 项目实施周期 | 正向 | 2025 年 3 月-2025年 10 月"],
      [
        "D7",
        "养殖户满意度",
        "quantitative",
        null,
        "满意度指标 | 服务对象满意度指标 | 养殖户满意度 | 正向 | ≥ 90%",
      ],
    ]);
    expect(r.messages).toEqual([]);
    expect(r.tables[0].range).toBe("A2:F7");
  });
});

describe("a category wrapped into the next row (服务对象满意 / 度指标)", () => {
  it("joins its rest to the indicator's row: no row left unread, the whole 二级 in the raw text", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥ 200 人"],
        ["满意度指标", "服务对象满意", "农牧民群众满意度", "≥ 90"],
        [null, "度指标", null, "以上"],
      ]),
    );
    expect(
      r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name, i.comparator, i.value, i.text]),
    ).toEqual([
      ["D3", "产出指标", "数量指标", "培训人数", ">=", 200, "产出指标 | 数量指标 | 培训人数 | ≥ 200 人"],
      [
        "D4",
        "满意度指标",
        "服务对象满意度指标",
        "农牧民群众满意度",
        ">=",
        90,
        "满意度指标 | 服务对象满意度指标 | 农牧民群众满意度 | ≥ 90以上",
      ],
    ]);
    expect(r.messages).toEqual([]);
  });

  it("leaves a 二级 of its own, and a target under a placeholder, as they were", () => {
    expect(
      read([
        ["产出指标", "数量指标", "培训人数", "—"],
        [null, null, null, "≥ 200 人"],
        [null, "质量", "合格率", "≥ 95%"],
        [null, "时效指标", "完成时间", "2025年12月底"],
      ]).map((r) => r[0]),
    ).toEqual(["D3", "D4", "D5", "D6"]);
  });
});
