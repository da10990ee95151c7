/**
 * Review probe round 157, the items left open: a population's coverage under 产出 with no 二级 (老年人健康管理率,
 * 疫苗接种率) is the 基本公卫 template's quantity; an outcome rate in prose (学生体质健康达标率) is an effect; prose with
 * no 质量 and no 时效 is told so; a vague fix quotes no indicator the project already has and fits its subject
 * (水库安全运行 → 安全度汛率, 培训成果转化 | 长期 → 转化率).
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { freshExample } from "../../../src/core/review/examples";
import { codes, rows } from "./probeTables";

/** A packed cell under 绩效指标, as 盐边's (项目名称 | 绩效目标 | 绩效指标). */
const packed = (project: string, goal: string, cell: string): CellValue[][] => [
  ["项目名称", "绩效目标", "绩效指标"],
  [project, goal, cell],
];

/** Prose under 绩效指标, as 册亨's (单位名称 | 项目名称 | 绩效目标 | 绩效指标). */
const prose = (project: string, goal: string, cell: string): CellValue[][] => [
  ["单位名称", "项目名称", "绩效目标", "绩效指标"],
  ["册亨县教育局", project, goal, cell],
];

const parsed = (grid: CellValue[][]) =>
  parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid }).indicators;

describe("round 157 F2: a population's coverage under 产出 is a quantity", () => {
  const jigongwei = (outputs: string) =>
    packed(
      "盐边县2025年基本公共卫生服务项目",
      "为辖区居民免费提供基本公共卫生服务。",
      `1、产出指标：${outputs}资金拨付及时率100%。2、效益指标：居民健康素养水平≥25%。3、满意度指标：群众满意度≥90%。`,
    );

  // The coverage is the quantity, not the quality too: only the hint that no 质量 is written (时效 is).
  const onlyQuality = [["info", expect.stringContaining("没有质量指标")]];

  it("健康管理率, 规范管理率, 疫苗接种率 and no 二级 → no “没有数量指标”", () => {
    const grid = jigongwei(
      "65岁及以上老年人健康管理率≥60%；高血压患者规范管理率≥60%；适龄儿童免疫规划疫苗接种率≥90%；",
    );
    const f = codes(grid, "COMPLETE-OUTPUT-DETAIL");
    expect(f.map((x) => [x.severity, x.message.zh])).toEqual(onlyQuality);
  });

  it("居民电子健康档案建档率, 重点人群签约率 → no “没有数量指标” either", () => {
    const grid = jigongwei("居民电子健康档案建档率≥90%；重点人群签约率≥75%；");
    const f = codes(grid, "COMPLETE-OUTPUT-DETAIL");
    expect(f.map((x) => [x.severity, x.message.zh])).toEqual(onlyQuality);
  });

  it("with a 质量 written among them → none", () => {
    const grid = jigongwei("老年人健康管理率≥60%；居民电子健康档案动态使用率≥60%；");
    expect(codes(grid, "COMPLETE-OUTPUT-DETAIL")).toEqual([]);
  });

  it.each([
    ["服务质量合格率≥95%；检测结果准确率≥98%；"],
    // A rate of how well the management is done (涉案财物管理规范率), or a care rate of no people (档案管理率).
    ["涉案财物管理规范率≥95%；档案管理率≥95%；"],
  ])("quality rates alone (%s) → still “没有数量指标”", (outputs) => {
    const f = codes(jigongwei(outputs), "COMPLETE-OUTPUT-DETAIL");
    expect(f.map((x) => x.message.zh)).toEqual([expect.stringContaining("没有数量指标")]);
  });
});

describe("round 157 F3: an outcome rate in prose is the effect", () => {
  const grid = (rate: string) =>
    prose(
      "册亨县2025年农村义务教育学生营养改善计划",
      "为农村义务教育学生提供营养膳食补助。",
      `全年保障受助学生2.4万人，补助标准每生每天5元，${rate}，家长满意度达到90%以上。`,
    );

  it.each([["学生体质健康达标率达到90%以上"], ["义务教育巩固率达到95%以上"]])(
    "%s → an effect, no COMPLETE-EFFECT",
    (rate) => {
      expect(codes(grid(rate), "COMPLETE-EFFECT")).toEqual([]);
      const r = parsed(grid(rate)).find((x) => /率$/.test(x.name) && !/满意/.test(x.name));
      expect(r?.level2Inferred).toBe("社会效益指标");
    },
  );

  it("工程验收合格率 in prose stays the work's quality (COMPLETE-EFFECT said)", () => {
    const r = parsed(grid("工程验收合格率达到100%")).find((x) => x.name === "工程验收合格率");
    expect(r?.level2Inferred).toBe("质量指标");
    expect(codes(grid("工程验收合格率达到100%"), "COMPLETE-EFFECT")).toHaveLength(1);
  });
});

