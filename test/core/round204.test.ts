/**
 * Round 204: reading leftovers — a qualified state after a name (湖区水质稳定达标, 设备稳定运行), and a period of
 * months written first with its deed before a whole indicator (2025年5月至10月开展…，累计打捞藻浆≥5万吨).
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind, i.target]);

/** The records of one packed cell in a 项目名称 | 绩效指标 table. */
const cell = (text: string) =>
  read([
    ["项目名称", "绩效指标"],
    ["示范", text],
  ]);

describe("a state with its qualifier after a name (稳定达标, 稳定运行)", () => {
  it("reads 稳定 as the state's, not the name's (湖区水质 | 稳定达标)", () => {
    expect(cell("1、效益指标：湖区水质稳定达标。")).toEqual([
      ["湖区水质", null, null, "", "qualitative", "稳定达标"],
    ]);
    expect(cell("2、效益指标：集中式饮用水水源地水质稳定合格。")).toEqual([
      ["集中式饮用水水源地水质", null, null, "", "qualitative", "稳定合格"],
    ]);
  });

  it("still joins a second state after a 、 when the qualified state is the second whole (明显改善、稳定达标)", () => {
    expect(cell("1、效益指标：镇区河道水质明显改善、稳定达标。")).toEqual([
      ["镇区河道水质", null, null, "", "qualitative", "明显改善、稳定达标"],
    ]);
  });

  it("reads 稳定运行 closing the words as the target, as 持续运行 is", () => {
    expect(cell("1、效益指标：农村污水处理设施稳定运行。")).toEqual([
      ["农村污水处理设施", null, null, "", "qualitative", "稳定运行"],
    ]);
    expect(cell("2、可持续影响指标：监测站点长期稳定运行。")).toEqual([
      ["监测站点", null, null, "", "qualitative", "长期稳定运行"],
    ]);
  });

  it("cuts 稳定运行 under a label before another indicator, not before a figure of its own word (稳定可靠)", () => {
    expect(cell("2、效益指标：污水处理站稳定运行，出水达标率100%。")).toEqual([
      ["污水处理站", null, null, "", "qualitative", "稳定运行"],
      ["出水达标率", "=", 100, "%", "quantitative", "100%"],
    ]);
    expect(cell("2、效益指标：监控平台和前端设备稳定运行，平台95%稳定可靠。").map((r) => r[0])).toEqual([
      "监控平台和前端设备稳定运行",
    ]);
  });

  it("cuts a held grade (稳定达标) after another state in prose, as a held state (运行平稳) is", () => {
    expect(cell("污水处理设施稳定运行，出水水质稳定达标，群众满意度≥90%。")).toEqual([
      ["污水处理设施", null, null, "", "qualitative", "稳定运行"],
      ["出水水质", null, null, "", "qualitative", "稳定达标"],
      ["群众满意度", ">=", 90, "%", "quantitative", "≥90%"],
    ]);
  });

  it("reads a state met (达标) after words of when the outcome comes as a name's state (项目实施后，…)", () => {
    expect(cell("项目实施后，湖区水质稳定达标，群众满意度≥90%。")).toEqual([
      ["湖区水质", null, null, "", "qualitative", "稳定达标"],
      ["群众满意度", ">=", 90, "%", "quantitative", "≥90%"],
    ]);
    expect(cell("通过项目实施，出水水质达标。")).toEqual([
      ["出水水质", null, null, "", "qualitative", "达标"],
    ]);
  });
});

describe("a period of months written first, its deed, then a whole indicator (round 197's leftover)", () => {
  it("reads the period and its deed as a date of its own, the indicator after the comma by its own name", () => {
    expect(cell("2025年5月至10月开展蓝藻巡查打捞，累计打捞藻浆≥5万吨。")).toEqual([
      ["开展蓝藻巡查打捞", null, null, "", "date", "2025年5月至10月"],
      ["累计打捞藻浆", ">=", 50000, "吨", "quantitative", "≥5万吨"],
    ]);
    expect(cell("1、时效指标：2025年3月—11月开展巡河，巡河次数不少于36次。")).toEqual([
      ["开展巡河", null, null, "", "date", "2025年3月—11月"],
      ["巡河次数", ">=", 36, "次", "quantitative", "不少于36次"],
    ]);
    expect(cell("2025年1-6月开展防溺水宣传，发放宣传资料≥5000份。").map((r) => r[0])).toEqual([
      "开展防溺水宣传",
      "发放宣传资料",
    ]);
  });

  it("keeps a period before a measure's name whose target follows the comma one indicator", () => {
    expect(cell("2025年1-6月支出进度，≥50%。")).toEqual([
      ["2025年1-6月支出进度", ">=", 50, "%", "quantitative", "≥50%"],
    ]);
  });
});
