/**
 * Round 129: a form whose target column holds each indicator's name with its target (指标内容及目标值), a
 * document labelling its blocks 产出指标方面，…, a packed table headed 三级指标, and small target habits.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("a form with 一级/二级 columns and the names with their targets in one column", () => {
  const form = (header: string) => [
    ["项目支出绩效目标申报表", null, null, null],
    ["项目名称", "平远县脐橙黄龙病防控", "项目单位", "平远县农业农村局"],
    ["绩效目标", "一级指标", "二级指标", header],
    [null, "预期产出指标", "数量指标", "砍伐黄龙病病树2.6万株；统防统治木虱面积3.5万亩"],
    [null, null, "质量指标", "病树清除率100%"],
    [null, "项目效益指标", "服务对象满意度指标", "果农满意度≥90%"],
  ];

  it.each(["指标内容及目标值", "指标名称及指标值", "绩效指标及目标值", "指标值"])(
    "reads each item of a cell under %s, named from its text",
    (header) => {
      const r = parseGrid(grid(form(header)));
      expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
        ["平远县脐橙黄龙病防控", "平远县农业农村局"],
      ]);
      expect(
        r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name, i.comparator, i.value, i.unit]),
      ).toEqual([
        ["D4", "产出指标", "数量指标", "砍伐黄龙病病树", "=", 26000, "株"],
        ["D4", "产出指标", "数量指标", "统防统治木虱面积", "=", 35000, "亩"],
        ["D5", "产出指标", "质量指标", "病树清除率", "=", 100, "%"],
        ["D6", "满意度指标", "服务对象满意度指标", "果农满意度", ">=", 90, "%"],
      ]);
    },
  );
});
