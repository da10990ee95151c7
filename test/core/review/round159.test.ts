/**
 * Review probe round 159: a heating season that starts in the budget year is no late deadline; (more below).
 */
import type { CellValue } from "../../../src/core/grid";
import { codes, gradeOf, rows } from "./probeTables";

describe("round 159 FA1: a season of service running over the new year is no late deadline", () => {
  const sheet = (name: string, target: string): CellValue[][] => [
    ["2025年项目支出绩效目标表"],
    ...rows("临江市2025年城市集中供热补贴项目", [
      ["产出指标", "数量指标", "补贴供热面积", "≥520万平方米"],
      ["产出指标", "质量指标", "居民室温达标率", "≥98%"],
      ["产出指标", "时效指标", name, target],
      ["效益指标", "社会效益指标", "供热投诉件数", "≤200件"],
      ["满意度指标", "服务对象满意度指标", "供热用户满意度", "≥85%"],
    ]),
  ];
  it.each([
    ["供热期", "2025年10月25日—2026年4月10日"],
    ["采暖期", "10月20日至次年4月10日"],
    ["供暖时间", "2025年11月1日至2026年3月31日供暖季"],
  ])("%s | %s → no DATE-AFTER", (name, target) => {
    expect(codes(sheet(name, target), "DATE-AFTER")).toEqual([]);
  });
  it.each([
    ["供热期", "2026年1月1日—2026年4月10日"],
    ["供热管网改造完成时间", "2026年4月10日前"],
  ])("%s | %s (starts next year, or work done) → DATE-AFTER", (name, target) => {
    expect(codes(sheet(name, target), "DATE-AFTER").map((x) => x.indicator)).toEqual([name]);
  });
});

describe("round 159 M5: 长期有效 is vague", () => {
  const sheet = (target: string): CellValue[][] =>
    rows("阿拉善右旗2025年农牧民职业技能培训项目", [
      ["产出指标", "数量指标", "培训农牧民人次", "≥500人次"],
      ["产出指标", "时效指标", "培训完成时间", "2025年11月30日前"],
      ["效益指标", "社会效益指标", "培训后转移就业率", "≥30%"],
      ["效益指标", "可持续影响指标", "农牧民持续增收", target],
      ["满意度指标", "服务对象满意度指标", "参训农牧民满意度", "≥90%"],
    ]);
  it.each(["长期有效", "长期稳定"])("农牧民持续增收 | %s → VAGUE", (target) => {
    expect(codes(sheet(target), "VAGUE").map((x) => x.indicator)).toEqual(["农牧民持续增收"]);
  });
  it("持续增收3年以上 → none", () => {
    expect(codes(sheet("持续增收3年以上"), "VAGUE")).toEqual([]);
  });
});

describe("round 159 wording (2): a sewage works' unit cost is per tonne of sewage, not of refuse", () => {
  const sheet: CellValue[][] = [
    ["2025年项目支出绩效目标表"],
    ...rows("古蔺县2025年乡镇污水处理厂运行维护项目", [
      ["产出指标", "数量指标", "污水处理量", "≥300万吨"],
      ["产出指标", "质量指标", "出水水质达标率", "≥95%"],
      ["产出指标", "时效指标", "运维资金拨付", "按季度拨付"],
      ["成本指标", "经济成本指标", "运维费用", "≤1260万元"],
      ["效益指标", "生态效益指标", "COD削减量", "≥800吨"],
      ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"],
    ]),
  ];
  it("COST-BUDGET's example is 每吨污水处理成本", () => {
    const f = codes(sheet, "COST-BUDGET");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("每吨污水处理成本");
    expect(f[0].fix?.zh).not.toContain("垃圾");
  });
});

