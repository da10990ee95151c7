/**
 * Review probe round 205: a line of another program among a project's own (round 199's 公厕 table with
 * 农村供水保证率), and the grade of a table with outputs only.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, findingsOf, gradeOf, withGoal } from "./probeTables";
import { hunnan, taiyuan } from "./round199data";
import { parseGrid } from "../../../src/core/parse";
import { analyze } from "../../../src/core/review/analysis";
import { outputGold, outputGrid, strayGold, strayGrid } from "./round205data";

/** Every project's grade in a sheet, as `analyze` gives them. */
const gradesOf = (grid: CellValue[][]) =>
  analyze([{ label: "t", parse: parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid }), local: true }])
    .grades;

const strays = (grid: CellValue[][], project: string) =>
  findingsOf(grid)
    .filter((f) => f.project.includes(project) && f.code === "OTHER-PRODUCT")
    .map((f) => f.indicator);

describe("round 205 M1: a line of another program than the project's", () => {
  it("round 199's miss: 农村供水保证率 in 小店区农村公厕维护管理 — OTHER-PRODUCT at that line, why and how to fix", () => {
    const f = codes(taiyuan, "OTHER-PRODUCT");
    expect(f.map((x) => [x.project, x.indicator])).toEqual([["小店区农村公厕维护管理", "农村供水保证率"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.zh).toBe(
      "项目名称和绩效目标写的是“公厕”，指标“农村供水保证率”衡量的却是“供水”，属于供水项目的内容，项目名称、绩效目标和其他指标都没有提到，多半是从其他项目照抄遗留的，与本项目不相关。",
    );
    expect(f[0].message.en).toContain("water-supply project");
    expect(f[0].fix?.zh).toContain("删去这条指标");
  });

  it.each(strayGold.map((g) => [g.project, g.strays, g.why] as const))(
    "%s → %j (%s)",
    (project, expected) => {
      expect(strays(strayGrid, project)).toEqual(expected);
    },
  );

  const toilets = (goal: string, lines: [string, string, string, string][]) =>
    withGoal("某镇农村公厕管护", goal, [
      ["产出指标", "数量指标", "管护公厕数量", "≥40座"],
      ["产出指标", "质量指标", "公厕保洁达标率", "≥95%"],
      ...lines,
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
  it.each([
    [
      "the goal names the other program too",
      toilets("管护农村公厕40座，同步保障公厕供水。", [["产出指标", "质量指标", "供水保证率", "≥95%"]]),
    ],
    [
      "two lines of it: a part of the project's work",
      toilets("管护农村公厕40座。", [
        ["产出指标", "质量指标", "供水保证率", "≥95%"],
        ["产出指标", "数量指标", "改造供水管道", "≥2公里"],
      ]),
    ],
    [
      "a line naming both (公厕供水设施完好率)",
      toilets("管护农村公厕40座。", [["产出指标", "质量指标", "公厕供水设施完好率", "≥95%"]]),
    ],
    [
      "a program done with it (农村生活污水 beside 改厕)",
      toilets("管护农村公厕40座。", [["效益指标", "生态效益指标", "生活污水乱排现象", "明显减少"]]),
    ],
  ])("%s — nothing", (_, grid) => {
    expect(codes(grid, "OTHER-PRODUCT")).toEqual([]);
  });

  it("a name naming no program (应急管理经费) says nothing of what belongs — nothing", () => {
    const grid = withGoal("某区应急管理经费", "保障应急管理工作正常开展。", [
      ["产出指标", "数量指标", "应急演练次数", "≥4次"],
      ["产出指标", "质量指标", "自来水厂安全检查覆盖率", "100%"],
      ["效益指标", "社会效益指标", "较大以上安全事故", "0起"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "OTHER-PRODUCT")).toEqual([]);
  });

  it("the own program named once only (the name alone): the table may be another's whole — no line said", () => {
    const grid = withGoal("某镇农村公厕管护", "", [
      ["产出指标", "数量指标", "保洁面积", "≥2万平方米"],
      ["产出指标", "质量指标", "供水保证率", "≥95%"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "OTHER-PRODUCT")).toEqual([]);
  });

  it("a satisfaction's subject (老年人满意度 of a 学校 project) is no stray", () => {
    const grid = withGoal("某县中小学校舍维修", "维修中小学校舍12所。", [
      ["产出指标", "数量指标", "维修学校数量", "≥12所"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
    ]);
    expect(codes(grid, "OTHER-PRODUCT")).toEqual([]);
  });
});

describe("round 205 M2: a table of outputs only (no effect, no satisfaction) is 差", () => {
  const parse = () => gradesOf(outputGrid);
  it.each(
    outputGold
      .filter((g) => g.project !== "某区老旧小区加装电梯补助")
      .map((g) => [g.project, g.grade, g.why]),
  )("%s → %s (%s)", (project, grade) => {
    expect(parse().find((g) => g.project.includes(project as string))?.grade).toBe(grade);
  });
  it("the reason says outputs only, why and what to do", () => {
    const g = parse().find((x) => x.project.includes("安全生产培训考核"));
    expect(g?.reason?.zh).toBe(
      "只有产出指标，没有效益指标和满意度指标，年底无法判断项目资金带来了什么、服务对象是否满意，需要重新编制，等级为“差”。",
    );
  });
  it("round 199's 浑南区全民健身设施更新 (outputs and a cost, the reviewer's 差) → 差", () => {
    expect(gradesOf(hunnan).find((g) => g.project.includes("全民健身设施更新"))?.grade).toBe("差");
  });
  it("an effect written, vague, with no satisfaction (the sample's 生命线管网 排查) is no table of outputs only — not 差", () => {
    const grid = withGoal("某区地震风险点排查", "完成主城区地震风险点排查，为城市规划提供基础资料。", [
      ["产出指标", "数量指标", "排查风险点", "≥800个"],
      ["产出指标", "质量指标", "成果验收通过率", "100%"],
      ["产出指标", "时效指标", "完成时间", "2025年12月底前"],
      ["效益指标", "社会效益指标", "防震减灾能力", "有效提升"],
    ]);
    expect(gradeOf(grid).grade).not.toBe("差");
  });
  it("no effect, a satisfaction measured (加装电梯) — no 差", () => {
    expect(parse().find((g) => g.project.includes("加装电梯"))?.grade).not.toBe("差");
  });
  it("no effect guessed (no categories written, a line that may be the effect): COMPLETE-EFFECT a warning — no 差", () => {
    const grid: CellValue[][] = [
      ["项目名称", "绩效目标", "绩效指标"],
      [
        "某区人民调解工作经费",
        "全年调解矛盾纠纷3000件。",
        "指标1：人民调解案件受理数≥3000件；指标2：调解成功率≥95%；指标3：调解文书差错≤2次",
      ],
    ];
    const f = codes(grid, "COMPLETE-EFFECT");
    if (f.length > 0) expect(f[0].severity).toBe("warning");
    expect(gradeOf(grid).grade).not.toBe("差");
  });
});
