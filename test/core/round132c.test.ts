/**
 * Round 132 (c): packed 绩效指标 cells cut into their items — a circled 二级 heading alone on its line, a cell
 * whose line breaks became spaces, 指标N. before a year, and a deed for a counted group after a ； in a
 * numbered item.
 */
import { records } from "../support/packedCell";

/** level1, level2 (as written), name, comparator, value, unit, kind. */
function levels(cell: string) {
  return records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a circled number before a 二级 heading alone on its line", () => {
  it("sets the written 二级 for the items below it (①数量指标：⏎…)", () => {
    const cell =
      "（1）产出指标\n①数量指标：\n65岁及以上老年人健康管理人数不少于3.2万人；\n高血压患者规范管理人数≥2.5万人；\n" +
      "0-6岁儿童健康管理率≥90%；\n②质量指标：\n居民电子健康档案建档率≥90%；\n③时效指标：\n资金于12月31日前拨付完毕；\n" +
      "（2）效益指标\n①社会效益指标：\n居民健康素养水平提升1个百分点；";
    const read = records(cell);
    expect(read.map((i) => [i.level1, i.level2, i.level2Inferred])).toEqual([
      ["产出指标", "数量指标", null],
      ["产出指标", "数量指标", null],
      ["产出指标", "数量指标", null],
      ["产出指标", "质量指标", null],
      ["产出指标", "时效指标", null],
      ["效益指标", "社会效益指标", null],
    ]);
    expect(read[2].name).toBe("0-6岁儿童健康管理率");
  });

  it("reads another numbering of such a heading the same way (⑴)", () => {
    expect(levels("产出指标\n⑴数量指标：\n培训人数不少于300人；\n⑵质量指标：\n合格率≥90%；")).toEqual([
      ["产出指标", "数量指标", "培训人数", ">=", 300, "人", "quantitative"],
      ["产出指标", "质量指标", "合格率", ">=", 90, "%", "quantitative"],
    ]);
  });
});

describe("a packed cell whose line breaks became spaces", () => {
  it("cuts it at the spaces into its items under their labels", () => {
    expect(
      levels(
        "产出指标 新建温室大棚40座 验收合格率100% 2024年10月底前完工 效益指标 带动就业60人 棚均年收入2万元 " +
          "满意度指标 受益户满意度95%",
      ),
    ).toEqual([
      ["产出指标", null, "新建温室大棚", "=", 40, "座", "quantitative"],
      ["产出指标", null, "验收合格率", "=", 100, "%", "quantitative"],
      ["产出指标", null, "完工", null, null, "", "date"],
      ["效益指标", null, "带动就业", "=", 60, "人", "quantitative"],
      ["效益指标", null, "棚均年收入", "=", 20000, "元", "quantitative"],
      ["满意度指标", null, "受益户满意度", "=", 95, "%", "quantitative"],
    ]);
  });

  it("reads labels with their colon, glued to the first item", () => {
    expect(levels("产出指标：新建大棚40座 验收合格率100% 效益指标：带动就业60人").map((r) => r[2])).toEqual([
      "新建大棚",
      "验收合格率",
      "带动就业",
    ]);
  });

  it("leaves spaces inside a name or a target alone", () => {
    // A space inside the name, the number or the unit: the pieces are no whole items, the cell is not cut there.
    expect(records("产出指标 新建 大棚40座 效益指标 带动就业60人")).toHaveLength(1);
    expect(records("产出指标 培训人数 ≥ 300 人 效益指标 就业率 ≥ 90 %")).toHaveLength(1);
    expect(records("产出指标 补助资金 3 万 元 效益指标 带动就业60人")).toHaveLength(1);
    // One label alone before whole items, each a name and a figure: cut there too since round 140
    // (产出指标 清运垃圾约3600吨 改厕200户) — round140a.test.ts.
    expect(records("产出指标 新建大棚40座 验收合格率100%").map((i) => i.name)).toEqual([
      "新建大棚",
      "验收合格率",
    ]);
  });
});

describe("指标N. before a year", () => {
  it("numbers the deadline after it, and the item before ends at its ；", () => {
    const read = records("指标3.修复工程验收合格率100%；指标4.2024年11月前完成；指标5.文物安全事故发生率0；");
    expect(read.map((i) => [i.seq, i.name, i.kind, i.date])).toEqual([
      [3, "修复工程验收合格率", "quantitative", null],
      [4, "完成", "date", "2024-11"],
      [5, "文物安全事故发生率", "quantitative", null],
    ]);
  });

  it("still reads a decimal after 指标N: as the name's digits", () => {
    expect(records("指标1.5万人次培训").map((i) => i.seq)).toEqual([null]);
  });
});

describe("a deed for a counted group after a ； in a numbered item", () => {
  it("is an indicator of its own, as without the number", () => {
    const cell =
      "1.数量指标：新建街道综合养老服务中心5个，社区养老服务站30个；为1000户特殊困难老年人家庭实施适老化改造。";
    expect(levels(cell)).toEqual([
      ["产出指标", "数量指标", "新建街道综合养老服务中心", "=", 5, "个", "quantitative"],
      ["产出指标", "数量指标", "社区养老服务站", "=", 30, "个", "quantitative"],
      ["产出指标", "数量指标", "为1000户特殊困难老年人家庭实施适老化改造", "=", 1000, "户", "quantitative"],
    ]);
    expect(levels(cell.replace("1.数量指标：", "数量指标："))).toEqual(levels(cell));
  });

  it("also in a numbered item with no label", () => {
    expect(
      records("1.新建社区养老服务站30个；为1000户老年人家庭实施适老化改造。2.验收合格率100%"),
    ).toHaveLength(3);
  });
});
