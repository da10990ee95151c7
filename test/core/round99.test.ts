/**
 * Round 99 (a probe of fourteen published tables): habits the parser misread — a weight "（10分）" after a
 * date or a period target read as the target.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { recordsIn2025 } from "../support/packedCell";

/** Packed columns, one per 一级, every line ending with its weight (as Inner Mongolia writes them). */
const packedByLevel1 = (output: string) =>
  parseGrid(
    grid([
      ["某区2025年项目支出绩效目标表", null, null],
      ["项目名称", "产出指标", "效益指标"],
      ["某项目", output, "1.带动群众增收：稳定增加（10分）"],
    ]),
  ).indicators;

describe("round 99: a weight after a date or a period target", () => {
  it("reads the date, not the weight, as the target", () => {
    const got = packedByLevel1(
      "1.发放人数≥120人（10分）\n2.资金发放时间：2025年12月底前（10分）\n3.完成时限：2025年10月（10分）\n4.演出完成时间：全年（10分）",
    ).map((i) => [i.name, i.kind, i.value, i.unit, i.date]);
    expect(got).toEqual([
      ["发放人数", "quantitative", 120, "人", null],
      ["资金发放时间", "date", null, "", "2025-12-31"],
      ["完成时限", "date", null, "", "2025-10"],
      ["演出完成时间", "date", null, "", "2025"],
      ["带动群众增收", "qualitative", null, "", null],
    ]);
  });

  it("keeps a score that is the only target (考核得分（90分）)", () => {
    const got = packedByLevel1("1.考核得分（90分）").map((i) => [i.name, i.value, i.unit]);
    expect(got[0]).toEqual(["考核得分", 90, "分"]);
  });
});

describe("round 99: the department a title names over its group rows' units", () => {
  it("keeps the title's body as the department of every unit (本级, 执法支队, 研究所)", () => {
    const r = parseGrid(
      grid([
        ["某市农业农村局2025年度项目支出绩效目标表"],
        ["序号", "单位名称", "项目名称", "年度绩效目标", "绩效指标"],
        ["一", "某市农业农村局本级", null, null, null],
        [1, "某市农业农村局", "农田建设管理经费", "完成验收。", "（1）数量指标：验收项目≥12个。"],
        ["二", "某市农业综合执法支队", null, null, null],
        [2, "某市农业综合执法支队", "农资打假经费", "开展执法。", "（1）数量指标：检查门店≥800家次。"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.department])).toEqual([
      ["农田建设管理经费", "某市农业农村局", "某市农业农村局"],
      ["农资打假经费", "某市农业综合执法支队", "某市农业农村局"],
    ]);
  });

  it("keeps a group row naming a department as the department (教育局 under a county's title)", () => {
    const r = parseGrid(
      grid([
        ["某县2025年度项目支出绩效目标表"],
        ["序号", "单位名称", "项目名称", "年度绩效目标", "绩效指标"],
        ["一", "某县教育局", null, null, null],
        [1, "某县第一中学", "校舍维修", "完成维修。", "（1）数量指标：维修校舍≥3栋。"],
      ]),
    );
    expect(r.projects.map((p) => p.department)).toEqual(["某县教育局"]);
  });
});

describe("round 99: a budget code in brackets after the department (主管部门及代码)", () => {
  it("reads 新乡市交通运输局[206001] as 新乡市交通运输局", () => {
    const r = parseGrid(
      grid([
        ["项目支出绩效目标申报表"],
        ["（2025年度）"],
        ["项目名称", "农村公路养护工程", null, null, null],
        ["主管部门及代码", "某市交通运输局[206001]", null, "实施单位", "某市公路事业发展中心（301002）"],
        ["一级指标", "二级指标", "三级指标", "指标值", null],
        ["产出指标", "数量指标", "日常养护里程", "2100公里", null],
      ]),
    );
    expect(r.projects.map((p) => [p.department, p.budgetUnit])).toEqual([
      ["某市交通运输局", "某市公路事业发展中心"],
    ]);
    expect(r.indicators.map((i) => [i.department, i.budgetUnit])).toEqual([
      ["某市交通运输局", "某市公路事业发展中心"],
    ]);
  });
});

const packed = recordsIn2025;

describe("round 99: targets written right after their names", () => {
  it("reads 延长 (明显延长) as a qualitative target", () => {
    expect(
      packed("可持续影响指标：道路使用寿命延长\n可持续影响指标：设施使用寿命明显延长").map((i) => [
        i.name,
        i.target,
        i.kind,
      ]),
    ).toEqual([
      ["道路使用寿命", "延长", "qualitative"],
      ["设施使用寿命", "明显延长", "qualitative"],
    ]);
  });

  it("reads a grade on a standard's scale with its verb as the target (达国标三级以上)", () => {
    expect(
      packed("质量指标：示范区稻谷品质达国标三级以上。\n质量指标：地表水水质达Ⅲ类以上").map((i) => [
        i.name,
        i.target,
        i.kind,
      ]),
    ).toEqual([
      ["示范区稻谷品质", "达国标三级以上", "qualitative"],
      ["地表水水质", "达Ⅲ类以上", "qualitative"],
    ]);
  });
});

describe("round 99: a ratio of one to so many", () => {
  it("reads so many as the value and keeps the ratio as the target (创业带动就业比例:1:3)", () => {
    expect(
      packed("数量指标：创业带动就业比例:1:3\n数量指标：师生比1：15\n数量指标：岗位配比1:1").map((i) => [
        i.name,
        i.target,
        i.comparator,
        i.value,
        i.unit,
        i.kind,
      ]),
    ).toEqual([
      ["创业带动就业比例", "1:3", "=", 3, "", "quantitative"],
      ["师生比", "1：15", "=", 15, "", "quantitative"],
      ["岗位配比", "1:1", "=", 1, "", "quantitative"],
    ]);
  });
});

describe("round 99: counts by level listed with 、", () => {
  it("reads 区级1个、镇（街道）级13个 as one target, its first figure the value", () => {
    expect(
      packed("数量指标：服务站数量：区级1个、镇（街道）级13个\n数量指标：培训人数≥50人、发放手册≥200册").map(
        (i) => [i.name, i.target, i.value, i.unit],
      ),
    ).toEqual([
      ["服务站数量", "区级1个、镇（街道）级13个", 1, "个"],
      ["培训人数", "≥50人", 50, "人"],
      ["发放手册", "≥200册", 200, "册"],
    ]);
  });
});
