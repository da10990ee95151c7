/**
 * Round 96 (a review probe of ten county tables): habits the parser misread into false alarms and a
 * merged item — a flood season as a deadline, 四、五类 as a list of classes, 2.12345 after 1.…；, 按月考核,
 * 全年365天不间断作业, and a heading over a list of named members.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { recordsIn2025 } from "../support/packedCell";

const packed = recordsIn2025;

const read = (cell: string) =>
  packed(cell).map((i) => [i.name, i.target, i.kind, i.level2 ?? i.level2Inferred]);

describe("round 96: a flood season written before the work as its deadline", () => {
  it("reads 汛前完成维修养护任务 as the work named and 汛前 its deadline, as 10月底前完成X is read", () => {
    expect(
      read(
        "产出指标：1.维修养护水库数量118座；2.工程合格率100%；3.汛前完成维修养护任务。\n效益指标：1.保护下游人口≥5.6万人。",
      ),
    ).toEqual([
      ["维修养护水库数量", "118座", "quantitative", "数量指标"],
      ["工程合格率", "100%", "quantitative", "质量指标"],
      ["完成维修养护任务", "汛前", "date", "时效指标"],
      ["保护下游人口", "≥5.6万人", "quantitative", "社会效益指标"],
    ]);
  });

  it("reads 汛期前, 主汛期前 and 雨季来临前 alike, and keeps a season with its date in brackets or after a year", () => {
    expect(
      read(
        "时效指标：1.汛期前完成水毁修复；2.主汛期前完成清淤；3.雨季来临前完成排查；4.汛前（5月15日前）完成主体工程；5.2025年汛前完工",
      ),
    ).toEqual([
      ["完成水毁修复", "汛期前", "date", "时效指标"],
      ["完成清淤", "主汛期前", "date", "时效指标"],
      ["完成排查", "雨季来临前", "date", "时效指标"],
      ["完成主体工程", "汛前（5月15日前）", "date", "时效指标"],
      ["完工", "2025年汛前", "date", "时效指标"],
    ]);
  });

  it("reads 汛前 alone in a target column as a deadline, and 汛期时 (a condition) as none", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "主体工程完工时间", "汛前"],
        ["产出指标", "数量指标", "资料查询访问量", "汛期时，每天约300人次"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.kind, i.value])).toEqual([
      ["主体工程完工时间", "date", null],
      ["资料查询访问量", "quantitative", 300],
    ]);
  });
});

describe("round 96: 四、五类 is a list of classes, not the numbering 四、", () => {
  it("keeps 四、五类危桥底数 whole as the name, with 全面摸清 its qualitative target", () => {
    expect(read("效益指标：1.四、五类危桥底数全面摸清。\n满意度指标：群众满意度≥90%。")).toEqual([
      ["四、五类危桥底数", "全面摸清", "qualitative", "社会效益指标"],
      ["群众满意度", "≥90%", "quantitative", "服务对象满意度指标"],
    ]);
  });

  it("keeps 四、五类 in a 三级 cell of a rows table, while 一、 before a heading still numbers it", () => {
    const r = parseGrid(
      grid([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "社会效益指标", "四、五类危桥底数", "全面摸清"],
        ["产出指标", "数量指标", "三、四级公路养护里程", "≥120公里"],
      ]),
    );
    expect(r.indicators.map((i) => [i.name, i.target])).toEqual([
      ["四、五类危桥底数", "全面摸清"],
      ["三、四级公路养护里程", "≥120公里"],
    ]);
    expect(read("一、产出指标：1.培训人数≥50人。二、效益指标：1.群众满意度≥90%").map((i) => i[0])).toEqual([
      "培训人数",
      "群众满意度",
    ]);
  });
});

describe("round 96: N. before digits after a sentence, where the numbering runs on", () => {
  it("reads 2.12345市容类投诉量 after 1.…； as item 2, not the decimal 2.12345", () => {
    const items = packed(
      "产出指标：1.开展整治行动≥12次；2.投诉办结率100%。\n效益指标：1.市容秩序明显好转；2.12345市容类投诉量较上年下降≥10%。",
    );
    expect(items.map((i) => [i.seq, i.name, i.target])).toEqual([
      [1, "开展整治行动", "≥12次"],
      [2, "投诉办结率", "100%"],
      [1, "市容秩序", "明显好转"],
      [2, "12345市容类投诉量较上年下降", "≥10%"],
    ]);
  });

  it("reads 2.10月底前完成 after 1.…； as item 2, and keeps a decimal where the numbering does not run on", () => {
    expect(read("1.维修养护水库数量118座；2.10月底前完成维修养护任务")).toEqual([
      ["维修养护水库数量", "118座", "quantitative", "数量指标"],
      ["完成维修养护任务", "10月底前", "date", "时效指标"],
    ]);
    // No 1. before it: 2.5万元 is a figure.
    expect(packed("培训人数100人；2.5万元").map((i) => [i.value, i.unit])).toEqual([
      [100, "人"],
      [25000, "元"],
    ]);
  });
});

describe("round 96: a frequency as the target", () => {
  it("reads 按月考核 as a schedule (时效), never a name with no target", () => {
    expect(read("产出指标：1.养护绿地面积≥980万平方米；2.苗木成活率≥95%；3.按月考核。")).toEqual([
      ["养护绿地面积", "≥980万平方米", "quantitative", "数量指标"],
      ["苗木成活率", "≥95%", "quantitative", "质量指标"],
      ["", "按月考核", "qualitative", "时效指标"],
    ]);
    expect(read("养护质量按季度督查")).toEqual([["养护质量", "按季度督查", "qualitative", "时效指标"]]);
  });
});

describe("round 96: the whole year in days, worked without a break", () => {
  it("reads 全年365天不间断作业 as a period (时效), while a count of days stays a count", () => {
    expect(
      read("1.全年365天不间断作业；2.全年作业天数365天；3.出勤天数≥300天；4.全年保洁365天").map((i) => [
        i[2],
        i[3],
      ]),
    ).toEqual([
      ["date", "时效指标"],
      ["quantitative", "数量指标"],
      ["quantitative", "数量指标"],
      ["quantitative", "数量指标"],
    ]);
    expect(packed("保洁作业365天全天候")[0].kind).toBe("date");
  });
});

describe("round 96: a heading over a list of named members", () => {
  it("names the first member of 补贴标准：生活补贴≥80元，护理补贴≥80元 as the others are", () => {
    expect(
      packed("成本指标：补贴标准：生活补贴≥80元/人·月，护理补贴≥80元/人·月。").map((i) => [
        i.name,
        i.value,
        i.unit,
      ]),
    ).toEqual([
      ["生活补贴", 80, "元/人·月"],
      ["护理补贴", 80, "元/人·月"],
    ]);
    // (Members named by a group's word alone are named under the heading: 补助标准（一级）, round 151.)
    expect(packed("补助标准：一级≥500元，二级≥300元").map((i) => [i.name, i.value, i.unit])).toEqual([
      ["补助标准（一级）", 500, "元"],
      ["补助标准（二级）", 300, "元"],
    ]);
  });

  it("keeps the heading as the name where no list follows (a numbered item ends at ；)", () => {
    expect(packed("1.补贴标准：生活补贴≥80元/人·月；2.补贴人数≥100人").map((i) => i.name)).toEqual([
      "补贴标准",
      "补贴人数",
    ]);
  });
});
