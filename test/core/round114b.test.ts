/**
 * Round 114b: 街道 and towns' unlabelled prose — a clause whose state or deadline stands before another
 * clause with a figure or a date of its own keeps to itself, and no figure is read into words not its own.
 */
import { readBrief } from "../support/packedCell";

const read = readBrief;

describe("a statement or a deadline before a clause with a figure or a date of its own (C, forward glue)", () => {
  it("cuts a statement from the deadline and its deed after it", () => {
    const records = read(
      "保洁覆盖率100%，垃圾日产日清，12月底前完成全年保洁任务，小区环境明显改善，居民满意度达到90%以上。",
    );
    expect(records.map((r) => r[0])).toEqual([
      "保洁覆盖率",
      "垃圾",
      "完成全年保洁任务",
      "小区环境",
      "居民满意度",
    ]);
    expect(records[1][4]).toBe("qualitative");
    expect(records[2][1]).toBe("date");
    expect(records[4]).toEqual(["居民满意度", ">=", 90, "%", "quantitative"]);
    expect(read("改造后院落环境整洁有序，工程于2024年9月前完工")).toEqual([
      ["改造后院落环境", null, null, "", "qualitative"],
      ["工程", "date", "2024-09"],
    ]);
  });

  it("cuts a deadline and its deed from a name with a figure of its own after it", () => {
    expect(read("每月10日前发放到位，网格事件按时办结率不低于95%")).toEqual([
      ["发放到位", "date", null],
      ["网格事件按时办结率", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("keeps a whole indicator before one whose figure a 、 list follows", () => {
    expect(read("完成3个老旧院落公共空间改造，新增休闲座椅40组、绿化面积800平方米")).toEqual([
      ["完成3个老旧院落公共空间改造", "=", 3, "个", "quantitative"],
      ["新增休闲座椅", "=", 40, "组", "quantitative"],
      ["绿化面积", "=", 800, "平方米", "quantitative"],
    ]);
  });
});

describe("a thing right, or paid on time, after a figure (C, swallowed)", () => {
  it("reads 准确 and 准确无误 closing a name as a state of its own", () => {
    expect(read("全年救助困难群众不少于60人次，救助对象认定准确，审批时限不超过5个工作日")).toEqual([
      ["全年救助困难群众", ">=", 60, "人次", "quantitative"],
      ["救助对象认定", null, null, "", "qualitative"],
      ["审批时限", "<=", 5, "个工作日", "quantitative"],
    ]);
    expect(read("发放宣传册5000份，宣传内容准确无误，群众知晓率提高").map((r) => r[0])).toEqual([
      "发放宣传册",
      "宣传内容",
      "群众知晓率",
    ]);
  });

  it("reads 按月足额领取工资 (what is paid named after it) as when a deed is done", () => {
    expect(
      read("森林覆盖率保持在66%以上，护林员按月足额领取工资，群众防火意识普遍提高").map((r) => r[0]),
    ).toEqual(["森林覆盖率", "护林员", "群众防火意识"]);
  });

  it("still reads a rate of accuracy as a measure with its figure", () => {
    expect(read("补贴发放准确率100%，数据上报准确率不低于98%")).toEqual([
      ["补贴发放准确率", "=", 100, "%", "quantitative"],
      ["数据上报准确率", ">=", 98, "%", "quantitative"],
    ]);
  });
});

describe("a per after an average alone (E)", () => {
  it("keeps the period in the name when an average alone stands before it", () => {
    expect(read("按月发放44名网格员补贴，人均每月1000元，补贴发放准确率100%")).toEqual([
      ["按月发放44名网格员补贴", "=", 44, "名", "quantitative"],
      ["人均每月", "=", 1000, "元", "quantitative"],
      ["补贴发放准确率", "=", 100, "%", "quantitative"],
    ]);
  });

  it("still gives the per to the target after a name of its own", () => {
    expect(read("补助标准每人每月300元")).toEqual([["补助标准", "=", 300, "元", "quantitative"]]);
  });
});
