/**
 * Round 172: 一级（二级） labels written short in brackets, a goal line inside the indicator cell, 一 before a
 * measure word at a clause's end.
 */
import { parseGrid } from "../../src/core/parse";
import { records } from "../support/packedCell";
import { grid } from "../support/grid";

/** level1, level2, name, comparator, value, unit, kind of each record. */
function levels(cell: string) {
  return records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("一级（二级） written short in brackets (产出（数量）：, 效益（社会）：)", () => {
  it("reads each bracketed label as its categories, the items after it by their names", () => {
    expect(
      levels(
        "产出（数量）：保障寄宿生2140名；产出（质量）：巩固率≥99%；产出（时效）：按学期拨付；" +
          "产出（成本）：生均公用经费标准1200元/生·年；效益（社会）：义务教育巩固率95%以上；满意度：家长满意度≥90%",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "保障寄宿生", "=", 2140, "名", "quantitative"],
      ["产出指标", "质量指标", "巩固率", ">=", 99, "%", "quantitative"],
      ["产出指标", "时效指标", "", null, null, "", "qualitative"],
      ["产出指标", "成本指标", "生均公用经费标准", "=", 1200, "元/生·年", "quantitative"],
      ["效益指标", "社会效益指标", "义务教育巩固率", ">=", 95, "%", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "家长满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(levels("产出(数量):保障寄宿生2,140名;产出(质量):巩固率≥99%").map((r) => r.slice(0, 3))).toEqual([
      ["产出指标", "数量指标", "保障寄宿生"],
      ["产出指标", "质量指标", "巩固率"],
    ]);
  });

  it("never reads a 二级 that is not its 一级's (效益（数量）) nor a name's bracket as a label", () => {
    expect(records("效益（数量）：受益人数1200人").map((i) => i.level2)).not.toContain("数量指标");
    expect(records("设备（数量）：12台").map((i) => i.level1)).toEqual([null]);
  });
});

describe("a goal line inside the indicator cell, before its labelled indicators", () => {
  it("reads 绩效目标：/年度目标： with a number as the goal, no indicator, when category labels follow", () => {
    expect(
      levels("绩效目标:保障城区84座公厕正常运营。\n数量指标:维护公厕84座\n满意度指标:市民满意度>=90%"),
    ).toEqual([
      ["产出指标", "数量指标", "维护公厕", "=", 84, "座", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "市民满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(levels("年度目标：完成84座公厕维护。\n数量指标：维护公厕84座").map((r) => r[2])).toEqual([
      "维护公厕",
    ]);
  });
});

describe("一 with a measure word closing the clause (建文化广场一个)", () => {
  it("reads a count of one, as 两座 reads two", () => {
    expect(levels("建文化广场一个，面积600平米")[0]).toEqual([
      null,
      null,
      "建文化广场",
      "=",
      1,
      "个",
      "quantitative",
    ]);
    expect(levels("新建村级活动场所一处")[0].slice(2, 7)).toEqual([
      "新建村级活动场所",
      "=",
      1,
      "处",
      "quantitative",
    ]);
  });

  it("leaves 一 inside words and pairs alone (一张网, 一体化, 统一)", () => {
    for (const cell of ["全市一张网", "推进城乡一体化", "标准统一"])
      expect(records(cell).map((i) => i.kind)).not.toContain("quantitative");
  });
});

describe("a year, then the time before which the work is done, its day in brackets", () => {
  it("reads 2024年伏季休渔期结束前（9月16日）完成设备更换 as the deed's deadline, 2024-09-16", () => {
    expect(
      records("3.时效指标：2024年伏季休渔期结束前（9月16日）完成设备更换。").map((i) => [
        i.level2,
        i.name,
        i.kind,
        i.date,
      ]),
    ).toEqual([["时效指标", "完成设备更换", "date", "2024-09-16"]]);
  });
});

describe("two 名称：值 lines in one 三级指标及指标值 cell", () => {
  it("reads each line as an indicator, a comparator in words too (参展企业：不少于80家)", () => {
    const r = parseGrid(
      grid([
        ["项目名称：测试项目", null, null],
        ["一级指标", "二级指标", "三级指标及指标值"],
        ["产出指标", "数量指标", "组织产销对接活动：≥6场\n参展企业：不少于80家"],
      ]),
    );
    expect(r.indicators.map((i) => [i.level2, i.name, i.comparator, i.value, i.unit])).toEqual([
      ["数量指标", "组织产销对接活动", ">=", 6, "场"],
      ["数量指标", "参展企业", ">=", 80, "家"],
    ]);
  });
});

describe("a note in brackets after a count, before a comma (新建蓄水池1口（50m³）,…)", () => {
  it("cuts after the note as after the count, whichever comma", () => {
    for (const comma of [",", "，"])
      expect(
        records(`新建蓄水池1口（50m³）${comma}解决120人饮水问题${comma}群众满意度90%以上`).map((i) => [
          i.name,
          i.value,
          i.unit,
        ]),
      ).toEqual([
        ["新建蓄水池", 1, "口"],
        ["解决120人饮水问题", 120, "人"],
        ["群众满意度", 90, "%"],
      ]);
  });
});

describe("编制单位：某县财政局 over a summary of other bodies' projects", () => {
  it("is no project's budget unit where each names its 主管部门", () => {
    const r = parseGrid(
      grid([
        ["达日县2025年县本级项目支出预算绩效目标表", null, null, null],
        ["编制单位：达日县财政局", null, null, "单位：万元"],
        ["序号", "项目名称", "主管部门", "绩效指标"],
        ["一", "达日县鼠害防治", "达日县农牧水利和科技局", "数量指标：防治面积120万亩"],
      ]),
    );
    expect(r.projects.map((p) => [p.budgetUnit, p.department])).toEqual([["", "达日县农牧水利和科技局"]]);
  });
});

describe("a unit's own city under a title naming the province", () => {
  it("reads 林芝市林业和草原局's project as 林芝市, not 西藏自治区", () => {
    const r = parseGrid(
      grid([
        ["西藏自治区2024年区级部门项目绩效目标表（自治区林业和草原局）", null, null, null],
        ["项目名称", "雅鲁藏布江中游防沙治沙（林芝段）", null, null],
        ["预算单位", "林芝市林业和草原局", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "防沙治沙面积", "≥2.15万亩"],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["林芝市"]);
  });
});
