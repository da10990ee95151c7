/**
 * Round 126: a document whose only indicators are a 项目年度绩效目标：一是…；二是… line, and prose habits of
 * towns and documents.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const doc = (lines: string[]) => parseGrid(grid(lines.map((t) => [t])));

describe("a goal's line listing 一是…；二是… with no section of indicators below it", () => {
  const goal =
    "项目年度绩效目标：一是新建社区嵌入式养老服务站点6个；二是建设普惠托育机构2所，新增托位120个；三是项目于2024年11月底前完成建设并投入运营，服务对象满意度达到90%以上。";

  it("reads the clauses as the indicators, under a title or alone", () => {
    for (const lines of [[goal], ["包头市东河区2024年“一老一小”服务项目绩效目标", goal]]) {
      const r = doc(lines);
      expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind, i.date])).toEqual([
        ["新建社区嵌入式养老服务站点", "=", 6, "个", "quantitative", null],
        ["建设普惠托育机构", "=", 2, "所", "quantitative", null],
        ["新增托位", "=", 120, "个", "quantitative", null],
        ["完成建设并投入运营", null, null, "", "date", "2024-11-30"],
        ["服务对象满意度", ">=", 90, "%", "quantitative", null],
      ]);
    }
  });

  it("stays the goal where the indicators follow under their categories", () => {
    const r = doc([
      "项目名称：某镇养老服务项目",
      "项目年度绩效目标：一是新建站点6个；二是服务对象满意度达到90%以上。",
      "产出指标：新建养老服务站点6个；",
      "满意度指标：服务对象满意度≥90%。",
    ]);
    expect(r.indicators.map((i) => i.name)).toEqual(["新建养老服务站点", "服务对象满意度"]);
    expect(r.projects[0].goal).toBe("一是新建站点6个；二是服务对象满意度达到90%以上。");
  });
});
