/**
 * Packed cells that probe rounds 61 and 62 misread (fix round seg13): how a cell is cut into items —
 * each test is a cell written on the pattern of a misread, read under an ordinary packed header.
 */
import { parseGrid } from "../../src/core/parse";
import { CELL_LABEL } from "../../src/core/text/sentences";
import { segmentCell } from "../../src/core/text/segment";
import { records } from "../support/packedCell";

/** level1, level2, name, target, comparator, value, unit, kind. */
function read(cell: string) {
  return records(cell).map((i) => [
    i.level1,
    i.level2,
    i.name,
    i.target,
    i.comparator,
    i.value,
    i.unit,
    i.kind,
  ]);
}

/** name and target only. */
function pairs(cell: string) {
  return records(cell).map((i) => [i.name, i.target]);
}

describe("indicators without numbers under a numbered category label (2.效益指标：…)", () => {
  it("cuts at ； between whole indicators in words after the label", () => {
    expect(
      read(
        "1.产出指标：检查生产经营单位≥800家次；隐患整改率≥95%；执法人员培训2期；2.效益指标：生产安全事故起数同比下降；较大及以上事故零发生；3.满意度指标：企业满意度≥90%",
      ).slice(3, 5),
    ).toEqual([
      ["效益指标", null, "生产安全事故起数", "同比下降", null, null, "", "qualitative"],
      ["效益指标", null, "较大及以上事故", "零发生", "=", 0, "", "quantitative"],
    ]);
  });

  it("cuts after a figure before words that close an indicator, and between those", () => {
    expect(pairs("1.产出指标：巡查≥200次；资金按时拨付；项目按期完工")).toEqual([
      ["巡查", "≥200次"],
      ["资金", "按时拨付"],
      ["项目", "按期完工"],
    ]);
    expect(pairs("(1)产出指标：资金按时拨付；项目按期完工")).toEqual([
      ["资金", "按时拨付"],
      ["项目", "按期完工"],
    ]);
  });

  it("cuts with any numbering, a 二级 after the 一级, a comma or a line break", () => {
    const three = [
      ["水质", "明显改善"],
      ["群众意识", "明显增强"],
      ["生活条件", "持续改善"],
    ];
    expect(pairs("2.效益指标：水质明显改善；群众意识明显增强；生活条件持续改善")).toEqual(three);
    expect(pairs("二、效益指标：水质明显改善；群众意识明显增强；生活条件持续改善")).toEqual(three);
    expect(pairs("2、效益指标：水质明显改善；群众意识明显增强；生活条件持续改善")).toEqual(three);
    expect(pairs("2.效益指标：水质明显改善\n群众意识明显增强")).toEqual(three.slice(0, 2));
    expect(pairs("2.效益指标：水质明显改善，群众意识明显增强")).toEqual(three.slice(0, 2));
    expect(read("2.效益指标：生态效益指标：水质明显改善；群众意识明显增强").map((r) => r[1])).toEqual([
      "生态效益指标",
      "生态效益指标",
    ]);
  });

  it("keeps a condition and its figure, a class or a phase, and a clause of the target together", () => {
    // The Guangzhou sample's habit: N、一级：name，target, the target holding a ；.
    expect(pairs("3、产出指标：其他资料查询访问量，汛期时，每天约300人次；非汛期，每天约100人次。")).toEqual([
      ["其他资料查询访问量", "汛期时，每天约300人次；非汛期，每天约100人次"],
    ]);
    expect(pairs("1、产出指标：补助标准，每人每月300元；不足一个月按一个月计。")).toHaveLength(1);
    expect(pairs("1、成本指标：补助标准，一类对象每人每月500元；二类对象每人每月300元")).toHaveLength(1);
    expect(pairs("1、产出指标：培训人数≥500人；较上年有所提高")).toHaveLength(1);
    expect(pairs("2、效益指标：信息系统和设备稳定运行，系统99%稳定可靠。")).toEqual([
      ["信息系统和设备稳定运行", "系统99%稳定可靠"],
    ]);
  });
});

describe("template slots in a name inside a numbered item (★补助农户数（≥**户）≥150户)", () => {
  it("cuts at ； before a name that carries a placeholder or a unit in brackets", () => {
    expect(
      pairs(
        "一、产出指标：数量指标：★补助设施蔬菜种植面积（≥**亩）≥600亩；补助农户数（≥**户）≥150户；质量指标：蔬菜大棚验收合格率（≥**%）≥95%",
      ),
    ).toEqual([
      ["补助设施蔬菜种植面积", "≥600亩"],
      ["补助农户数", "≥150户"],
      ["蔬菜大棚验收合格率", "≥95%"],
    ]);
    expect(pairs("1、补助种植面积（≥**亩）≥600亩；补助农户数（≥**户）≥150户")).toEqual([
      ["补助种植面积", "≥600亩"],
      ["补助农户数", "≥150户"],
    ]);
    expect(records("1.补助种植面积(亩)≥600；补助农户数(户)≥150").map((i) => [i.value, i.unit])).toEqual([
      [600, "亩"],
      [150, "户"],
    ]);
  });
});

