/**
 * Round 151 (packed cells): a "/" between two whole quantity items (新建健身路径50条/笼式足球场4个), a parent label
 * over sub-items that carry a comparator (月人均补助水平：城市≥520元，农村≥360元), and a town's comma-run
 * sentence whose clause after a year's deed is people satisfied (年内建成投用，村民满意).
 */
import { records } from "../support/packedCell";

/** name, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("a / between two whole quantity items", () => {
  it("separates them, with or without spaces, the / in no name", () => {
    const want = [
      ["新建健身路径", "=", 50, "条", "quantitative"],
      ["笼式足球场", "=", 4, "个", "quantitative"],
      ["社区多功能运动场", "=", 3, "个", "quantitative"],
    ];
    expect(read("数量指标：新建健身路径50条/ 笼式足球场4个/ 社区多功能运动场3个")).toEqual(want);
    expect(read("数量指标：新建健身路径50条/笼式足球场4个/社区多功能运动场3个")).toEqual(want);
  });

  it("never cuts inside a unit, a date or a fraction", () => {
    expect(read("补助标准≥500元/人次")).toEqual([["补助标准", ">=", 500, "元/人次", "quantitative"]]);
    expect(read("监测频次≥12次/年，覆盖人数5000人").map((r) => r[0])).toEqual(["监测频次", "覆盖人数"]);
    expect(records("完成时间：2024/12/31").map((i) => [i.kind, i.date])).toEqual([["date", "2024-12-31"]]);
  });
});

describe("a parent label over sub-items that carry a comparator", () => {
  it("names each sub-item 名称（组）, as it does without a comparator", () => {
    expect(read("月人均补助水平：城市≥520元，农村≥360元")).toEqual([
      ["月人均补助水平（城市）", ">=", 520, "元", "quantitative"],
      ["月人均补助水平（农村）", ">=", 360, "元", "quantitative"],
    ]);
    expect(read("补助标准：一类≥520元，二类≥360元").map((r) => r[0])).toEqual([
      "补助标准（一类）",
      "补助标准（二类）",
    ]);
    expect(read("补助标准：城市520元，农村360元").map((r) => r[0])).toEqual([
      "补助标准（城市）",
      "补助标准（农村）",
    ]);
  });

  it("keeps members named in full as written (补贴标准：生活补贴≥80元/人·月, round 96)", () => {
    expect(read("补贴标准：生活补贴≥80元/人·月，护理补贴≥80元/人·月").map((r) => r[0])).toEqual([
      "生活补贴",
      "护理补贴",
    ]);
  });
});

describe("a town's comma-run sentence", () => {
  it("reads people satisfied after a year's deed as a record of its own", () => {
    expect(records("建设文化广场1处，年内建成投用，村民满意").map((i) => [i.name, i.kind])).toEqual([
      ["建设文化广场", "quantitative"],
      ["建成投用", "date"],
      ["村民", "qualitative"],
    ]);
  });
});

describe("a month's end and its deed in a town's sentence (11月底完工)", () => {
  it("is a date of its own before a name and its figure", () => {
    expect(
      records("新修村内道路1.8公里，11月底完工，受益群众600人").map((i) => [i.name, i.value, i.kind]),
    ).toEqual([
      ["新修村内道路", 1.8, "quantitative"],
      ["完工", null, "date"],
      ["受益群众", 600, "quantitative"],
    ]);
  });
});

describe("the work itself passed in a town's sentence (…，工程合格)", () => {
  it("is a check of its own after a clause with a figure, whatever its words", () => {
    expect(
      records("改造供水管网4.5km，解决380户1300余人饮水问题，工程合格，群众满意度达95%").map((i) => [
        i.name,
        i.value,
        i.kind,
      ]),
    ).toEqual([
      ["改造供水管网", 4.5, "quantitative"],
      ["解决380户1300余人饮水问题", 380, "quantitative"],
      ["工程", null, "qualitative"],
      ["群众满意度", 95, "quantitative"],
    ]);
  });

  it("but not a bare 全部合格 after a figure, which restates its things (round 144)", () => {
    expect(records("新建公厕8座，全部合格").map((i) => i.name)).toEqual(["新建公厕"]);
  });
});
