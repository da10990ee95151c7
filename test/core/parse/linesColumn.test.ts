/**
 * A document pasted a line per row down one column: a title or 项目名称：…, a goal, then headings on rows
 * of their own (一、产出指标, （一）数量指标, 【产出指标-数量指标】) over their indicators' lines.
 */
import type { Grid } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";

const column = (lines: (string | null)[], top = 1): Grid => ({
  sheet: "S",
  top,
  left: 1,
  values: lines.map((l) => [l]),
});

const brief = (g: Grid) => {
  const r = parseGrid(g);
  return {
    tables: r.tables.map((t) => [t.layout, t.range, t.projects, t.indicators]),
    projects: r.projects.map((p) => [p.project, p.goal, p.row]),
    records: r.indicators.map((i) => [
      i.cell,
      i.projectId,
      i.level1,
      i.level2,
      i.name,
      i.comparator,
      i.value,
      i.unit,
    ]),
    errors: r.messages.filter((m) => m.level === "error").length,
  };
};

describe("a column of lines with headings on rows of their own", () => {
  it("reads 【产出指标-数量指标】 blocks a line per row, each record at its own row", () => {
    const b = brief(
      column([
        "政务云数据中心机房扩容项目绩效目标",
        "绩效指标",
        "【产出指标-数量指标】",
        "指标1:机柜数量(≥77台)",
        "指标2:新增存储容量(≥500TB)",
        "【产出指标-质量指标】",
        "指标1:设备验收合格率(100%)",
        "【满意度指标-服务对象满意度指标】",
        "指标1:使用部门满意度(≥90%)",
      ]),
    );
    expect(b.errors).toBe(0);
    expect(b.tables).toEqual([["text", "A3:A9", 1, 4]]);
    expect(b.projects).toEqual([["政务云数据中心机房扩容项目", "", 1]]);
    expect(b.records).toEqual([
      ["A4", 0, "产出指标", "数量指标", "机柜数量", ">=", 77, "台"],
      ["A5", 0, "产出指标", "数量指标", "新增存储容量", ">=", 500, "TB"],
      ["A7", 0, "产出指标", "质量指标", "设备验收合格率", "=", 100, "%"],
      ["A9", 0, "满意度指标", "服务对象满意度指标", "使用部门满意度", ">=", 90, "%"],
    ]);
  });

  it("reads 一、/（一） headings over unnumbered lines, and starts a project at 项目名称：", () => {
    const b = brief(
      column([
        "海原县2024年肉牛养殖技术培训项目绩效目标设定",
        "项目总体绩效目标：提高养殖户科学养殖水平，促进养殖户增收。",
        "一、产出指标",
        "（一）数量指标",
        "肉牛养殖户培训人数≧400人；",
        "（二）质量指标",
        "参训人员结业率≥98%；",
        null,
        "三、满意度指标",
        "参训学员满意度≥95%。",
        "项目名称：县城区生活垃圾分类处理",
        "一、产出指标",
        "1.数量指标：垃圾分类覆盖小区≥85个。",
      ]),
    );
    expect(b.projects).toEqual([
      ["海原县2024年肉牛养殖技术培训项目", "提高养殖户科学养殖水平，促进养殖户增收。", 1],
      ["县城区生活垃圾分类处理", "", 11],
    ]);
    expect(b.records).toEqual([
      ["A5", 0, "产出指标", "数量指标", "肉牛养殖户培训人数", ">=", 400, "人"],
      ["A7", 0, "产出指标", "质量指标", "参训人员结业率", ">=", 98, "%"],
      ["A10", 0, "满意度指标", null, "参训学员满意度", ">=", 95, "%"],
      ["A13", 1, "产出指标", "数量指标", "垃圾分类覆盖小区", ">=", 85, "个"],
    ]);
    // 县城区 is the county's town area, no district's name.
    expect(
      parseGrid(column(["项目名称：县城区生活垃圾分类处理", "一、产出指标", "1.数量指标：覆盖小区≥85个。"]))
        .projects[0].district,
    ).toBeNull();
  });

  it("keeps a packed cell selected on its own a project of its own, with no empty project for a heading", () => {
    // A heading with nothing under it starts no project.
    const b = brief(column(["1、产出指标：培训人数不少于500人次。", "二、效益指标"]));
    expect(b.projects).toHaveLength(1);
    const two = brief(column(["1、产出指标：培训人数不少于500人次。", null, "1、产出指标：巡查企业200家。"]));
    expect(two.projects).toHaveLength(2);
    expect(two.records.map((r) => r[1])).toEqual([0, 1]);
  });

  it("does not take a header of category columns over counts for headings (产出指标 | 效益指标 | 满意度指标)", () => {
    const r = parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: [
        ["项目名称", "绩效目标", "产出指标", "效益指标", "满意度指标"],
        ["营养餐补助", "保障学生营养", 3, 2, 1],
      ],
    });
    expect(r.indicators).toHaveLength(0);
  });

  it("reads 主管部门：/实施单位： lines and a goal with figures above the block, and a name | target pair in two cells", () => {
    const r = parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: [
        ["项目名称：辖区困难群众临时救助", null],
        ["主管部门：青岛市李沧区民政局", null],
        ["实施单位：浮山路街道办事处", null],
        ["项目资金：96万元", null],
        ["绩效目标：救助困难群众180人次，兜住民生底线。", null],
        ["一、产出指标", null],
        ["（一）数量指标", null],
        ["1.临时救助人次", "≥180人次"],
        ["三、满意度指标", null],
        ["1.救助对象满意度", "≥95%"],
      ],
    });
    expect(r.projects.map((p) => [p.project, p.department, p.budgetUnit, p.district, p.goal])).toEqual([
      [
        "辖区困难群众临时救助",
        "青岛市李沧区民政局",
        "浮山路街道办事处",
        "李沧区",
        "救助困难群众180人次，兜住民生底线。",
      ],
    ]);
    expect(
      r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name, i.comparator, i.value, i.unit]),
    ).toEqual([
      ["B8", "产出指标", "数量指标", "临时救助人次", ">=", 180, "人次"],
      ["B10", "满意度指标", null, "救助对象满意度", ">=", 95, "%"],
    ]);
  });

  it("starts a project at a numbered 项目名称 line (一、项目名称：…), its context lines read, not indicators", () => {
    const r = parseGrid(
      column([
        "一、项目名称：文化惠民演出",
        "实施单位：某县文化馆",
        "一、产出指标",
        "1.送戏下乡演出场次≥40场；",
        "二、项目名称：公共图书馆免费开放",
        "主管部门：某县文体广电旅游局",
        "实施单位：某县图书馆",
        "项目资金：20万元",
        "绩效目标：年接待读者8万人次。",
        "一、产出指标",
        "1.接待读者≥8万人次；",
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["文化惠民演出", "某县文化馆"],
      ["公共图书馆免费开放", "某县图书馆"],
    ]);
    expect(r.indicators.map((i) => [i.cell, i.projectId, i.name, i.value])).toEqual([
      ["A4", 0, "送戏下乡演出场次", 40],
      ["A11", 1, "接待读者", 80000],
    ]);
  });
});
