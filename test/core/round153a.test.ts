/**
 * Round 153 (packed cells): an indicator written as labelled fields, the target's label on the line or
 * after the ； after its name's (三级指标：维修干渠渠段⏎指标值：≥18公里, 指标名称：查验设施运维台套数；指标值：≥45台套),
 * and a statement that an event must not happen with a subject before 无 (边境辖区无重大涉边案事件).
 */
import { records } from "../support/packedCell";

/** level1, level2, name, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a target's label after its name's label, on the next line or after ；", () => {
  it("reads one label a line as one record under the categories its lines set (瓜州县)", () => {
    const cell =
      "一级指标：产出指标\n二级指标：数量指标\n三级指标：维修干渠渠段\n指标值：≥18公里\n" +
      "二级指标：时效指标\n三级指标：汛前完成维修\n指标值：2024年5月31日前\n" +
      "一级指标：满意度指标\n二级指标：服务对象满意度指标\n三级指标：灌区农户满意度\n指标值：≥90%";
    expect(read(cell)).toEqual([
      ["产出指标", "数量指标", "维修干渠渠段", ">=", 18, "公里", "quantitative"],
      ["产出指标", "时效指标", "汛前完成维修", null, null, "", "date"],
      ["满意度指标", "服务对象满意度指标", "灌区农户满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(records(cell)[1].date).toBe("2024-05-31");
  });

  it("reads 指标名称：X；指标值：Y, one indicator a line, as the comma's 指标名称：X，目标值：Y (东兴市)", () => {
    const want = [
      [null, null, "查验设施运维台套数", ">=", 45, "台套", "quantitative"],
      [null, null, "设施故障修复时间", "<=", 24, "小时", "quantitative"],
      [null, null, "通关企业满意度", ">=", 90, "%", "quantitative"],
    ];
    expect(
      read(
        "指标名称：查验设施运维台套数；指标值：≥45台套\n指标名称：设施故障修复时间；指标值：≤24小时\n" +
          "指标名称：通关企业满意度；指标值：≥90%",
      ),
    ).toEqual(want);
    expect(
      read(
        "指标名称：查验设施运维台套数，目标值：≥45台套\n指标名称：设施故障修复时间，目标值：≤24小时\n" +
          "指标名称：通关企业满意度，目标值：≥90%",
      ),
    ).toEqual(want);
  });

  it("takes 指标：, 年度指标值：, 指标值及单位： and a name under a category label alike", () => {
    expect(read("指标：享受补助教师人数；年度指标值：1260人\n指标：教师满意度；指标值及单位：≥95%")).toEqual([
      [null, null, "享受补助教师人数", "=", 1260, "人", "quantitative"],
      [null, null, "教师满意度", ">=", 95, "%", "quantitative"],
    ]);
    expect(
      read("数量指标：指标名称：培训人数\n指标值：≥500人\n质量指标：指标名称：培训合格率\n目标值：≥95%"),
    ).toEqual([
      ["产出指标", "数量指标", "培训人数", ">=", 500, "人", "quantitative"],
      ["产出指标", "质量指标", "培训合格率", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("leaves a 指标值： after a whole indicator, and a name with no target, as they were", () => {
    expect(
      read("三级指标：维修干渠渠段\n指标值：\n三级指标：完成时间\n指标值：2024年5月31日前").map((r) => r[2]),
    ).toEqual(["维修干渠渠段", "完成时间"]);
    expect(read("培训人数≥500人\n指标值：多少").map((r) => r[2])).toEqual(["培训人数", "指标值"]);
  });
});

describe("an event that must not happen, with a subject before 无", () => {
  it("drops a place as a period is dropped (边境辖区, 沿边地区), as 辖区无重大案件发生 reads", () => {
    expect(read("1、数量指标：护边员46人\n4、效益指标：边境辖区无重大涉边案事件")[1]).toEqual([
      "效益指标",
      null,
      "重大涉边案事件",
      null,
      null,
      "",
      "qualitative",
    ]);
    expect(
      records("社会效益指标：沿边地区无非法越境事件发生").map((i) => [i.name, i.target, i.kind]),
    ).toEqual([["非法越境事件", "无", "qualitative"]]);
    expect(records("社会效益指标：辖区无重大案件发生").map((i) => [i.name, i.kind])).toEqual([
      ["重大案件", "qualitative"],
    ]);
  });

  it("keeps another subject in the name (施工现场无重大安全事故)", () => {
    expect(records("效益指标：施工现场无重大安全事故").map((i) => [i.name, i.target, i.kind])).toEqual([
      ["施工现场重大安全事故", "无", "qualitative"],
    ]);
    expect(records("效益指标：农村饮水无安全隐患").map((i) => [i.name, i.kind])).toEqual([
      ["农村饮水安全隐患", "qualitative"],
    ]);
    expect(records("效益指标：全年无重大安全事故").map((i) => i.name)).toEqual(["重大安全事故"]);
  });
});
