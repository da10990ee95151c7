/**
 * Round 191: the reading gaps earlier probe rounds left — a state held or brought about written before the
 * measure it is said of (保持全县森林覆盖率62%以上, 使…处理率达到95%), words of when an outcome comes before it
 * (项目实施后，带动…), a words-only bracket on the first item of a 名称(目标) block or of a cell of words alone,
 * and two projects written in one pasted cell (项目一：… then 项目二：…).
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

const HEAD = ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"];

/** The records of one packed cell, under a unit and a project of their own. */
const parse = (cell: string) =>
  parseGrid(
    grid([
      HEAD,
      ["某县林业局", "某县林业局", "某项目", "通过项目实施，提升服务水平。", cell],
    ] as CellValue[][]),
  );

/** name, comparator, value and unit of every record of one packed cell. */
const read = (cell: string) => parse(cell).indicators.map((i) => [i.name, i.comparator, i.value, i.unit]);

describe("a state written before the measure it is said of", () => {
  it("reads 保持, 稳定, 使 before a measure's name as the target's words", () => {
    expect(read("保持全县森林覆盖率62%以上")).toEqual([["全县森林覆盖率", ">=", 62, "%"]]);
    expect(read("使全镇生活垃圾无害化处理率达到95%")).toEqual([["全镇生活垃圾无害化处理率", ">=", 95, "%"]]);
    expect(read("稳定全县粮食播种面积在30万亩以上")).toEqual([["全县粮食播种面积", ">=", 300000, "亩"]]);
  });

  it("keeps names that only open with such a character (使用年限), a short one, or a change brought about", () => {
    expect(read("使用年限≥15年")).toEqual([["使用年限", ">=", 15, "年"]]);
    expect(read("保持率≥95%")).toEqual([["保持率", ">=", 95, "%"]]);
    expect(read("促使脱贫户增加收入≥70万元")[0][0]).toBe("促使脱贫户增加收入");
  });

  it("reads words of when an outcome comes (项目实施后，) as leading in to the indicator", () => {
    expect(read("项目实施后，带动脱贫户户均增收2000元以上")).toEqual([
      ["带动脱贫户户均增收", ">=", 2000, "元"],
    ]);
    expect(read("工程建成后，农村公路优良路率达到80%")).toEqual([["农村公路优良路率", ">=", 80, "%"]]);
  });
});

describe("a words-only bracket as the target", () => {
  const lines = (...cells: string[]) =>
    parseGrid(
      grid([["项目名称", "绩效指标"], ...cells.map((c, k) => [k === 0 ? "人居环境整治" : "", c])]),
    ).indicators.map((i) => [i.name, i.target, i.kind]);

  it("moves it on the first line of a block written a line per cell, before any figure in brackets", () => {
    expect(lines("指标1:水环境质量(稳步提升)", "指标2:清淤长度(≥8公里)")).toEqual([
      ["水环境质量", "稳步提升", "qualitative"],
      ["清淤长度", "≥8公里", "quantitative"],
    ]);
    expect(
      lines(
        "【效益指标-社会效益指标】",
        "指标1:村容村貌(明显改善)",
        "【产出指标-数量指标】",
        "指标1:整治村庄(≥12个)",
      ),
    ).toEqual([
      ["村容村貌", "明显改善", "qualitative"],
      ["整治村庄", "≥12个", "quantitative"],
    ]);
  });

  it("moves it in a cell of numbered items all written 名称(目标) in words", () => {
    expect(lines("指标1:生态环境(持续改善)；指标2:安全生产形势(平稳)")).toEqual([
      ["生态环境", "持续改善", "qualitative"],
      ["安全生产形势", "平稳", "qualitative"],
    ]);
  });

  it("leaves a note in brackets on lines with no figure in brackets anywhere", () => {
    expect(lines("指标1:道路硬化(村内)", "指标2:路面宽度≥4.5米").map((r) => r[0])).toEqual([
      "道路硬化(村内)",
      "路面宽度",
    ]);
  });
});

describe("two projects written in one pasted cell", () => {
  it("files each sub-project's indicators under a project of its own", () => {
    const r = parse(
      "项目一：农村道路养护\n1、产出指标：养护里程120公里\n项目二：桥梁检测\n1、产出指标：检测桥梁15座",
    );
    expect(r.indicators.map((i) => [r.projects[i.projectId].project, i.name, i.value])).toEqual([
      ["农村道路养护", "养护里程", 120],
      ["桥梁检测", "检测桥梁", 15],
    ]);
    const three = parse(
      "项目一：甲工程\n指标1：培训人数（≥100人）\n项目二：乙工程\n指标1：建设里程（≥5公里）\n项目三：丙工程\n指标1：改造户数（≥50户）",
    );
    expect(three.indicators.map((i) => [i.project, i.name])).toEqual([
      ["甲工程", "培训人数"],
      ["乙工程", "建设里程"],
      ["丙工程", "改造户数"],
    ]);
  });

  it("keeps the row's project for a cell with one sub-project's line", () => {
    const r = parse("项目一：社区养老服务站运营补助\n【产出指标-数量指标】\n指标1：补助养老服务站（26个）");
    expect(r.indicators.map((i) => i.project)).toEqual(["某项目"]);
    expect(r.projects[0].goal).toBe("通过项目实施，提升服务水平。");
  });
});
