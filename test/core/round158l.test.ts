/**
 * Round 158 (reading): a unit's label after a labelled target (指标值：1260人；计量单位：人), two categories'
 * fields a space apart inside a numbered item, and a deadline after slash-separated figures.
 */
import { readBrief } from "../support/packedCell";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("a unit's label after a labelled target completes it (指标名称：…；指标值：…；计量单位：…)", () => {
  it("reads the unit's label as the target's unit, agreeing with it or filling it in, never as an indicator", () => {
    expect(readBrief("指标名称：培训人次；指标值：1260人；计量单位：人")).toEqual([
      ["培训人次", "=", 1260, "人", "quantitative"],
    ]);
    expect(readBrief("指标名称：验收合格率；目标值：≥95%；单位：%")).toEqual([
      ["验收合格率", ">=", 95, "%", "quantitative"],
    ]);
    expect(readBrief("指标名称：培训人次；指标值：1260；计量单位：人次")).toEqual([
      ["培训人次", "=", 1260, "人次", "quantitative"],
    ]);
    expect(readBrief("指标名称：服务站数量；指标值：12个 计量单位：个")).toEqual([
      ["服务站数量", "=", 12, "个", "quantitative"],
    ]);
  });

  it("keeps the target's own text without the label, on a line of its own and in a numbered list", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        [
          "某项目",
          "三级指标：改造户数\n指标值：≥1.2\n计量单位：万户\n三级指标：验收合格率\n指标值：100\n单位：%",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.target, i.comparator, i.value, i.unit])).toEqual([
      ["改造户数", "≥1.2", ">=", 12000, "户"],
      ["验收合格率", "100", "=", 100, "%"],
    ]);
    expect(
      readBrief(
        "1、指标名称：培训人次；指标值：1260；计量单位：人\n2、指标名称：合格率；指标值：95；计量单位：%",
      ),
    ).toEqual([
      ["培训人次", "=", 1260, "人", "quantitative"],
      ["合格率", "=", 95, "%", "quantitative"],
    ]);
  });

  it("leaves a unit named in the target's words alone (实施单位：…), and a unit's label after no target", () => {
    expect(readBrief("指标名称：项目实施；指标值：按期完成 实施单位：某镇政府").map((i) => i[0])).toEqual([
      "项目实施",
    ]);
    expect(readBrief("培训人次1260人；单位：人").length).toBe(2);
  });
});

describe("two categories' fields a space apart inside a numbered item are two indicators", () => {
  it("cuts 1.数量指标：… 12个 质量指标：… at the space before the second label", () => {
    expect(readBrief("1.数量指标：新建村级服务站 12个 质量指标：验收合格率 100%")).toEqual([
      ["新建村级服务站", "=", 12, "个", "quantitative"],
      ["验收合格率", "=", 100, "%", "quantitative"],
    ]);
    expect(
      readBrief(
        "1.数量指标：新建村级服务站 12个 质量指标：验收合格率 100%\n2.时效指标：完成时间 2024年12月底前 满意度指标：群众满意度 ≥90%",
      ),
    ).toEqual([
      ["新建村级服务站", "=", 12, "个", "quantitative"],
      ["验收合格率", "=", 100, "%", "quantitative"],
      ["完成时间", "date", "2024-12-31"],
      ["群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps the levels' labels of one numbered indicator together", () => {
    expect(readBrief("1、二级指标：数量指标 三级指标：补贴面积 指标值：≥86万亩").length).toBe(1);
  });
});

describe("slash-separated figures and a deadline after them are an indicator each", () => {
  it("cuts 500人/质量合格率95%/当年完成 into three", () => {
    expect(readBrief("培训人数500人/质量合格率95%/当年完成")).toEqual([
      ["培训人数", "=", 500, "人", "quantitative"],
      ["质量合格率", "=", 95, "%", "quantitative"],
      ["完成", "date", null],
    ]);
    expect(readBrief("培训农民500人/培训合格率≥95%/2024年12月底前完成").map((i) => i[0])).toEqual([
      "培训农民",
      "培训合格率",
      "完成",
    ]);
  });

  it("cuts before the next category's label after a slash", () => {
    expect(readBrief("数量指标：培训人数500人/质量指标：合格率95%/时效指标：当年完成").slice(0, 2)).toEqual([
      ["培训人数", "=", 500, "人", "quantitative"],
      ["合格率", "=", 95, "%", "quantitative"],
    ]);
  });

  it("never cuts a unit's per (元/人/月, 人/年, 人/次)", () => {
    expect(readBrief("补助标准200元/人/月")).toEqual([["补助标准", "=", 200, "元/人/月", "quantitative"]]);
    expect(readBrief("培训人数500人/年")).toEqual([["培训人数", "=", 500, "人/年", "quantitative"]]);
    expect(readBrief("培训人数500人/次")).toEqual([["培训人数", "=", 500, "人/次", "quantitative"]]);
  });
});

describe("a 部门整体 table's project is named by its department", () => {
  const table = (title: string, label = "部门名称") =>
    parseGrid(
      grid([
        [title, null, null, null, null],
        [label, "滨州市民政局", null, null, null],
        ["年度总体目标", "兜牢民生底线，完善社会救助体系。", null, null, null],
        ["年度主要任务", "一级指标", "二级指标", "三级指标", "指标值"],
        ["困难群众救助", "产出指标", "数量指标", "城乡低保保障人数", "≥2.8万人"],
        [null, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
      ]),
    );

  it("names the project, and its records, by the department the table is for", () => {
    const r = table("滨州市民政局2025年部门整体支出绩效目标表");
    expect(r.projects.map((p) => [p.project, p.department])).toEqual([["滨州市民政局", "滨州市民政局"]]);
    expect(r.indicators.map((i) => i.project)).toEqual(["滨州市民政局", "滨州市民政局"]);
    expect(table("2025年度部门整体绩效目标申报表").projects[0].project).toBe("滨州市民政局");
  });

  it("names it 部门整体支出 where no department is written, and leaves a project's own table alone", () => {
    expect(table("2025年部门整体支出绩效目标表", "备注").projects[0].project).toBe("部门整体支出");
    expect(table("滨州市民政局2025年项目支出绩效目标表").projects[0].project).toBe("");
    expect(table("滨州市民政局2025年部门整体及项目绩效目标").projects[0].project).not.toBe("滨州市民政局");
  });
});
