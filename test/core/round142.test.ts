/**
 * Round 142: a 一级 heading with its score range outside the bracket (产出指标（40-50）分：), a label's average
 * per period before its figure (助餐服务：日均约120人), and a document whose only indicators are its 绩效目标 lines.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** level1, name, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [i.level1, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a 一级 heading with its score range after the bracket (产出指标（40-50）分：)", () => {
  it("reads the heading as the 一级 of the items after it, in full-width and half-width brackets", () => {
    expect(
      read(
        "产出指标（40-50）分：补助渔船数量≥260艘；救生筏配备率100%。效益指标（20-30）分：渔船海上安全事故发生率同比下降；" +
          "满意度指标(0-10)分：渔民满意度90%以上。",
      ),
    ).toEqual([
      ["产出指标", "补助渔船数量", ">=", 260, "艘", "quantitative"],
      ["产出指标", "救生筏配备率", "=", 100, "%", "quantitative"],
      ["效益指标", "渔船海上安全事故发生率", null, null, "", "qualitative"],
      ["满意度指标", "渔民满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("makes no record of the heading on its own line", () => {
    expect(read("产出指标（40-50）分\n补助渔船数量≥260艘；救生筏配备率100%。")).toEqual([
      ["产出指标", "补助渔船数量", ">=", 260, "艘", "quantitative"],
      ["产出指标", "救生筏配备率", "=", 100, "%", "quantitative"],
    ]);
  });
});

describe("a label, then an average per period before the figure (助餐服务：日均约120人)", () => {
  it("keeps the label as the name and reads the figure", () => {
    expect(
      read(
        "1.助餐服务：日均约120人；2.助浴服务：年均约300人次；3.接待游客：年均≥5万人次；4.人均补助：人均约2000元",
      ),
    ).toEqual([
      [null, "助餐服务", "=", 120, "人", "quantitative"],
      [null, "助浴服务", "=", 300, "人次", "quantitative"],
      [null, "接待游客", ">=", 50000, "人次", "quantitative"],
      [null, "人均补助", "=", 2000, "元", "quantitative"],
    ]);
  });

  it("leaves a name that starts with 年均 as the name (经济效益：年均增长率8%)", () => {
    expect(read("经济效益：年均增长率8%")).toEqual([["效益指标", "年均增长率", "=", 8, "%", "quantitative"]]);
  });
});

/** A document pasted a line per row down one column. */
const doc = (lines: string[]) => parseGrid(grid(lines.map((t) => [t])));

describe("a document whose indicators are written only after 绩效目标：", () => {
  it("reads a goal line of measurable targets as the indicators, and keeps it as the goal", () => {
    const goal1 =
      "新建污水管网15.6公里，城区污水集中收集率提高到75%，工程质量合格率100%，2024年10月底前完工，" +
      "项目总投资控制在2600万元以内，居民满意度不低于90%。";
    const r = doc([
      "崇阳县2024年县级预算项目绩效目标说明",
      "项目一：崇阳县城区污水管网建设项目",
      "主管部门：崇阳县住房和城乡建设局",
      `绩效目标：${goal1}`,
      "项目二：崇阳县农村留守儿童关爱服务项目",
      "主管部门：崇阳县民政局",
      "绩效目标：建设儿童之家12所，开展关爱活动不少于100场次，覆盖留守儿童2500人，儿童安全事故零发生，监护人满意度≥90%。",
    ]);
    expect(r.projects.map((p) => [p.project, p.department, p.goal, p.goalCell])).toEqual([
      ["崇阳县城区污水管网建设项目", "崇阳县住房和城乡建设局", goal1, "A4"],
      [
        "崇阳县农村留守儿童关爱服务项目",
        "崇阳县民政局",
        "建设儿童之家12所，开展关爱活动不少于100场次，覆盖留守儿童2500人，儿童安全事故零发生，监护人满意度≥90%。",
        "A7",
      ],
    ]);
    expect(r.indicators.map((i) => [i.projectId, i.name, i.comparator, i.value, i.unit])).toEqual([
      [0, "新建污水管网", "=", 15.6, "公里"],
      [0, "城区污水集中收集率", ">=", 75, "%"],
      [0, "工程质量合格率", "=", 100, "%"],
      [0, "完工", null, null, ""],
      [0, "项目总投资", "<=", 26000000, "元"],
      [0, "居民满意度", ">=", 90, "%"],
      [1, "建设儿童之家", "=", 12, "所"],
      [1, "开展关爱活动", ">=", 100, "场次"],
      [1, "覆盖留守儿童", "=", 2500, "人"],
      [1, "儿童安全事故", "=", 0, ""],
      [1, "监护人满意度", ">=", 90, "%"],
    ]);
  });

  it("reads 年度绩效目标及指标： so too", () => {
    const r = doc(["项目名称：某项目", "年度绩效目标及指标：新建污水管网15.6公里，居民满意度不低于90%。"]);
    expect(r.indicators.map((i) => [i.name, i.value])).toEqual([
      ["新建污水管网", 15.6],
      ["居民满意度", 90],
    ]);
  });

  it("keeps a goal of prose the goal, and a goal line the goal where the document lists its indicators", () => {
    const prose = doc([
      "项目名称：某项目",
      "绩效目标：通过实施该项目，新建污水管网15.6公里，改善居民生活环境，提升群众幸福感。",
    ]);
    expect(prose.indicators).toEqual([]);
    const listed = doc([
      "项目名称：某镇农村公路养护",
      "绩效目标：养护农村公路120公里，优良路率达到80%以上。",
      "产出指标：养护农村公路120公里；",
      "效益指标：优良路率≥80%。",
    ]);
    expect(listed.indicators.map((i) => i.name)).toEqual(["养护农村公路", "优良路率"]);
    expect(listed.projects.map((p) => p.goal)).toEqual(["养护农村公路120公里，优良路率达到80%以上。"]);
  });
});
