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

describe("a document's title and a unit's name as context", () => {
  it("reads a title closing with 说明 as a title (…项目绩效目标说明)", () => {
    const r = doc([
      "新乡市卫辉市2024年城乡供水一体化项目绩效目标说明",
      "二、绩效目标\n（一）产出指标\n1.数量指标：新建供水管网86公里。",
    ]);
    expect(r.projects.map((p) => [p.project, p.district])).toEqual([
      ["新乡市卫辉市2024年城乡供水一体化项目", "卫辉市"],
    ]);
  });

  it("takes a unit written before the year out of the title's project (…教育局2024年…专项资金绩效目标)", () => {
    const r = doc([
      "襄阳市襄州区教育局2024年学前教育发展专项资金绩效目标",
      "项目绩效目标：1、产出指标：新增公办幼儿园学位900个；2、满意度指标：幼儿家长满意度90%以上。",
    ]);
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.district])).toEqual([
      ["2024年学前教育发展专项资金", "襄阳市襄州区教育局", "襄州区"],
    ]);
  });

  it("reads the 县级市 between a prefecture named …门市 and a 街道 (江门市台山市台城街道办事处)", () => {
    const r = parseGrid(
      grid([
        ["单位", "项目名称", "绩效目标"],
        [
          "江门市台山市台城街道办事处",
          "台城街道2024年社区综合服务",
          "全年开展社区活动不少于48场，居民满意度不低于85%。",
        ],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["台山市"]);
  });
});

describe("a town's deadline with no year takes the one its project's name writes", () => {
  const read = (project: string, goal: string) =>
    parseGrid(
      grid([
        ["单位", "项目", "绩效目标"],
        ["株洲市渌口区龙船镇人民政府", project, goal],
      ]),
    ).indicators.filter((i) => i.kind === "date");

  it("completes 10月底前 and 年内 with the name's year", () => {
    expect(
      read(
        "龙船镇2024年农村公益事业奖补",
        "硬化村组道路4.5公里，10月底前全部完工，群众满意度达到90%以上。",
      ).map((i) => i.date),
    ).toEqual(["2024-10-31"]);
    expect(read("郭城驿镇2024年人居环境整治", "清理垃圾120吨，年内完成。").map((i) => i.date)).toEqual([
      "2024",
    ]);
  });

  it("leaves it open where the name writes no year, or two", () => {
    expect(
      read("龙船镇农村公益事业奖补", "硬化村组道路4.5公里，10月底前全部完工。").map((i) => i.date),
    ).toEqual([null]);
    expect(
      read("龙船镇2024—2026年农村公益事业奖补", "硬化村组道路4.5公里，10月底前全部完工。").map((i) => i.date),
    ).toEqual([null]);
  });
});

describe("一 counting after a period (保洁每天一次), as 两 does (巡查每周两次)", () => {
  it("reads the act as the name and 一次 as its count", () => {
    const r = parseGrid(
      grid([
        ["单位", "项目名称", "年度目标"],
        [
          "大连市甘井子区红旗街道办事处",
          "红旗街道2024年老旧小区物业补助",
          "覆盖居民约8600户，保洁每天一次，巡查每周两次，群众满意度90%以上。",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind])).toEqual([
      ["覆盖居民", "=", 8600, "户", "quantitative"],
      ["保洁", "=", 1, "次", "quantitative"],
      ["巡查", "=", 2, "次", "quantitative"],
      ["群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });
});

describe("a time of day the work is done by, after the name (每日清扫时间5:00前完成首遍清扫)", () => {
  it("names the indicator by the words before the time, the time and its work the target", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        [
          "城区环卫保洁",
          "1.数量指标：清扫面积620万平方米\n2.质量指标：清扫达标率≥98%\n3.时效指标：每日清扫时间5:00前完成首遍清扫",
        ],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.target, i.kind])).toEqual([
      ["清扫面积", "620万平方米", "quantitative"],
      ["清扫达标率", "≥98%", "quantitative"],
      ["每日清扫时间", "5:00前完成首遍清扫", "qualitative"],
    ]);
  });
});
