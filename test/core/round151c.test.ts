/**
 * Round 151 (c): a PDF's line breaks kept in a rows table's names, units and project name (内江 公安 雪亮工程); a
 * unit's per cut to one character (次/断 of 次/断面); 夯实 and its kin not read as a qualitative target.
 */
import { proposeCleanup } from "../../src/core/cleanup";
import { defaultCleanupSettings } from "../../src/core/cleanup/settings";
import { parseGrid } from "../../src/core/parse";
import { joinWraps } from "../../src/core/text/item/names";
import { parseTarget } from "../../src/core/text/target";
import { grid } from "../support/grid";

/** name, comparator, value, unit, kind of each indicator. */
function read(rows: (string | null)[][]) {
  return parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);
}

describe("C: a PDF's line breaks in a rows table's cells of one name or unit (内江 公安)", () => {
  const rows = [
    ["内江市公安局2024年项目支出绩效目标表", null, null, null],
    ["项目名称", "“雪亮工程”\n运维经费", null, null],
    ["一级\n指标", "二级\n指标", "三级指标", "指标值"],
    ["产出\n指标", "数量\n指标", "视频监控点位\n运维数量", "≥5600\n个"],
    [null, "成本\n指标", "单点位年运维\n成本", "≤800元\n/点·年"],
    ["满意\n度指\n标", "服务对\n象满意\n度指标", "群众安全感满\n意度", "≥95%"],
  ];
  const parsed = parseGrid(grid(rows));

  it("reads the wrapped names and the project's name whole, and the unit across its wrap", () => {
    expect(parsed.projects.map((p) => p.project)).toEqual(["“雪亮工程”运维经费"]);
    expect(parsed.indicators.map((i) => [i.level2, i.name, i.comparator, i.value, i.unit])).toEqual([
      ["数量指标", "视频监控点位运维数量", ">=", 5600, "个"],
      ["成本指标", "单点位年运维成本", "<=", 800, "元/点·年"],
      ["服务对象满意度指标", "群众安全感满意度", ">=", 95, "%"],
    ]);
  });

  it("keeps the cells as written in the record's text and target", () => {
    expect(parsed.indicators[1].text).toBe("成本\n指标 | 单点位年运维\n成本 | ≤800元\n/点·年");
    expect(parsed.indicators[1].target).toBe("≤800元\n/点·年");
  });

  it("still offers removing the break in the 三级 cell (cleanup SPACE), the name being read whole", () => {
    const edits = proposeCleanup(grid(rows.map((r) => [...r])), defaultCleanupSettings()).edits;
    const space = edits.filter((e) => e.kind === "cell" && e.rule === "SPACE" && e.cell === "C4");
    expect(space.map((e) => e.kind === "cell" && [e.after, e.applied])).toEqual([
      ["视频监控点位运维数量", false],
    ]);
  });

  it("joins a 计量单位 cell's wrap, and a project column's name", () => {
    expect(
      parseGrid(
        grid([
          ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
          [
            "农村饮水安全\n工程维修养护",
            "成本指标",
            "经济成本指标",
            "单处工程维修\n成本",
            "≤3000",
            "元/\n处·年",
          ],
        ]),
      ).indicators.map((i) => [i.project, i.name, i.value, i.unit]),
    ).toEqual([["农村饮水安全工程维修养护", "单处工程维修成本", 3000, "元/处·年"]]);
  });

  it("keeps a break before a numbered item, a label, beside punctuation, or under a name's end", () => {
    expect(joinWraps("合格率\n2、达标率")).toBe("合格率\n2、达标率");
    expect(joinWraps("巡查企业\n数量指标：培训人数")).toBe("巡查企业\n数量指标：培训人数");
    expect(joinWraps("满意度\n（问卷调查）")).toBe("满意度\n（问卷调查）");
    expect(joinWraps("巡查企业数\n培训人数")).toBe("巡查企业数\n培训人数");
    expect(joinWraps("刑事案件发案\n数")).toBe("刑事案件发案数");
    expect(joinWraps("PM2.5\n浓度")).toBe("PM2.5浓度");
  });
});

describe("G: a unit's per read as a whole word (次/断面, not 次/断)", () => {
  it.each([
    ["≥12次/断面", "次/断面"],
    ["巡查≥4次/站点；", "次/站点"],
    ["采样≥2次/监测点，", "次/监测点"],
    ["≤5000元/终端", "元/终端"],
    ["2次/年度", "次/年度"],
    ["≥4次/监测断面以上", "次/监测断面"],
  ])("%s → %s", (target, unit) => {
    expect(parseTarget(target).unit).toBe(unit);
  });

  it("keeps a listed per before words that are no unit, and the per's one character mid-sentence", () => {
    expect(parseTarget("1次/月及时").unit).toBe("次/月");
    expect(parseTarget("3次/批次").unit).toBe("次/批次");
    expect(parseTarget("50条/笼式足球场").unit).toBe("条/笼");
  });

  it("reads the unit in a packed cell's items", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        ["水质监测", "产出指标：监测频次≥12次/断面；巡查≥4次/站点"],
      ]),
    ).toEqual([
      ["监测频次", ">=", 12, "次/断面", "quantitative"],
      ["巡查", ">=", 4, "次/站点", "quantitative"],
    ]);
  });
});

describe("H: 夯实 and its kin close a qualitative target (人才储备进一步夯实)", () => {
  it("reads the state after the name as the target", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        [
          "全民健身",
          "社会效益指标：青少年体育后备人才储备进一步夯实；安全生产防线持续筑牢；困难群众兜底保障网进一步织密；主体责任层层压实",
        ],
      ]),
    ).toEqual([
      ["青少年体育后备人才储备", null, null, "", "qualitative"],
      ["安全生产防线", null, null, "", "qualitative"],
      ["困难群众兜底保障网", null, null, "", "qualitative"],
      ["主体责任", null, null, "", "qualitative"],
    ]);
  });

  it("splits 夯实 off a figure's clause before it", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        ["易地搬迁后续扶持", "社会效益指标：服务搬迁群众5130人，搬迁群众“稳得住”基础进一步夯实"],
      ]),
    ).toEqual([
      ["服务搬迁群众", "=", 5130, "人", "quantitative"],
      ["搬迁群众“稳得住”基础", null, null, "", "qualitative"],
    ]);
  });
});
