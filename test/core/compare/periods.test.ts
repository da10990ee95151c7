/**
 * Round 244: standards written per another period. Where the periods convert for certain (12 months, four
 * quarters, two half-years a year; two terms a school's year), the figure is compared in the others' period
 * and the row says by what (已按每年两学期折合为); where they do not (days, weeks, a term outside school), the
 * UNIT-DIFF says what differs. A month's figure among yearly ones (每月, 月均, or exactly a twelfth of a
 * standard) is suggested as the outlier's cause (疑为按月填写), never as a zero dropped.
 */
import { compareDistricts, formatComparisonSummary } from "../../../src/core/compare";
import { periodFactor, periodOnlyClause } from "../../../src/core/compare/periods";
import { gridSource } from "./helpers";

/** Five counties' sheets, one standard each ([name, target] rows after 资助学生人数). */
function run(title: string, name: string, targets: string[]) {
  const ds = ["甲县", "乙县", "丙县", "丁县", "戊县", "己县"].slice(0, targets.length);
  const r = compareDistricts(
    ds.map((d, i) =>
      gridSource(`${d}.xlsx`, [
        [`某市${d}2025年${title}绩效目标表`],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补助人数", `${1000 + i * 100}人`],
        ["成本指标", "经济成本指标", name, targets[i]],
      ]),
    ),
  );
  const flags = r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.indicator === name);
  return { text: formatComparisonSummary(r, "zh"), en: formatComparisonSummary(r, "en"), flags };
}

const year = (v: string) => [v, v, v, v];

describe("periods that convert for certain are compared in the others' period, said in the row", () => {
  it("a term among years for a school's funds: two terms a year", () => {
    const r = run("学生资助资金", "生均补助标准", [...year("1200元/生·年"), "600元/生·学期"]);
    expect(r.flags).toEqual([]);
    expect(r.text).toContain("戊县 写作“600元/生·学期”，已按每年两学期折合为 1200 元/生·年");
    expect(r.en).toContain('戊县 wrote "600元/生·学期", converted at two terms a year to 1200 元/生·年');
  });

  it("元/生/学期 and 元/人·学期 are the same term", () => {
    const a = run("学生资助资金", "生均补助标准", [...year("1200元/生·年"), "600元/生/学期"]);
    expect(a.flags).toEqual([]);
    const b = run("学生资助资金", "补助标准", [...year("1200元/生·年"), "600元/人·学期"]);
    expect(b.flags).toEqual([]);
    expect(b.text).toContain("已按每年两学期折合为 1200 元/生·年");
  });

  it("a month, a quarter and a half-year among years; a year among months", () => {
    const m = run("城乡低保资金", "低保标准", [...year("9960元/人·年"), "830元/人·月"]);
    expect(m.flags).toEqual([]);
    expect(m.text).toContain("已按每年 12 个月折合为 9960 元/人·年");
    const q = run("城乡低保资金", "低保标准", [...year("9960元/人·年"), "2490元/人·季度"]);
    expect(q.text).toContain("已按每年四个季度折合为 9960 元/人·年");
    const h = run("取暖补贴资金", "取暖补贴标准", [...year("600元/户·年"), "300元/户·半年"]);
    expect(h.flags).toEqual([]);
    expect(h.text).toContain("已按每年两个半年折合为 600 元/户·年");
    const y = run("残疾人两项补贴资金", "生活补贴标准", [...year("90元/人·月"), "1080元/人·年"]);
    expect(y.flags).toEqual([]);
    expect(y.text).toContain("已按每年 12 个月折合为 90 元/人·月");
    const mq = run("残疾人两项补贴资金", "生活补贴标准", [...year("90元/人·月"), "270元/人·季度"]);
    expect(mq.text).toContain("已按每季度三个月折合为 90 元/人·月");
  });

  it("a converted figure still differing is flagged at its converted value", () => {
    const r = run("学生资助资金", "生均补助标准", [...year("1000元/生·年"), "100元/生·月"]);
    expect(r.flags.map((f) => f.code)).toEqual(["OUTLIER"]);
    expect(r.text).toContain("已按每年 12 个月折合为 1200 元/生·年");
  });
});

describe("periods that do not convert for certain: what differs is said", () => {
  it("a day among years: not converted, the period named", () => {
    const r = run("学生资助资金", "生均补助标准", [...year("1000元/生·年"), "5元/生·天"]);
    expect(r.flags.map((f) => f.code)).toEqual(["UNIT-DIFF"]);
    expect(r.flags[0].message.zh).toContain(
      "两者仅计算期间不同（本县按天、多数县按年），一年按多少天计无法确定，未折算",
    );
  });

  it("a term outside school (a training course) is not two to a year", () => {
    const r = run("农民工技能培训资金", "人均培训补助标准", [...year("1200元/人·年"), "600元/人·学期"]);
    expect(r.flags.map((f) => f.code)).toEqual(["UNIT-DIFF"]);
    expect(r.flags[0].message.zh).toContain("本县按学期、多数县按年");
  });

  it("a term among months is not converted, even for a school", () => {
    expect(periodFactor("生·学期", "生·月", true)).toBeNull();
    expect(periodFactor("生·学期", "生·年", true)).toBe(2);
    expect(periodFactor("生·学期", "生·年", false)).toBeNull();
    // 270 a quarter is 90 a month.
    expect(periodFactor("人·季度", "人·月")).toBeCloseTo(1 / 3);
  });

  it("units differing in more than the period get no period clause", () => {
    expect(periodOnlyClause("元/户·天", "元/人·年", "县")).toBeNull();
    expect(periodOnlyClause("万元", "元/人·年", "县")).toBeNull();
    expect(periodOnlyClause("元/人·月", "元/人·年", "县")).toBeNull();
  });
});

