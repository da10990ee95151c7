/**
 * Review probe round 92: the false alarms and poor advice it found, and the misses it asked for.
 */
import { direction } from "../../../src/core/review/rules/direction";
import { rateFraction } from "../../../src/core/review/rules/rates";
import { completeCost } from "../../../src/core/review/rules/completeness";
import { categoryMismatch } from "../../../src/core/review/rules/categories";
import { emptyTarget, vague } from "../../../src/core/review/rules/targets";
import { dateUnclear } from "../../../src/core/review/rules/dates";
import { runRule, testRule } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { gradeProjects } from "../../../src/core/review/grade";
import { projectLocation, projectViews, review } from "../../../src/core/review/review";

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

/** A rows table of one project, 计量单位 in a column of its own. */
function rows(...body: (string | null)[][]): { grid: CellValue[][] } {
  return {
    grid: [
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
      ["城乡公交运营补贴", "产出指标", "数量指标", "补贴公交车辆", "≥210", "辆"],
      ...body.map(([name, target, unit]) => [null, "效益指标", "经济效益指标", name, target, unit]),
    ],
  };
}

// Round 92 miss 2: a comparator word kept from the template with no number, with or without a unit.
testRule(emptyTarget, {
  clean: [
    rows(["票价水平", "≤2", "元"]),
    // A benchmark or a budget says something, if vaguely: VAGUE's and COST-BUDGET's, not a missing number.
    rows(["票价水平", "不高于上年", "元"]),
    rows(["运营成本", "不超过预算", null]),
    "1、效益指标：群众出行成本，不高于上年。",
  ],
  flagged: [
    { ...rows(["票价水平", "不高于", "元"]), count: 1, includes: "“不高于 元”只写了比较词" },
    { ...rows(["受益人数", "不少于", null]), count: 1 },
    { ...rows(["新开通线路", "不少于条", null]), count: 1 },
    { text: "1、产出指标：补贴公交车辆，≥210辆；票价水平，不高于。", count: 1 },
  ],
});

describe("round 92 miss 2: the fix keeps the officer's comparator and unit", () => {
  it("不高于 | 元 asks for the amount after 不高于", () => {
    expect(fixOf(emptyTarget, rows(["票价水平", "不高于", "元"]))).toContain("“不高于（金额）元”");
  });
  it("不少于 with no unit takes the unit the name counts in", () => {
    expect(fixOf(emptyTarget, rows(["受益人数", "不少于", null]))).toContain("“不少于（数值）人”");
  });
});

// Round 92 miss 7: 建立健全 is as vague as 逐步完善, unless what is built is named, issued or counted.
testRule(vague, {
  clean: [
    "1、效益指标：河湖长效管护机制，建立健全《河湖长效管护办法》。",
    "1、效益指标：管护制度，建立健全并印发实施。",
    "1、效益指标：长效管护机制，建立健全管护制度3项。",
  ],
  flagged: [
    { text: "1、效益指标：河湖长效管护机制，建立健全。", count: 1, includes: "“建立健全”" },
    { text: "1、效益指标：长效管护机制，逐步完善。", count: 1 },
  ],
});

describe("round 92 sector picks stay where they fit", () => {
  it("a fire-prevention project that stocks supplies on the side keeps the cost of what it counts", () => {
    const fix = fixOf(completeCost, {
      projects: [
        {
          name: "森林草原防火专项经费",
          goal: "加强森林草原防火巡护和物资储备，确保不发生重特大火灾。",
          text: "数量指标：森林草原防火巡护里程≥5万公里；防火物资购置批次2批；质量指标：24小时火灾发现率≥95%；效益指标：森林草原火灾受害率控制在0.9‰以内；满意度指标：群众满意度≥90%",
        },
      ],
    });
    expect(fix).toContain("每公里成本");
  });

  it("a department's table led by 低保 and 特困 is told of the guarantee standard, a floor", () => {
    const fix = fixOf(completeCost, {
      projects: [
        {
          name: "民政局部门整体支出",
          goal: "保障困难群众基本生活，新建社区养老服务设施，推进养老设施建设。",
          text: "1、产出指标：城乡低保保障人数，5600人；特困人员救助供养人数，1120人；新建社区居家养老服务站，8个。2、效益指标：养老服务设施社区覆盖率，≥95%。3、满意度指标：救助对象满意度，≥90%。",
        },
      ],
    });
    expect(fix).toContain("基本生活保障标准 ≥");
  });
});

/** A rows table of one works project, with or without a year in its title. */
function works(title: string | null, ...body: [string, string][]): { grid: CellValue[][] } {
  return {
    grid: [
      ...(title ? [[title, null, null, null, null]] : []),
      ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
      ["周转房维修", "产出指标", "数量指标", "维修面积", "≥4200平方米"],
      ...body.map(([name, target]) => [null, "产出指标", "时效指标", name, target]),
      [null, "满意度指标", "服务对象满意度指标", "教师满意度", "≥90%"],
    ],
  };
}

// Round 92 miss 1: a one-off work's month with no year where nothing shows the year; a season for a date.
testRule(dateUnclear, {
  clean: [
    // The title gives the year: 8月底前 is that year's.
    works("2025年怀宁县教育局项目支出绩效目标表", ["完工时间", "8月底前"]),
    // The year's end needs no year in an annual table; a recurring date has none to write.
    works(null, ["完工时间", "12月31日前"]),
    works(null, ["竣工时间", "十二月底前"]),
    works(null, ["资金拨付时间", "每月10日前"]),
    works(null, ["巡查频次", "按季度"]),
    // Not work done once: a payment's month.
    works(null, ["补贴发放时间", "6月底前"]),
    works(null, ["完工时间", "2025年8月底前"]),
  ],
  flagged: [
    { ...works(null, ["完工时间", "8月底前"]), count: 1, includes: "没有写年份" },
    { ...works(null, ["竣工时间", "11月"]), count: 1 },
    { ...works(null, ["设备采购完成时间", "10月底"]), count: 1 },
    { ...works(null, ["主体工程完工时间", "汛前"]), count: 1, includes: "时节" },
    // 汛前 wants a date whatever the year.
    { ...works("2025年项目支出绩效目标表", ["主体工程完工时间", "汛前"]), count: 1, includes: "时节" },
  ],
});

describe("round 92 grade: a project with a target left as a bare comparator is not 优", () => {
  it("城乡公交运营补贴 with 票价水平 | 不高于 | 元", () => {
    const parse = parseGrid({
      sheet: "Sheet1",
      top: 1,
      left: 1,
      values: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["城乡公交运营补贴", "产出指标", "数量指标", "补贴公交车辆", "≥210", "辆"],
        [null, "产出指标", "质量指标", "公交准点率", "≥90", "%"],
        [null, "产出指标", "时效指标", "补贴资金拨付", "按季度拨付", null],
        [null, "效益指标", "经济效益指标", "票价水平", "不高于", "元"],
        [null, "效益指标", "社会效益指标", "城乡公交通达率", "≥95", "%"],
        [null, "满意度指标", "服务对象满意度指标", "乘客满意度", "≥90", "%"],
      ],
    });
    const [grade] = gradeProjects(projectViews(parse), review(parse), projectLocation);
    expect(grade.grade).not.toBe("优");
  });
});
