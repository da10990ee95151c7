/**
 * Round 220, reading: the fourth generalisation inbox (round220.gold.ts). The misreads its harder half found, each
 * read as the gold says now.
 */
import type { CellValue } from "../../src/core/grid";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) => parseGrid(grid(rows));

describe("a 分解表 headed 县（市、特区、区） (贵州's, 六枝特区 among its places)", () => {
  it("reads a project per place, 六枝特区 and the others", () => {
    const r = read([
      ["六盘水市2025年农村饮水安全维修养护资金绩效目标分解表", "", "", ""],
      ["县（市、特区、区）", "资金（万元）", "维修养护供水工程（处）", "农村自来水普及率（%）"],
      ["六枝特区", 260, "≥45", "≥92"],
      ["盘州市", 420, "≥80", "≥93"],
      ["钟山区", 90, "≥12", "≥98"],
    ]);
    expect(r.indicators.map((i) => [i.district, i.name, i.comparator, i.value, i.unit])).toEqual([
      ["六枝特区", "维修养护供水工程", ">=", 45, "处"],
      ["六枝特区", "农村自来水普及率", ">=", 92, "%"],
      ["盘州市", "维修养护供水工程", ">=", 80, "处"],
      ["盘州市", "农村自来水普及率", ">=", 93, "%"],
      ["钟山区", "维修养护供水工程", ">=", 12, "处"],
      ["钟山区", "农村自来水普及率", ">=", 98, "%"],
    ]);
  });

  it("reads 县（市、特区）, 县（市、区、特区） and 县市特区 heads too", () => {
    for (const head of ["县（市、特区）", "县（市、区、特区）", "县市特区"]) {
      const r = read([
        ["六盘水市2025年农村饮水安全维修养护资金绩效目标分解表", "", "", ""],
        [head, "资金（万元）", "维修养护供水工程（处）", "农村自来水普及率（%）"],
        ["六枝特区", 260, "≥45", "≥92"],
        ["盘州市", 420, "≥80", "≥93"],
      ]);
      expect([head, r.projects.map((p) => p.district)]).toEqual([head, ["六枝特区", "盘州市"]]);
    }
  });
});

describe("a deadline without its year before a long deed (年底前完成互市贸易区信息化平台升级)", () => {
  const names = (cell: string) =>
    read([
      ["项目名称", "绩效目标"],
      ["满洲里市边民互市贸易区运营补助", cell],
    ]).indicators.map((i) => [i.name, i.kind, i.value]);

  it("closes a date of its own, the figure after it its own indicator", () => {
    expect(
      names(
        "通关查验平均时长控制在2小时以内，年底前完成互市贸易区信息化平台升级，参与边民人均增收3000元以上。",
      ),
    ).toEqual([
      ["通关查验平均时长", "quantitative", 2],
      ["完成互市贸易区信息化平台升级", "date", null],
      ["参与边民人均增收", "quantitative", 3000],
    ]);
    expect(names("12月底前完成边境村屯道路硬化及亮化工程，受益边民1200人。")).toEqual([
      ["完成边境村屯道路硬化及亮化工程", "date", null],
      ["受益边民", "quantitative", 1200],
    ]);
  });
});

describe("the year's work named at length after a figure (年内完成全旗肉羊养殖信息化监测平台建设)", () => {
  it("closes a date of its own between two figures, as 年内完成平台建设 does", () => {
    const r = read([
      ["项目名称", "绩效目标"],
      [
        "准格尔旗肉羊标准化养殖提升",
        "推广肉羊良种1.5万只，年内完成全旗肉羊养殖信息化监测平台建设，带动养殖户户均增收2000元以上。",
      ],
    ]);
    expect(r.indicators.map((i) => [i.name, i.target, i.kind])).toEqual([
      ["推广肉羊良种", "1.5万只", "quantitative"],
      ["完成全旗肉羊养殖信息化监测平台建设", "年内", "date"],
      ["带动养殖户户均增收", "2000元以上", "quantitative"],
    ]);
  });
});
