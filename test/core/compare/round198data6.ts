/**
 * Round 198's sixth batch, written before the run: deadlines, units and comparators written in the many
 * ways districts write the same thing (packed cells), and 申报表 forms a sheet per district.
 */
import type { CellValue } from "../../../src/core/grid";
import type { CompareSource } from "../../../src/core/compare";
import { gridSource } from "./helpers";
import type { Case } from "./round198data";

type Row = CellValue[];

/** Y: 成都 城乡居民医保, packed cells; one deadline in 2026, the rest the same date written five ways. */
function chengduWays(): CompareSource[] {
  const ds: [string, string, string, string][] = [
    // county, 补助标准, 及时率, 拨付时间
    ["都江堰市", "640元/人·年", "100%", "2025年12月31日前"],
    ["彭州市", "640元/（人·年）", "100%", "2025年12月底前"],
    ["邛崃市", "640元/人/年", "100%", "12月底前"],
    ["崇州市", "640元/人·年", "≥100%", "2025年12月底前"],
    ["简阳市", "640元/人·年", "100%", "年底前"],
    ["金堂县", "640元/人·年", "100%", "2026年3月底前"],
    ["大邑县", "0.064万元/人·年", "100%", "2025年11月30日前"],
  ];
  const rows: Row[] = [
    ["成都市2025年城乡居民基本医疗保险市级补助资金绩效目标汇总表"],
    ["序号", "区（市）县", "项目名称", "绩效指标"],
  ];
  ds.forEach(([d, std, rate, due], i) =>
    rows.push([
      i + 1,
      d,
      "城乡居民基本医疗保险市级补助资金",
      `一、产出指标\n1.成本指标：人均财政补助标准${std}\n2.时效指标：补助资金拨付及时率${rate}；补助资金拨付时间${due}\n二、满意度指标\n参保群众满意度≥90%`,
    ]),
  );
  return [gridSource("成都医保汇总.xlsx", rows)];
}

/** Z: 成都 社区养老, a 申报表 form a sheet per district, the district only in the 实施单位 line. */
function chengduForms(): CompareSource[] {
  const ds: [string, number, string][] = [
    ["金牛区", 42, "≥95%"],
    ["武侯区", 38, "≥95%"],
    ["成华区", 35, "≥95%"],
    ["锦江区", 30, "≥95%"],
    ["青羊区", 4, "≥95%"],
    ["新都区", 28, "≥85%"],
  ];
  return ds.map(([d, n, rate], i) =>
    gridSource(
      `社区养老申报表.xlsx · 表${i + 1}`,
      [
        ["项目支出绩效目标申报表"],
        ["（2025年度）"],
        ["项目名称", "社区养老服务设施运营补贴", null, null],
        ["主管部门", `成都市${d}民政局`, "实施单位", `成都市${d}民政局`],
        [
          "年度绩效目标",
          "对辖区社区养老服务综合体和日间照料中心给予运营补贴，提升社区养老服务能力。",
          null,
          null,
        ],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴社区养老服务设施数量", `${n}个`],
        [null, "质量指标", "设施运营合格率", rate],
        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"],
      ],
      `表${i + 1}`,
    ),
  );
}

export const CASES6: Case[] = [
  {
    id: "Y 成都医保（同一期限、单位的多种写法）",
    sources: chengduWays,
    districts: ["都江堰市", "彭州市", "邛崃市", "崇州市", "简阳市", "金堂县", "大邑县"],
    flags: [
      { code: "DATE-DIFF", district: "金堂县", indicator: "补助资金拨付时间" },
      { code: "COMPARATOR-DIFF", district: "崇州市", indicator: "补助资金拨付及时率" },
    ],
    notes: ["大邑县 写作“0.064万元/人·年”"],
  },
  {
    id: "Z 成都社区养老（申报表，每区一表）",
    sources: chengduForms,
    districts: ["金牛区", "武侯区", "成华区", "锦江区", "青羊区", "新都区"],
    flags: [
      // 4 among 28–42: a slip (40) or a small district — the table cannot tell; a reviewer asks.
      { code: "OUTLIER", district: "青羊区", indicator: "补贴社区养老服务设施数量" },
      { code: "OUTLIER", district: "新都区", indicator: "设施运营合格率" },
    ],
    notes: [],
  },
];
