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

describe("a form's 指标内容及目标值 cell holding one statement", () => {
  it("reads its name and its qualitative target as a packed item's", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "平远县城乡环卫一体化运营", null, null],
        ["绩效目标", "一级指标", "二级指标", "指标内容及目标值"],
        [null, "项目效益指标", "社会效益指标", "城乡环境卫生面貌明显改善"],
        [null, null, "服务对象满意度指标", "群众满意度达到85%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.level2, i.name, i.target, i.kind])).toEqual([
      ["社会效益指标", "城乡环境卫生面貌", "明显改善", "qualitative"],
      ["服务对象满意度指标", "群众满意度", "达到85%", "quantitative"],
    ]);
  });
});

describe("a document labelling its blocks 产出指标方面，…；效益指标方面，…", () => {
  const doc = (lines: string[]) => parseGrid(grid(lines.map((t) => [t])));

  it("reads X指标方面， as the block's 一级 label and cuts its items", () => {
    const r = doc([
      "柞水县2023年木耳产业发展专项资金绩效目标说明",
      "二、绩效指标：产出指标方面，新建木耳大棚120个，发展袋料木耳1500万袋，木耳菌包合格率≥98%，2023年9月前完成大棚建设；效益指标方面，带动农户户均增收3000元以上，木耳产业年产值达到4.5亿元；满意度指标方面，种植户满意度不低于90%。",
    ]);
    expect(r.indicators.map((i) => [i.level1, i.name, i.comparator, i.value, i.unit, i.kind])).toEqual([
      ["产出指标", "新建木耳大棚", "=", 120, "个", "quantitative"],
      ["产出指标", "发展袋料木耳", "=", 15000000, "袋", "quantitative"],
      ["产出指标", "木耳菌包合格率", ">=", 98, "%", "quantitative"],
      ["产出指标", "完成大棚建设", null, null, "", "date"],
      ["效益指标", "带动农户户均增收", ">=", 3000, "元", "quantitative"],
      ["效益指标", "木耳产业年产值", ">=", 450000000, "元", "quantitative"],
      ["满意度指标", "种植户满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("reads 在X方面， and X方面： as labels too", () => {
    const r = doc([
      "某县2024年农村供水保障项目绩效目标",
      "绩效指标：在产出方面，新建供水管网12公里；在效益方面，受益人口0.8万人；满意度方面：群众满意度≥90%。",
    ]);
    expect(r.indicators.map((i) => [i.level1, i.name, i.value])).toEqual([
      ["产出指标", "新建供水管网", 12],
      ["效益指标", "受益人口", 8000],
      ["满意度指标", "群众满意度", 90],
    ]);
  });
});

describe("a packed table whose indicators' column is headed 三级指标", () => {
  it("reads it as 绩效指标 is: each project's name, unit and place kept", () => {
    const r = parseGrid(
      grid(
        [
          ["序号", "单位名称", "项目名称", "预算（万元）", "项目绩效目标", "三级指标"],
          [
            "1",
            "兴义市生态环境局",
            "大气污染防治项目",
            210,
            "改善城区环境空气质量。",
            "数量指标：空气自动监测站运维4个；质量指标：监测数据有效率≥90%；满意度：群众满意度≥85%",
          ],
          [
            "2",
            "兴义市文体广电旅游局",
            "全民健身设施建设",
            95,
            "建设全民健身设施。",
            "数量指标：新建健身路径20套；满意度：群众满意度≥90%",
          ],
        ],
        "兴义市",
      ),
    );
    expect(r.tables.map((t) => t.layout)).toEqual(["packed"]);
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.district])).toEqual([
      ["大气污染防治项目", "兴义市生态环境局", "兴义市"],
      ["全民健身设施建设", "兴义市文体广电旅游局", "兴义市"],
    ]);
    expect(r.indicators.map((i) => [i.projectId, i.level2, i.name, i.value])).toEqual([
      [0, "数量指标", "空气自动监测站运维", 4],
      [0, "质量指标", "监测数据有效率", 90],
      [0, "服务对象满意度指标", "群众满意度", 85],
      [1, "数量指标", "新建健身路径", 20],
      [1, "服务对象满意度指标", "群众满意度", 90],
    ]);
  });
});

describe("a unit of transport's work", () => {
  it.each([
    ["≤3.2元/车公里", "元/车公里"],
    ["完成客运周转量1200万人公里", "人公里"],
    ["货运周转量≥35万吨公里", "吨公里"],
  ])("reads %s with its unit whole", (target, unit) => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "成本指标", "补贴标准", target],
      ]),
    );
    expect(r.indicators.map((i) => i.unit)).toEqual([unit]);
  });
});

describe("a whole statement closed by 达标排放", () => {
  it("reads 养殖尾水达标排放 as the name and its qualitative target", () => {
    const r = parseGrid(
      grid(
        [
          ["项目名称", "绩效指标"],
          ["沿海滩涂养殖池塘标准化改造", "效益指标：（一）亩均养殖效益提高15%以上；（二）养殖尾水达标排放。"],
        ],
        "射阳县",
      ),
    );
    expect(r.indicators.map((i) => [i.name, i.target, i.kind, i.level2Inferred])).toEqual([
      ["亩均养殖效益", "提高15%以上", "quantitative", "社会效益指标"],
      ["养殖尾水", "达标排放", "qualitative", "生态效益指标"],
    ]);
  });
});
