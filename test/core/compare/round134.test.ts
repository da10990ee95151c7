/**
 * Round 134: 鹰手营子矿区 is named whole; a 市本级 row in a 县（市、区） column is the city's own, never the
 * title's city as a district; a district small on every size row is no slip on each; 宿迁经济技术开发区 files
 * as a district; a 合计 is checked with a district's slip that explains it; the sheet counts 市本级 apart,
 * its legend agrees with 明显偏低 on a slip, a bare 0.9 gets one note, and 1 percentage point is singular.
 */
import { compareDistricts, findDistrict, formatComparisonSummary } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, gridSource as source, yulinRows } from "./helpers";

const H = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"];
function form(unit: string, km: string, program = "水毁道路修复项目"): CellValue[][] {
  return [
    ["2024年项目支出绩效目标表"],
    ["项目名称", program, "", "预算单位", unit],
    H,
    ["产出指标", "数量指标", "修复水毁道路里程", km, "公里"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90", "%"],
  ];
}

describe("a district named by a generic word after its own name (矿区, 林区, 特区, 管理区) is kept whole", () => {
  it("承德市鹰手营子矿区交通运输局 and 鹰手营子矿区.xlsx: 鹰手营子矿区, not 子矿区", () => {
    const r = compareDistricts([
      source("双桥区.xlsx", form("承德市双桥区交通运输局", "≥25")),
      source("双滦区.xlsx", form("承德市双滦区交通运输局", "≥20")),
      source("鹰手营子矿区.xlsx", form("承德市鹰手营子矿区交通运输局", "≥18")),
    ]);
    expect(r.programs[0].districts).toEqual(["双桥区", "双滦区", "鹰手营子矿区"]);
  });

  it.each([
    ["承德市鹰手营子矿区交通运输局", "鹰手营子矿区"],
    ["湖北省神农架林区林业局", "神农架林区"],
    ["岳阳市屈原管理区财政局", "屈原管理区"],
    ["六盘水市六枝特区", "六枝特区"],
  ])("%s → %s", (text, name) => expect(findDistrict(text)).toBe(name));

  it.each([["国有林区管理局"], ["某市重点林区防火"], ["深圳经济特区建设"]])("%s names no district", (text) =>
    expect(findDistrict(text)).toBeNull(),
  );
});

describe("市本级 in a 县（市、区） column under 十堰市's title: the city's own, not a district 十堰市", () => {
  const rows: CellValue[][] = [
    ["十堰市2024年农村饮水安全巩固提升绩效目标汇总表"],
    ["序号", "县（市、区）", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
  ];
  [
    ["茅箭区", "≥12"],
    ["张湾区", "≥15"],
    ["郧阳区", "≥14"],
    ["市本级", "≥1"],
  ].forEach(([d, v], i) =>
    rows.push([
      i + 1,
      d,
      "农村饮水安全巩固提升工程补助资金",
      "产出指标",
      "数量指标",
      "新建改造供水工程处数",
      v,
      "处",
    ]),
  );

  it("is said as 市本级 and not compared", () => {
    const r = compareDistricts([source("汇总.xlsx", rows)]);
    const p = r.programs[0];
    expect(p.districts).toEqual(["茅箭区", "张湾区", "郧阳区"]);
    expect(p.indicators.flatMap((i) => i.flags)).toEqual([]);
    expect(p.unplaced[0].own).toMatchObject({ level: "市本级", field: "district", text: "市本级" });
    const s = formatComparisonSummary(r, "zh");
    expect(s).toContain("的区县栏为“市本级”，不属于区县，未纳入对比");
    expect(s).not.toContain("未识别区县");
  });

  it("the sheet's title counts it apart: 1 个市本级项目未参与对比, not 未识别区县", () => {
    const plan = compareSheetPlan(compareDistricts([source("汇总.xlsx", rows)]))!;
    const title = String(plan.values[0][0]);
    expect(title).toContain("1 个市本级项目未参与对比");
    expect(title).not.toContain("未识别区县");
    expect(plan.values.flat()).toContain("市本级");
  });

  it("a title's city not on the 县级市 list never becomes a district", () => {
    const titled = (title: string, unit: string, km: string) => [[title], ...form(unit, km).slice(1)];
    const r = compareDistricts([
      source("茅箭区.xlsx", titled("2024年项目支出绩效目标表", "茅箭区水利局", "≥25")),
      source("张湾区.xlsx", titled("2024年项目支出绩效目标表", "张湾区水利局", "≥20")),
      source("汇总.xlsx", titled("十堰市2024年水毁道路修复项目绩效目标表", "", "≥18")),
    ]);
    expect(r.programs[0].districts).toEqual(["茅箭区", "张湾区"]);
  });
});

describe("a district small on every size row at one ratio is no slip on each", () => {
  const rows: CellValue[][] = yulinRows("吴堡县", [
    ["产出指标", "数量指标", "退耕还林补植补造面积", "亩", 12000, 18000, 15000, 9000, 10000, 2000],
    ["产出指标", "成本指标", "补助资金", "万元", 1800, 2700, 2250, 1350, 1500, 300],
  ]);

  it("吴堡县 0.18× on 面积 and 资金: 比例一致, no 疑少写一个 0", () => {
    const r = compareDistricts([source("分解表.xlsx", rows)]);
    const flags = r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.district === "吴堡县");
    expect(flags).toHaveLength(2);
    for (const f of flags) {
      expect(f.powerOfTen).toBeUndefined();
      expect(f.far).toBeUndefined();
      expect(f.message.zh).not.toContain("疑少写");
      expect(f.message.zh).toContain("2 项规模指标均为中位数的 0.18 倍，比例一致");
    }
  });

  it("within five times of the median, each row is a 规模差异 like the others", () => {
    const r = compareDistricts([
      districtSource("水毁道路修复", {
        甲区: [
          ["里程", ">=", 20, "公里"],
          ["桥涵", ">=", 5, "座"],
        ],
        乙区: [
          ["里程", ">=", 38, "公里"],
          ["桥涵", ">=", 9, "座"],
        ],
        丙区: [
          ["里程", ">=", 40, "公里"],
          ["桥涵", ">=", 10, "座"],
        ],
        丁区: [
          ["里程", ">=", 90, "公里"],
          ["桥涵", ">=", 20, "座"],
        ],
        戊区: [
          ["里程", ">=", 8, "公里"],
          ["桥涵", ">=", 2, "座"],
        ],
      }),
    ]);
    const flags = r.programs[0].indicators.flatMap((i) => i.flags).filter((f) => f.district === "戊区");
    expect(flags.map((f) => f.sizeGap)).toEqual([true, true]);
    for (const f of flags) expect(f.message.zh).not.toContain("疑少写");
  });

  it("one row alone off by a power of ten stays a slip (富源 20 天)", () => {
    const r = compareDistricts([
      districtSource("营养改善", {
        甲县: [
          ["受益学生", ">=", 9000, "人"],
          ["补助资金", ">=", 1000, "万元"],
        ],
        乙县: [
          ["受益学生", ">=", 9500, "人"],
          ["补助资金", ">=", 1100, "万元"],
        ],
        丙县: [
          ["受益学生", ">=", 8800, "人"],
          ["补助资金", ">=", 1050, "万元"],
        ],
        丁县: [
          ["受益学生", ">=", 900, "人"],
          ["补助资金", ">=", 1000, "万元"],
        ],
      }),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "丁县")!;
    expect(f.message.zh).toContain("疑少写一个 0");
  });
});

describe("宿迁经济技术开发区 files its own table: a district for comparison, like 湖滨新区", () => {
  it("placed by its unit and file name", () => {
    const program = "城乡居民基本医疗保险补助资金";
    const r = compareDistricts([
      source("附件3-宿城区.xlsx", form("宿迁市宿城区医疗保障局", "≥45", program)),
      source("附件3-宿豫区.xlsx", form("宿迁市宿豫区医疗保障局", "≥48", program)),
      source("附件3-湖滨新区.xlsx", form("宿迁市湖滨新区社会事业局", "≥30", program)),
      source("附件3-宿迁经济技术开发区.xlsx", form("宿迁经济技术开发区社会事业局", "≥32", program)),
    ]);
    expect(r.programs[0].districts).toContain("宿迁经济技术开发区");
    expect(r.programs[0].unplaced).toEqual([]);
  });

  it("a 开发区 in a project's name is no district where the district is known", () => {
    const program = "开发区道路建设项目";
    const r = compareDistricts([
      source("附件3-宿城区.xlsx", form("宿迁市宿城区交通运输局", "≥45", program)),
      source("附件3-宿豫区.xlsx", form("宿迁市宿豫区交通运输局", "≥48", program)),
    ]);
    expect(r.programs[0].districts).toEqual(["宿城区", "宿豫区"]);
  });
});

describe("a 合计 whose row a district's slip makes larger than the total is checked, and the slip named", () => {
  it("神木市 22500000 for 2250: the total 9300 is the sum with 2250", () => {
    const r = compareDistricts([
      source(
        "分解表.xlsx",
        yulinRows("合计", [
          ["产出指标", "数量指标", "退耕还林补植补造面积", "亩", 12000, 18000, 15000, 8000, 9000, 62000],
          ["产出指标", "成本指标", "中央财政补助资金", "万元", 1800, 2700, 22500000, 1200, 1350, 9300],
        ]),
      ),
    ]);
    const p = r.programs[0];
    const total = p.indicators.flatMap((i) => i.flags).find((f) => f.code === "TOTAL-DIFF")!;
    // Round 174: named as the OUTLIER names it (元 written for 万元), not as four zeros.
    expect(total.message.zh).toContain("与神木市疑将“元”写作“万元”相符：22500000 → 2250");
    expect(total.message.en).toContain('with "万元" written for "元"');
    expect(p.totalColumns?.[0].checked).toContain("中央财政补助资金");
  });
});

describe("the sheet and the sentences", () => {
  const rates = (v: number): [string, ">=", number, string][] => [["合格率", ">=", v, "%"]];

  it("a bare 0.9 among ≥90%: RATE-FRACTION only, no 未写比较词 beside it", () => {
    const src = districtSource("项目", { 甲县: rates(90), 乙县: rates(95), 丙县: rates(92) });
    // 丁县 writes a bare 0.9, no comparator.
    const ding = { ...src.projects[0], id: 9, row: 20, project: "项目（丁县）", district: "丁县" };
    const bare = {
      ...src.indicators[0],
      projectId: 9,
      row: 20,
      cell: "E20",
      project: "项目（丁县）",
      district: "丁县",
      comparator: "=" as const,
      comparatorWritten: false,
      value: 0.9,
      unit: "",
      target: "0.9",
    };
    const r = compareDistricts([
      { ...src, projects: [...src.projects, ding], indicators: [...src.indicators, bare] },
    ]);
    const codes = r.programs[0].indicators[0].flags.filter((f) => f.district === "丁县").map((f) => f.code);
    expect(codes).toContain("RATE-FRACTION");
    expect(codes).not.toContain("COMPARATOR-DIFF");
  });

  it("1 percentage point, singular", () => {
    const r = compareDistricts([
      districtSource("项目", {
        甲县: rates(90),
        乙县: rates(90),
        丙县: rates(90),
        丁县: rates(91),
      }),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "丁县")!;
    expect(f.message.en).toContain("1 percentage point ");
    expect(f.message.en).not.toContain("1 percentage points");
  });

  it("the legend says a likely slip is 明显偏低 too, as the cell's label does", () => {
    const plan = compareSheetPlan(
      compareDistricts([
        districtSource("项目", {
          甲县: [["天数", ">=", 200, "天"]],
          乙县: [["天数", ">=", 200, "天"]],
          丙县: [["天数", ">=", 210, "天"]],
          丁县: [["天数", ">=", 25, "天"]],
        }),
      ]),
    )!;
    const texts = plan.values.flat().map(String);
    expect(texts.some((t) => t.startsWith("明显偏低"))).toBe(true);
    expect(texts.some((t) => t.includes("疑少写 0 为明显偏低"))).toBe(true);
  });
});
