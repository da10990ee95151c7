/**
 * Round 124a: towns' comma-chained prose — a state, a deed done in time or a standard met before a clause with a
 * figure of its own; an event that must not happen inside a numbered item; a ； after …以上 before a deed counted.
 */
import { readBrief, records } from "../support/packedCell";

const read = readBrief;

describe("words with no figure before a name and its figure (保持畅通，养护成本…)", () => {
  it("are a statement of their own; the figure keeps its own name", () => {
    expect(read("雨季期间道路保持畅通，养护成本每公里不超过0.7万元")).toEqual([
      ["雨季期间道路", null, null, "", "qualitative"],
      ["养护成本", "<=", 7000, "元", "quantitative"],
    ]);
    expect(read("农村饮水安全得到保障，受益人口3500人")).toEqual([
      ["农村饮水安全", null, null, "", "qualitative"],
      ["受益人口", "=", 3500, "人", "quantitative"],
    ]);
    expect(read("修缮工程符合文物保护要求，验收合格率100%。")).toEqual([
      ["修缮工程", null, null, "", "qualitative"],
      ["验收合格率", "=", 100, "%", "quantitative"],
    ]);
    expect(read("垃圾日产日清，清运量约25吨/日，群众满意度85%以上。")).toEqual([
      ["垃圾", null, null, "", "qualitative"],
      ["清运量", "=", 25, "吨/日", "quantitative"],
      ["群众满意度", ">=", 85, "%", "quantitative"],
    ]);
  });

  it("also before a figure reached with 达 (打捞及时，河道保洁合格率达98%以上)", () => {
    expect(read("水面漂浮物打捞及时，河道保洁合格率达98%以上。").map((r) => r[0])).toEqual([
      "水面漂浮物打捞",
      "河道保洁合格率",
    ]);
  });

  it("a deed done in time takes no rate after it; a state reached may be measured by one", () => {
    expect(read("救助资金及时足额发放到位，救助对象识别准确率100%")).toEqual([
      ["救助资金", null, null, "", "qualitative"],
      ["救助对象识别准确率", "=", 100, "%", "quantitative"],
    ]);
    // A state reached and a bare rate: the rate may be the state's measure (prose.test.ts).
    expect(read("农民种粮收益稳定，补贴到户率100%")).toEqual([
      ["农民种粮收益稳定", "=", 100, "%", "quantitative"],
    ]);
    // The words name the figure's subject: one.
    expect(read("报修处理及时，报修处理及时率100%").length).toBe(1);
  });
});

describe("an event that must not happen (全年无安全事故)", () => {
  it("is cut after a figure and before a satisfaction, also inside a numbered item", () => {
    expect(read("组织防汛演练不少于2次，全年无安全事故，群众满意度90%。")).toEqual([
      ["组织防汛演练", ">=", 2, "次", "quantitative"],
      ["安全事故", null, null, "", "qualitative"],
      ["群众满意度", "=", 90, "%", "quantitative"],
    ]);
    expect(read("1.组织防汛演练不少于2次，全年无安全事故，群众满意度90%。2.清运率100%。")).toEqual([
      ["组织防汛演练", ">=", 2, "次", "quantitative"],
      ["安全事故", null, null, "", "qualitative"],
      ["群众满意度", "=", 90, "%", "quantitative"],
      ["清运率", "=", 100, "%", "quantitative"],
    ]);
  });
});

describe("a ； after a rate and its bound (60%以上；) before a deed counted", () => {
  it("ends the rate's indicator; a stage in the rate's unit goes on it", () => {
    expect(read("资源化利用率60%以上；12月底前完成8个村设施改造。")).toEqual([
      ["资源化利用率", ">=", 60, "%", "quantitative"],
      ["12月底前完成8个村设施改造", "=", 8, "个村", "quantitative"],
    ]);
    expect(read("资源化利用率≥60%；12月底前完成8个村设施改造，村庄环境整洁有序。").map((r) => r[0])).toEqual([
      "资源化利用率",
      "12月底前完成8个村设施改造",
      "村庄环境",
    ]);
    expect(read("支付进度：一季度25%；二季度50%；三季度75%；四季度100%")).toEqual([
      ["支付进度", "=", 100, "%", "quantitative"],
    ]);
  });
});

describe("a deadline after a figure or a statement (9月开学前完成)", () => {
  it("is a date of its own, cut from the figure before", () => {
    expect(read("改造食堂2所，受益学生560人，9月开学前完成")).toEqual([
      ["改造食堂", "=", 2, "所", "quantitative"],
      ["受益学生", "=", 560, "人", "quantitative"],
      ["开学前完成", "date", null],
    ]);
  });

  it("for the statement's own deed says when it is done: one", () => {
    expect(read("低保金按月发放，每月10日前发放到位。")).toEqual([["低保金按月发放", "date", null]]);
    expect(read("3.时效指标：低保金按月发放，每月10日前发放到位。")).toEqual([
      ["低保金按月发放", "date", null],
    ]);
    expect(read("垃圾日产日清，12月底前完成全年保洁任务").length).toBe(2);
  });
});

