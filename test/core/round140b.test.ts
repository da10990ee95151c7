/**
 * Round 140b: a city's bureau pasting its 区县' tables one under another, each under a row naming only the
 * place; a title naming the unit before its project (with or without spaces); rows of dashes; and a
 * document's next chapter written after a colon (三、保障措施：…).
 */
import { parseGrid } from "../../src/core/parse";
import { placeLine, titleLine } from "../../src/core/table/title";
import { grid } from "../support/grid";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"];

describe("秦都区 | header | rows, 兴平市 | header | rows: each place's block of a pasted stack", () => {
  const r = parseGrid(
    grid(
      [
        ["秦都区", null, null, null, null, null],
        HEADER,
        ["产出指标", "数量指标", "困难残疾人生活补贴人数", "3850", "人", "≥"],
        [null, "质量指标", "补贴资金发放准确率", "100", "%", "="],
        ["满意度指标", "服务对象满意度指标", "残疾人满意度", "90", "%", "≥"],
        ["兴平市", null, null, null, null, null],
        HEADER,
        ["产出指标", "数量指标", "困难残疾人生活补贴人数", "2960", "人", "≥"],
        ["满意度指标", "服务对象满意度指标", "残疾人满意度", "92", "%", "≥"],
        ["咸阳市彬州市", null, null, null, null, null],
        HEADER,
        ["产出指标", "数量指标", "困难残疾人生活补贴人数", "1870", "人", "≥"],
        ["满意度指标", "服务对象满意度指标", "残疾人满意度", "90", "%", "≥"],
      ],
      "各县市区",
    ),
  );

  it("starts a project per place, with that place as its district", () => {
    expect(r.projects.map((p) => p.district)).toEqual(["秦都区", "兴平市", "彬州市"]);
    expect(r.indicators.map((i) => [i.cell, r.projects[i.projectId].district])).toEqual([
      ["D3", "秦都区"],
      ["D4", "秦都区"],
      ["D5", "秦都区"],
      ["D8", "兴平市"],
      ["D9", "兴平市"],
      ["D12", "彬州市"],
      ["D13", "彬州市"],
    ]);
  });

  it("reads the place rows as titles, not as text left unread", () => {
    expect(r.messages.filter((m) => /未作为指标读取/.test(m.text.zh))).toEqual([]);
  });

  it("reads a place alone only above a header: under the indicators it is a note", () => {
    const note = parseGrid(
      grid([
        HEADER,
        ["产出指标", "数量指标", "困难残疾人生活补贴人数", "3850", "人", "≥"],
        ["满意度指标", "服务对象满意度指标", "残疾人满意度", "90", "%", "≥"],
        ["兴平市", null, null, null, null, null],
        ["产出指标", "数量指标", "重度残疾人护理补贴人数", "3300", "人", "≥"],
      ]),
    );
    expect(note.projects.map((p) => p.district)).toEqual([null]);
  });

  it("knows a place's line from a title's or a name's", () => {
    expect(placeLine(["一、秦都区："])).toBe("秦都区");
    expect(placeLine(["兴平市", ""])).toBe("兴平市");
    expect(placeLine(["咸阳市"])).toBeNull(); // the prefecture's own table
    expect(placeLine(["城区"])).toBeNull();
    expect(placeLine(["秦都区", "合计"])).toBeNull();
    expect(placeLine(["秦都区困难残疾人两项补贴"])).toBeNull();
  });
});

