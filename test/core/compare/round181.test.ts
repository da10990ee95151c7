/**
 * Round 181: a 汇总表 sent along with the districts' own files is a cross-check, not each district's later
 * copy; an unmarked copy is no phase of its own; a bare 高新区/经开区 is the one zone of its kind the others name.
 */
import { compareDistricts, comparisonJson, formatComparisonSummary } from "../../../src/core/compare";
import { parseRange, type CellValue } from "../../../src/core/grid";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, gridSource, smallCounty, type Spec } from "./helpers";

const H = ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"];

function rows(project: string, people: string, works: string): CellValue[][] {
  return [
    [project, "产出指标", "数量指标", "受益人口", people],
    [null, null, null, "新建改造供水工程", works],
    [null, "效益指标", "社会效益指标", "供水工程故障发生率", "≤3%"],
  ];
}

function districtFile(place: string, unit: string, people: string, works: string, modified = 1) {
  const src = gridSource(`${place}.xlsx`, [
    [`${place}农村供水保障项目支出绩效目标表`],
    ["预算单位", unit],
    H,
    ...rows(`${place}农村供水保障项目`, people, works),
  ]);
  return { ...src, modified };
}

/** 渭南's 汇总表: a 县区 column, 高新区 written bare, 富平县 unmarked, and 合计. */
function summary(modified = 2, linwei = "≥60000") {
  const src = gridSource(
    "渭南市农村供水保障项目绩效目标汇总表.xlsx",
    [
      ["渭南市2025年农村供水保障项目绩效目标汇总表"],
      ["县（市、区）", "受益人口（人）", "新建改造供水工程（处）", "供水工程故障发生率（%）"],
      ["临渭区", linwei, "≥15", "≤3"],
      ["华州区", "≥40000", "≥10", "≤3"],
      ["富平县", "≥75000", "≥18", "≤3"],
      ["高新区", "≥6000", "≥2", "≤3"],
      ["合计", 181000, 45, null],
    ],
    "汇总表",
  );
  return { ...src, modified };
}

function weinan(linwei?: string) {
  const fuping = gridSource("富平县.xlsx", [
    ["富平县农村供水保障项目支出绩效目标表"],
    ["预算单位", "富平县水务局"],
    H,
    ...rows("富平县农村供水保障项目（一期）", "≥50000人", "≥12处"),
    ...rows("富平县农村供水保障项目（二期）", "≥25000人", "≥6处"),
  ]);
  return [
    districtFile("临渭区", "渭南市临渭区水务局", "≥60000人", "≥15处"),
    districtFile("华州区", "渭南市华州区水务局", "≥40000人", "≥10处"),
    { ...fuping, modified: 1 },
    districtFile("渭南高新区", "渭南高新技术产业开发区管理委员会", "≥6000人", "≥2处"),
    summary(2, linwei),
  ];
}

describe("a 汇总表 sent along with the districts' own files (E1)", () => {
  it("compares the districts' own files, one place per district, 富平县 in two phases", () => {
    const r = compareDistricts(weinan());
    expect(r.programs).toHaveLength(1);
    const p = r.programs[0];
    expect(p.districts).toEqual(["临渭区", "华州区", "富平县", "渭南高新区"]);
    expect(p.resubmissions).toEqual([]);
    expect(p.members.every((m) => !m.source.includes("汇总表"))).toBe(true);
    const people = p.indicators.find((i) => i.name === "受益人口");
    expect(people?.cells["富平县"]?.value).toBe(75000);
    expect(p.phased?.[0].phases.map((x) => x.phase)).toEqual(["一期", "二期"]);
    expect(p.indicators.flatMap((i) => i.flags).filter((f) => f.code === "TOTAL-DIFF")).toEqual([]);
  });

  it("says the 汇总表 agrees, or names where it differs (per district, per indicator)", () => {
    const same = formatComparisonSummary(compareDistricts(weinan()), "zh");
    expect(same).toContain("汇总了 4 个");
    expect(same).toContain("与其报送表一致");
    const r = compareDistricts(weinan("≥62000"));
    expect(r.programs[0].summaries?.[0].differences).toEqual([
      expect.objectContaining({
        district: "临渭区",
        indicator: "受益人口",
        summary: "≥62000人",
        own: "≥60000人",
      }),
    ]);
    const json = comparisonJson(r)[0];
    expect(json.notes.map((n) => n.message).join("\n")).toContain(
      "临渭区 受益人口（汇总表 ≥62000人，报送表 ≥60000人）",
    );
  });

  it("a district's two files of one district each stay a resubmission", () => {
    const r = compareDistricts([
      districtFile("临渭区", "渭南市临渭区水务局", "≥60000人", "≥15处", 1),
      {
        ...districtFile("临渭区", "渭南市临渭区水务局", "≥61000人", "≥15处", 3),
        label: "临渭区（修改稿）.xlsx",
      },
      districtFile("华州区", "渭南市华州区水务局", "≥40000人", "≥10处"),
    ]);
    expect(r.programs[0].resubmissions).toHaveLength(1);
    expect(r.programs[0].summaries).toBeUndefined();
  });
});