describe("a name cut by a line break (开展食品安全监督抽检 / 批次(≥2800批次))", () => {
  /** Name (its line break left out: the item reads it), target. */
  const lines = (cell: string) => records(cell).map((i) => [i.name.replace(/\s*\n\s*/g, ""), i.target]);

  it("reads the next line as the go-on of a line of words that holds no target", () => {
    expect(lines("【产出指标-数量指标】\n开展食品安全监督抽检\n批次(≥2800批次)\n合格率≥95%")).toEqual([
      ["开展食品安全监督抽检批次", "≥2800批次"],
      ["合格率", "≥95%"],
    ]);
    expect(lines("数量指标：开展食品安全监督抽检\n批次≥2800批次")).toEqual([
      ["开展食品安全监督抽检批次", "≥2800批次"],
    ]);
  });

  it("keeps one indicator a line, a whole indicator in words, a label and a heading apart", () => {
    expect(lines("培训人数≥500人\n合格率≥95%")).toHaveLength(2);
    expect(lines("医保基金运行平稳\n参保率≥95%")).toHaveLength(2);
    expect(lines("水质明显改善\n达标率≥95%")).toHaveLength(2);
    expect(lines("资金按时拨付\n参保率≥95%")).toHaveLength(2);
    expect(lines("开展培训\n质量指标：合格率≥95%")).toHaveLength(2);
    expect(lines("开展培训\n【产出指标-质量指标】\n合格率≥95%")).toHaveLength(2);
    expect(lines("开展培训\n完成验收")).toHaveLength(2);
  });
});

describe("a name's target in words before a line of its own", () => {
  it("keeps name:words a whole item (健康档案动态管理:持续)", () => {
    expect(
      records(
        "效益指标-可持续影响指标-健康档案动态管理:持续\n效益指标-服务对象满意度指标-体检老人满意度:≥90%",
      ).map((i) => [i.name, i.target]),
    ).toEqual([
      ["健康档案动态管理", "持续"],
      ["体检老人满意度", "≥90%"],
    ]);
  });
});

describe("a goal's label before the indicators (项目绩效目标：…。设 2条数量指标：…)", () => {
  it("takes 项目绩效目标, 项目年度绩效目标, 总体目标 and 年度总体目标 for a cell's label", () => {
    for (const label of ["项目绩效目标:", "项目年度绩效目标:", "总体目标:", "年度总体目标:", "项目目标:"])
      expect(CELL_LABEL.exec(`${label}保障城区道路照明设施正常运行。`)?.[0]).toBe(label);
    expect(CELL_LABEL.test("项目名称:路灯维护")).toBe(false);
    expect(CELL_LABEL.test("总体完成率:100%")).toBe(false);
  });
});

describe("a section number with nothing after it but marks (1.1、,)", () => {
  it("is a slot of its own, with no empty segment", () => {
    expect(segmentCell("1.1、,")).toEqual([
      { kind: "heading", start: 0, end: 5, numbering: { start: 0, end: 4, seq: 1, section: true } },
    ]);
  });
});

describe("a goal label before the indicators in the same cell (项目绩效目标：, 总体目标：)", () => {
  it("is the project's goal, not an indicator", () => {
    const r = parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: [
        ["项目名称", "绩效指标"],
        ["道路照明", "项目绩效目标：保障城区道路照明设施正常运行。数量指标：维护路灯数量≥1.6万盏"],
        ["路灯维护", "总体目标：保障运行。1、产出指标：维护路灯≥1.6万盏"],
      ],
    });
    expect(r.projects.map((p) => p.goal)).toEqual(["保障城区道路照明设施正常运行", "保障运行"]);
    expect(r.indicators.map((i) => [i.name, i.target])).toEqual([
      ["维护路灯数量", "≥1.6万盏"],
      ["维护路灯", "≥1.6万盏"],
    ]);
  });
});

describe("the hours of a day in brackets after a name (巡检时间(每日8:30-17:30))", () => {
  const read = (cell: string) =>
    parseGrid({
      sheet: "S",
      top: 1,
      left: 1,
      values: [
        ["项目名称", "绩效指标"],
        ["巡检", cell],
      ],
    }).indicators.map((i) => [i.name, i.target, i.comparator, i.value]);

  it("is the name and its hours: the minutes closing the bracket number nothing", () => {
    expect(read("1、产出指标：巡检时间(每日8:30-17:30)；巡检频次每日2次。")).toEqual([
      ["巡检时间", "每日8:30-17:30", null, null],
      ["巡检频次", "每日2次", "=", 2],
    ]);
    expect(read("1.服务时间（8:30-17:30）；2.服务人次≥500人次")).toEqual([
      ["服务时间", "8:30-17:30", null, null],
      ["服务人次", "≥500人次", ">=", 500],
    ]);
  });

  it("ends a sentence's indicator before a comma", () => {
    expect(read("巡检时间(每日8:30-17:30)，巡检频次≥2次")).toEqual([
      ["巡检时间", "每日8:30-17:30", null, null],
      ["巡检频次", "≥2次", ">=", 2],
    ]);
  });
});
