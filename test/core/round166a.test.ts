/**
 * Round 166: 一级-二级 labels cut short before their items (产出-数量-①…), a PDF's page lines inside a packed
 * cell, an average between the comparator and the number, and a resolve before a short name.
 */
import { records } from "../support/packedCell";

/** level1, level2, name, comparator, value, unit, kind of each record. */
function levels(cell: string) {
  return records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("一级-二级 written short and closed by a dash before the item (宜春 packed cells)", () => {
  it("reads 产出-数量-①…；效益-经济效益-④…；满意度-⑥… as headings, no records of their own", () => {
    expect(
      levels(
        "产出-数量-①参加省级以上旅游推介会：3-5场次；②制作宣传短视频：不少于20部；产出-时效-③推介活动完成时间：" +
          "2025年9月底前；效益-经济效益-④旅游综合收入增长：±5%以内波动；效益-社会效益-⑤城市知名度：有所提升；" +
          "满意度-⑥游客满意度：≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "参加省级以上旅游推介会", "between", 3, "场次", "quantitative"],
      ["产出指标", "数量指标", "制作宣传短视频", ">=", 20, "部", "quantitative"],
      ["产出指标", "时效指标", "推介活动完成时间", null, null, "", "date"],
      ["效益指标", "经济效益指标", "旅游综合收入增长", "<=", 5, "%", "quantitative"],
      ["效益指标", "社会效益指标", "城市知名度", null, null, "", "qualitative"],
      ["满意度指标", "服务对象满意度指标", "游客满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("reads the short labels before unnumbered items, and the full labels' last dash before a number", () => {
    expect(
      levels("产出-数量-参加推介会：3场次；效益-社会效益-城市知名度：有所提升；满意度-游客满意度：≥90%"),
    ).toEqual([
      ["产出指标", "数量指标", "参加推介会", "=", 3, "场次", "quantitative"],
      ["效益指标", "社会效益指标", "城市知名度", null, null, "", "qualitative"],
      ["满意度指标", "服务对象满意度指标", "游客满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(levels("效益指标-社会效益指标-①城市知名度：有所提升；满意度指标-②游客满意度：≥90%")).toEqual([
      ["效益指标", "社会效益指标", "城市知名度", null, null, "", "qualitative"],
      ["满意度指标", "服务对象满意度指标", "游客满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps a single short word before a dash in the name (质量-安全检查)", () => {
    expect(records("质量-安全检查合格率≥95%").map((i) => [i.name, i.level1])).toEqual([
      ["质量-安全检查合格率", null],
    ]);
  });
});

describe("a PDF's page lines and cut lines inside a packed cell", () => {
  it("skips a page number and 续表, and joins a name cut before its tail (脱贫人口签约⏎覆盖率≥95%)", () => {
    expect(
      levels(
        "数量指标：重点人群签约覆盖率≥75%；脱贫人口签约\n覆盖率≥95%；\n— 2 —\n续表\n质量指标：签约居民续约率≥70%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "重点人群签约覆盖率", ">=", 75, "%", "quantitative"],
      ["产出指标", "数量指标", "脱贫人口签约覆盖率", ">=", 95, "%", "quantitative"],
      ["产出指标", "质量指标", "签约居民续约率", ">=", 70, "%", "quantitative"],
    ]);
  });

  it("keeps a line that ends in a state apart from the next (群众满意⏎合格率≥95%)", () => {
    expect(records("完成项目建设；群众满意\n合格率≥95%；\n受益人口1200人").map((i) => i.name)).toEqual([
      "完成项目建设",
      "群众",
      "合格率",
      "受益人口",
    ]);
  });

  it("skips a flattened header line and cuts before a name that opens with 2型", () => {
    expect(
      levels(
        "一级指标 二级指标 三级指标 指标值 产出指标 数量指标 高血压患者基层规范管理服务率 ≥61% " +
          "2型糖尿病患者基层规范管理服务率 ≥61% 质量指标 居民电子健康档案动态使用率 ≥60%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "高血压患者基层规范管理服务率", ">=", 61, "%", "quantitative"],
      ["产出指标", "数量指标", "2型糖尿病患者基层规范管理服务率", ">=", 61, "%", "quantitative"],
      ["产出指标", "质量指标", "居民电子健康档案动态使用率", ">=", 60, "%", "quantitative"],
    ]);
  });
});

describe("an average between the comparator and the number", () => {
  it("reads 经办服务费≤人均40元 as 经办服务费 ≤ 40 元, as ≤每人40元 reads", () => {
    expect(
      levels("经济成本指标：经办服务费≤人均40元；补助标准不低于户均500元").map((r) => r.slice(2)),
    ).toEqual([
      ["经办服务费", "<=", 40, "元", "quantitative"],
      ["补助标准", ">=", 500, "元", "quantitative"],
    ]);
  });
});

describe("a resolve before a short name", () => {
  it("reads 确保汛期安全度汛 as 汛期安全度汛 reads", () => {
    const read = (cell: string) => records(cell).map((i) => [i.name, i.kind]);
    expect(read("清淤溪道2km；确保汛期安全度汛；受益群众约600人")[1]).toEqual(read("汛期安全度汛")[0]);
    expect(read("确保水库安全度汛")).toEqual([["水库", "qualitative"]]);
  });
});

describe("a town's cell whose whole indicators are set apart by spaces only", () => {
  it("cuts 维修村部3处 验收合格 6月底前完成 提升基层组织服务能力 群众满意 into five", () => {
    expect(
      records("维修村部3处 验收合格 6月底前完成 提升基层组织服务能力 群众满意").map((i) => [
        i.text,
        i.comparator,
        i.value,
        i.kind,
      ]),
    ).toEqual([
      ["维修村部3处", "=", 3, "quantitative"],
      ["验收合格", null, null, "qualitative"],
      ["6月底前完成", null, null, "date"],
      ["提升基层组织服务能力", null, null, "qualitative"],
      ["群众满意", null, null, "qualitative"],
    ]);
  });

  it("leaves a space inside a name or between a name and its value", () => {
    expect(records("新建 大棚40座").length).toBe(1);
    expect(records("违规资金追回率 ≥95%").length).toBe(1);
    expect(records("C25 混凝土路面硬化3公里").length).toBe(1);
  });
});
