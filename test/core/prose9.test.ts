/**
 * Packed cells that earlier rounds still misread (fix round prose9): each test is a cell written on
 * the pattern of a misread, read under an ordinary packed header — or a 三级 cell of a rows table.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The records of one packed cell: seq, name, target, comparator, value, unit, kind. */
function read(cell: string) {
  const r = parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );
  return r.indicators.map((i) => [i.seq, i.name, i.target, i.comparator, i.value, i.unit, i.kind]);
}

describe("a template's numbering label (考核指标2：) and its empty slot", () => {
  it("reads 考核指标N： and 核心指标N： as numbering, also in a 三级 cell", () => {
    expect(read("考核指标1：培训人数≥500人；考核指标2：验收合格率100%")).toEqual([
      [1, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
      [2, "验收合格率", "100%", "=", 100, "%", "quantitative"],
    ]);
    const r = parseGrid(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["培训项目", "产出指标", "质量指标", "核心指标二：验收合格率", "100%"],
      ]),
    );
    expect(r.indicators.map((i) => [i.seq, i.name])).toEqual([[2, "验收合格率"]]);
  });

  it("gives no record for a numbering label with nothing after it, and loses nothing else", () => {
    expect(read("考核指标1：培训人数≥500人；考核指标2：")).toEqual([
      [1, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
    ]);
    expect(read("考核指标1：培训人数≥500人\n考核指标2：\n考核指标3：验收合格率100%")).toEqual([
      [1, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
      [3, "验收合格率", "100%", "=", 100, "%", "quantitative"],
    ]);
    expect(read("指标1：培训人数≥500人；指标2：；指标3：")).toEqual([
      [1, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
    ]);
  });

  it("keeps an indicator with a name and no target (record.md's empty)", () => {
    expect(read("指标1：培训人数≥500人；指标2：验收合格率")).toEqual([
      [1, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
      [2, "验收合格率", "", null, null, "", "empty"],
    ]);
  });
});

describe("项目N： before a whole indicator", () => {
  it("numbers the indicator: the name is what follows, the seq N", () => {
    expect(read("项目1：培训人数≥500人")).toEqual([
      [1, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
    ]);
    expect(read("项目一：培训人数≥500人；项目二：产出指标：培训场次，不少于10场")).toEqual([
      [1, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
      [2, "培训场次", "不少于10场", ">=", 10, "场", "quantitative"],
    ]);
  });

  it("keeps 项目N as the name where no whole indicator follows (项目1：培训质量提升工程)", () => {
    expect(read("项目1：培训质量提升工程\n项目2：验收资料归档").map((r) => [r[1], r[2]])).toEqual([
      ["项目1", "培训质量提升工程"],
      ["项目2", "验收资料归档"],
    ]);
  });

  it("numbers a name and the grade it meets (项目1：培训质量达标), as a name and its figure", () => {
    expect(read("项目1：培训质量达标\n项目2：验收合格").map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, "培训质量", "达标"],
      [2, "验收", "合格"],
    ]);
  });
});

describe("a clause that restates the target before it", () => {
  it("stays in that target after a ；, which gives the comparator and the value", () => {
    expect(read("合格率达到95%；较上年有所提高")).toEqual([
      [null, "合格率", "达到95%；较上年有所提高", ">=", 95, "%", "quantitative"],
    ]);
    expect(read("1、群众满意度≥90%；较上年提高2个百分点。2、合格率95%；逐年提高")).toEqual([
      [1, "群众满意度", "≥90%；较上年提高2个百分点", ">=", 90, "%", "quantitative"],
      [2, "合格率", "95%；逐年提高", "=", 95, "%", "quantitative"],
    ]);
    expect(read("1、满意度90%；力争更高")).toEqual([
      [1, "满意度", "90%；力争更高", "=", 90, "%", "quantitative"],
    ]);
  });

  it("stays in that target after a ； or a comma: 确保零发生 is no indicator named 确保", () => {
    expect(read("安全事故发生率0；确保零发生")).toEqual([
      [null, "安全事故发生率", "0；确保零发生", "=", 0, "", "quantitative"],
    ]);
    expect(read("1、安全事故发生率0，确保零发生；2、培训人数≥500人")).toEqual([
      [1, "安全事故发生率", "0，确保零发生", "=", 0, "", "quantitative"],
      [2, "培训人数", "≥500人", ">=", 500, "人", "quantitative"],
    ]);
  });

  it("still cuts before an indicator of its own after a ；", () => {
    expect(read("合格率达到95%；群众满意度逐年提高").map((r) => [r[1], r[2]])).toEqual([
      ["合格率", "达到95%"],
      ["群众满意度", "逐年提高"],
    ]);
    expect(read("合格率达到95%；确保不发生重大安全事故").map((r) => r[6])).toEqual([
      "quantitative",
      "qualitative",
    ]);
  });
});

describe("a whole indicator in words before a comma and another indicator", () => {
  it("reads both: the words' state or timing is their target", () => {
    expect(read("1、报修及时处理，满意度≥90%；2、维修完成率≥95%")).toEqual([
      [1, "报修", "及时处理", null, null, "", "qualitative"],
      [null, "满意度", "≥90%", ">=", 90, "%", "quantitative"],
      [2, "维修完成率", "≥95%", ">=", 95, "%", "quantitative"],
    ]);
    expect(read("服务质量明显提升，群众满意度达到90%以上")).toEqual([
      [null, "服务质量", "明显提升", null, null, "", "qualitative"],
      [null, "群众满意度", "达到90%以上", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps one indicator where the words lead in or name the next one's subject", () => {
    expect(read("①开展城乡居民医保参保扩面，参保率≥95%").map((r) => r[1])).toEqual(["参保率"]);
    expect(read("改善人居环境，垃圾清运率100%").map((r) => r[1])).toEqual(["垃圾清运率"]);
    expect(read("1、群众诉求及时回应，回应率100%")).toHaveLength(1);
    expect(read("1、产出指标：巡查企业数，不少于2万家次").map((r) => r[1])).toEqual(["巡查企业数"]);
  });
});

describe("round 48's packed cells: a whole indicator in words before a ； in a numbered item", () => {
  it("cuts before another indicator with its own comparator (水质…达到Ⅳ类标准；COD浓度≤30mg/L)", () => {
    expect(
      read("2、效益指标：柳叶湖水质稳定达到Ⅳ类标准；COD浓度≤30mg/L。").map((r) => [r[3], r[4], r[6]]),
    ).toEqual([
      [null, null, "qualitative"],
      ["<=", 30, "quantitative"],
    ]);
    expect(read("1、工程质量符合设计要求；验收合格率≥98%")).toEqual([
      [1, "工程质量", "符合设计要求", null, null, "", "qualitative"],
      [null, "验收合格率", "≥98%", ">=", 98, "%", "quantitative"],
    ]);
  });
});

describe("round 48's packed cells: a change by a figure after a ； in a numbered item", () => {
  it("is an indicator of its own with a name (绿色出行比例提高3个百分点), not with 较上年 or 同比", () => {
    expect(
      read("2、效益指标：公交日均客运量≥25万人次；绿色出行比例提高3个百分点；3、满意度指标：乘客满意度≥90%"),
    ).toEqual([
      [2, "公交日均客运量", "≥25万人次", ">=", 250000, "人次", "quantitative"],
      [null, "绿色出行比例", "提高3个百分点", "=", 3, "个百分点", "quantitative"],
      [3, "乘客满意度", "≥90%", ">=", 90, "%", "quantitative"],
    ]);
    expect(read("1、接诉量≥500件；同比下降5%")).toHaveLength(1);
  });
});

describe("round 48's packed cells: how a standard is met", () => {
  it("belongs to the target (柳叶湖水质 | 稳定达到Ⅳ类标准), not the name", () => {
    expect(
      read("1、出水水质稳定达到一级A标准；2、工程质量全部符合设计要求").map((r) => [r[1], r[2], r[6]]),
    ).toEqual([
      ["出水水质", "稳定达到一级A标准", "qualitative"],
      ["工程质量", "全部符合设计要求", "qualitative"],
    ]);
  });
});

describe("round 48's packed cells: a recurring deadline (每季度末前, 每月底前)", () => {
  it("is a deadline of its own after a ；, read as a date with no one day", () => {
    expect(
      read("1、产出指标：公交车辆准点率≥95%；补贴资金于每季度末前拨付；2、效益指标：乘客满意度≥90%"),
    ).toEqual([
      [1, "公交车辆准点率", "≥95%", ">=", 95, "%", "quantitative"],
      [null, "补贴资金", "每季度末前拨付", null, null, "", "date"],
      [2, "乘客满意度", "≥90%", ">=", 90, "%", "quantitative"],
    ]);
    expect(read("补助资金每月底前发放").map((r) => [r[1], r[2], r[6]])).toEqual([
      ["补助资金", "每月底前发放", "date"],
    ]);
  });
});

describe("round 48's packed cells: a per before a figure", () => {
  it("belongs to the target (水质监测频次 | 每月2次), as it does before a comparator", () => {
    expect(
      read("1、产出指标：湖区清淤量≥12万立方米，水质监测频次每月2次。2、成本指标：补助标准每生每天5元"),
    ).toEqual([
      [1, "湖区清淤量", "≥12万立方米", ">=", 120000, "立方米", "quantitative"],
      [null, "水质监测频次", "每月2次", "=", 2, "次", "quantitative"],
      [2, "补助标准", "每生每天5元", "=", 5, "元", "quantitative"],
    ]);
  });
});
