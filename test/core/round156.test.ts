/**
 * Round 156 (packed cells): labelled fields written on one line — a form's row kept in a cell with its
 * labels set apart by spaces (一级指标：效益指标 二级指标：经济效益指标 三级指标：亩均补贴 指标值：…), and
 * category labels joined by a space, a comma or a 、 (数量指标:低改八角林800亩、质量指标:…、时效指标:当年完成) —
 * each label starts a field, as a line break before it does, whatever the field before ends with.
 */
import { records } from "../support/packedCell";

/** level1, level2, name, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a form's labelled fields on one line, set apart by spaces", () => {
  it("reads each line as the same labels a line apiece are read (海西州 耕地地力保护补贴)", () => {
    const cell =
      "一级指标：产出指标 二级指标：数量指标 三级指标：补贴面积 指标值：≥86万亩\n" +
      "一级指标：产出指标 二级指标：时效指标 三级指标：补贴发放时间 指标值：2024年6月30日前\n" +
      "一级指标：效益指标 二级指标：经济效益指标 三级指标：亩均补贴 指标值：不低于98元/亩\n" +
      "一级指标：满意度指标 二级指标：服务对象满意度指标 三级指标：农户满意度 指标值：≥95%";
    const want = [
      ["产出指标", "数量指标", "补贴面积", ">=", 860000, "亩", "quantitative"],
      ["产出指标", "时效指标", "补贴发放时间", null, null, "", "date"],
      ["效益指标", "经济效益指标", "亩均补贴", ">=", 98, "元/亩", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "农户满意度", ">=", 95, "%", "quantitative"],
    ];
    expect(read(cell)).toEqual(want);
    expect(read(cell.replace(/ /g, "\n"))).toEqual(want);
    expect(records(cell)[1].date).toBe("2024-06-30");
  });

  it("cuts 三级指标：X 指标值：Y written one after another, and a comma's fields alike", () => {
    expect(read("三级指标：补贴面积 指标值：≥86万亩 三级指标：发放农户 指标值：≥1.2万户")).toEqual([
      [null, null, "补贴面积", ">=", 860000, "亩", "quantitative"],
      [null, null, "发放农户", ">=", 12000, "户", "quantitative"],
    ]);
    expect(read("一级指标：产出指标，二级指标：数量指标，三级指标：补贴面积，指标值：≥86万亩")).toEqual([
      ["产出指标", "数量指标", "补贴面积", ">=", 860000, "亩", "quantitative"],
    ]);
  });
});

describe("category labels joined by a space, a comma or a 、", () => {
  it("starts a field at each label after a 、, after a figure, a % or words (梧州 龙圩 八角低改)", () => {
    expect(
      read(
        "数量指标:低改八角林800亩、质量指标:低改成活率≥85%、时效指标:当年完成、经济效益指标:亩产提高20%、满意度:群众满意",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "低改八角林", "=", 800, "亩", "quantitative"],
      ["产出指标", "质量指标", "低改成活率", ">=", 85, "%", "quantitative"],
      ["产出指标", "时效指标", "完成", null, null, "", "date"],
      ["效益指标", "经济效益指标", "亩产", "=", 20, "%", "quantitative"],
      ["满意度指标", "服务对象满意度指标", "群众", null, null, "", "qualitative"],
    ]);
  });

  it("starts one after a comma that closes a date (路灯维修)", () => {
    expect(
      read("数量指标：维修路灯120盏，质量指标：亮灯率≥98%，时效指标：年底前完成，满意度指标：群众满意度≥90%"),
    ).toEqual([
      ["产出指标", "数量指标", "维修路灯", "=", 120, "盏", "quantitative"],
      ["产出指标", "质量指标", "亮灯率", ">=", 98, "%", "quantitative"],
      ["产出指标", "时效指标", "完成", null, null, "", "date"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("starts one after a space, the last field a date with no figure", () => {
    expect(read("数量指标：维修路灯120盏 质量指标：亮灯率≥98% 时效指标：年底前完成")).toEqual([
      ["产出指标", "数量指标", "维修路灯", "=", 120, "盏", "quantitative"],
      ["产出指标", "质量指标", "亮灯率", ">=", 98, "%", "quantitative"],
      ["产出指标", "时效指标", "完成", null, null, "", "date"],
    ]);
  });

  it("leaves words that only look like a label where no labelled field stands before them", () => {
    // A combined heading's words (社会效益、经济效益指标：) and a bare 数量： in a name's list are no field.
    expect(records("社会效益、经济效益指标：带动农户增收≥500元").map((i) => [i.level1, i.name])).toEqual([
      ["效益指标", "带动农户增收"],
    ]);
    expect(records("质量指标：规格、数量：符合要求").map((i) => i.text)).toEqual([
      "质量指标：规格、数量：符合要求",
    ]);
    // 指标值： after a space stays its name's target.
    expect(read("三级指标：补贴面积 指标值：≥86万亩")).toEqual([
      [null, null, "补贴面积", ">=", 860000, "亩", "quantitative"],
    ]);
  });
});
