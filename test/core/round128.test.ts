/**
 * Round 128: a 。 between two unnumbered indicators inside a numbered category block, and a template's
 * unfilled target (XX个, ≥**人) before a ； — each ends its item, and the words after it are an item of
 * their own.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const packed = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效目标", "绩效指标"],
      ["测试项目", "完成年度任务。", cell],
    ]),
  ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind, i.date, i.level1]);

describe("a 。 after a whole target inside a numbered category block", () => {
  it("ends the deadline before a cost (…完成时间，2024年11月底前。单批次检验成本，≤375元/批次)", () => {
    expect(
      packed(
        "1、产出指标：食品抽检批次，不少于1200批次；抽检任务完成时间，2024年11月底前。单批次检验成本，≤375元/批次。2、效益指标：抽检合格率≥97%。3、满意度指标：群众满意度≥85%。",
      ),
    ).toEqual([
      ["食品抽检批次", ">=", 1200, "批次", "quantitative", null, "产出指标"],
      ["抽检任务完成时间", null, null, "", "date", "2024-11-30", "产出指标"],
      ["单批次检验成本", "<=", 375, "元/批次", "quantitative", null, "产出指标"],
      ["抽检合格率", ">=", 97, "%", "quantitative", null, "效益指标"],
      ["群众满意度", ">=", 85, "%", "quantitative", null, "满意度指标"],
    ]);
  });

  it("ends a rate before a standard (0-6岁儿童健康管理率≥90%。人均基本公卫补助标准89元/人), the age range kept in the name", () => {
    expect(
      packed(
        "1、产出指标：服务人数≥5000人；0-6岁儿童健康管理率≥90%。人均基本公卫补助标准89元/人。2、效益指标：传染病报告及时率≥95%。",
      ),
    ).toEqual([
      ["服务人数", ">=", 5000, "人", "quantitative", null, "产出指标"],
      ["0-6岁儿童健康管理率", ">=", 90, "%", "quantitative", null, "产出指标"],
      ["人均基本公卫补助标准", "=", 89, "元/人", "quantitative", null, "产出指标"],
      ["传染病报告及时率", ">=", 95, "%", "quantitative", null, "效益指标"],
    ]);
  });

  it("ends a month before the next indicator (项目完工时间2024年12月。亩均投资≤1340元/亩)", () => {
    expect(
      packed("1、产出指标：项目完工时间2024年12月。亩均投资≤1340元/亩。2、效益指标：农民增收显著提高。"),
    ).toEqual([
      ["项目完工时间", null, null, "", "date", "2024-12", "产出指标"],
      ["亩均投资", "<=", 1340, "元/亩", "quantitative", null, "产出指标"],
      ["农民增收", null, null, "", "qualitative", null, "效益指标"],
    ]);
  });

  it("keeps a note with the item before it (。其中…)", () => {
    const r = packed("1、产出指标：资助人数≥500人。其中，孤儿100人。2、效益指标：覆盖率100%。");
    expect(r.map((x) => x[0])).toEqual(["资助人数", "覆盖率"]);
    expect(r[0].slice(1, 4)).toEqual([">=", 500, "人"]);
  });
});

describe("a template's unfilled target before a ；", () => {
  it("ends its item (整治村（社区）数量，XX个；垃圾清运车次≥600车次)", () => {
    expect(
      packed(
        "1.产出指标：整治村（社区）数量，XX个；垃圾清运车次≥600车次；2.效益指标：垃圾收集率≥95%；3.满意度指标：群众满意度≥90%。",
      ),
    ).toEqual([
      ["整治村（社区）数量", null, null, "", "empty", null, "产出指标"],
      ["垃圾清运车次", ">=", 600, "车次", "quantitative", null, "产出指标"],
      ["垃圾收集率", ">=", 95, "%", "quantitative", null, "效益指标"],
      ["群众满意度", ">=", 90, "%", "quantitative", null, "满意度指标"],
    ]);
  });

  it("ends its item before a standard written 名称，目标 (资助幼儿人数≥**人；补助标准，每生每年1000元)", () => {
    expect(packed("1、产出指标：资助幼儿人数≥**人；补助标准，每生每年1000元；资金发放及时率100%。")).toEqual([
      ["资助幼儿人数", null, null, "", "empty", null, "产出指标"],
      ["补助标准", "=", 1000, "元", "quantitative", null, "产出指标"],
      ["资金发放及时率", "=", 100, "%", "quantitative", null, "产出指标"],
    ]);
  });

  it("is an item of its own after a whole one (培训人数≥500人；资助人数≥**人；覆盖率**%；X光机数量，X台)", () => {
    expect(
      packed("1、产出指标：培训人数≥500人；资助人数≥**人；覆盖率**%；X光机数量，X台；合格率≥95%"),
    ).toEqual([
      ["培训人数", ">=", 500, "人", "quantitative", null, "产出指标"],
      ["资助人数", null, null, "", "empty", null, "产出指标"],
      ["覆盖率", null, null, "", "empty", null, "产出指标"],
      ["X光机数量", null, null, "", "empty", null, "产出指标"],
      ["合格率", ">=", 95, "%", "quantitative", null, "产出指标"],
    ]);
  });
});