describe("an unmarked copy is no phase of its own (E1)", () => {
  it("富平县's phases beside its unmarked copy in another file: the phases compared, the copy named", () => {
    const sources = weinan().slice(0, 4);
    sources.push(districtFile("富平县", "富平县水务局", "≥75000人", "≥18处", 3));
    sources[4] = { ...sources[4], label: "富平县汇总.xlsx" };
    const p = compareDistricts(sources).programs[0];
    expect(p.indicators.find((i) => i.name === "受益人口")?.cells["富平县"]?.value).toBe(75000);
    expect(p.phased?.[0].phases).toHaveLength(2);
    expect(p.resubmissions).toEqual([expect.objectContaining({ district: "富平县", why: "phases" })]);
  });
});

describe("a bare zone is the one zone of its kind the others name (E1, E6)", () => {
  it("高新区 in a 汇总表 joins 渭南高新区.xlsx", () => {
    const r = compareDistricts(weinan());
    expect(r.programs[0].districts).not.toContain("高新区");
    expect(r.places).not.toContain("高新区");
  });

  it("a sheet 经开区 of 德阳经济技术开发区管理委员会 is named by its unit", () => {
    const sheet = (name: string, unit: string, n: number) =>
      gridSource(
        `德阳.xlsx · ${name}`,
        [
          ["城镇老旧小区改造项目绩效目标表"],
          ["预算单位", unit],
          H,
          ["城镇老旧小区改造项目", "产出指标", "数量指标", "改造老旧小区数量", `≥${n}个`],
        ],
        name,
      );
    const r = compareDistricts([
      sheet("旌阳区", "德阳市旌阳区住房和城乡建设局", 120),
      sheet("广汉市", "广汉市住房和城乡建设局", 60),
      sheet("经开区", "德阳经济技术开发区管理委员会", 20),
    ]);
    expect(r.programs[0].districts).toEqual(["旌阳区", "广汉市", "德阳经济技术开发区"]);
  });
});

describe("a per-year figure in a per-month row or column is converted (E2)", () => {
  it("9600元/人·年 in a column 护林防火员补助标准（元/人·月） is 800, aligned, no flag", () => {
    const r = compareDistricts([
      gridSource("in.xlsx", [
        ["伊犁州2025年草原防火项目绩效目标分解表"],
        ["县（市）", "新建防火隔离带（公里）", "护林防火员补助标准（元/人·月）"],
        ["伊宁县", 40, 800],
        ["霍城县", 38, 800],
        ["巩留县", 45, 800],
        ["尼勒克县", 60, "9600元/人·年"],
      ]),
    ]);
    const p = r.programs[0];
    expect(p.unaligned).toEqual([]);
    const ind = p.indicators.find((i) => i.name.startsWith("护林防火员补助标准"));
    expect(ind?.cells["尼勒克县"]?.value).toBe(800);
    expect(ind?.flags).toEqual([]);
  });

  it("21600元/人·年 in a row 食堂从业人员补助（元/人·月） is 1800", () => {
    const r = compareDistricts([
      gridSource("in.xlsx", [
        ["广安市2025年营养改善计划项目绩效目标分解表"],
        ["一级指标", "二级指标", "三级指标", "广安区", "前锋区", "岳池县", "邻水县"],
        ["产出指标", "数量指标", "受益学生人数（人）", 30000, 16000, 57000, 42000],
        [null, "成本指标", "食堂从业人员补助（元/人·月）", 1800, 1800, 1800, "21600元/人·年"],
      ]),
    ]);
    const p = r.programs[0];
    expect(p.unaligned).toEqual([]);
    const ind = p.indicators.find((i) => i.name.startsWith("食堂从业人员补助"));
    expect(ind?.cells["邻水县"]?.value).toBe(1800);
    expect(ind?.flags.filter((f) => f.code === "MISSING")).toEqual([]);
  });
});

/** 白银's 耕地地力保护补贴: a file per county, area, money and the standard per 亩. */
function baiyin(list: [string, string, string, string?][]) {
  return list.map(([d, area, money, moneyName = "补贴资金"]) =>
    gridSource(`${d}.xlsx`, [
      [`${d}耕地地力保护补贴项目支出绩效目标表`],
      ["预算单位", `${d}农业农村局`],
      H,
      [`${d}耕地地力保护补贴项目`, "产出指标", "数量指标", "补贴面积", area],
      [null, null, null, moneyName, money],
      [null, null, "成本指标", "补贴标准", "95元/亩"],
    ]),
  );
}

describe("a unit word that explains the slip is named, not a count of zeros (E4)", () => {
  it("≥210亩 in a 万亩 row: 疑将“万亩”写作“亩”, corrected by 10000", () => {
    const r = compareDistricts(
      baiyin([
        ["白银区", "≥20万亩", "≥1900万元"],
        ["平川区", "≥40万亩", "≥3800万元"],
        ["靖远县", "≥100万亩", "≥9500万元"],
        ["会宁县", "≥210亩", "≥19950万元"],
        ["景泰县", "≥80万亩", "≥7600万元"],
      ]),
    );
    const f = r.programs[0].indicators
      .find((i) => i.name === "补贴面积")
      ?.flags.find((x) => x.district === "会宁县");
    expect(f?.units).toEqual({ meant: "万亩", written: "亩" });
    expect(f?.message.zh).toContain("疑将“万亩”写作“亩”");
    expect(f?.message.zh).not.toContain("三个 0");
    expect(f?.powerOfTen).toBe(-4);
  });
});

