/**
 * Items that probe rounds 91 and 92 misread (fix round 91b): a packed cell's items written 名称，目标 whose
 * targets the ； cut did not know (每生每天5元, 按时), a half-width full stop before the next category's label,
 * two statements under one label, a system that keeps working (持续发挥作用), and a change word (同比增长) in a
 * 指标方向 column. Each test is a cell or a table written on the pattern of a misread.
 */
import { parseGrid } from "../../src/core/parse";
import { unitMismatch } from "../../src/core/review/rules/units";
import { runRule } from "./review/ruleTester";
import { grid } from "../support/grid";
import { read } from "../support/packedCell";

/** level1, name, target, comparator, value, unit and kind of each record of one packed cell. */
function short(cell: string) {
  return read(cell).map(([level1, , name, target, comparator, value, unit, kind]) => [
    level1,
    name,
    target,
    comparator,
    value,
    unit,
    kind,
  ]);
}

describe("items written 名称，目标 after a ； in a numbered item (r92 false alarm 3)", () => {
  it("reads a standard written with its per before the number (每生每天5元) as an indicator of its own", () => {
    expect(
      short(
        "1、产出指标：受益学生人数，不少于3.6万人；营养膳食补助标准，每生每天5元；补助发放及时率，100%。2、效益指标：学生营养健康状况，明显改善。",
      ),
    ).toEqual([
      ["产出指标", "受益学生人数", "不少于3.6万人", ">=", 36000, "人", "quantitative"],
      ["产出指标", "营养膳食补助标准", "每生每天5元", "=", 5, "元", "quantitative"],
      ["产出指标", "补助发放及时率", "100%", "=", 100, "%", "quantitative"],
      ["效益指标", "学生营养健康状况", "明显改善", null, null, "", "qualitative"],
    ]);
  });

  it("reads a timing in words (资助资金发放，按时) as a qualitative indicator of its own", () => {
    expect(
      short(
        "1、产出指标：资助幼儿人数，≥965人；资助标准，1000元/生·年；资助资金发放，按时。2、效益指标：因贫失学率，0；",
      ),
    ).toEqual([
      ["产出指标", "资助幼儿人数", "≥965人", ">=", 965, "人", "quantitative"],
      ["产出指标", "资助标准", "1000元/生·年", "=", 1000, "元/生·年", "quantitative"],
      ["产出指标", "资助资金发放", "按时", null, null, "", "qualitative"],
      ["效益指标", "因贫失学率", "0", "=", 0, "", "quantitative"],
    ]);
  });

  it("reads two statements written 名称，目标 under one numbered label as two", () => {
    expect(short("2、效益指标：辣椒产业产值，显著提升；带动农户增收，有所增加。").map((r) => r[1])).toEqual([
      "辣椒产业产值",
      "带动农户增收",
    ]);
  });

  it("keeps a second condition of the same target in it (汛期时…；非汛期，…)", () => {
    expect(
      short("3、产出指标：其他资料查询访问量，汛期时，每天约300人次；非汛期，每天约100人次。").map(
        (r) => r[1],
      ),
    ).toEqual(["其他资料查询访问量"]);
  });
});