describe("常德市生态环境局 大气污染防治专项 绩效目标: the unit, then the project", () => {
  const rows = (title: string) =>
    parseGrid(
      grid([
        [title, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "大气自动监测站运维数量", "≥21个"],
        ["满意度指标", "服务对象满意度指标", "公众对大气环境满意度", "≥85%"],
      ]),
    );

  it("reads the title with spaces between its parts", () => {
    expect(rows("常德市生态环境局 大气污染防治专项 绩效目标").projects[0]).toMatchObject({
      project: "大气污染防治专项",
      budgetUnit: "常德市生态环境局",
    });
  });

  it("splits off the unit written without spaces too, and before the title's year", () => {
    expect(rows("常德市生态环境局大气污染防治专项绩效目标").projects[0]).toMatchObject({
      project: "大气污染防治专项",
      budgetUnit: "常德市生态环境局",
    });
    expect(titleLine(["湖南省生态环境厅2024年大气污染防治专项资金绩效目标表"])).toMatchObject({
      project: "2024年大气污染防治专项资金",
      unit: "湖南省生态环境厅",
    });
    expect(titleLine(["常德市武陵区城市管理局垃圾分类专项经费绩效目标表"])).toMatchObject({
      project: "垃圾分类专项经费",
      unit: "常德市武陵区城市管理局",
      district: "武陵区",
    });
  });

  it("leaves a project naming its subject whole: the place's centre, a body's building work", () => {
    for (const [t, project] of [
      ["常德市中心城区改造项目绩效目标表", "常德市中心城区改造项目"],
      ["宁乡市融媒体中心建设项目绩效目标表", "宁乡市融媒体中心建设项目"],
      ["某县人民医院建设项目绩效目标表", "某县人民医院建设项目"],
    ]) {
      const line = titleLine([t]);
      expect([line?.project, line?.unit]).toEqual([project, undefined]);
    }
  });

  it("leaves the fund's body out of the projects of the places its rows name", () => {
    const r = parseGrid(
      grid([
        ["百色市乡村振兴局2024年衔接推进乡村振兴补助资金项目绩效目标表", null, null, null],
        ["县（市、区）", "项目名称", "数量指标", "满意度指标"],
        ["田阳区", "田阳区芒果产业冷链仓储设施建设", "新建冷库2座", "受益群众满意度≥90%"],
        ["田东县", "田东县脱贫人口小额信贷贴息", "贴息户数≥2600户", "受益脱贫户满意度≥95%"],
      ]),
    );
    expect(r.projects.map((p) => [p.district, p.budgetUnit])).toEqual([
      ["田阳区", ""],
      ["田东县", ""],
    ]);
  });
});

describe("— | —: a row of placeholders in a rows table", () => {
  const r = parseGrid(
    grid([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "监测站运维数量", "≥21个"],
      [null, "时效指标", "故障响应时间", "≤2小时"],
      [null, null, "—", "—"],
      ["成本指标", "社会成本指标", "-", null],
      [null, "生态环境成本指标", "无", "无"],
      ["—", "—", "公众满意度", "≥85%"],
    ]),
  );

  it("gives no indicator, and is reported as a row not read", () => {
    expect(r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name])).toEqual([
      ["D2", "产出指标", "数量指标", "监测站运维数量"],
      ["D3", "产出指标", "时效指标", "故障响应时间"],
      // 无 is the answer the 2021 template's 成本 rows expect: read as written, for the review.
      ["D6", "成本指标", "生态环境成本指标", "无"],
      // — in the category cells says nothing of them: the categories above go on.
      ["D7", "成本指标", "生态环境成本指标", "公众满意度"],
    ]);
    expect(r.messages.some((m) => /第 4、5 行/.test(m.text.zh))).toBe(true);
  });
});

describe("三、保障措施：… after a document's indicators", () => {
  const lines = (...ls: string[]) => parseGrid(grid(ls.map((l) => [l])));
  const r = lines(
    "吉安县2024年农村生活垃圾治理专项资金绩效目标",
    "一、总体目标：巩固农村生活垃圾治理成果，实现村庄保洁全覆盖。",
    "二、绩效指标",
    "产出指标：配备保洁员不少于1100名；垃圾日产日清率达到95%以上。",
    "满意度指标：群众满意度不低于90%。",
    "三、保障措施：加强资金监管，确保专款专用。",
    "四、实施计划：2024年3月启动，12月底前完成验收。",
  );

  it("ends the indicators: the chapter's words are none", () => {
    expect(r.indicators.map((i) => i.name)).toEqual(["配备保洁员", "垃圾日产日清率", "群众满意度"]);
  });

  it("still reads an item numbered 一、 whose name is an indicator's", () => {
    const items = lines(
      "项目名称：某项目",
      "产出指标",
      "一、补助标准：每人每月100元",
      "二、服务对象：≥500人",
    );
    expect(items.indicators.map((i) => i.name)).toEqual(["补助标准", "服务对象"]);
  });
});
