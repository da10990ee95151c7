/**
 * Review probe round 127: a lower-better name beats a 正向 column and a rise named or aimed at, ≥ before 下降
 * with no figure, fine quotas (行政处罚法 第七十四条), a plan approved answered 是, vague words compounded
 * (稳定增加), fixes fitted to a response duty, a fall for what should fall, a whole budget's unit cost, and
 * patrol staff counted as input.
 */
import type { CellValue } from "../../../src/core/grid";
import { rows, withRow, codes } from "./probeTables";

describe("round 127 miss 1: a lower-better name under a 正向 column, ≥0 on a count", () => {
  const table = (name: string, target: string): CellValue[][] => [
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"],
    ["动物疫病强制免疫补助", "产出指标", "数量指标", "免疫数量", "≥10", "万头", "正向"],
    [null, null, "质量指标", "免疫抗体合格率", "≥70", "%", "正向"],
    [null, null, "时效指标", "完成时间", "2024年11月30日前", "", ""],
    [null, "效益指标", "社会效益指标", name, target, "次", "正向"],
    [null, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90", "%", "正向"],
  ];

  it("重大动物疫情发生次数 ≥0次 | 正向 → DIRECTION (error): the column is wrong, ≥0 always holds", () => {
    const f = codes(table("重大动物疫情发生次数", "≥0"), "DIRECTION");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].message.zh).toContain("指标方向却写成“正向”");
    expect(f[0].message.zh).toContain("“≥0”无论发生多少都成立");
    expect(f[0].fix?.zh).toContain("重大动物疫情 0次");
  });

  it("动物疫情处置次数 | 正向 counts the work done → no DIRECTION", () => {
    expect(codes(table("动物疫情处置次数", "≥20"), "DIRECTION")).toEqual([]);
  });
});

describe("round 127 miss 2 and 4: a rise on what should fall, ≥ before 下降 with no figure", () => {
  it("森林火灾发生次数同比增加 ≥10% → DIRECTION (error), a fall asked", () => {
    const f = codes(
      withRow("森林防火专项", ["效益指标", "生态效益指标", "森林火灾发生次数同比增加", "≥10%"]),
      "DIRECTION",
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].fix?.zh).toContain("森林火灾发生次数较上年下降 ≥10%");
  });

  it("重污染天数 | 同比增加 → DIRECTION (error); VAGUE's fix is a fall, never a rise", () => {
    const grid = withRow("大气污染防治", ["效益指标", "生态效益指标", "重污染天数", "同比增加"]);
    const d = codes(grid, "DIRECTION");
    expect(d).toHaveLength(1);
    expect(d[0].severity).toBe("error");
    const v = codes(grid, "VAGUE").filter((x) => x.indicator === "重污染天数");
    expect(v).toHaveLength(1);
    expect(v[0].fix?.zh).toContain("较上年下降");
    expect(v[0].fix?.zh).not.toContain("增长");
  });

  it("夜间交通事故发生率 | ≥下降 → DIRECTION (error), no figure said", () => {
    const f = codes(
      withRow("城市道路照明设施维护", ["效益指标", "社会效益指标", "夜间交通事故发生率", "≥下降"]),
      "DIRECTION",
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].message.zh).toContain("没有写数值");
  });

  it.each([
    ["森林覆盖率同比增长", "≥1%"],
    ["农民人均收入同比增长", "≥5%"],
    ["森林火灾发生次数同比下降", "≥10%"],
    ["夜间交通事故发生率", "较上年下降≥5%"],
  ])("%s | %s → no DIRECTION", (name, target) => {
    expect(codes(withRow("综合项目", ["效益指标", "社会效益指标", name, target]), "DIRECTION")).toEqual([]);
  });
});

describe("round 127 miss 5: fines set as a target", () => {
  it.each([
    ["效益指标", "社会效益指标", "罚没收入", "≥80万元"],
    ["效益指标", "社会效益指标", "治超执法罚款收缴", "≥200万元"],
  ])("%s/%s | %s %s → FINE-QUOTA (warning)", (l1, l2, name, target) => {
    const f = codes(withRow("市容环境整治专项", [l1, l2, name, target]), "FINE-QUOTA");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].fix?.zh).toContain("案件结案率");
  });

  it.each([
    ["追回违规资金", "≥50万元"],
    ["罚款案件查处数", "≥30件"],
    ["违法行为罚款处罚率", "≥90%"],
  ])("%s | %s → no FINE-QUOTA", (name, target) => {
    expect(codes(withRow("市场监管执法", ["产出指标", "数量指标", name, target]), "FINE-QUOTA")).toEqual([]);
  });
});

