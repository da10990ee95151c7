/**
 * Probe round 202: a note naming the form as first filed (原填报>=90%, 初稿为“=>90%”) or calling the mark
 * the original's after it (<=5%为原表) keeps the mark as typed; a line to sign with underlined blanks
 * (签字：__________  日期：____年__月__日) is never edited; a caption's number keeps its space before the
 * title (表1  项目绩效目标 never 表1项目…); a minus sign after a comparator is the number's (≤ -5 ℃); a note
 * saying what was changed or taken away (已将>=改为≥, 将原“>=90%”改为“≥90%”, 删除多余的，，) keeps it as typed;
 * COMPARATOR-WORDS, when ticked, leaves the words a note says the original wrote (原表写作大于等于90%); a
 * form's goal cell above its indicators' header is cleaned, its title, names and labels are not; the header
 * of a second form stacked under the first (项目名称 | 乙项目 over it) is offered, not removed.
 */
import { keepProtected } from "../../../src/core/cleanup/protectedSpans";
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { isSignatureLine } from "../../../src/core/cleanup/signatures";
import { settingsFromRules } from "../../../src/core/cleanup";
import { cleanedRow, grid, revert, run } from "./helpers";

describe("H1: a note naming the form as first filed keeps its mark", () => {
  test.each([
    "原填报>=90%",
    "原报>=90%",
    "原上报 =>90%",
    "初稿为“=>90%”",
    "送审稿作>=90%",
    "报送稿中为>=90%",
    "<=5%为原表",
    "≧95%系原稿",
  ])("%s stays as typed", (note) => {
    expect(cleanedRow("≥90%", note).note).toBe(note);
    expect(keepProtected(fixPunctuation)(note)).toBe(note);
  });

  test.each([
    ["满意度>=90%，按原报告执行", "满意度≥90%，按原报告执行"],
    ["<=5%为原则", "≤5%为原则"],
    ["事故率<=5%为原表要求的一半", "事故率≤5%为原表要求的一半"],
    ["“>=90%”为上级下达", "“≥90%”为上级下达"],
  ])("a mark the words do not call the original's is cleaned: %s → %s", (before, after) => {
    expect(keepProtected(fixPunctuation)(before)).toBe(after);
  });
});

describe("H2: a line to sign with underlined blanks", () => {
  test.each([
    "签字：__________  日期：____年__月__日",
    "签名：  ",
    "经手人：__________  ",
    "日期：____年__月__日",
  ])("%s is a signature line, never edited", (text) => {
    expect(isSignatureLine(text)).toBe(true);
    expect(cleanedRow("≥90%", text).note).toBe(text);
  });

  test.each(["签字笔采购数量", "完成签字确认。。", "下划线____", "2025年 11月 30日"])("%s is not", (text) => {
    expect(isSignatureLine(text)).toBe(false);
  });
});

describe("M1: a caption's number keeps its space before the title", () => {
  test.each(["表1 项目绩效目标", "附件3 资金明细", "图2 项目区位图", "附表1-2 项目清单"])(
    "%s stays",
    (text) => {
      expect(fixSpaces(text)).toBe(text);
    },
  );

  test.each([
    ["表1  项目绩效目标", "表1 项目绩效目标"],
    ["发表3 篇论文", "发表3篇论文"],
    ["完成 5 项目标任务", "完成 5项目标任务"],
  ])("%s → %s", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });
});

describe("M2: a minus sign after a comparator is the number's", () => {
  test.each([
    ["≤ -5 ℃", "≤-5℃"],
    ["≥ -10%", "≥-10%"],
  ])("%s → %s", (before, after) => {
    expect(fixSpaces(before)).toBe(after);
  });

  test.each(["≥ - 5", "A ≥ -"])("%s keeps its minus apart", (text) => {
    expect(fixSpaces(text).includes("-")).toBe(true);
  });
});

