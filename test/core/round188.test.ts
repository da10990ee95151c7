/**
 * Round 188: packed cells and prose from counties of eastern Guangdong, western Fujian and eastern Jiangxi —
 * a comparator word before the name (至少开展应急演练2次, 安全事故：低于3起), a count in Chinese numerals after
 * a comma label, a second 成本指标 among 产出's 二级 labels, names and targets in turn after a 二级 label
 * (数量指标：新建村道，12公里，修缮桥梁，3座), and a project opening with a county's old name (沙县 of 沙县区).
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

const HEAD = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];

/** The records of one packed cell, under a unit and a project of their own. */
const parse = (cell: string, unit = "某县农业农村局", project = "某项目") =>
  parseGrid(grid([HEAD, [unit, unit, project, "通过项目实施，提升服务水平。", cell]] as CellValue[][]))
    .indicators;

/** level1, level2, name, comparator, value, unit of every record of one packed cell. */
const read = (cell: string) =>
  parse(cell).map((i) => [i.level1, i.level2, i.name, i.comparator, i.value, i.unit]);

describe("a comparator word is never the name's (雷州市)", () => {
  it("reads a bound written before the name as the target's", () => {
    expect(read("产出指标：至少开展应急演练2次；至少组织技术培训4期。")).toEqual([
      ["产出指标", null, "开展应急演练", ">=", 2, "次"],
      ["产出指标", null, "组织技术培训", ">=", 4, "期"],
    ]);
  });

  it("names a bound and its figure before the words by the words after them", () => {
    expect(read("产出指标：多于300户家庭发放应急包；超过50个村完成改厕。")).toEqual([
      ["产出指标", null, "家庭发放应急包", ">", 300, "户"],
      ["产出指标", null, "完成改厕", ">", 50, "个村"],
    ]);
  });

  it("reads a bound after a colon as the target of the name before it (安全事故：低于3起)", () => {
    expect(read("效益指标：安全事故：低于3起；群众投诉：少于5件。")).toEqual([
      ["效益指标", null, "安全事故", "<", 3, "起"],
      ["效益指标", null, "群众投诉", "<", 5, "件"],
    ]);
  });

  it("reads a sentence opening with a bound, unnumbered, by the words before its figure", () => {
    expect(read("至少开展培训3次，培训人数不少于500人").map((r) => r.slice(2))).toEqual([
      ["开展培训", ">=", 3, "次"],
      ["培训人数", ">=", 500, "人"],
    ]);
  });
});

describe("a count in Chinese numerals after a comma label keeps its name", () => {
  it("reads 数量指标，举办培训班三期 as 举办培训班 = 3 期", () => {
    expect(read("数量指标，举办培训班三期")).toEqual([["产出指标", "数量指标", "举办培训班", "=", 3, "期"]]);
    expect(read("产出指标，培训农民五百人次")).toEqual([["产出指标", null, "培训农民", "=", 500, "人次"]]);
  });

  it("still reads words with no figure after a comma label as the target alone", () => {
    expect(read("可持续影响指标，持续发挥效益").map((r) => [r[2], r[3]])).toEqual([["", null]]);
  });
});

describe("a second 成本指标 among 产出's 二级 labels (翁源县)", () => {
  it("keeps both cost labels under 产出指标", () => {
    expect(
      read(
        "产出指标：数量指标：新建兰花大棚≥200亩。质量指标：大棚验收合格率100%。成本指标：大棚亩均建设成本≤15万元。成本指标：管护费用≤50万元。效益指标：经济效益指标：兰花年销售额≥5亿元。",
      ).map((r) => r.slice(0, 3)),
    ).toEqual([
      ["产出指标", "数量指标", "新建兰花大棚"],
      ["产出指标", "质量指标", "大棚验收合格率"],
      ["产出指标", "成本指标", "大棚亩均建设成本"],
      ["产出指标", "成本指标", "管护费用"],
      ["效益指标", "经济效益指标", "兰花年销售额"],
    ]);
  });

  it("leaves the 2021 framework's 一级 成本指标 alone", () => {
    expect(read("成本指标：经济成本指标：亩均治理成本≤800元。").map((r) => r.slice(0, 3))).toEqual([
      ["成本指标", "经济成本指标", "亩均治理成本"],
    ]);
  });
});

