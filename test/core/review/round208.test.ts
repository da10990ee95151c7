/**
 * Review probe round 208: round 205's OTHER-PRODUCT and outputs-only 差 on fresh county tables
 * (`round208data.ts`, gold written before the run): programs a project legitimately combines, an institution's own
 * utilities, 部门整体 tables, effects under 效果指标 or a 二级 only, and four genuine stray lines.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, findingsOf, gradeOf, withGoal } from "./probeTables";
import { batch2Gold, batch2Grid, grids } from "./round208data";

const strays = (grid: CellValue[][], project: string) =>
  findingsOf(grid)
    .filter((f) => f.project.includes(project) && f.code === "OTHER-PRODUCT")
    .map((f) => f.indicator);

describe("round 208: OTHER-PRODUCT on the round's projects, as the gold says", () => {
  it.each(grids.flatMap(([, grid, gold]) => gold.map((g) => [g.project, g.strays, grid, g.why] as const)))(
    "%s → %j",
    (project, expected, grid) => {
      expect(strays(grid as CellValue[][], project)).toEqual(expected);
    },
  );
});

describe("round 208, second batch (written after the first fixes): OTHER-PRODUCT as the gold says", () => {
  it.each(batch2Gold.map((g) => [g.project, g.strays] as const))("%s → %j", (project, expected) => {
    expect(strays(batch2Grid, project)).toEqual(expected);
  });
});

describe("round 208 F1: a name naming a program of several works (人居环境整治, 乡村振兴, 老旧小区 …) — no stray", () => {
  const lights = (name: string) =>
    withGoal(name, "完成农村户厕改造500户，改善村容村貌。", [
      ["产出指标", "数量指标", "户厕改造数量", "≥500户"],
      ["产出指标", "数量指标", "安装路灯", "≥100盏"],
      ["产出指标", "质量指标", "改厕验收合格率", "100%"],
      ["效益指标", "社会效益指标", "卫生厕所普及率", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]);
  it.each([
    "某镇美丽乡村建设（改厕）项目",
    "某县和美乡村户厕改造项目",
    "某县以工代赈户厕改造项目",
    "某县整村推进改厕项目",
    "某县城市更新（公厕提升）项目",
  ])("%s — nothing", (name) => {
    expect(codes(lights(name), "OTHER-PRODUCT")).toEqual([]);
  });
  it("the same lines under a name of one program (某县农村户厕改造项目) — the lights said", () => {
    expect(codes(lights("某县农村户厕改造项目"), "OTHER-PRODUCT").map((f) => f.indicator)).toEqual([
      "安装路灯",
    ]);
  });
  it("a 部门整体 table spans its unit's duties (某县殡葬管理所部门整体支出 with 公厕) — nothing", () => {
    const grid = withGoal("某县殡葬管理所部门整体支出", "保障公墓和殡仪馆正常运行，推进殡葬改革。", [
      ["产出指标", "数量指标", "火化遗体数量", "≥2600具"],
      ["产出指标", "数量指标", "公墓绿化养护", "≥3万平方米"],
      ["产出指标", "数量指标", "园区公厕保洁", "≥4座"],
      ["效益指标", "社会效益指标", "遗体火化率", "≥98%"],
      ["满意度指标", "服务对象满意度指标", "治丧群众满意度", "≥90%"],
    ]);
    expect(codes(grid, "OTHER-PRODUCT")).toEqual([]);
  });
});

describe("round 208 F2: an institution's building works include its own utilities (a school's toilets) — no stray", () => {
  const works = (name: string, goal: string, own: string, line: string) =>
    withGoal(name, goal, [
      ["产出指标", "数量指标", own, "≥6所"],
      ["产出指标", "数量指标", line, "≥6处"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["效益指标", "社会效益指标", "受益人数", "≥1200人"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]);
  it.each([
    ["某县中小学校舍维修改造项目", "维修改造中小学校舍5000平方米。", "维修学校数量", "水冲式厕所改造"],
    ["某县公办幼儿园改扩建项目", "改扩建公办幼儿园3所。", "改扩建幼儿园数量", "供暖设施改造"],
    ["某县养老院提升改造项目", "提升改造乡镇养老院6所。", "改造养老院数量", "院内照明改造"],
    ["某县中小学校园维修项目", "维修中小学校园12所。", "维修学校数量", "饮水设备安装"],
  ])("%s: %s — nothing", (name, goal, own, line) => {
    expect(codes(works(name, goal, own, line), "OTHER-PRODUCT")).toEqual([]);
  });
  it("an institution's program with no building work (某县高龄津贴发放) keeps its strays", () => {
    const grid = withGoal("某县高龄津贴发放", "为800名80周岁以上老人发放高龄津贴。", [
      ["产出指标", "数量指标", "补贴人数", "≥800人"],
      ["产出指标", "质量指标", "发放准确率", "100%"],
      ["效益指标", "社会效益指标", "农村自来水普及率", "≥90%"],
      ["效益指标", "社会效益指标", "高龄老人津贴覆盖率", "100%"],
      ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
    ]);
    expect(codes(grid, "OTHER-PRODUCT").map((f) => f.indicator)).toEqual(["农村自来水普及率"]);
  });
  it("another institution's line in a school's works (养老机构床位使用率) is still said", () => {
    const grid = works(
      "某县中小学校舍维修改造项目",
      "维修改造中小学校舍5000平方米。",
      "维修学校数量",
      "水冲式厕所改造",
    );
    grid.push([null, null, "效益指标", "社会效益指标", "养老机构床位使用率", "≥60%"]);
    expect(codes(grid, "OTHER-PRODUCT").map((f) => f.indicator)).toEqual(["养老机构床位使用率"]);
  });
});

describe("round 208 F3: claims insurers pay (理赔金额) are no input of the project", () => {
  it("受灾农户理赔金额 ≥1200万元 under 经济效益指标 — no CATEGORY-MISMATCH", () => {
    const grid = withGoal("某县政策性农业保险保费补贴", "对主要农作物保险给予保费补贴，承保面积45万亩。", [
      ["产出指标", "数量指标", "承保面积", "≥45万亩"],
      ["产出指标", "质量指标", "理赔兑现率", "≥98%"],
      ["效益指标", "经济效益指标", "受灾农户理赔金额", "≥1200万元"],
      ["满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"],
    ]);
    expect(codes(grid, "CATEGORY-MISMATCH")).toEqual([]);
  });
  it("the project's own premium subsidy as an effect (保费补贴金额 ≥800万元) is still an input", () => {
    const grid = withGoal("某县政策性农业保险保费补贴", "对主要农作物保险给予保费补贴，承保面积45万亩。", [
      ["产出指标", "数量指标", "承保面积", "≥45万亩"],
      ["产出指标", "质量指标", "理赔兑现率", "≥98%"],
      ["效益指标", "经济效益指标", "保费补贴金额", "≥800万元"],
      ["满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"],
    ]);
    expect(codes(grid, "CATEGORY-MISMATCH").map((f) => f.indicator)).toEqual(["保费补贴金额"]);
  });
});

describe("round 208: effects under an unusual 一级 or a 二级 only", () => {
  it("an effect under 效果指标 is an effect — 优, not 差", () => {
    const g = grids.find(([l]) => l === "effect")![1];
    expect(gradeOf(g).grade).toBe("优");
  });
  it("二级 only: 社会效益指标 the effect (优); outputs and a cost alone (差)", () => {
    const g = grids.find(([l]) => l === "level2")![1];
    expect(gradeOf(g, 0).grade).toBe("优");
    expect(gradeOf(g, 1).grade).toBe("差");
  });
});

describe("round 208 F4: GOAL-UNMATCHED knows one thing by its other names (旱厕, 卫生间 → 厕所)", () => {
  const home = (goal: string, line: string) =>
    withGoal("某县敬老院适老化改造项目", goal, [
      ["产出指标", "数量指标", "改造敬老院数量", "≥6所"],
      ["产出指标", "数量指标", line, "≥24间"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["效益指标", "社会效益指标", "集中供养特困人员", "≥320人"],
      ["满意度指标", "服务对象满意度指标", "入住老人满意度", "≥90%"],
    ]);
  it.each([
    ["改造敬老院6所，改造卫生间24间。", "无障碍厕所改造"],
    ["改造敬老院6所，改造旱厕24座。", "水冲式厕所改造"],
    ["改造敬老院6所，改造院内厕所24间。", "卫生间改造"],
  ])("%s beside %s — nothing", (goal, line) => {
    expect(codes(home(goal, line), "GOAL-UNMATCHED")).toEqual([]);
  });
  it("a work of another thing (改造浴室24间 beside 无障碍厕所改造) is still said", () => {
    expect(codes(home("改造敬老院6所，改造浴室24间。", "无障碍厕所改造"), "GOAL-UNMATCHED")).toHaveLength(1);
  });
});

describe("round 208 F5 (second batch): a combining name takes the settlement's works, not an institution's or a service's", () => {
  const village = (name: string, line: string) =>
    withGoal(name, "完成2个村建设，改造户厕300户，硬化村内道路2公里。", [
      ["产出指标", "数量指标", "户厕改造数量", "≥300户"],
      ["产出指标", "数量指标", "硬化村内道路", "≥2公里"],
      ["产出指标", "数量指标", line, "≥90%"],
      ["效益指标", "社会效益指标", "农村卫生厕所普及率", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]);
  it.each([
    ["某镇美丽乡村建设（改厕）项目", "学前三年毛入园率"],
    ["某县乡村振兴户厕改造项目", "养老机构床位使用率"],
    ["某县人居环境整治（改厕）项目", "森林火灾受害率"],
  ])("%s with %s — said", (name, line) => {
    expect(codes(village(name, line), "OTHER-PRODUCT").map((f) => f.indicator)).toEqual([line]);
  });
  it.each([
    ["某镇美丽乡村建设（改厕）项目", "自来水普及率"],
    ["某县乡村振兴户厕改造项目", "路灯亮灯率"],
    ["某县人居环境整治（改厕）项目", "河道保洁覆盖率"],
  ])("%s with %s — nothing", (name, line) => {
    expect(codes(village(name, line), "OTHER-PRODUCT")).toEqual([]);
  });
});

describe("round 208 F6 (second batch): a combining name naming no one program (美丽乡村建设) owns its settlement's facilities", () => {
  const village = (name: string, goal: string, line: string) =>
    withGoal(name, goal, [
      ["产出指标", "数量指标", "户厕改造数量", "≥300户"],
      ["产出指标", "数量指标", "安装路灯", "≥80盏"],
      ["产出指标", "数量指标", line, "≥90%"],
      ["效益指标", "社会效益指标", "农村卫生厕所普及率", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]);
  it("某镇美丽乡村建设项目 with 学前三年毛入园率 — said, the name's word quoted", () => {
    const f = codes(
      village("某镇美丽乡村建设项目", "完成2个村美丽乡村建设。", "学前三年毛入园率"),
      "OTHER-PRODUCT",
    );
    expect(f.map((x) => x.indicator)).toEqual(["学前三年毛入园率"]);
    expect(f[0].message.zh).toContain("“美丽乡村”");
  });
  it.each([
    ["某镇美丽乡村建设项目", "完成2个村美丽乡村建设。", "生活污水治理率"],
    ["某区老旧小区综合改造项目", "改造老旧小区8个。", "社区养老服务设施配建率"],
    ["某区老旧小区综合改造项目", "改造老旧小区8个。", "燃气管道更新率"],
    ["某镇美丽乡村建设项目", "完成2个村美丽乡村建设，配建村级幼儿园1所。", "学前三年毛入园率"],
  ])("%s (%s) with %s — nothing", (name, goal, line) => {
    expect(codes(village(name, goal, line), "OTHER-PRODUCT")).toEqual([]);
  });
});

describe("round 208 F7 (second batch): GOAL-UNMATCHED takes a goal's work naming the project itself for the whole", () => {
  const village = (goal: string) =>
    withGoal("某镇美丽乡村建设项目", goal, [
      ["产出指标", "数量指标", "户厕改造数量", "≥300户"],
      ["产出指标", "数量指标", "硬化村内道路", "≥2公里"],
      ["效益指标", "社会效益指标", "农村卫生厕所普及率", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]);
  it("完成2个村美丽乡村建设，改造户厕300户，硬化村内道路2公里 — nothing", () => {
    expect(
      codes(village("完成2个村美丽乡村建设，改造户厕300户，硬化村内道路2公里。"), "GOAL-UNMATCHED"),
    ).toEqual([]);
  });
  it("a part left out beside it (新建村级文化广场) is still said, named whole", () => {
    const f = codes(
      village("完成2个村美丽乡村建设，改造户厕300户，硬化村内道路2公里，新建村级文化广场2个。"),
      "GOAL-UNMATCHED",
    );
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("“新建村级文化广场”");
    expect(f[0].message.zh).not.toContain("美丽乡村");
  });
});
