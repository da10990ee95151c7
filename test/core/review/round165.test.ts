/**
 * Review probe round 165: a design standard reached is checkable; a bounded round number is no year; a "100%
 * everywhere" project; a target held inside a name; fixes in the indicator's own words.
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, gradeOf, rows, withGoal } from "./probeTables";

describe("round 165 FA-3: a work that reaches its design standard, answered 是, is checkable", () => {
  const sheet = (name: string): CellValue[][] => [
    ["项目名称", "绩效目标", "绩效指标"],
    [
      "龙海区中心渔港清淤维护",
      "完成渔港清淤3万立方米。",
      `产出指标：渔港清淤量≥3万立方米；${name}：是；2025年5月底前完成。\n效益指标：港内避风渔船数≥300艘。\n满意度指标：渔民满意度≥90%。`,
    ],
  ];
  it("清淤后港池水深达到设计标准：是 → a hint asking 港池水深 ≥（设计值）米, never a cost", () => {
    const f = codes(sheet("清淤后港池水深达到设计标准"), "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("info");
    expect(f[0].fix?.zh).toContain("港池水深 ≥（设计值）米");
    expect(f[0].fix?.zh).not.toContain("元/人");
  });
  it.each(["堤顶高程满足设计要求", "清淤后航道宽度达到设计标准"])("%s：是 → a hint in 米", (name) => {
    const f = codes(sheet(name), "VAGUE");
    expect(f.map((x) => x.severity)).toEqual(["info"]);
    expect(f[0].fix?.zh).toMatch(/≥（设计值）米/);
  });
  it("工程质量达到设计标准：是 → nothing to say (the acceptance settles it)", () => {
    expect(codes(sheet("工程质量达到设计标准"), "VAGUE")).toEqual([]);
  });
  it("达到相关标准：是 names no norm → still VAGUE (warning)", () => {
    const f = codes(sheet("清淤质量达到相关标准"), "VAGUE");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
  });
  it("a standard of no money (设计标准 | 较高) is offered no cost per head", () => {
    const f = codes(
      rows("龙海区中心渔港清淤维护", [
        ["产出指标", "数量指标", "渔港清淤量", "≥3万立方米"],
        ["产出指标", "质量指标", "港池设计标准", "较高"],
        ["产出指标", "时效指标", "完成时间", "2025年5月底前"],
        ["效益指标", "社会效益指标", "港内避风渔船数", "≥300艘"],
        ["满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"],
      ]),
      "VAGUE",
    );
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).not.toContain("元/人");
  });
});

describe("round 165 MISS-2: a round number bounded by ≥ is no year", () => {
  const sheet = (target: string, name = "冷库库容"): CellValue[][] => [
    ["项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"],
    ["河南县2025年冷链物流建设项目", "推进有机畜牧业发展。", "产出指标", "数量指标", name, target, null],
    [null, null, null, "质量指标", "冷库验收合格率", "100", "%"],
    [null, null, "效益指标", "经济效益指标", "带动牧户增收", "800", "元/户"],
    [null, null, "满意度指标", "服务对象满意度指标", "牧户满意度", "90", "%"],
  ];
  it.each(["≥2000", "≥1800", "≥2200", "≤2025", "2100"])("冷库库容 %s → NO-UNIT", (target) => {
    expect(codes(sheet(target), "NO-UNIT").map((x) => x.indicator)).toEqual(["冷库库容"]);
  });
  it("a bare 2025 in the budget year 2025 may be a year → none", () => {
    expect(codes(sheet("2025"), "NO-UNIT")).toEqual([]);
  });
});

describe("round 165 MISS-3: 100% on every line", () => {
  const sheet = (first: string, goal = ""): CellValue[][] => {
    const body: [string, string, string, string][] = [
      ["产出指标", "数量指标", first, "100%"],
      ["产出指标", "质量指标", "修缮质量合格率", "100%"],
      ["产出指标", "时效指标", "按时完成率", "100%"],
      ["效益指标", "社会效益指标", "文物保护水平", "100%"],
      ["效益指标", "可持续影响指标", "社会影响", "100%"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "100%"],
    ];
    return goal ? withGoal("东阳市文物保护修缮", goal, body) : rows("东阳市文物保护修缮", body);
  };
  it("社会影响 100% → UNIT-MISMATCH, as 文物保护水平 100%", () => {
    expect(codes(sheet("文物修缮完成率"), "UNIT-MISMATCH").map((x) => x.indicator)).toEqual([
      "文物保护水平",
      "社会影响",
    ]);
  });
  it("文物修缮完成率 100%, no count of repairs anywhere → COMPLETE-OUTPUT-DETAIL (warning), and 中 at best", () => {
    const f = codes(sheet("文物修缮完成率"), "COMPLETE-OUTPUT-DETAIL");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
    expect(f[0].message.zh).toContain("文物修缮完成率");
    expect(["中", "差"]).toContain(gradeOf(sheet("文物修缮完成率")).grade);
  });
  it("the goal counts the repairs (修缮文物12处) → the completion rate is of that count", () => {
    expect(
      codes(sheet("文物修缮完成率", "完成文物修缮12处，提升文物保护水平。"), "COMPLETE-OUTPUT-DETAIL"),
    ).toEqual([]);
  });
});

describe("round 165 MISS-4 and wording: a target held inside a name, told in the name's own words", () => {
  const sheet: CellValue[][] = [
    ["项目名称", "绩效目标", "绩效指标"],
    [
      "平和县蜜柚病虫害统防统治",
      "完成蜜柚病虫害统防统治5万亩。",
      "产出指标：统防统治面积（≥5万亩）：5万亩；防控效果达到90%以上：≥90%；2025年10月底前完成。\n效益指标：蜜柚病虫害损失率控制在5%以内：≤5%。\n满意度指标：果农满意度≥90%。",
    ],
  ];
  it("损失率控制在5%以内 | ≤5% → NAME-HAS-TARGET, its fix the name without the target", () => {
    const f = codes(sheet, "NAME-HAS-TARGET").find((x) => x.indicator.includes("损失率"));
    expect(f).toBeDefined();
    expect(f?.fix?.zh).toContain("“蜜柚病虫害损失率”");
    expect(f?.fix?.zh).toContain("“≤5%”");
  });
  it("no fix borrows another project's name (故障最大恢复时间)", () => {
    for (const f of codes(sheet, "NAME-HAS-TARGET")) expect(f.fix?.zh).not.toContain("故障");
  });
  it.each([["65岁以上老年人健康管理率", "≥62%"]])(
    "%s | %s (a scope, not a target) → none",
    (name, target) => {
      expect(
        codes(
          rows("基本公共卫生服务", [
            ["产出指标", "数量指标", name, target],
            ["效益指标", "社会效益指标", "居民健康素养水平", "≥25%"],
          ]),
          "NAME-HAS-TARGET",
        ),
      ).toEqual([]);
    },
  );
});

describe("round 165 wording: a count per day is put to the year before the budget is divided by it", () => {
  const sheet = (count: string): CellValue[][] => [
    ["项目名称", "资金金额（万元）", "年度绩效目标", "绩效指标"],
    [
      "巴州区城市生活垃圾清运处理",
      580,
      "保障城区生活垃圾日产日清。",
      `一、产出指标\n1.数量指标：${count}\n2.质量指标：无害化处理率≥98%\n3.时效指标：日产日清\n4.成本指标：项目预算控制在580万元以内\n二、效益指标\n1.生态效益指标：城区生活垃圾收运覆盖率≥98%\n三、满意度指标\n市民满意度≥90%`,
    ],
  ];
  it("日均清运生活垃圾≥260吨 → 580万元÷(260吨×365天), about 61元/吨", () => {
    const f = codes(sheet("日均清运生活垃圾≥260吨"), "COST-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("≤61元/吨");
    expect(f[0].fix?.zh).toContain("×365天");
    expect(f[0].fix?.zh).not.toContain("22308");
  });
  it("清运生活垃圾≥9.5万吨 (the year's) → divided as written", () => {
    const f = codes(sheet("清运生活垃圾≥9.5万吨"), "COST-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("≤61元/吨");
    expect(f[0].fix?.zh).not.toContain("365");
  });
});

describe("round 165 wording: 参保率 shown as quality is no missing quality but a missing count", () => {
  const sheet: CellValue[][] = [
    ["项目名称", "绩效目标", "绩效指标"],
    [
      "漳浦县城乡居民基本医疗保险参保财政补助",
      "城乡居民参保率稳定在95%以上。",
      "产出指标：参保率≥93%；财政补助标准不低于670元/人·年；补助资金到位及时率100%。\n效益指标：群众就医负担有效减轻。\n满意度指标：参保群众满意度≥85%。",
    ],
  ];
  it("COMPLETE-OUTPUT-DETAIL names the rate and asks 参保人数", () => {
    const f = codes(sheet, "COMPLETE-OUTPUT-DETAIL");
    expect(f).toHaveLength(1);
    expect(f[0].message.zh).toContain("参保率");
    expect(f[0].message.zh).toContain("多少人");
    expect(f[0].fix?.zh).toContain("参保人数 ≥（数量）人");
  });
});
