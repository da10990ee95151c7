/**
 * Round 162: a county 项目库's 一级-二级 written short (产出-数量：), a packed cell copied out of a PDF with its lines
 * broken inside words, 【可持续】, a bracket's note of another deadline, and 不产生… under a cost's label.
 */
import { parseGrid } from "../../src/core/parse";
import { joinBrokenLines as joinLines } from "../../src/core/text/brokenLines";
import { categoryOfLabel } from "../../src/core/text/categories";
import { parseTarget } from "../../src/core/text/target";
import { grid } from "../support/grid";

/** The records of one packed cell under 项目名称 | 绩效指标: 一级, 二级, name, comparator, value, unit, kind. */
/** The cell's text with the breaks a PDF cut words with joined. */
const joinBrokenLines = (t: string) => joinLines(t).text;

function packed(cell: string) {
  const r = parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );
  return r.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a 一级 and a 二级 written short, 产出-数量： (county 项目库 forms)", () => {
  it("reads each pair as its categories", () => {
    expect(categoryOfLabel("产出-数量")).toEqual({ level1: "产出指标", level2: "数量指标" });
    expect(categoryOfLabel("产出-时效")).toEqual({ level1: "产出指标", level2: "时效指标" });
    expect(categoryOfLabel("产出-成本")).toEqual({ level1: "产出指标", level2: "成本指标" });
    expect(categoryOfLabel("效益-生态")).toEqual({ level1: "效益指标", level2: "生态效益指标" });
    expect(categoryOfLabel("效益-社会")).toEqual({ level1: "效益指标", level2: "社会效益指标" });
    expect(categoryOfLabel("效益-可持续")).toEqual({ level1: "效益指标", level2: "可持续影响指标" });
    expect(categoryOfLabel("成本-经济")).toEqual({ level1: "成本指标", level2: "经济成本指标" });
    // A 二级 of another 一级 is no pair.
    expect(categoryOfLabel("产出-社会")).toBeNull();
  });

  it("reads the labels of a packed cell, and the item after one under it too", () => {
    expect(
      packed(
        "产出-数量：森林管护面积67.8万公顷；管护站点21个\n产出-质量：管护责任落实率100%\n产出-成本：管护费用≤12元/亩\n" +
          "效益-生态：森林蓄积量稳步增长\n效益-社会：提供管护岗位≥320个\n满意度：管护人员满意度≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "森林管护面积", "=", 678000, "公顷", "quantitative"],
      ["产出指标", "数量指标", "管护站点", "=", 21, "个", "quantitative"],
      ["产出指标", "质量指标", "管护责任落实率", "=", 100, "%", "quantitative"],
      ["产出指标", "成本指标", "管护费用", "<=", 12, "元/亩", "quantitative"],
      ["效益指标", "生态效益指标", "森林蓄积量", null, null, "", "qualitative"],
      ["效益指标", "社会效益指标", "提供管护岗位", ">=", 320, "个", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "管护人员满意度", ">=", 90, "%", "quantitative"],
    ]);
  });
});

describe("a packed cell copied out of a PDF, its lines broken where the column was full", () => {
  it("joins a line broken inside a word, and leaves a list a line per indicator alone", () => {
    expect(joinBrokenLines("铺设供水管\n网46.5公里；质量指标：水质达标\n率≥90%")).toBe(
      "铺设供水管网46.5公里；质量指标：水质达标率≥90%",
    );
    expect(
      joinBrokenLines("农村自来水普及率达\n到92%；效益指\n标：生态效益指标：年减少土壤侵蚀量1.8万吨"),
    ).toBe("农村自来水普及率达到92%；效益指标：生态效益指标：年减少土壤侵蚀量1.8万吨");
    expect(joinBrokenLines("满意度指标\n：项目区群众满意度≥\n90%")).toBe("满意度指标：项目区群众满意度≥90%");
    // Lines that are whole: a clause with its number, a label over its items, a note, numbered items.
    for (const whole of [
      "培训人数100人\n合格率95%",
      "村容村貌明显改善\n注：按年度考核",
      "一级指标：产出指标\n二级指标：数量指标\n三级指标：维修干渠渠段\n指标值：≥18公里",
      "数量指标：\n1.培训人数100人",
      "管护到位\n巡查≥2次/周",
    ])
      expect(joinBrokenLines(whole)).toBe(whole);
  });

  it("reads each indicator whole, under its labels", () => {
    expect(
      packed(
        "产出指标：数量指标：铺设供水管\n网46.5公里；质量指标：水质达标\n率≥90%；成本指标：\n工程总投资控制在1280万元以内。" +
          "效益指\n标：生态效益指标：年减少土壤侵蚀量1.8万吨；满意度指标\n：项目区群众满意度≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "铺设供水管网", "=", 46.5, "公里", "quantitative"],
      ["产出指标", "质量指标", "水质达标率", ">=", 90, "%", "quantitative"],
      ["产出指标", "成本指标", "工程总投资", "<=", 12800000, "元", "quantitative"],
      ["效益指标", "生态效益指标", "年减少土壤侵蚀量", "=", 18000, "吨", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "项目区群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps the record's text as written, a piece of its cell", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", "效益指标：社会效益指标：农村自来水普及率达\n到92%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.text])).toEqual([
      ["农村自来水普及率", "效益指标：社会效益指标：农村自来水普及率达\n到92%"],
    ]);
  });
});

describe("single cases", () => {
  it("reads 【可持续】 as 可持续影响指标, as 【社会效益】 is read", () => {
    expect(packed("效益指标：【社会效益】学生营养健康状况改善；【可持续】营养改善计划长效运行。")).toEqual([
      ["效益指标", "社会效益指标", "学生营养健康状况", null, null, "", "qualitative"],
      ["效益指标", "可持续影响指标", "营养改善计划", null, null, "", "qualitative"],
    ]);
  });

  it("keeps the target's deadline over a bracket's note of another case", () => {
    expect(parseTarget("2024年底前（跨年项目2025年6月）").date).toBe("2024-12-31");
    expect(parseTarget("2024年10月（续建项目2025年6月前）").date).toBe("2024-10");
    // A bracket that gives the date's day, or restates it, is read.
    expect(parseTarget("2024年雨季前（6月底）").date).toBe("2024-06-30");
    expect(parseTarget("2024年汛前（5月15日前）").date).toBe("2024-05-15");
  });

  it("reads 不产生… under a cost's label as a qualitative target, as 不发生… is", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", "1.社会成本指标：无。\n3.生态环境成本指标：不产生负面生态影响。"],
      ]),
    );
    const last = r.indicators[r.indicators.length - 1];
    expect([last.level2, last.name, last.kind]).toEqual(["生态环境成本指标", "负面生态影响", "qualitative"]);
  });
});