describe("an event that must not happen before a name and its figure (全年无安全事故，清运率100%)", () => {
  it("keeps the figure with its own name", () => {
    expect(read("组织演练不少于2次，全年无安全事故，清运率100%。")).toEqual([
      ["组织演练", ">=", 2, "次", "quantitative"],
      ["安全事故", null, null, "", "qualitative"],
      ["清运率", "=", 100, "%", "quantitative"],
    ]);
  });
});

describe("a deadline by a season of work or with its date in brackets (春灌前, 采暖季前, 汛前（5月31日前）)", () => {
  it("is a date of its own before a figure or a state", () => {
    expect(read("春灌前完成维修，灌溉保证率达到85%，")).toEqual([
      ["完成维修", "date", null],
      ["灌溉保证率", ">=", 85, "%", "quantitative"],
    ]);
    expect(read("汛前（5月31日前）完成，防汛物资完好率100%。")).toEqual([
      ["完成", "date", null],
      ["防汛物资完好率", "=", 100, "%", "quantitative"],
    ]);
    expect(read("采暖季前全部完工，散煤燃烧污染有效遏制，空气质量优良天数比例较上年提高；")).toEqual([
      ["全部完工", "date", null],
      ["散煤燃烧污染", null, null, "", "qualitative"],
      ["空气质量优良天数比例", null, null, "", "qualitative"],
    ]);
  });

  it("after a verb is the work's, not a date of its own (完成入冬前检修)", () => {
    expect(records("10月15日前完成入冬前检修").map((i) => [i.name, i.kind])).toEqual([
      ["完成入冬前检修", "date"],
    ]);
  });
});

describe("an event that must not happen after a deed done in time (河道漂浮物及时清理，全年无黑臭水体反弹)", () => {
  it("is cut from it, and names what must not come back", () => {
    expect(read("河道漂浮物及时清理，全年无黑臭水体反弹。")).toEqual([
      ["河道漂浮物", null, null, "", "qualitative"],
      ["黑臭水体反弹", null, null, "", "qualitative"],
    ]);
  });
});

describe("a task that leads in (开展河道保洁，…) before whole indicators", () => {
  it("names none of them; the clauses after it are cut as they would be alone, also in a numbered item", () => {
    const rows = [
      ["清理河道垃圾", ">=", 600, "立方米", "quantitative"],
      ["保洁河道长度", "=", 12, "公里", "quantitative"],
    ];
    expect(read("开展河道保洁，清理河道垃圾不少于600立方米，保洁河道长度12公里；")).toEqual(rows);
    expect(
      read("一是开展河道保洁，清理河道垃圾不少于600立方米，保洁河道长度12公里；二是群众满意度90%"),
    ).toEqual([...rows, ["群众满意度", "=", 90, "%", "quantitative"]]);
    expect(read("开展应急演练，参演人数≥200人，演练次数4次")).toEqual([
      ["参演人数", ">=", 200, "人", "quantitative"],
      ["演练次数", "=", 4, "次", "quantitative"],
    ]);
  });
});

describe("日产日清 said alone after a figure (清运率100%，日产日清)", () => {
  const full = (cell: string) => records(cell).map((i) => [i.name, i.target, i.kind, i.value]);

  it("is an indicator of its own, as a schedule with no name is, and takes no figure after it", () => {
    expect(full("垃圾无害化处理率达100%，日产日清；")).toEqual([
      ["垃圾无害化处理率", "达100%", "quantitative", 100],
      ["", "日产日清", "qualitative", null],
    ]);
    expect(full("二是完成全镇28个村生活垃圾清运，日产日清，清运率100%；")).toEqual([
      ["完成全镇28个村生活垃圾清运", "完成全镇28个村生活垃圾清运", "quantitative", 28],
      ["", "日产日清", "qualitative", null],
      ["清运率", "100%", "quantitative", 100],
    ]);
  });
});

describe("a standard met by a subject of its own after a figure (交接断面水质达到Ⅲ类)", () => {
  it("is an indicator of its own; with no subject it stays the figure's", () => {
    expect(read("水面漂浮物打捞及时，河道保洁合格率达98%以上，交接断面水质达到Ⅲ类；")).toEqual([
      ["水面漂浮物打捞", null, null, "", "qualitative"],
      ["河道保洁合格率", ">=", 98, "%", "quantitative"],
      ["交接断面水质", null, null, "", "qualitative"],
    ]);
    expect(read("水质达标率100%，达到Ⅲ类标准").length).toBe(1);
  });
});

describe("a month's end and the work finished by it after a figure (宽4.5米，10月底完工)", () => {
  it("is a date of its own, and leads no purpose into the figure after", () => {
    expect(
      read("完成仙渡村至下坑道路提升，长1.8公里，宽4.5米，10月底完工，方便群众出行，群众满意度95%。"),
    ).toEqual([
      ["完成仙渡村至下坑道路提升", "=", 1.8, "公里", "quantitative"],
      ["完工", "date", null],
      ["群众满意度", "=", 95, "%", "quantitative"],
    ]);
  });
});
