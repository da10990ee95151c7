/**
 * Round 158: a qualitative clause joined to another by a comma under a category label, and names cut inside
 * qualitative or date phrases, as village, 人社 and 乡村振兴 officers write them in packed cells.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The records of one packed cell: name, comparator, value, unit, kind. */
function read(cell: string) {
  const r = parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );
  return r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a whole statement after a category label is an indicator of its own", () => {
  it("reads past the label's score: 效益指标（30分）：青年就业能力有效提升，高校毕业生就业率≥90%", () => {
    expect(read("效益指标（30分）：青年就业能力有效提升，高校毕业生就业率≥90%；")).toEqual([
      ["青年就业能力", null, null, "", "qualitative"],
      ["高校毕业生就业率", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("cuts two statements in a row under a label", () => {
    expect(read("效益指标：不发生因欠薪引发的群体性事件，劳动者合法权益得到保障").map((r) => r[0])).toEqual([
      "因欠薪引发的群体性事件",
      "劳动者合法权益",
    ]);
    expect(read("效益指标：全年不发生垃圾围村现象，镇区环境卫生明显提升")).toHaveLength(2);
  });

  it("never lends a statement's words to the figure after it (二是效益指标：…稳定就业，…持续增加，人均…≥2.5万元)", () => {
    expect(
      read(
        "一是产出指标：补助1300人；二是效益指标：脱贫劳动力稳定就业，务工收入持续增加，人均务工收入≥2.5万元；",
      ),
    ).toEqual([
      ["补助", "=", 1300, "人", "quantitative"],
      ["脱贫劳动力", null, null, "", "qualitative"],
      ["务工收入", null, null, "", "qualitative"],
      ["人均务工收入", ">=", 25000, "元", "quantitative"],
    ]);
  });

  it("cuts a benefit stated by 降低 after a figure, and keeps the first of two figures with the name", () => {
    expect(read("效益指标：受益脱贫户（含监测户）46户152人，降低农产品运输成本")).toEqual([
      ["受益脱贫户（含监测户）", "=", 46, "户", "quantitative"],
      ["降低农产品运输成本", null, null, "", "qualitative"],
    ]);
  });

  it("cuts a schedule alone after a figure, and an event after a state of its own", () => {
    expect(
      read("产出：护边员78名，每人每月600元，按月发放；效益：边境管控有力，无重大涉边案事件").map((r) => [
        r[0],
        r[4],
      ]),
    ).toEqual([
      ["护边员", "quantitative"],
      ["每人每月", "quantitative"],
      ["", "qualitative"],
      ["边境管控", "qualitative"],
      ["重大涉边案事件", "qualitative"],
    ]);
    // The figure's own clause after the schedule is cut from it too.
    expect(read("每人每月补贴500元，按月足额发放，补贴发放准确率100%").map((r) => r[0])).toEqual([
      "每人每月补贴",
      "",
      "补贴发放准确率",
    ]);
  });

  it("keeps a date's name with its date (汛前检查完成时间，4月15日前 is one)", () => {
    expect(read("时效指标：汛前检查完成时间，4月15日前").map((r) => [r[0], r[4]])).toEqual([
      ["汛前检查完成时间", "date"],
    ]);
    expect(read("汛前检查完成时间，4月15日前").map((r) => [r[0], r[4]])).toEqual([
      ["汛前检查完成时间", "date"],
    ]);
  });
});

describe("names are not cut inside a qualitative or a date phrase", () => {
  it("keeps a season inside the work after a deadline (2024年6月底前完成汛前维修养护)", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["堤防", "时效指标：2024年6月底前完成汛前维修养护"],
      ]),
    ).indicators;
    expect(r.map((i) => [i.name, i.kind, i.date])).toEqual([["完成汛前维修养护", "date", "2024-06-30"]]);
  });

  it("reads a period said again as two milestones, not a name cut after the first (当年完工当年见效)", () => {
    expect(read("时效：当年完工当年见效").map((r) => [r[0], r[4]])).toEqual([["", "date"]]);
  });

  it("reads 长效发挥…作用 and 长期保护 as the target after the name", () => {
    expect(read("可持续影响指标：堤防工程长效发挥防洪作用").map((r) => [r[0], r[4]])).toEqual([
      ["堤防工程", "qualitative"],
    ]);
    expect(read("可持续影响指标：烈士纪念设施长期保护").map((r) => [r[0], r[4]])).toEqual([
      ["烈士纪念设施", "qualitative"],
    ]);
    expect(read("2.可持续影响指标：土楼文化遗产得到长期保护。").map((r) => [r[0], r[4]])).toEqual([
      ["土楼文化遗产", "qualitative"],
    ]);
  });
});
