/**
 * Review probe round 92: the false alarms and poor advice it found, and the misses it asked for.
 */
import { direction } from "../../../src/core/review/rules/direction";
import { rateFraction } from "../../../src/core/review/rules/rates";
import { completeCost } from "../../../src/core/review/rules/completeness";
import { categoryMismatch } from "../../../src/core/review/rules/categories";
import { vague } from "../../../src/core/review/rules/targets";
import { runRule, testRule } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";

/** A rows table with a 指标性质 column, one indicator per row. */
function withColumn(rows: [string, string, string, string][]): { grid: CellValue[][] } {
  return {
    grid: [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质"],
      ["急救", "产出指标", "数量指标", "急救站点数", "≥12", "个", "正向"],
      ...rows.map(([name, target, unit, way]) => [null, "效益指标", "社会效益指标", name, target, unit, way]),
    ],
  };
}

describe("round 92 false alarm 1: a wrong 指标性质 beside a right comparator", () => {
  it("a death rate marked 正向 with a ceiling: the column is to change, the ≤ kept", () => {
    const found = runRule(direction, withColumn([["院前急救死亡率", "≤0.5", "%", "正向"]]));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.zh).toContain("指标性质");
    expect(found[0].fix?.zh).toContain("改为“反向”");
    expect(found[0].fix?.zh).toContain("“≤0.5%”保留");
    expect(found[0].fix?.zh).not.toContain("≥");
  });

  it("the mirror: a completion rate marked 反向 with a floor keeps its ≥", () => {
    const found = runRule(direction, withColumn([["验收合格率", "≥95", "%", "反向"]]));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(found[0].fix?.zh).toContain("改为“正向”");
    expect(found[0].fix?.zh).not.toContain("≤");
  });

  it("a ceiling under 反向 on a name the words read as rising is the officer's word twice, left alone", () => {
    expect(runRule(direction, withColumn([["污水收集率", "≤3", "%", "反向"]]))).toEqual([]);
  });
});

testRule(direction, {
  clean: [
    withColumn([["院前急救平均反应时间", "≤12", "分钟", "反向"]]),
    withColumn([["群众满意度", "≥90", "%", "正向"]]),
  ],
  flagged: [{ ...withColumn([["院前急救死亡率", "≤0.5", "%", "正向"]]), severity: "warning", count: 1 }],
});

testRule(rateFraction, {
  clean: [
    // round 92 false alarm 2: a death rate is low whatever its column says.
    withColumn([["院前急救死亡率", "≤0.5", "%", "正向"]]),
    "1、效益指标：货车超限超载率，≤0.5%。",
  ],
  flagged: [
    // The column still decides for a name the words do not place.
    withColumn([["疫苗接种建档率", "0.95", "", "正向"]]),
    "1、产出指标：验收合格率，≥0.95。",
  ],
});

/** The suggested fix of the one finding a rule makes of a case. */
function fixOf(rule: Parameters<typeof runRule>[0], c: Parameters<typeof runRule>[1]): string {
  const found = runRule(rule, c);
  expect(found).toHaveLength(1);
  return found[0].fix?.zh ?? "";
}

describe("round 92 bad suggested fixes: examples that fit the project", () => {
  it("a 河湖长制 project's cost is per km of river patrolled, not per tonne of rubbish", () => {
    const fix = fixOf(completeCost, {
      projects: [
        {
          name: "河湖长制工作经费",
          goal: "落实河湖长制，开展河湖巡查。",
          text: "1、产出指标：河湖“四乱”问题整改率，≥95%。2、效益指标：河湖水质，明显好转。3、满意度指标：群众满意度，≥85%。",
        },
      ],
    });
    expect(fix).toContain("每公里河道巡查管护成本");
    expect(fix).not.toContain("垃圾");
  });

  it("a stock of emergency supplies is costed by the unit price of what is bought, not per screening", () => {
    const fix = fixOf(completeCost, {
      projects: [
        {
          name: "卫生应急物资储备",
          goal: "储备卫生应急物资，提升突发公共卫生事件应急处置能力。",
          text: "1、产出指标：物资质量合格率，100%。2、效益指标：应急处置能力，明显提升。3、满意度指标：群众满意度，≥90%。",
        },
      ],
    });
    expect(fix).toContain("采购单价");
    expect(fix).not.toContain("筛查");
  });

  it("a guarantee of living (特困供养, 低保) is a floor, never a ceiling", () => {
    for (const name of ["特困人员救助供养", "城市最低生活保障金发放"]) {
      const fix = fixOf(completeCost, {
        projects: [
          {
            name,
            goal: "保障困难群众基本生活。",
            text: "1、产出指标：保障人数，≥1420人。2、效益指标：基本生活，得到保障。3、满意度指标：对象满意度，≥90%。",
          },
        ],
      });
      expect(fix).toMatch(/标准 ≥/);
      expect(fix).not.toContain("≤");
    }
  });

  it("a subsidy's standard per person is a floor too", () => {
    const fix = fixOf(completeCost, {
      projects: [
        {
          name: "困难残疾人生活补贴",
          text: "1、产出指标：补贴人数，380人。2、效益指标：残疾人生活水平，有所提高。3、满意度指标：残疾人满意度，≥90%。",
        },
      ],
    });
    expect(fix).toContain("人均补助标准 ≥");
  });

  it("a saving is a floor on the sum saved, not a ceiling", () => {
    const fix = fixOf(vague, "1、效益指标：节约会议成本，有效节约。");
    expect(fix).toContain("≥");
    expect(fix).not.toContain("≤");
  });

  it("guards hired for schools deliver schools guarded, not 保洁面积", () => {
    const fix = fixOf(categoryMismatch, {
      projects: [
        {
          name: "校园安全保障经费",
          text: "1、产出指标：聘用安保人员，≥180人。2、效益指标：校园安全事故发生数，0起。3、满意度指标：家长满意度，≥90%。",
        },
      ],
    });
    expect(fix).toContain("安保覆盖学校数");
    expect(fix).toContain("在岗值守率");
    expect(fix).not.toContain("保洁");
  });

  it("call-centre seats deliver requests handled, and emergency supplies bought their kinds and numbers", () => {
    const seats = fixOf(
      categoryMismatch,
      "1、产出指标：坐席人员，≥60人。2、效益指标：群众诉求办结率，≥95%。",
    );
    expect(seats).toContain("受理诉求件数");
    expect(seats).not.toContain("保洁");
    const stock = fixOf(categoryMismatch, {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["卫生应急物资储备", "产出指标", "数量指标", "采购应急物资资金", "200万元"],
        [null, "产出指标", "质量指标", "物资质量合格率", "100%"],
      ],
    });
    expect(stock).toContain("储备物资");
  });
});
