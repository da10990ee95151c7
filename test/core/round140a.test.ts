/**
 * Round 140 (a): a line's 二级 tagged in brackets after it, a clause whose target is a bare 更 or a
 * schedule of 兑付, a numbered heading glued to the target before it with no colon, a label's line of
 * items cut at its spaces, and income or a return guessed an economic benefit.
 */
import { inferLevel2 } from "../../src/core/text/categories";
import { records } from "../support/packedCell";

/** level1, level2, level2Inferred, name, comparator, value, unit, kind. */
function levels(cell: string) {
  return records(cell).map((i) => [
    i.level1,
    i.level2,
    i.level2Inferred,
    i.name,
    i.comparator,
    i.value,
    i.unit,
    i.kind,
  ]);
}

describe("a 二级 label in brackets after the indicator (…≥60场（数量指标）)", () => {
  it("reads the tag as the written 二级, its 一级 from it, and keeps it out of the name", () => {
    expect(
      levels(
        "1.服务保障会议场次≥60场（数量指标）\n2.重大安全事故0起（质量指标）\n3.年会前完成筹备工作（时效指标）\n" +
          "4.媒体正面报道≥200篇（社会效益指标）\n5.参会嘉宾满意度≥95%（满意度指标）",
      ),
    ).toEqual([
      ["产出指标", "数量指标", null, "服务保障会议场次", ">=", 60, "场", "quantitative"],
      ["产出指标", "质量指标", null, "重大安全事故", "=", 0, "起", "quantitative"],
      ["产出指标", "时效指标", null, "年会前完成筹备工作", null, null, "", "empty"],
      ["效益指标", "社会效益指标", null, "媒体正面报道", ">=", 200, "篇", "quantitative"],
      ["满意度指标", "服务对象满意度指标", null, "参会嘉宾满意度", ">=", 95, "%", "quantitative"],
    ]);
    // The raw text keeps the tag.
    expect(records("1.举办赛事活动≥15场（数量指标）；")[0].text).toBe("1.举办赛事活动≥15场（数量指标）；");
  });

  it("reads (满意度指标) among 一级 tags as the 一级 alone, and leaves a bracket of a note as it was", () => {
    expect(
      levels("1.举办赛事活动≥15场（产出指标）\n2.群众满意度≥90%（满意度指标）").map((r) => r.slice(0, 2)),
    ).toEqual([
      ["产出指标", null],
      ["满意度指标", null],
    ]);
    const note = records("1.新建村级活动室12个（含临时用房）")[0];
    expect([note.level1, note.level2, note.name]).toEqual([null, null, "新建村级活动室"]);
  });
});

describe("a clause with no separable target (效益：群众出行更方便, 补贴资金按季度兑付)", () => {
  it("reads a bare 更 before a state as a qualitative target, as 更加便捷 is", () => {
    expect(levels("效益：群众出行更方便；效益：群众出行更加便捷").map((r) => [r[3], r[7]])).toEqual([
      ["群众出行", "qualitative"],
      ["群众出行", "qualitative"],
    ]);
    // 更新 is no state: 信息更新率 stays a name.
    expect(records("质量指标：信息更新率100%")[0].name).toBe("信息更新率");
  });

  it("reads 按季度兑付, 按年兑付 and 按半年兑付 as 按月发放 is: the schedule the target", () => {
    for (const cell of [
      "时效指标：补贴资金按季度兑付。",
      "时效指标：补贴资金按年兑付",
      "时效指标：补贴资金按半年兑付",
      "时效指标：资金按月发放",
    ]) {
      const r = records(cell)[0];
      expect([r.level2, r.kind]).toEqual(["时效指标", "qualitative"]);
      expect(["补贴资金", "资金"]).toContain(r.name);
    }
    expect(inferLevel2(null, "补贴资金", "", "qualitative", "按季度兑付")).toBe("时效指标");
  });
});

describe("a numbered heading glued to the target before it, with no colon", () => {
  it("starts a new block at （二）效益指标 and （三）满意度指标", () => {
    const rs = records(
      "（一）产出指标 1.养护里程≥860公里 2.完成时间：2024年11月底（二）效益指标 1.农村公路通畅水平持续提升" +
        "（三）满意度指标 1.沿线群众满意度≥90%",
    );
    expect(rs.map((r) => [r.level1, r.name, r.kind])).toEqual([
      ["产出指标", "养护里程", "quantitative"],
      ["产出指标", "完成时间", "date"],
      ["效益指标", "农村公路通畅水平", "qualitative"],
      ["满意度指标", "沿线群众满意度", "quantitative"],
    ]);
    expect(rs[1].text).toBe("2.完成时间：2024年11月底");
  });

  it("keeps （二）类 words that are no full label in the item", () => {
    expect(records("1.改造危桥3座（二）类桥梁")).toHaveLength(1);
  });
});

describe("one label, then items separated by spaces (产出指标 清运垃圾约3600吨 改厕200户)", () => {
  it("cuts the line at its spaces, each piece an item", () => {
    expect(levels("产出指标 清运垃圾约3600吨 改厕200户\n效益指标 村容村貌明显改观")).toEqual([
      ["产出指标", null, "数量指标", "清运垃圾", "=", 3600, "吨", "quantitative"],
      ["产出指标", null, "数量指标", "改厕", "=", 200, "户", "quantitative"],
      ["效益指标", null, "社会效益指标", "村容村貌", null, null, "", "qualitative"],
    ]);
    expect(records("产出指标 清运垃圾约3600吨 改厕200户").map((r) => r.name)).toEqual(["清运垃圾", "改厕"]);
  });

  it("leaves a space inside a target or a name, and a single piece, as it was", () => {
    expect(records("产出指标 补助资金 3 万 元")).toHaveLength(1);
    expect(records("满意度指标 群众满意度 ≥ 90 %")).toHaveLength(1);
    expect(records("产出指标 2024年 完成改厕200户")).toHaveLength(1);
    expect(records("产出指标 改厕200户\n效益指标 村容村貌明显改观")).toHaveLength(2);
  });
});

describe("income or a return in a name guessed an economic benefit", () => {
  it.each([
    [null, "年出租收益", "元", "quantitative", ""],
    ["效益指标", "年发电收益", "元", "quantitative", ""],
    [null, "搬迁群众人均可支配收入", "%", "quantitative", "增长8%以上"],
    [null, "胶农收入", "", "qualitative", "稳定"],
  ] as const)("%s %s", (level1, name, unit, kind, target) => {
    expect(inferLevel2(level1, name, unit, kind, target)).toBe("经济效益指标");
  });

  it("keeps the money spent and the people with little income as they were", () => {
    expect(inferLevel2(null, "低收入人口帮扶比例", "%", "quantitative", "100%")).not.toBe("经济效益指标");
    expect(inferLevel2(null, "收益分红资金拨付率", "%", "quantitative", "100%")).not.toBe("经济效益指标");
  });
});