describe("a month's figure among yearly ones is suggested as the cause (疑为按月填写)", () => {
  it("written 元/人·年 at a twelfth: the month suggested, not a zero dropped", () => {
    const r = run("城乡低保资金", "低保标准", [...year("9960元/人·年"), "830元/人·年"]);
    expect(r.flags).toHaveLength(1);
    expect(r.flags[0].message.zh).toContain("疑为按月填写（按每年 12 个月计为 9960 元/人·年）");
    expect(r.flags[0].message.zh).not.toContain("疑少写");
    expect(r.flags[0].message.en).toContain("possibly written per month");
  });

  it("a name saying 每月 or 月均, the figure near a twelfth", () => {
    const r = run("城乡低保资金", "月人均补助水平", [...year("4800元/人"), "400元/人"]);
    expect(r.flags[0].message.zh).toContain("疑为按月填写");
  });

  it("a term's figure where the district's words say 学期", () => {
    const r = run("学生资助资金", "生均补助标准（每学期）", [...year("1200元/生·年"), "600元/生·年"]);
    expect(r.flags[0].message.zh).toContain("疑为按学期填写（按每年两学期计为 1200 元/生·年）");
  });

  it("near misses: no words and no exact twelfth, a half with no 学期 said, a size a twelfth", () => {
    const half = run("学生资助资金", "生均补助标准", [...year("1200元/生·年"), "600元/生·年"]);
    expect(half.flags[0].message.zh).not.toContain("疑为按");
    const near = run("城乡低保资金", "低保标准", [...year("9960元/人·年"), "900元/人·年"]);
    expect(near.flags[0].message.zh).not.toContain("疑为按月");
    const r = compareDistricts(
      ["甲县", "乙县", "丙县", "丁县", "戊县"].map((d, i) =>
        gridSource(`${d}.xlsx`, [
          [`某市${d}2025年城乡低保资金绩效目标表`],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", "保障人数", i === 4 ? "1000人" : "12000人"],
        ]),
      ),
    );
    const text = formatComparisonSummary(r, "zh");
    expect(text).toContain("戊县");
    expect(text).not.toContain("疑为按月");
  });
});

describe("a standard per head and period in words", () => {
  it("每生每学期500元 is 500 元/生·学期, quoted as written", () => {
    const r = run("学前教育保教费减免资金", "保教费减免标准", [...year("1000元/生·年"), "每生每学期500元"]);
    expect(r.flags).toEqual([]);
    expect(r.text).toContain("戊县 写作“每生每学期500元”，已按每年两学期折合为 1000 元/生·年");
  });

  it("每人每月90元 among 元/人·年; 500元 with no such words stays 元", () => {
    const m = run("残疾人两项补贴资金", "生活补贴标准", [...year("1080元/人·年"), "每人每月90元"]);
    expect(m.flags).toEqual([]);
    const bare = run("残疾人两项补贴资金", "生活补贴标准", [...year("1080元/人·年"), "90元"]);
    expect(bare.flags.map((f) => f.code)).toEqual(["UNIT-DIFF"]);
  });
});

describe("a figure at the share of a period another district of the row wrote", () => {
  const row = (last: string) =>
    run("学生资助资金", "初中生活补助标准", [
      "1250元/生·年",
      "1250元/生·年",
      "625元/生·学期",
      "1250元/生·年",
      last,
    ]);

  it("625 per year beside 625元/生·学期: 疑为按学期填写", () => {
    expect(row("625元/生·年").flags[0].message.zh).toContain(
      "疑为按学期填写（按每年两学期计为 1250 元/生·年）",
    );
  });

  it("near miss: 600 per year is no term's figure exactly", () => {
    expect(row("600元/生·年").flags[0].message.zh).not.toContain("疑为按");
  });
});

describe("the 区域对比 sheet names the periods in the converted cell", () => {
  it("（写作600元/生·学期，按每年两学期） after 1200", async () => {
    const { compareSheetPlan } = await import("../../../src/core/plan/compareSheet");
    const ds = ["甲县", "乙县", "丙县", "丁县"];
    const r = compareDistricts(
      ds.map((d, i) =>
        gridSource(`${d}.xlsx`, [
          [`某市${d}2025年学生资助资金绩效目标表`],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["成本指标", "经济成本指标", "生均补助标准", i === 3 ? "600元/生·学期" : "1200元/生·年"],
        ]),
      ),
    );
    const plan = compareSheetPlan(r, { lang: "zh" });
    const formats = JSON.stringify(plan);
    expect(formats).toContain("（写作600元/生·学期，按每年两学期）");
  });
});