describe("names and targets in turn after a label (名称，目标，名称，目标)", () => {
  it("reads each pair as an indicator (紫金县, 广丰区)", () => {
    expect(
      read("产出指标：数量指标:新建村道，12公里，修缮桥梁，3座；质量指标:工程验收合格率，100%；"),
    ).toEqual([
      ["产出指标", "数量指标", "新建村道", "=", 12, "公里"],
      ["产出指标", "数量指标", "修缮桥梁", "=", 3, "座"],
      ["产出指标", "质量指标", "工程验收合格率", "=", 100, "%"],
    ]);
    expect(read("数量指标：家庭医生签约人数，≥12万人，重点人群签约率，≥75%；")).toEqual([
      ["产出指标", "数量指标", "家庭医生签约人数", ">=", 120000, "人"],
      ["产出指标", "数量指标", "重点人群签约率", ">=", 75, "%"],
    ]);
  });

  it("keeps a bare quantity or a 其中 clause after a pair in its target", () => {
    expect(read("补助标准，每人每月300元，全年12个月").map((r) => r[2])).toEqual(["补助标准"]);
    expect(read("巡查企业数，不少于2万家次，其中重点企业，500家").map((r) => r[2])).toEqual(["巡查企业数"]);
    expect(read("培训人数，500人，人均，200元").map((r) => r[2])).toEqual(["培训人数"]);
  });
});

describe("a project opening with a county's old name", () => {
  it("takes the unit's 沙县区 for 沙县小吃… (三明市)", () => {
    const got = parse("产出指标：小吃技能培训2000人次。", "沙县区农业农村局", "沙县小吃产业发展");
    expect(got.map((i) => i.district)).toEqual(["沙县区"]);
  });

  it("keeps a project's county when the unit names none longer", () => {
    const got = parse("产出指标：培训2000人次。", "某市农业农村局", "沙县小吃产业发展");
    expect(got.map((i) => i.district)).toEqual(["沙县"]);
  });
});

describe("a deadline in a flood season after its year, a district named 城区, a code in a name", () => {
  it("reads 2023年汛前 and 2023年主汛期前 closing a name as the date (阳西县)", () => {
    expect(
      parse("时效指标：①主体工程完工时间2023年汛前；②资金拨付2023年主汛期前到位。").map((i) => [
        i.name,
        i.kind,
        i.target,
      ]),
    ).toEqual([
      ["主体工程完工时间", "date", "2023年汛前"],
      ["资金拨付", "date", "2023年主汛期前到位"],
    ]);
  });

  it("reads 汕尾市城区 as a district, as 阳泉市城区 is", () => {
    const got = parse("产出指标：新建污水管网8.5公里。", "汕尾市城区住房和城乡建设局", "城中村污水管网改造");
    expect(got.map((i) => i.district)).toEqual(["城区"]);
  });

  it("cuts a sentence before a name holding a grade written 4A or 5G (婺源县)", () => {
    expect(
      read(
        "全年接待游客不少于2000万人次，旅游综合收入超过200亿元，新创建4A级景区1个，游客满意度达95%以上。",
      ).map((r) => r.slice(2)),
    ).toEqual([
      ["全年接待游客", ">=", 20000000, "人次"],
      ["旅游综合收入", ">", 20000000000, "元"],
      ["新创建4A级景区", "=", 1, "个"],
      ["游客满意度", ">=", 95, "%"],
    ]);
  });

  it("cuts at a ； before a name, a comma and a count per period in Chinese numerals (上杭县)", () => {
    expect(
      read("1、产出指标：服务老年人数不少于2000人；上门服务次数，每人每月两次；").map((r) => r.slice(2)),
    ).toEqual([
      ["服务老年人数", ">=", 2000, "人"],
      ["上门服务次数", "=", 2, "次"],
    ]);
  });
});

describe("a range in Chinese numerals, a label after a comma", () => {
  it("reads 三至五次, 两到三场 as ranges (蕉岭县)", () => {
    expect(
      parse("产出指标——数量指标：开展健康讲座，三至五次/季度；送戏下乡，两到三场。").map((i) => [
        i.name,
        i.comparator,
        i.value,
        i.valueMax,
        i.unit,
      ]),
    ).toEqual([
      ["开展健康讲座", "between", 3, 5, "次/季度"],
      ["送戏下乡", "between", 2, 3, "场"],
    ]);
  });

  it("cuts before a category's label and its colon after a comma (陆河县)", () => {
    expect(
      read(
        "产出指标：数量指标：青梅加工设备购置，5套，时效指标：完工时间，2023年12月底前，质量指标：设备验收合格率，100%。",
      ).map((r) => r.slice(0, 3)),
    ).toEqual([
      ["产出指标", "数量指标", "青梅加工设备购置"],
      ["产出指标", "时效指标", "完工时间"],
      ["产出指标", "质量指标", "设备验收合格率"],
    ]);
  });
});
