/**
 * Round 136 (b): numbered items cut at commas, the time a condition's act is done in taken out of the name,
 * a season of work as a period, a level held as a qualitative target, the measures of one thing, a check
 * passed after a figure, the 二级 of a count of places and of a rate paid in full, and an unfilled XX日内.
 */
import { parseGrid } from "../../src/core/parse";
import { inferLevel2 } from "../../src/core/text/categories";
import { parseTarget } from "../../src/core/text/target";
import { grid } from "../support/grid";
import { records } from "../support/packedCell";

/** seq, name, comparator, value, unit, kind. */
function short(cell: string) {
  return records(cell).map((i) => [i.seq, i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("numbered items separated by commas (1.…，2.…，3.…)", () => {
  it("cuts the cell at each next number after a comma", () => {
    expect(
      short(
        "1.完成村庄立面改造45户，2.新建游步道1.2公里，3.工程验收合格率100%，4.年底前完工，" +
          "5.带动村集体经营性收入增加10万元以上，6.村民满意度达95%以上",
      ),
    ).toEqual([
      [1, "完成村庄立面改造", "=", 45, "户", "quantitative"],
      [2, "新建游步道", "=", 1.2, "公里", "quantitative"],
      [3, "工程验收合格率", "=", 100, "%", "quantitative"],
      [4, "完工", null, null, "", "date"],
      [5, "带动村集体经营性收入增加", ">=", 100000, "元", "quantitative"],
      [6, "村民满意度", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("reads 1、…，2、… the same way, and keeps a decimal after a comma a value", () => {
    expect(short("1、完成村庄立面改造45户，2、新建游步道1.2公里").map((r) => r[1])).toEqual([
      "完成村庄立面改造",
      "新建游步道",
    ]);
    // ，2.5万元: a digit after the mark, a decimal; ，3. after 1.: not the next number.
    expect(records("1.培训农民100人，2.5万元用于教材")).toHaveLength(1);
    expect(records("1.新建游步道2公里，3.工程验收合格率100%")).toHaveLength(1);
  });
});

describe("a time to act within after a condition (…后 N 单位内 + act)", () => {
  it("names the indicator with the condition and the act, the time as the target", () => {
    expect(
      short(
        "时效指标：作业申请批复后30分钟内实施作业；时效指标：补贴申请受理后20个工作日内发放；每学期开学后2个月内拨付",
      ),
    ).toEqual([
      [null, "作业申请批复后实施作业", "<=", 30, "分钟", "quantitative"],
      [null, "补贴申请受理后发放", "<=", 20, "个工作日", "quantitative"],
      [null, "每学期开学后拨付", "<=", 2, "个月", "quantitative"],
    ]);
    expect(records("议案建议交办之日起3个月内办结")[0].name).toBe("议案建议交办之日起办结");
  });

  it("keeps a condition with no act after the time, a moment and a month's day as before", () => {
    expect(short("时效指标：群众投诉受理后3个工作日")[0][1]).toBe("群众投诉受理后3个工作日");
    expect(short("发现问题时2小时内处置")[0][1]).toBe("发现问题时2小时内处置");
    expect(records("首月15日内拨付到位")[0].kind).toBe("date");
  });
});

describe("a season of the year the work is done in", () => {
  it("reads 春秋两季 as a period (date null), the work after it as the name", () => {
    expect(
      records("时效指标：春秋两季集中免疫").map((i) => [i.name, i.target, i.kind, i.date, i.comparator]),
    ).toEqual([["集中免疫", "春秋两季", "date", null, null]]);
    expect(records("秋冬季节完成修剪").map((i) => [i.name, i.kind])).toEqual([["完成修剪", "date"]]);
  });

  it("leaves a season in a name measured by a figure, and one before a state", () => {
    expect(records("春季造林成活率≥85%").map((i) => [i.name, i.kind])).toEqual([
      ["春季造林成活率", "quantitative"],
    ]);
    expect(records("冬季清雪及时").map((i) => [i.name, i.kind])).toEqual([["冬季清雪", "qualitative"]]);
  });
});

describe("a level held in words (维持低水平)", () => {
  it("reads it as a qualitative target after its name", () => {
    expect(
      records("效益指标：疫苗针对传染病发病率维持低水平").map((i) => [i.name, i.target, i.kind]),
    ).toEqual([["疫苗针对传染病发病率", "维持低水平", "qualitative"]]);
  });
});

describe("several measures of one thing", () => {
  it("takes the first measure as the value and keeps the others in the target", () => {
    expect(
      records("硬化道路长1.2公里、宽3.5米，厚0.2米").map((i) => [i.name, i.value, i.unit, i.target]),
    ).toEqual([["硬化道路长", 1.2, "公里", "1.2公里、宽3.5米，厚0.2米"]]);
    expect(records("修建渠道长度800米、宽度1.5米、深1米").map((i) => [i.name, i.value, i.unit])).toEqual([
      ["修建渠道长度", 800, "米"],
    ]);
    expect(records("新建道路1.2公里、宽3.5米").map((i) => [i.name, i.value])).toEqual([["新建道路", 1.2]]);
  });

  it("still cuts two things listed with 、 (宽带 is no width)", () => {
    expect(records("完成培训200人、宽带接入50户").map((i) => i.name)).toEqual(["完成培训", "宽带接入"]);
  });
});

describe("a check passed after a figure, with a comma between", () => {
  it("reads 竣工验收合格 as an indicator of its own", () => {
    expect(
      records("安装健身器材10件，竣工验收合格，村民满意度达到90%以上").map((i) => [i.name, i.target, i.kind]),
    ).toEqual([
      ["安装健身器材", "10件", "quantitative"],
      ["竣工验收", "合格", "qualitative"],
      ["村民满意度", "达到90%以上", "quantitative"],
    ]);
  });

  it("cuts a timing and a state of their own after it (维修工程质量达标，按时完工，文物安全得到保障)", () => {
    expect(
      records("维修文物保护单位3处，维修工程质量达标，按时完工，文物安全得到保障，").map((i) => [
        i.name,
        i.target,
      ]),
    ).toEqual([
      ["维修文物保护单位", "3处"],
      ["维修工程质量", "达标"],
      ["", "按时完工"],
      ["文物安全", "得到保障"],
    ]);
  });

  it("keeps the figure's things all passing, or a bare 质量合格, with it", () => {
    expect(records("检测样品200份，全部验收合格")).toHaveLength(1);
    expect(records("抽检200批次，质量合格")).toHaveLength(1);
  });
});

describe("the inferred 二级 of a count of places and of a rate paid in full", () => {
  it.each([
    ["耕地质量监测点", "个", "quantitative", "≥60个", "数量指标"],
    ["质量问题", "个", "quantitative", "≤2个", "质量指标"],
    ["资金足额发放率", "%", "quantitative", "100%", "质量指标"],
    ["补贴资金兑付率", "%", "quantitative", "100%", "数量指标"],
  ])("%s | %s → %s", (name, unit, kind, target, level2) => {
    expect(inferLevel2(null, name, unit, kind, target)).toBe(level2);
  });

  it("reads them so in a cell of indicators", () => {
    expect(records("①耕地质量监测点≥60个；②资金足额发放率100%").map((i) => i.level2Inferred)).toEqual([
      "数量指标",
      "质量指标",
    ]);
  });
});

describe("an unfilled template's time (XX日内)", () => {
  it("reads it as empty, as ≥ % is", () => {
    expect(parseTarget("XX日内").kind).toBe("empty");
    expect(parseTarget("≤XX个工作日内").kind).toBe("empty");
    expect(parseTarget("X光机").kind).toBe("qualitative");
    const read = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "报到衔接时限", "XX日内"],
      ]),
    ).indicators;
    expect(read.map((i) => [i.name, i.kind, i.value])).toEqual([["报到衔接时限", "empty", null]]);
  });
});