describe("round 159 wording (4)–(7) and the 医保 cost example", () => {
  const project = (name: string, body: [string, string, string, string][]): CellValue[][] =>
    rows(name, [
      ...body,
      ["产出指标", "时效指标", "完成时间", "2025年12月31日前"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]);

  it("(4) 社会效益 ≥100%: the name must become an indicator, not =100%", () => {
    const f = codes(
      project("泸县2025年退役军人服务保障项目", [
        ["产出指标", "数量指标", "服务退役军人", "≥3000人次"],
        ["效益指标", "社会效益指标", "社会效益", "≥100%"],
      ]),
      "RATE-100-GE",
    );
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("只是指标类别");
    expect(f[0].fix?.zh).not.toMatch(/^改为“=100%”/);
  });
  it("(4) a real rate ≥100% keeps its =100% advice", () => {
    const f = codes(
      project("某县退役军人服务保障项目", [
        ["产出指标", "数量指标", "服务退役军人", "≥3000人次"],
        ["产出指标", "质量指标", "优待金发放准确率", "≥100%"],
        ["效益指标", "社会效益指标", "退役军人就业率", "≥80%"],
      ]),
      "RATE-100-GE",
    );
    expect(f[0].fix?.zh).toContain("=100%");
  });

  it("(5) 购置扑火装备 1批: the batch is named as the problem", () => {
    const f = codes(
      project("迪庆州2025年森林防火队伍建设项目", [
        ["产出指标", "数量指标", "购置扑火装备", "1批"],
        ["效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰"],
      ]),
      "VAGUE",
    );
    expect(f.map((x) => x.message.zh)).toEqual([expect.stringContaining("“批”")]);
  });

  it.each([
    ["a rows table", [["产出指标", "数量指标", "建设便民服务站点", "若干个"]]],
    ["a packed line", [["产出指标", "数量指标", "建设便民服务站点若干个", ""]]],
  ] as [string, [string, string, string, string][]][])(
    "(6) 若干个 in %s: not a number, asked for ≥（数量）个",
    (_, body) => {
      const f = codes(
        project("浑江区2025年便民服务项目", [
          ...body,
          ["效益指标", "社会效益指标", "群众办事平均距离", "≤1公里"],
        ]),
        "EMPTY-TARGET",
      );
      expect(f).toHaveLength(1);
      expect(f[0].message.zh).toContain("“若干”不是数");
      expect(f[0].fix?.zh).toContain("建设便民服务站点 ≥（数量）个");
      expect(f[0].fix?.zh).not.toContain("95%");
    },
  );

  it("(7) GOAL-VAGUE quotes a name without its bracketed figure", () => {
    const sheet: CellValue[][] = [
      ["主管部门", "项目名称", "绩效目标", "绩效指标"],
      [
        "王益区民政局",
        "王益区2025年社区居家养老服务中心运营补贴项目",
        "保障社区养老服务站正常运营，提升养老服务水平。",
        "1、产出指标：运营社区养老服务站（8个）8个；服务质量达标率≥95%。2、效益指标：老年人助餐需求满足率≥90%。3、满意度指标：老年人满意度≥90%。",
      ],
    ];
    const f = codes(sheet, "GOAL-VAGUE");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("“运营社区养老服务站 8个”");
  });

  it("医保 with no cost: the subsidy standard is a floor (≥), not a cap", () => {
    const sheet: CellValue[][] = [
      ["主管部门", "项目名称", "绩效目标", "绩效指标"],
      [
        "耀州区医疗保障局",
        "耀州区2025年城乡居民基本医疗保险财政补助项目",
        "全区参保率稳定在95%以上。",
        "1、产出指标：参保人数≥26万人；参保率≥95%；医保待遇结算时间2025年12月31日前。2、效益指标：群众个人卫生支出占比≤28%。3、满意度指标：参保群众满意度≥90%。",
      ],
    ];
    const f = codes(sheet, "COMPLETE-COST");
    expect(f).toHaveLength(1);
    expect(f[0].fix?.zh).toContain("人均财政补助标准 ≥");
    expect(f[0].fix?.zh).not.toContain("≤600");
  });
});

describe("round 159 M2: GOAL-FIGURE pairs a name whose words the goal writes in another order", () => {
  const sheet = (indicator: string): CellValue[][] => [
    ["主管部门", "项目名称", "绩效目标", "绩效指标"],
    [
      "耀州区医疗保障局",
      "耀州区2025年城乡居民基本医疗保险财政补助项目",
      "全区参保率稳定在95%以上，政策范围内住院费用报销比例达到70%。",
      `1、产出指标：参保人数≥26万人；参保率≥95%；医保待遇结算时间2025年12月31日前。2、效益指标：${indicator}。3、满意度指标：参保群众满意度≥90%。`,
    ],
  ];
  it("住院费用政策范围内报销比例 ≥65% → GOAL-FIGURE quoting 70%", () => {
    const f = codes(sheet("住院费用政策范围内报销比例≥65%"), "GOAL-FIGURE");
    expect(f.map((x) => x.indicator)).toEqual(["住院费用政策范围内报销比例"]);
    expect(f[0].message.zh).toContain("70%");
  });
  it("门诊费用政策范围内报销比例 ≥65% (another subject) → none", () => {
    expect(codes(sheet("门诊费用政策范围内报销比例≥65%"), "GOAL-FIGURE")).toEqual([]);
  });
});

describe("round 159 M3: a vague state whose subject the goal sets a standard for is asked for it", () => {
  const sheet = (goal: string): CellValue[][] => [
    ["部门", "项目名称", "年度目标", "绩效指标"],
    [
      "白山市江源区水利局",
      "江源区2025年中小河流治理项目",
      goal,
      "产出指标：治理河道长度≥8.6公里；工程质量合格率100%；工程完工时间2025年10月底前；每公里治理成本≤150万元/公里。效益指标：保护人口≥1.2万人；防洪能力明显提升。满意度指标：沿河群众满意度≥90%。",
    ],
  ];
  it("防洪能力 | 明显提升 under 防洪标准达到20年一遇 → the fix quotes 防洪标准 ≥20年一遇", () => {
    const f = codes(
      sheet("2025年治理中小河流8.6公里，新建护岸5.2公里，治理段防洪标准达到20年一遇，10月底前完工。"),
      "VAGUE",
    );
    expect(f.map((x) => x.indicator)).toEqual(["防洪能力"]);
    expect(f[0].fix?.zh).toContain("“治理段防洪标准 ≥20年一遇”");
  });
  it("a goal with no such standard → the field's advice, no goal quoted", () => {
    const f = codes(sheet("2025年治理中小河流8.6公里，10月底前完工。"), "VAGUE");
    expect(f[0].fix?.zh).not.toContain("绩效目标中已写");
  });
});

describe("round 159 grades", () => {
  it("浑江 15分钟生活圈: no output and no effect measurable, only the satisfaction a number → 差", () => {
    const sheet: CellValue[][] = [
      ["部门", "项目名称", "年度目标", "绩效指标"],
      [
        "白山市浑江区民政局",
        "浑江区2025年城市社区“15分钟生活圈”便民服务项目",
        "完善社区便民服务设施，打造15分钟生活圈，提升群众生活便利度。",
        "产出指标：建设便民服务站点若干个；服务质量明显提升；完成时间全年。效益指标：群众生活便利度提高。满意度指标：群众满意度≥90%。",
      ],
    ];
    expect(gradeOf(sheet).grade).toBe("差");
  });

  const yesNo = (satisfaction: string, timely: string): CellValue[][] =>
    rows("王益区2025年社区居家养老服务中心运营补贴项目", [
      ["产出指标", "数量指标", "运营社区养老服务站", "8个"],
      ["产出指标", "数量指标", "服务老年人", "≥3000人次"],
      ["产出指标", "时效指标", "补贴发放是否及时", timely],
      ["效益指标", "社会效益指标", "老年人生活质量", "是"],
      ["效益指标", "社会效益指标", "养老服务水平", "提升"],
      ["满意度指标", "服务对象满意度指标", "老年人满意度", satisfaction],
    ]);
  it("王益: effects 是/提升, an output 是, satisfaction 100% → 差", () => {
    expect(gradeOf(yesNo("100%", "是")).grade).toBe("差");
  });
  it("the same with a reachable satisfaction, or every output measured → not 差", () => {
    expect(gradeOf(yesNo("≥90%", "是")).grade).not.toBe("差");
    expect(gradeOf(yesNo("100%", "2025年每季度末前")).grade).not.toBe("差");
  });

  const screening = (cost: string): CellValue[][] =>
    rows("铜川市2025年农村妇女“两癌”免费筛查项目", [
      ["产出指标", "数量指标", "宫颈癌筛查人数", "≥22000人"],
      ["产出指标", "质量指标", "两癌早诊率", "≥55%"],
      ["产出指标", "时效指标", "筛查完成时间", "2025年12月31日前"],
      ["产出指标", "成本指标", "人均筛查成本", cost],
      ["效益指标", "社会效益指标", "农村妇女健康意识", "明显增强"],
      ["满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥95%"],
    ]);
  it("两癌: one vague effect beside a unit cost with no comparator → 良, not 中", () => {
    expect(gradeOf(screening("180元/人")).grade).toBe("良");
  });
  it("…beside a cost to correct (控制在预算内) → 中 as before", () => {
    expect(gradeOf(screening("控制在预算内")).grade).toBe("中");
  });
});

describe("round 159 M1: a target below last year's actual, written beside it", () => {
  const form = (rowsBody: [string, string, string, string, string][]): CellValue[][] => [
    ["2025年度项目支出绩效目标申报表"],
    ["项目名称", "抚松县2025年人参产业高质量发展项目", "", "", ""],
    ["年度绩效目标", "2025年认证人参GAP基地，建设标准化种植示范区，12月底前完成。", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "2024年实际完成值", "2025年指标值"],
    ...rowsBody,
    ["满意度指标", "服务对象满意度指标", "参农满意度", "", "≥90%"],
  ];
  it("认证人参GAP基地 12个 → ≥10个, 合格率 98% → ≥95%: BELOW-PRIOR quoting both", () => {
    const f = codes(
      form([
        ["产出指标", "数量指标", "认证人参GAP基地", "12个", "≥10个"],
        ["", "质量指标", "人参农残检测合格率", "98%", "≥95%"],
        ["", "时效指标", "项目完成时间", "", "2025年12月31日前"],
        ["效益指标", "经济效益指标", "参农户均增收", "2000元", "≥2200元"],
      ]),
      "BELOW-PRIOR",
    );
    expect(f.map((x) => x.indicator)).toEqual(["认证人参GAP基地", "人参农残检测合格率"]);
    expect(f[0].message.zh).toContain("≥10个");
    expect(f[0].message.zh).toContain("12个");
    expect(f[0].fix?.zh).toContain("≥12个");
  });
  it("100% last year asks =100%, a lower-better ceiling above last year's is loose, at or above it → none", () => {
    const f = codes(
      form([
        ["产出指标", "数量指标", "认证人参GAP基地", "12个", "≥12个"],
        ["", "质量指标", "水源地水质达标率", "100%", "≥95%"],
        ["", "时效指标", "项目完成时间", "", "2025年12月31日前"],
        ["效益指标", "生态效益指标", "农药残留超标率", "2%", "≤3%"],
        ["", "经济效益指标", "参农户均增收", "2000元", "≥2000元"],
      ]),
      "BELOW-PRIOR",
    );
    expect(f.map((x) => x.indicator)).toEqual(["水源地水质达标率", "农药残留超标率"]);
    expect(f[0].fix?.zh).toContain("=100%");
    expect(f[1].message.zh).toContain("高于");
  });
});
