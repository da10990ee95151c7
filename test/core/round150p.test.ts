/**
 * Round 150p: a yes or no set off by a space at the end of an item (厕所日常管护制度建立 是), a part of the count
 * before with a comparator of its own (新建改建旅游厕所≥14座；其中第三卫生间≥4座), and thousands grouped by a space
 * in an unnumbered cell (培训人数1 000人，受益学生1 200人).
 */
import { records } from "../support/packedCell";

/** level2, name, target, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [i.level2, i.name, i.target, i.comparator, i.value, i.unit, i.kind]);
}

/** name, comparator, value, unit. */
function figures(cell: string) {
  return records(cell).map((i) => [i.name, i.comparator, i.value, i.unit]);
}

describe("a yes or no set off by a space at the end of an item (厕所日常管护制度建立 是)", () => {
  it("reads the word as the target, as after a comma (长效保洁机制建立，是)", () => {
    expect(
      read(
        "1.产出指标：（1）数量指标：新建改建旅游厕所≥14座。\n2.效益指标：（1）可持续影响：厕所日常管护制度建立 是。",
      ).slice(1),
    ).toEqual([["可持续影响指标", "厕所日常管护制度建立", "是", null, null, "", "qualitative"]]);
    expect(read("社会效益指标：保障下游饮用水安全 是。")).toEqual([
      ["社会效益指标", "保障下游饮用水安全", "是", null, null, "", "qualitative"],
    ]);
  });

  it("reads each item of a run so, 否 有 无 and a thing done (已建立) too, whatever the space", () => {
    expect(
      records("产出指标：临时救助人次 是；救助及时 是。社会稳定　是。").map((i) => [
        i.name,
        i.target,
        i.kind,
      ]),
    ).toEqual([
      ["临时救助人次", "是", "qualitative"],
      ["救助及时", "是", "qualitative"],
      ["社会稳定", "是", "qualitative"],
    ]);
    expect(
      records(
        "1.质量指标：是否存在质量问题 否。2.质量指标：应急预案 有。3.质量指标：重大安全事故 无。4.可持续影响指标：管护制度 已建立。",
      ).map((i) => [i.name, i.target, i.kind]),
    ).toEqual([
      ["是否存在质量问题", "否", "qualitative"],
      ["应急预案", "有", "qualitative"],
      ["重大安全事故", "无", "qualitative"],
      ["管护制度", "已建立", "qualitative"],
    ]);
  });

  it("leaves words with no space before their last one as they were read (管护制度健全)", () => {
    expect(records("可持续影响指标：管护制度健全").map((i) => [i.name, i.target])).toEqual([
      ["管护制度", "健全"],
    ]);
  });
});

describe("a part of the count before with a comparator of its own (…≥14座；其中第三卫生间≥4座)", () => {
  it("is an indicator of its own, named without 其中, after a ； or a comma, numbered or not", () => {
    const both = [
      ["新建改建旅游厕所", ">=", 14, "座"],
      ["第三卫生间", ">=", 4, "座"],
    ];
    expect(figures("（1）数量指标：新建改建旅游厕所≥14座；其中第三卫生间≥4座。")).toEqual(both);
    expect(figures("1.产出指标：新建改建旅游厕所≥14座；其中第三卫生间≥4座。")).toEqual(both);
    expect(figures("新建改建旅游厕所≥14座，其中第三卫生间≥4座。")).toEqual(both);
    expect(figures("1.新建改建旅游厕所≥14座，其中：第三卫生间不少于4座。")).toEqual(both);
    expect(figures("数量指标：新建改建旅游厕所≥14座；其中第三卫生间≥4座。")).toEqual(both);
  });

  it("keeps a part with no comparator, or no name, on the target before (其中脱贫户50户, 其中，约800人次…)", () => {
    expect(figures("1.应急救护培训不少于5000人次，其中取证培训1000人；")).toEqual([
      ["应急救护培训", ">=", 5000, "人次"],
    ]);
    expect(figures("1.新增公共停车泊位800个，其中充电桩泊位120个；")).toEqual([
      ["新增公共停车泊位", "=", 800, "个"],
    ]);
    expect(figures("1.培训人数不少于2000人次；其中，约800人次为基层干部。")).toEqual([
      ["培训人数", ">=", 2000, "人次"],
    ]);
  });
});

describe("thousands grouped by a space in an unnumbered cell (培训人数1 000人，受益学生1 200人)", () => {
  it("cuts at the comma or the 、 as it does for 1000 and 1,000", () => {
    for (const sp of [" ", "\u00a0", "\u2009", "\u3000"]) {
      expect(figures(`培训人数1${sp}000人，受益学生1${sp}200人`)).toEqual([
        ["培训人数", "=", 1000, "人"],
        ["受益学生", "=", 1200, "人"],
      ]);
      expect(figures(`完成禁牧1${sp}260万亩、草畜平衡1${sp}580万亩`)).toEqual([
        ["完成禁牧", "=", 12600000, "亩"],
        ["草畜平衡", "=", 15800000, "亩"],
      ]);
    }
    expect(figures("新建道路12 500米；受益群众3 600人")).toEqual([
      ["新建道路", "=", 12500, "米"],
      ["受益群众", "=", 3600, "人"],
    ]);
  });
});
