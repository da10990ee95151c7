/**
 * Round 223, reading: the fifth generalisation inbox (round223.gold.ts). The misreads it found, each read as the
 * gold says now.
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) => parseGrid(grid(rows));
const packed = (cell: string) =>
  read([
    ["项目名称", "绩效指标"],
    ["霍城县薰衣草产业融合发展", cell],
  ]).indicators.map((i) => [i.name, i.target, i.kind]);

describe("a pace quickened as a state (文旅融合发展明显加快)", () => {
  it("reads 加快 and 加速 closing the words as a qualitative target, as 明显提升 is", () => {
    expect(packed("效益指标：①带动种植户户均增收≥5000元；②薰衣草文旅融合发展明显加快。")).toEqual([
      ["带动种植户户均增收", "≥5000元", "quantitative"],
      ["薰衣草文旅融合发展", "明显加快", "qualitative"],
    ]);
    expect(packed("效益指标：1.产业发展步伐加快；2.项目建设进度持续加速")).toEqual([
      ["产业发展步伐", "加快", "qualitative"],
      ["项目建设进度", "持续加速", "qualitative"],
    ]);
  });
});

describe("a deed's effect under a label (社会效益指标：带动农牧民增收成效明显)", () => {
  it("names the indicator by the deed, the effect its target, as in a numbered item", () => {
    expect(
      packed(
        "效益指标：经济效益指标：示范区青稞亩产提高10%以上；社会效益指标：带动农牧民增收成效明显。\n满意度指标：服务对象满意度指标：农牧民满意度≥90%。",
      ),
    ).toEqual([
      ["示范区青稞亩产", "提高10%以上", "quantitative"],
      ["带动农牧民增收", "成效明显", "qualitative"],
      ["农牧民满意度", "≥90%", "quantitative"],
    ]);
    expect(packed("社会效益指标：带动群众就业效果显著")).toEqual([
      ["带动群众就业", "效果显著", "qualitative"],
    ]);
    // A deed with no effect named stays a target with no name of its own, as before.
    expect(packed("社会效益指标：带动群众增收").map((r) => r[1])).toEqual(["带动群众增收"]);
  });
});

describe("numbering the lists of a packed cell write with a hyphen or a letter", () => {
  it("takes 1-1, 1-2, 2-1 off the names as 1.1 is taken off", () => {
    expect(
      packed(
        "Ⅰ.产出指标\n1-1改造供热管网≥18公里\n1-2管网改造验收合格率100%\n1-3改造完成时间：2025年9月30日前\nⅡ.效益指标\n2-1供热管网热损失率下降≥8%\nⅢ.满意度指标\n3-1供热用户满意度≥90%",
      ).map((r) => r[0]),
    ).toEqual([
      "改造供热管网",
      "管网改造验收合格率",
      "改造完成时间",
      "供热管网热损失率下降",
      "供热用户满意度",
    ]);
  });

  it("keeps a range or a span of months that opens a name (1-2月, 1-3级, 3-5家)", () => {
    expect(
      packed("产出指标：\n1-2月完成设备采购\n3-5家企业参与评审\n3-6岁儿童入园率≥90%").map((r) => r[0]),
    ).toEqual(["1-2月完成设备采购", "3-5家企业参与评审", "3-6岁儿童入园率"]);
    expect(packed("8-10万人次")).toEqual([["", "8-10万人次", "quantitative"]]);
    // Nor a letter that is no list's number (A类, AAA级, B、C类).
    expect(
      packed("产出指标：A类企业检查≥20家；AAA级景区创建1个；B、C类隐患整改率100%").map((r) => r[0]),
    ).toEqual(["A类企业检查", "AAA级景区创建", "B、C类隐患整改率"]);
  });

  it("reads A. B. C. before a 一级's heading as its numbering, no record of its own", () => {
    const r = read([
      ["项目名称", "绩效指标"],
      [
        "宝坻区城区道路清扫保洁",
        "A.产出指标：1.机械化清扫面积≥520万平方米；2.道路保洁质量达标率≥95%。\nB.成本指标：1.每平方米年保洁成本≤6元。\nC.效益指标：1.城区道路环境整洁有序。\nD.满意度指标：1.市民满意度≥90%。",
      ],
    ]);
    expect(r.indicators.map((i) => [i.level1, i.name])).toEqual([
      ["产出指标", "机械化清扫面积"],
      ["产出指标", "道路保洁质量达标率"],
      ["成本指标", "每平方米年保洁成本"],
      ["效益指标", "城区道路环境"],
      ["满意度指标", "市民满意度"],
    ]);
  });
});

describe("a heading behind a list's bullet (◆满意度指标)", () => {
  it("reads it as the 一级 it names, no 二级, as 满意度指标 alone is", () => {
    const r = read([
      ["项目名称", "绩效指标"],
      ["巴宜区生态护林员补助", "◆产出指标\n-选聘生态护林员：≥850人\n◆满意度指标\n-护林员满意度：≥90%"],
    ]);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", null, "选聘生态护林员"],
      ["满意度指标", null, "护林员满意度"],
    ]);
  });
});

describe("an outcome's figure after 项目实施后 with a unit and 以上 (灌区亩均节水80立方米以上)", () => {
  const goal = (cell: string) =>
    read([
      ["项目名称", "绩效目标"],
      ["霍城县高效节水灌溉工程", cell],
    ]).indicators.map((i) => [i.name, i.target]);

  it("leads in to the name after it, the lead-in naming nothing", () => {
    expect(
      goal(
        "新增高效节水灌溉面积2.5万亩，2025年4月30日前完工。项目实施后，灌区亩均节水80立方米以上，受益农户满意度达到90%以上。",
      ),
    ).toEqual([
      ["新增高效节水灌溉面积", "2.5万亩"],
      ["完工", "2025年4月30日前"],
      ["灌区亩均节水", "80立方米以上"],
      ["受益农户满意度", "达到90%以上"],
    ]);
    expect(goal("项目实施后，亩均节水80立方米以上。")).toEqual([["亩均节水", "80立方米以上"]]);
  });
});

describe("壹、贰、叁、 numbering a packed cell's 一级 (the numerals of accounts)", () => {
  it("reads them as numbering, the 满意度 heading a 一级 with no 二级", () => {
    const r = read([
      ["项目名称", "绩效指标"],
      [
        "海伦市特困人员供养服务",
        "壹、产出指标\n1.集中供养特困人员≥260人\n贰、效益指标\n1.特困人员基本生活有效保障\n叁、满意度指标\n1.供养对象满意度≥90%",
      ],
    ]);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", null, "集中供养特困人员"],
      ["效益指标", null, "特困人员基本生活"],
      ["满意度指标", null, "供养对象满意度"],
    ]);
  });
});

describe("a three-level section number under its parent written without the dot (1.2质量指标 ⏎ 1.2.1…)", () => {
  it("takes 1.2.1, 2.1.1 off the names of lists of one, as 1.1.1 … 1.1.2 are", () => {
    expect(
      packed(
        "1.产出指标\n1.1数量指标\n1.1.1改造提升村卫生室≥45所\n1.1.2配备基本医疗设备≥180台（套）\n1.2质量指标\n1.2.1建设验收合格率100%\n2.效益指标\n2.1社会效益指标\n2.1.1群众就近就医更加便捷\n3.满意度指标\n3.1服务对象满意度指标\n3.1.1村民满意度≥90%",
      ).map((r) => r[0]),
    ).toEqual(["改造提升村卫生室", "配备基本医疗设备", "建设验收合格率", "群众就近就医", "村民满意度"]);
  });
});