describe("a half-width . before the next category's label (r91 P3)", () => {
  it("ends the block before it as 。 does: four records, not two", () => {
    expect(
      short(
        "产出指标:数量指标:培训人数≥100人;成本指标:人均成本≤400元.效益指标:社会效益指标:能力明显提升.满意度指标:满意度≥90%",
      ),
    ).toEqual([
      ["产出指标", "培训人数", "≥100人", ">=", 100, "人", "quantitative"],
      ["产出指标", "人均成本", "≤400元", "<=", 400, "元", "quantitative"],
      ["效益指标", "能力", "明显提升", null, null, "", "qualitative"],
      ["满意度指标", "满意度", "≥90%", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps a decimal (4.5万人) and a section number (1.1) whole", () => {
    expect(
      short("1.1 数量指标:培训人数≥4.5万人.质量指标:合格率≥95%;1.2 时效指标:完成时间2025年6月").map((r) => [
        r[1],
        r[4],
      ]),
    ).toEqual([
      ["培训人数", 45000],
      ["合格率", 95],
      ["完成时间", null],
    ]);
  });
});

describe("two statements under one numbered label (r92 false alarm 4)", () => {
  it("reads a statement of work after a state (村容村貌明显改善；带动乡村旅游) as a second qualitative indicator", () => {
    expect(
      short(
        "1、产出指标：建设精品村2个；2、效益指标：村容村貌明显改善；带动乡村旅游；3、满意度指标：村民满意度≥95%。",
      ),
    ).toEqual([
      ["产出指标", "建设精品村", "2个", "=", 2, "个", "quantitative"],
      ["效益指标", "村容村貌", "明显改善", null, null, "", "qualitative"],
      ["效益指标", "带动乡村旅游", "带动乡村旅游", null, null, "", "qualitative"],
      ["满意度指标", "村民满意度", "≥95%", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("reads one after a figure too (受益人口≥1万人；改善群众出行条件)", () => {
    expect(short("2、效益指标：受益人口≥1万人；改善群众出行条件。").map((r) => [r[1], r[6]])).toEqual([
      ["受益人口", "quantitative"],
      ["改善群众出行条件", "qualitative"],
    ]);
  });
});

describe("a part played after what plays it (r91 P5)", () => {
  it("reads 持续发挥作用 as the qualitative target, the words before it the name", () => {
    expect(
      short(
        "产出指标\n 数量指标：演出场次≥60场\n效益指标\n 可持续影响指标：群众文化活动长效机制持续发挥作用",
      ),
    ).toEqual([
      ["产出指标", "演出场次", "≥60场", ">=", 60, "场", "quantitative"],
      ["效益指标", "群众文化活动长效机制", "持续发挥作用", null, null, "", "qualitative"],
    ]);
  });

  it("reads 发挥示范带动作用, 持续发挥效益 and 作用明显 after a name the same way", () => {
    expect(
      short("可持续影响指标：基层阵地发挥示范带动作用；社会效益指标：项目持续发挥效益；农家书屋作用明显"),
    ).toEqual([
      ["效益指标", "基层阵地", "发挥示范带动作用", null, null, "", "qualitative"],
      ["效益指标", "项目", "持续发挥效益", null, null, "", "qualitative"],
      ["效益指标", "农家书屋", "作用明显", null, null, "", "qualitative"],
    ]);
  });

  it("keeps 充分发挥示范作用, with no name before it, a statement of work: both name and target", () => {
    expect(short("效益指标：充分发挥示范作用").map((r) => [r[1], r[2], r[6]])).toEqual([
      ["充分发挥示范作用", "充分发挥示范作用", "qualitative"],
    ]);
    expect(short("1、充分发挥示范作用").map((r) => [r[1], r[6]])).toEqual([
      ["充分发挥示范作用", "qualitative"],
    ]);
  });
});

describe("a change on last year in a 指标方向 column beside the figure (r92 false alarm 5)", () => {
  const rows = (direction: string, value: number | string) => [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"],
    ["旅游宣传", "产出指标", "数量指标", "宣传推广活动", "≥", "6", "次"],
    [null, "效益指标", "经济效益指标", "接待游客人次", direction, value, "%"],
  ];
  const second = (direction: string, value: number | string) => {
    const i = parseGrid(grid(rows(direction, value))).indicators[1];
    return [i.target, i.comparator, i.value, i.unit, i.kind, i.direction];
  };

  it("keeps the change word with the figure (同比增长5%), as one cell writing it reads", () => {
    expect(second("同比增长", "5")).toEqual(["同比增长5", "=", 5, "%", "quantitative", "同比增长"]);
    expect(second("较上年下降", 5)).toEqual(["较上年下降5", "=", 5, "%", "quantitative", "较上年下降"]);
    const oneCell = parseGrid(
      grid([
        ["项目名称", "三级指标", "指标值"],
        ["旅游宣传", "接待游客人次", "同比增长5%"],
      ]),
    ).indicators[0];
    expect([oneCell.comparator, oneCell.value, oneCell.unit]).toEqual(["=", 5, "%"]);
  });

  it("is then no count written as a percentage for the review", () => {
    expect(runRule(unitMismatch, { grid: rows("同比增长", "5") })).toEqual([]);
  });

  it("leaves a bare 提高 (which way is better, as 正向) and a level with words of its own as they were", () => {
    expect(second("提高", "5")).toEqual(["5", "=", 5, "%", "quantitative", "提高"]);
    expect(second("同比增长", "达到5")).toEqual(["达到5", ">=", 5, "%", "quantitative", "同比增长"]);
  });
});
