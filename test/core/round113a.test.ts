/**
 * Round 113 (a): habits of county and town officers in packed 绩效指标 cells — a change against last year
 * after a colon, 有所缓解, a bare 及时 under its 二级 label, and a season's deadline after a comma.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** One packed 绩效指标 cell under the simplest header (项目名称 | 绩效指标). */
const packedCell = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );

describe("a name, a colon and a change against last year (涉军信访案件：同比下降5%以上)", () => {
  it("keeps the name before the colon; 同比下降 is the target's", () => {
    const r = packedCell(
      "一、产出指标：1、优抚对象人数：3120人。二、效益指标：1、涉军信访案件：同比下降5%以上；2、投诉件数：较上年下降10%。",
    );
    const names = r.indicators.map((i) => i.name);
    expect(names).toEqual(["优抚对象人数", "涉军信访案件", "投诉件数"]);
    const x = r.indicators[1];
    expect(x.comparator).toBe(">=");
    expect(x.value).toBe(5);
    expect(x.unit).toBe("%");
  });

  it("reads 环比 as 同比", () => {
    const r = packedCell("1、涉企信访案件：环比下降10%");
    expect(r.indicators[0].name).toBe("涉企信访案件");
    expect(r.indicators[0].value).toBe(10);
  });
});

describe("有所缓解 closing the words (城区停车难问题有所缓解)", () => {
  it("is a qualitative target; what stands before it is the name", () => {
    const r = packedCell("数量指标:新增停车位≥300个;社会效益指标:城区停车难问题有所缓解;");
    const x = r.indicators[1];
    expect(x.name).toBe("城区停车难问题");
    expect(x.kind).toBe("qualitative");
    expect(x.target).toBe("有所缓解");
  });
});

describe("a 二级 label and a bare schedule word (时效指标：及时。)", () => {
  it("is a qualitative target with no name", () => {
    const r = packedCell("数量指标：检查企业≥200家。时效指标：及时。");
    const x = r.indicators[1];
    expect(x.level2).toBe("时效指标");
    expect(x.name).toBe("");
    expect(x.kind).toBe("qualitative");
    expect(x.target).toBe("及时");
  });

  it("leaves a word that is a name (及时率) its figure", () => {
    const r = packedCell("时效指标：及时率100%");
    expect(r.indicators[0].name).toBe("及时率");
    expect(r.indicators[0].value).toBe(100);
  });
});

describe("a season's deadline after a comma (…合格率100%，汛前完工)", () => {
  it("is a date indicator of its own, date null", () => {
    const r = packedCell("1、新建堤防2公里；2、工程验收合格率100%，汛前完工；");
    expect(r.indicators.map((i) => i.name)).toEqual(["新建堤防", "工程验收合格率", "完工"]);
    const x = r.indicators[2];
    expect(x.kind).toBe("date");
    expect(x.target).toBe("汛前");
    expect(x.date).toBeNull();
    expect(r.indicators[1].target).toBe("100%");
  });

  it("reads 主汛期前 and 雨季来临前 the same way", () => {
    const r = packedCell("清淤河道3公里，主汛期前完成；修复塘堰5口，雨季来临前完工");
    expect(r.indicators.map((i) => [i.name, i.kind, i.target])).toEqual([
      ["清淤河道", "quantitative", "3公里"],
      ["完成", "date", "主汛期前"],
      ["修复塘堰", "quantitative", "5口"],
      ["完工", "date", "雨季来临前"],
    ]);
  });
});

describe("a range of places counted after the name (电梯按需维保试点 3-5个小区)", () => {
  it("leaves the name, and the unit names the places", () => {
    for (const cell of ["电梯按需维保试点 3-5个小区。", "电梯按需维保试点：3-5个小区"]) {
      const x = packedCell(cell).indicators[0];
      expect([x.name, x.comparator, x.value, x.valueMax, x.unit]).toEqual([
        "电梯按需维保试点",
        "between",
        3,
        5,
        "个小区",
      ]);
    }
  });

  it("reads 个社区 as 个村 is read", () => {
    const x = packedCell("垃圾分类示范覆盖12个社区").indicators[0];
    expect([x.value, x.unit]).toEqual([12, "个社区"]);
  });
});