describe("round 127 false alarm 1: a plan approved, answered 是", () => {
  it.each(["演练方案审定", "实施方案批复", "项目立项审批"])("%s | 是 → VAGUE info only", (name) => {
    const f = codes(withRow("交通运输安全应急演练", ["产出指标", "质量指标", name, "是"]), "VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("info");
  });
});

describe("round 127 miss 3: a target made of vague words alone", () => {
  it.each(["稳定增加", "持续稳定", "提升改善"])("农牧民政策性收入 | %s → VAGUE", (target) => {
    const f = codes(
      withRow("草原生态保护补助奖励", ["效益指标", "经济效益指标", "农牧民政策性收入", target]),
      "VAGUE",
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
  });
});

describe("round 127 fixes", () => {
  const vagueFixOf = (project: string, row: [string, string, string, string]) =>
    codes(withRow(project, row), "VAGUE").find((x) => x.indicator === row[2])?.fix?.zh ?? "";

  it.each([
    ["火情报告时间", "火情发现后 ≤30分钟内报告"],
    ["故障修复时间", "故障接报后 ≤24小时内修复"],
  ])("%s | 及时 → a response time", (name, fix) => {
    const zh = vagueFixOf("森林草原防火经费", ["产出指标", "时效指标", name, "及时"]);
    expect(zh).toContain(fix);
    expect(zh).not.toContain("月底前");
  });

  it("完成时间 | 及时 → no 完成完毕", () => {
    const grid = rows("特种设备安全监管经费", [
      ["产出指标", "数量指标", "检查特种设备使用单位", "≥600家次"],
      ["产出指标", "时效指标", "完成时间", "及时"],
      ["效益指标", "社会效益指标", "问题整改率", "≥95%"],
    ]);
    const zh = codes(grid, "VAGUE").find((x) => x.indicator === "完成时间")?.fix?.zh ?? "";
    expect(zh).toContain("月底前完成全部");
    expect(zh).not.toContain("完成完毕");
  });

  it("事件处置时效 | 及时 → 事件按时处置率", () => {
    const zh = vagueFixOf("社区网格化管理经费", ["产出指标", "时效指标", "事件处置时效", "及时"]);
    expect(zh).toContain("事件按时处置率 ≥95%");
    expect(zh).not.toContain("时效及时率");
  });

  it.each([
    [
      "旅游厕所建设",
      "1、产出指标：新建改建旅游厕所15座；项目资金300万元；完成时间：年底前；2、效益指标：游客如厕环境显著改善；3、满意度指标：游客满意度≥85%。",
      "项目资金",
      "“每座新建改建旅游厕所成本 ≤20万元/座”（300万元÷15座）",
    ],
    [
      "河湖长制工作经费",
      "产出指标：河湖巡查≥1200次；“清四乱”问题整改率≥95%；工作经费50万元。效益指标：河湖水质达标率≥90%；河湖面貌：明显改善。",
      "工作经费",
      "“每次河湖巡查成本 ≤417元/次”（50万元÷1200次）",
    ],
  ])("%s: the whole budget → a unit cost from the project's one count", (project, cell, money, cost) => {
    const grid: CellValue[][] = [
      ["主管部门", "项目名称", "绩效目标", "绩效指标"],
      ["某局", project, "按计划实施项目。", cell],
    ];
    const f = codes(grid, "CATEGORY-MISMATCH").find((x) => x.indicator === money);
    expect(f?.fix?.zh).toContain(cost);
  });

  it.each([["网格员配备数量", "≥120人"]])(
    "%s %s under 数量指标 → CATEGORY-MISMATCH (staff are input)",
    (name, target) => {
      const f = codes(
        rows("社区网格化管理经费", [
          ["产出指标", "数量指标", name, target],
          ["产出指标", "数量指标", "开展巡查", "≥1000次"],
          ["效益指标", "社会效益指标", "问题整改率", "≥95%"],
        ]),
        "CATEGORY-MISMATCH",
      ).filter((x) => x.indicator === name);
      expect(f).toHaveLength(1);
    },
  );
});