describe("round 157 M5: prose with no 质量 and no 时效", () => {
  const grid = (more: string) =>
    prose(
      "册亨县2025年农村义务教育学生营养改善计划",
      "为农村义务教育学生提供营养膳食补助。",
      `全年保障受助学生2.4万人，补助标准每生每天5元，${more}学生营养状况有效改善，家长满意度达到90%以上。`,
    );

  it("a count, a standard, a vague effect and a satisfaction → COMPLETE-OUTPUT-DETAIL (warning)", () => {
    const f = codes(grid(""), "COMPLETE-OUTPUT-DETAIL");
    expect(f.map((x) => [x.severity, x.message.zh])).toEqual([
      ["warning", expect.stringContaining("没有质量指标和时效指标")],
    ]);
  });

  it("a standard the work keeps (垃圾日产日清, 河面无明显漂浮垃圾) is its quality: only the hint for 时效", () => {
    for (const cell of [
      "保洁面积40万平方米，垃圾日产日清，清运量约25吨/日，群众满意度85%以上。",
      "河道保洁18公里，河面无明显漂浮垃圾，每公里年保洁经费约1万元，沿河群众满意度90%以上。",
    ]) {
      const f = codes(prose("某镇环境卫生保洁", "保持集镇环境整洁。", cell), "COMPLETE-OUTPUT-DETAIL");
      expect(f.map((x) => [x.severity, x.message.zh])).toEqual([
        ["info", expect.stringContaining("没有时效指标")],
      ]);
    }
  });

  it("按时发放…干部报酬 286人, guessed a 时效, counts those paid", () => {
    const f = codes(
      prose(
        "博尚镇村组干部报酬",
        "保障村级组织正常运转。",
        "按时发放全镇13个村（社区）干部报酬286人，报酬发放准确率100%，干部满意度95%以上。",
      ),
      "COMPLETE-OUTPUT-DETAIL",
    );
    expect(f.map((x) => x.message.zh)).not.toContainEqual(expect.stringContaining("没有数量指标"));
  });

  it("with a 合格率 and a deadline → none", () => {
    expect(
      codes(grid("食品安全检查合格率100%，补助资金2025年12月底前拨付到位，"), "COMPLETE-OUTPUT-DETAIL"),
    ).toEqual([]);
  });
});

describe("round 157 bad fixes: a vague example fits the name and is not already set", () => {
  const reservoir = (effect: [string, string]) =>
    rows("苍梧县2025年小型水库除险加固项目", [
      ["产出指标", "数量指标", "除险加固小型水库数量", "≥5座"],
      ["产出指标", "质量指标", "工程验收合格率", "100%"],
      ["产出指标", "时效指标", "工程完工时间", "2025年12月31日前"],
      ["效益指标", "社会效益指标", effect[0], effect[1]],
      ["效益指标", "社会效益指标", "保护下游人口", "≥1.5万人"],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]);

  it("水库安全运行 | 是 → 安全度汛率 / 溃坝事故, never 防洪保护人口 beside 保护下游人口", () => {
    const f = codes(reservoir(["水库安全运行", "是"]), "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("水库安全度汛率 100%");
    expect(f[0].fix?.zh).not.toContain("防洪保护人口");
  });

  it("no effect written beside 保护下游人口 → the field's next effect, not 防洪保护人口", () => {
    const grid = rows("霍山县小型水库除险加固", [
      ["产出指标", "数量指标", "除险加固水库数量", "3座"],
      ["产出指标", "数量指标", "保护下游人口", "1.2万人"],
      ["产出指标", "质量指标", "工程质量合格率", "100%"],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"],
    ]);
    const [f] = codes(grid, "COMPLETE-EFFECT");
    expect(f.fix?.zh).toContain("水库安全度汛率 100%");
    expect(f.fix?.zh).not.toContain("防洪保护人口");
  });

  it("a count worded apart is the same indicator (保护下游人口 sets 防洪保护人口)", () => {
    expect(freshExample(["防洪保护人口 ≥1万人", "灌溉面积 ≥1000亩"], ["保护下游人口"])).toBe(
      "灌溉面积 ≥1000亩",
    );
    // Rates are told apart by their subject (round 96).
    expect(freshExample(["高血压患者规范管理率 ≥60%"], ["2型糖尿病患者规范管理率"])).toBe(
      "高血压患者规范管理率 ≥60%",
    );
    expect(freshExample(["防洪保护人口 ≥1万人"], ["培训人数"])).toBe("防洪保护人口 ≥1万人");
    // A cost per unit is not the total it shares its words with.
    expect(freshExample(["每个接入单位年运维成本 ≤5000元/个"], ["运维成本"])).toBe(
      "每个接入单位年运维成本 ≤5000元/个",
    );
  });

  it.each([
    ["培训成果转化", "培训成果转化率"],
    ["绿色防控技术推广应用", "绿色防控技术推广应用率"],
  ])("%s | 长期 → its rate, not 持续 ≥3年", (name, rate) => {
    const grid = rows("松山区2025年乡村振兴干部培训项目", [
      ["产出指标", "数量指标", "培训基层干部人数", "≥200人次"],
      ["产出指标", "质量指标", "培训合格率", "≥90%"],
      ["产出指标", "时效指标", "培训完成时间", "2025年11月30日前"],
      ["效益指标", "可持续影响指标", name, "长期"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
    ]);
    const f = codes(grid, "VAGUE");
    expect(f.map((x) => x.fix?.zh)).toEqual([expect.stringContaining(`${rate} ≥（数值）%`)]);
    expect(f[0].fix?.zh).not.toContain("持续 ≥3年");
  });

  it("长效机制 | 长期 keeps its span of years", () => {
    const grid = rows("某县营养改善计划", [
      ["产出指标", "数量指标", "受助学生人数", "≥2000人"],
      ["产出指标", "时效指标", "资金拨付时间", "2025年12月31日前"],
      ["效益指标", "可持续影响指标", "营养改善长效机制", "长期"],
      ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]);
    expect(codes(grid, "VAGUE").map((x) => x.fix?.zh)).toEqual([expect.stringContaining("持续 ≥3年")]);
  });
});