describe("a small district's rows weighed against the same districts (E3)", () => {
  it("白银区 1900 万元 (20万亩 × 95元/亩) is a 规模差异, not a dropped zero, where medians came from different sets", () => {
    const r = compareDistricts(
      baiyin([
        ["白银区", "≥20万亩", "≥1900万元"],
        ["平川区", "≥40万亩", "≥3800万元", "发放补贴资金"],
        ["靖远县", "≥100万亩", "≥9500万元"],
        ["会宁县", "≥210亩", "≥19950万元"],
        ["景泰县", "≥80万亩", "≥7600万元"],
      ]),
    );
    const p = r.programs[0];
    const money = p.indicators.find((i) => i.name === "补贴资金");
    const f = money?.flags.find((x) => x.district === "白银区");
    expect(f?.powerOfTen).toBeUndefined();
    expect(f?.sizeGap).toBe(true);
    expect(money?.statsLeftOut ?? []).not.toContain("白银区");
  });
});

describe("a county's 乡镇 breakdown (E5)", () => {
  const towns = () =>
    compareDistricts([
      gridSource("in.xlsx", [
        ["新源县2025年草原防火项目绩效目标乡镇分解表"],
        ["乡镇", "草原防火巡护面积（万亩）", "新建防火隔离带（公里）"],
        ["新源镇", 20, 3],
        ["则克台镇", 50, 6],
        ["阿热勒托别镇", 60, 8],
        ["那拉提镇", 90, 12],
        ["合计", 220, 29],
      ]),
    ]);

  it("calls the places 乡镇, never says a 镇 left its kind unsaid", () => {
    const r = towns();
    expect(r.programs[0].placeWord).toBe("乡镇");
    expect(r.programs[0].shortNamed ?? []).toEqual([]);
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("4 个乡镇");
    expect(s).not.toContain("未写明是区、县还是市");
  });

  it("keeps the county in the block's name, takes the year off, and says only that", () => {
    const r = towns();
    expect(r.programs[0].name).toBe("新源县草原防火项目");
    expect(formatComparisonSummary(r, "zh")).toContain("取为“新源县草原防火项目”（去掉年度）");
  });
});

describe("the sheet (round 181)", () => {
  it("the 比例一致 note names the row of its set listed apart as a 规模差异", () => {
    const [area] = smallCounty().programs[0].indicators.map(
      (i) => i.flags.find((f) => f.district === "吴堡县")!,
    );
    expect(area.message.zh).toContain("比例一致，可能与辖区规模有关；其中“补助资金”列为规模差异）");
  });

  it("the finding-type column wraps (明显偏低（比例一致） Far below … is wider than it)", () => {
    const plan = compareSheetPlan(smallCounty())!;
    const row = plan.values.findIndex((r) => r?.[0] === "吴堡县" && /偏低/.test(String(r?.[2] ?? ""))) + 1;
    expect(row).toBeGreaterThan(0);
    const wraps = plan.formats!.some((f) => {
      const b = parseRange(f.range)!;
      return f.wrapText && b.top <= row && b.bottom >= row && b.left <= 3 && b.right >= 3;
    });
    expect(wraps).toBe(true);
  });

  it("the legend lists only the colours the block uses, in the place word", () => {
    const flat = compareSheetPlan(smallCounty())!.values.flat().map(String);
    expect(flat.some((c) => c.startsWith("偏低（十分之一及以下"))).toBe(true);
    expect(flat.some((c) => c.startsWith("缺少指标或数值"))).toBe(false);
    expect(flat.some((c) => c.startsWith("紫色粗体"))).toBe(false);
    const five = ["闽侯县", "连江县", "罗源县", "闽清县", "长乐区"];
    const shared = compareDistricts([
      districtSource(
        "人民调解工作经费",
        Object.fromEntries(five.map((d, i) => [d, [["调解成功率", ">=", i === 4 ? 90 : 95, "%"]] as Spec[]])),
      ),
    ]);
    const words = compareSheetPlan(shared)!.values.flat().map(String);
    expect(words).toContain("与多数县（区）取值不同 Differs from the shared value");
    expect(words.some((c) => c.startsWith("偏高（10 倍"))).toBe(false);
  });

  it("a block of words alone has no legend", () => {
    const five = ["古城区", "永胜县", "华坪县"];
    const r = compareDistricts([
      districtSource(
        "群测群防",
        Object.fromEntries(five.map((d) => [d, [["群测群防体系运行", null, null, ""]] as Spec[]])),
      ),
    ]);
    const plan = compareSheetPlan(r);
    expect(plan).not.toBeNull();
    expect(plan!.values.flat().map(String)).not.toContain("图例 Legend");
  });
});
