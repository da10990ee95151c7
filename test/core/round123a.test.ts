/**
 * Round 123 (a): numbered 项目名称 lines over a rows table's blocks, run-on （1）…（2）… items, loose
 * comparators, and names of whole-sentence items.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { readBrief } from "../support/packedCell";

describe("（一）项目名称：… over each block of a rows table", () => {
  const block = (title: string, name: string, target: string) => [
    [title, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", name, target],
  ];

  it.each([
    ["（一）", "（二）"],
    ["一、", "二、"],
    ["1.", "2."],
    ["1、", "2、"],
    ["(1)", "(2)"],
    ["①", "②"],
  ])(
    "names the project after %s as after a plain 项目名称, and the next block a project of its own",
    (a, b) => {
      const r = parseGrid(
        grid([
          ["宝鸡市陈仓区2022年区级项目绩效目标表", null, null, null],
          ...block(`${a}项目名称：陈仓区乡村振兴衔接资金产业发展项目`, "扶持产业项目个数", "≥18个"),
          ...block(`${b}项目名称：陈仓区农村供水保障工程`, "新建改造供水工程", "≥22处"),
        ]),
      );
      expect(r.projects.map((p) => p.project)).toEqual([
        "陈仓区乡村振兴衔接资金产业发展项目",
        "陈仓区农村供水保障工程",
      ]);
      expect(r.indicators.map((i) => [i.name, i.project])).toEqual([
        ["扶持产业项目个数", "陈仓区乡村振兴衔接资金产业发展项目"],
        ["新建改造供水工程", "陈仓区农村供水保障工程"],
      ]);
    },
  );
});

describe("run-on （1）…（2）… items, their line breaks lost", () => {
  it("starts an item at a （2） right after a unit or a figure when it goes on the count", () => {
    expect(
      readBrief("（1）集中育秧面积：12.5万亩（2）补贴标准：早稻30元/亩（3）补贴发放时间：2023年8月前"),
    ).toEqual([
      ["集中育秧面积", "=", 125000, "亩", "quantitative"],
      ["补贴标准", "=", 30, "元/亩", "quantitative"],
      ["补贴发放时间", "date", "2023-08"],
    ]);
    expect(
      readBrief(
        "1.产出指标：（1）新增省级重点专科1个（2）引进高层次人才≥5名 2.效益指标：（1）县域内就诊率≥90%",
      ),
    ).toEqual([
      ["新增省级重点专科", "=", 1, "个", "quantitative"],
      ["引进高层次人才", ">=", 5, "名", "quantitative"],
      ["县域内就诊率", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("leaves brackets that hold something else, or a number that counts nothing before it", () => {
    expect(readBrief("培训人数200人（2）").map((r) => r[0])).toEqual(["培训人数"]);
    expect(readBrief("（1）改造面积（含附属设施）1200平方米（1-3月）").length).toBe(1);
    expect(readBrief("（1）发放补贴1200户（3）").length).toBe(1);
  });
});

describe("comparators written loosely (=>, =<, > =, ＞ ＝)", () => {
  it("reads them as ≥ and ≤, as >= and ＞＝ read, and keeps the signs out of the name", () => {
    expect(
      readBrief(
        "1.验收合格率=>95% 2.群众满意度> =90% 3.满意度＞ ＝90% 4.投诉率< =5% 5.差错率=<1% 6.合格率＞＝95%",
      ),
    ).toEqual([
      ["验收合格率", ">=", 95, "%", "quantitative"],
      ["群众满意度", ">=", 90, "%", "quantitative"],
      ["满意度", ">=", 90, "%", "quantitative"],
      ["投诉率", "<=", 5, "%", "quantitative"],
      ["差错率", "<=", 1, "%", "quantitative"],
      ["合格率", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("reads them alike in a target column of their own", () => {
    const r = parseGrid(
      grid([
        ["三级指标", "指标值"],
        ["验收合格率", "=>95%"],
        ["群众满意度", "> =90%"],
        ["投诉率", "＜ ＝5%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value])).toEqual([
      ["验收合格率", ">=", 95],
      ["群众满意度", ">=", 90],
      ["投诉率", "<=", 5],
    ]);
  });
});

describe("a time made shorter (出行时间缩短), as 减少 and 延长 read", () => {
  it("is a qualitative target after its name", () => {
    expect(
      readBrief(
        "数量指标：改造提升农村公路42.6公里；社会效益指标：沿线村民出行时间缩短；社会效益指标：群众办事时间明显缩短",
      ),
    ).toEqual([
      ["改造提升农村公路", "=", 42.6, "公里", "quantitative"],
      ["沿线村民出行时间", null, null, "", "qualitative"],
      ["群众办事时间", null, null, "", "qualitative"],
    ]);
  });
});

describe("an event that must not happen, written as a whole sentence", () => {
  it("names the event, under a label too, as 全年不发生… does", () => {
    expect(
      readBrief(
        "产出指标：①口蹄疫免疫密度≥90%。效益指标：①全年无区域性重大动物疫情发生。②全年未发生重大安全事故。③全年不发生重大动物疫情。④辖区内无重大火灾发生。",
      ),
    ).toEqual([
      ["口蹄疫免疫密度", ">=", 90, "%", "quantitative"],
      ["区域性重大动物疫情", null, null, "", "qualitative"],
      ["重大安全事故", null, null, "", "qualitative"],
      ["重大动物疫情", null, null, "", "qualitative"],
      ["重大火灾", null, null, "", "qualitative"],
    ]);
  });

  it("keeps 发生 in a name where no 无 comes before the event", () => {
    expect(readBrief("效益指标：森林火灾发生率≤0.9‰").map((r) => r[0])).toEqual(["森林火灾发生率"]);
  });
});
