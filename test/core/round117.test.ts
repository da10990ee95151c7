/**
 * Round 117: clauses with no figure in towns' prose and in pasted documents, each an indicator of its own.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { readBrief } from "../support/packedCell";

const read = readBrief;

/** A document pasted a line per row down one column. */
const lines = (text: string) => parseGrid(grid(text.split(" / ").map((t) => [t])));

describe("the year a deed is done in, after a figure (年内完工)", () => {
  it("is a date of its own, not the figure's raw text", () => {
    expect(read("整治背街小巷9条，雨污分流管网改造800米，年内完工，满意度达到90%。")).toEqual([
      ["整治背街小巷", "=", 9, "条", "quantitative"],
      ["雨污分流管网改造", "=", 800, "米", "quantitative"],
      ["完工", "date", null],
      ["满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(read("改造800米，当年完工，群众满意度90%以上").map((r) => r[0])).toEqual([
      "改造",
      "完工",
      "群众满意度",
    ]);
  });

  it("takes the title's year, as 年底前全部完成 does", () => {
    const r = parseGrid(
      grid([
        ["XX市XX区XX镇2025年项目支出绩效目标表", null, null],
        ["项目名称", "资金（万元）", "绩效指标"],
        ["测试项目", 10, "雨污分流管网改造800米，年内完工，满意度达到90%。"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.date, i.text])).toEqual([
      ["雨污分流管网改造", "quantitative", null, "雨污分流管网改造800米，"],
      ["完工", "date", "2025", "年内完工，"],
      ["满意度", "quantitative", null, "满意度达到90%。"],
    ]);
  });

  it("is cut from a whole indicator after it (…，年内完成，每人每月补助800元)", () => {
    expect(read("村庄“三堆”清理率100%，年内完成，每人每月补助800元，村容村貌明显改善")).toEqual([
      ["村庄“三堆”清理率", "=", 100, "%", "quantitative"],
      ["完成", "date", null],
      ["每人每月补助", "=", 800, "元", "quantitative"],
      ["村容村貌", null, null, "", "qualitative"],
    ]);
    expect(read("清理率100%，年底前完成，每人每月补助800元").map((r) => r[0])).toEqual([
      "清理率",
      "完成",
      "每人每月补助",
    ]);
  });
});

describe("a state with no figure before a cost per unit (河面无明显漂浮垃圾，每公里年保洁经费约1万元)", () => {
  it("reads three indicators", () => {
    expect(
      read("河道保洁18公里，河面无明显漂浮垃圾，每公里年保洁经费约1万元，沿河群众满意度90%以上。"),
    ).toEqual([
      ["河道保洁", "=", 18, "公里", "quantitative"],
      ["河面", null, null, "", "qualitative"],
      ["每公里年保洁经费", "=", 10000, "元", "quantitative"],
      ["沿河群众满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(read("道路保洁到位，每村保洁员不少于2名").map((r) => r[0])).toEqual(["道路保洁", "每村保洁员"]);
  });
});

describe("a state before a figure whose name shares a word of the people (学生…)", () => {
  it("reads both in a pasted document under 效益指标：", () => {
    const r = parseGrid(
      grid([
        ["XX市教育局"],
        ["项目名称：测试项目"],
        [
          "绩效指标：\n产出指标：一是受益学生人数8.6万人；二是供餐天数不少于200天。\n效益指标：学生营养健康状况持续改善，学生体质健康达标率≥92%。\n满意度指标：家长满意度≥90%。",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.target, i.kind])).toEqual([
      ["受益学生人数", "8.6万人", "quantitative"],
      ["供餐天数", "不少于200天", "quantitative"],
      ["学生营养健康状况", "持续改善", "qualitative"],
      ["学生体质健康达标率", "≥92%", "quantitative"],
      ["家长满意度", "≥90%", "quantitative"],
    ]);
  });

  it("reads both in a packed cell too, and keeps one where the figure measures the words' state", () => {
    expect(read("学生营养健康状况持续改善，学生体质健康达标率≥92%。").map((r) => r[0])).toEqual([
      "学生营养健康状况",
      "学生体质健康达标率",
    ]);
    expect(read("1、群众诉求及时回应，回应率100%")).toHaveLength(1);
    expect(read("报修处理及时，报修处理及时率≥95%")).toHaveLength(1);
  });
});

describe("a state held (平稳, 基本平衡) after a subject, as 稳定 is", () => {
  it("splits 医保基金运行 | 平稳 and reads 当期收支 | 基本平衡 as a state of its own", () => {
    const r = lines(
      "塔城市2025年城乡居民基本医疗保险补助资金项目申报书 / 项目单位：塔城市医疗保障局 / （二）绩效指标 / 1.产出指标 / （1）数量指标：参保人数≥10.2万人。 / 2.效益指标 / （1）可持续影响指标：医保基金运行平稳，当期收支基本平衡。",
    );
    expect(r.indicators.map((i) => [i.level2, i.name, i.target, i.kind])).toEqual([
      ["数量指标", "参保人数", "≥10.2万人", "quantitative"],
      ["可持续影响指标", "医保基金运行", "平稳", "qualitative"],
      ["可持续影响指标", "当期收支", "基本平衡", "qualitative"],
    ]);
  });

  it("does so in a packed cell, after a figure too, but not for a state of no subject", () => {
    expect(read("可持续影响指标：群众看病负担有效减轻，医保基金运行平稳。").map((r) => r[0])).toEqual([
      "群众看病负担",
      "医保基金运行",
    ]);
    expect(read("设备完好率≥95%，系统运行平稳").map((r) => r[0])).toEqual(["设备完好率", "系统运行"]);
    expect(read("效益指标：运行平稳，不发生重大事故")).toHaveLength(1);
  });
});