describe("H3: a note saying what was changed or taken away keeps it as typed", () => {
  test.each([
    "已将>=改为≥",
    "将原“>=90%”改为“≥90%”",
    "把 =>90% 改成≥90%",
    ">=统一替换为≥",
    "删除多余的，，",
    "去掉“。。”",
  ])("%s stays as typed", (note) => {
    expect(cleanedRow("≥90%", note).note).toBe(note);
    expect(keepProtected(fixPunctuation)(note)).toBe(note);
  });

  test.each([
    ["满意度>=90%，改为季度考核", "满意度≥90%，改为季度考核"],
    ["完成验收。。多余部分退回", "完成验收。多余部分退回"],
    ["“十四五”规划 。。", "“十四五”规划。"],
  ])("words elsewhere in the cell do not keep a mark: %s → %s", (before, after) => {
    expect(cleanedRow("≥90%", before).note).toBe(after);
  });
});

describe("H4: COMPARATOR-WORDS leaves the words a note says the original wrote", () => {
  const ticked = settingsFromRules(["SPACE", "PUNCT", "COMPARATOR-WORDS"]);
  const cleanedWith = (note: string) =>
    String(
      run(
        grid([
          ["三级指标", "指标值", "备注"],
          ["满意度", "不低于90%", note],
        ]),
        ticked,
      ).grid.values[1][2],
    );

  test.each(["原表写作大于等于90%", "原填报不少于5000份", "初稿为至少3次", "原表为 不低于 90%"])(
    "%s stays as typed",
    (note) => {
      expect(cleanedWith(note)).toBe(note);
    },
  );

  it("the target beside it is rewritten as ticked", () => {
    expect(
      run(
        grid([
          ["三级指标", "指标值", "备注"],
          ["满意度", "不低于90%", "原表写作大于等于90%"],
        ]),
        ticked,
      ).grid.values[1][1],
    ).toBe("≥90%");
  });

  test.each([
    ["满意度大于等于90%", "满意度≥90%"],
    ["不少于3次，不超过5次", "≥3次，≤5次"],
  ])("words no note calls the original's are rewritten: %s → %s", (before, after) => {
    expect(cleanedWith(before)).toBe(after);
  });
});

describe("M3: a form's goal cell above its indicators' header", () => {
  const form = () =>
    grid([
      ["项目支出绩效目标表 。。", "", "", ""],
      ["项目名称", "坝上 防沙治沙项目", "", ""],
      ["主管部门", "承德市林业和草原局", "实施单位", "围场县林草局"],
      ["年度目标", "完成防沙治沙 2 万亩 。。 林草植被覆盖度提高 2 个百分点", "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "治沙面积", "≥ 2 万亩"],
      ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
      ["填报单位(盖章)：      填报日期：  年  月  日", "", "", ""],
    ]);

  it("is cleaned; the title, the names and the signature line are not", () => {
    const g = form();
    const result = run(g);
    expect([...new Set(result.proposal.edits.map((e) => e.cell))].sort()).toEqual(["B4", "D6"]);
    expect(result.grid.values[3][1]).toBe("完成防沙治沙 2万亩。林草植被覆盖度提高2个百分点");
    expect(revert(result.grid, result.log).grid.values).toEqual(g.values);
    expect(run(result.grid, undefined, result.log).proposal.edits).toEqual([]);
  });
});

describe("H5: a second form's own header is offered, not removed", () => {
  const form = (name: string, target: string) => [
    ["项目名称", name, "", ""],
    ["年度目标", `完成${name}建设`, "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新建道路", target],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];

  it("stays, with the reason, while the forms' cells are cleaned", () => {
    const g = grid([...form("甲项目", "≥ 3公里"), ["", "", "", ""], ...form("乙项目", "≥ 5公里")]);
    const result = run(g);
    const row = result.proposal.edits.find((e) => e.rule === "HEADER-REPEAT");
    expect(row?.applied).toBe(false);
    expect(row?.note?.zh).toContain("另一个项目的表单");
    expect(result.grid.values[8]).toEqual(["一级指标", "二级指标", "三级指标", "指标值"]);
    expect(result.grid.values[9][3]).toBe("≥5公里");
    expect(run(result.grid, undefined, result.log).proposal.edits).toEqual([]);
  });

  it("a header repeated inside one form after a page break still goes", () => {
    const one = form("甲项目", "≥3公里");
    const g = grid([
      ...one,
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["效益指标", "社会效益指标", "受益人口", "≥1200人"],
    ]);
    const result = run(g);
    expect(
      result.proposal.edits.filter((e) => e.rule === "HEADER-REPEAT" && e.applied).map((e) => e.cell),
    ).toEqual(["6:6"]);
  });
});
