/**
 * Round 229, reading: the sixth generalisation inbox, packed cells and prose (round229.gold.ts). The misreads it
 * found, each read as the gold says now.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const read = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效目标", "绩效指标"],
      ["某县项目", "目标。", cell],
    ]),
  ).indicators.map((i) => [i.level1, i.name, i.target, i.kind]);

describe("a block's aspect written short before a comma (产出方面，…；效益方面，…)", () => {
  it("gives its category to every clause under it, as 产出指标方面， does", () => {
    expect(
      read("产出方面，改造提升农村敬老院6所，新增护理型床位120张；满意度方面，供养对象满意度达到95%以上。"),
    ).toEqual([
      ["产出指标", "改造提升农村敬老院", "6所", "quantitative"],
      ["产出指标", "新增护理型床位", "120张", "quantitative"],
      ["满意度指标", "供养对象满意度", "达到95%以上", "quantitative"],
    ]);
  });

  it("names a subject said whole with its state after it (效益方面，供养服务质量明显提升)", () => {
    expect(read("效益方面，供养服务质量明显提升；满意度方面，满意度≥90%。")).toEqual([
      ["效益指标", "供养服务质量", "明显提升", "qualitative"],
      ["满意度指标", "满意度", "≥90%", "quantitative"],
    ]);
    // (A verb's words with no subject stay the target, as after 可持续影响指标，.)
    expect(read("效益指标方面，持续发挥效益。")).toEqual([["效益指标", "", "持续发挥效益", "qualitative"]]);
  });
});

describe("an event at none said 为零 after a figure (…整改率100%，较大以上生产安全事故为零)", () => {
  it("is an indicator of its own, as …为0 is", () => {
    expect(
      read(
        "全年开展安全生产执法检查不少于260家次，发现隐患整改率100%，较大以上生产安全事故为零，企业满意度90%以上。",
      ),
    ).toEqual([
      [null, "全年开展安全生产执法检查", "不少于260家次", "quantitative"],
      [null, "发现隐患整改率", "100%", "quantitative"],
      [null, "较大以上生产安全事故", "零", "quantitative"],
      [null, "企业满意度", "90%以上", "quantitative"],
    ]);
  });
});

describe("a report due by a day of the next month (监测报告于次月10日前报送)", () => {
  it("is a date of its own after a figure, as 于每月10日前 is", () => {
    expect(read("监测数据有效率≥95%，监测报告于次月10日前报送，近岸海域优良水质比例保持在70%以上。")).toEqual(
      [
        [null, "监测数据有效率", "≥95%", "quantitative"],
        [null, "监测报告", "次月10日前报送", "date"],
        [null, "近岸海域优良水质比例", "保持在70%以上", "quantitative"],
      ],
    );
    expect(read("监测数据有效率≥95%，次月10日前报送，满意度90%").map((r) => r[3])).toEqual([
      "quantitative",
      "date",
      "quantitative",
    ]);
  });
});

describe("none at all said 为零 as the target after the name's comma (危险化学品较大事故，为零)", () => {
  it("is 0, as 零 and 零发生 are", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效目标", "绩效指标"],
        [
          "某区危险化学品安全监管",
          "目标。",
          "1、产出指标：检查危化品企业，≥120家次。2、效益指标：危险化学品较大事故，为零。",
        ],
      ]),
    ).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
    expect(r).toEqual([
      ["检查危化品企业", ">=", 120, "家次", "quantitative"],
      ["危险化学品较大事故", "=", 0, "", "quantitative"],
    ]);
  });
});
