/**
 * Round 112 (parser): a unit cost that opens with 每 after ；, a 是/否 target that ends its item before
 * the next, 提高 written in a 指标性质 column, and 一批 closing a packed item.
 */
import { parseGrid } from "../../src/core/parse";
import { review } from "../../src/core/review/review";
import { grid } from "../support/grid";

/** One packed 绩效指标 cell under a county's header (项目名称 | 金额 | 绩效目标 | 绩效指标). */
const packedCell = (cell: string) =>
  parseGrid(
    grid([
      ["某县2024年项目支出绩效目标表"],
      ["项目名称", "金额（万元）", "绩效目标", "绩效指标"],
      ["农村公路养护", 10, "养护农村公路。", cell],
    ]),
  );

const fields = (cell: string) =>
  packedCell(cell).indicators.map((i) => [i.level1, i.name, i.comparator, i.value, i.unit, i.kind]);

describe("an indicator that opens with 每 after ； (每公里养护成本) is one of its own", () => {
  it("after 名称，目标 pieces, the unit cost is read, not lost in the target before", () => {
    expect(
      fields(
        "1、产出指标：养护农村公路里程，1850公里；优良中等路率，不低于85%；每公里养护成本，不超过6800元/公里。2、满意度指标：沿线群众满意度，不低于90%。",
      ),
    ).toEqual([
      ["产出指标", "养护农村公路里程", "=", 1850, "公里", "quantitative"],
      ["产出指标", "优良中等路率", ">=", 85, "%", "quantitative"],
      ["产出指标", "每公里养护成本", "<=", 6800, "元/公里", "quantitative"],
      ["满意度指标", "沿线群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("without commas, the cost is not merged with the quantity before it", () => {
    expect(
      fields(
        "1、产出指标：养护农村公路里程1850公里；每公里养护成本不超过6800元/公里。2、效益指标：优良中等路率不低于85%。",
      ),
    ).toEqual([
      ["产出指标", "养护农村公路里程", "=", 1850, "公里", "quantitative"],
      ["产出指标", "每公里养护成本", "<=", 6800, "元/公里", "quantitative"],
      ["效益指标", "优良中等路率", ">=", 85, "%", "quantitative"],
    ]);
  });

  it("money per head is one too; a period or a per alone still qualifies the target before", () => {
    expect(fields("1、产出指标：补助困难户120户；每户补助标准3000元。").map((f) => f[1])).toEqual([
      "补助困难户",
      "每户补助标准",
    ]);
    expect(fields("1、产出指标：开展培训，不少于6期；每期，约50人。")).toHaveLength(1);
    expect(fields("1、产出指标：开展培训6期；每期2天。")).toHaveLength(1);
    expect(fields("1、产出指标：补助对象120人；每人每月300元。")).toHaveLength(1);
    expect(fields("1、产出指标：开展巡查，全年24次；每月巡查2次。")).toHaveLength(1);
  });
});

describe("a 是/否 target ends its item (中小学封闭化管理是否实现：是；校园安全事故0起)", () => {
  it("reads the deed and the count after it as two indicators", () => {
    expect(
      fields(
        "1、产出指标：配备保安120人；中小学封闭化管理是否实现：是；校园安全事故0起。2、满意度指标：家长满意度≥90%。",
      ),
    ).toEqual([
      ["产出指标", "配备保安", "=", 120, "人", "quantitative"],
      ["产出指标", "中小学封闭化管理是否实现", null, null, "", "qualitative"],
      ["产出指标", "校园安全事故", "=", 0, "起", "quantitative"],
      ["满意度指标", "家长满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("also a 否 after a 是否 question and a comma", () => {
    expect(fields("1、产出指标：是否发生安全责任事故，否；巡查覆盖率100%。").map((f) => f[1])).toEqual([
      "是否发生安全责任事故",
      "巡查覆盖率",
    ]);
  });
});

describe("提高 in a 指标性质 column beside a figure in points (提高 | 2 | 个百分点)", () => {
  /** A 遵义-style form: 项目名称 lines over 一级 | 二级 | 三级 | 指标性质 | 指标值 | 计量单位. */
  const formParse = (...rows: (string | number)[][]) =>
    parseGrid(
      grid([
        ["项目名称", "水土保持综合治理", "主管部门", "某县水务局", null, null],
        ["年度绩效目标", "治理水土流失。", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "数量指标", "治理面积", "≥", 15, "平方公里"],
        ...rows,
      ]),
    );
  const form = (...rows: (string | number)[][]) => formParse(...rows).indicators.slice(1);

  it("reads the change as the same words written in one cell read", () => {
    const rows = [["效益指标", "生态效益指标", "项目区林草覆盖率", "提高", 2, "个百分点"]];
    const [i] = form(...rows);
    expect([i.name, i.target, i.comparator, i.value, i.unit]).toEqual([
      "项目区林草覆盖率",
      "提高2",
      "=",
      2,
      "个百分点",
    ]);
    const one = packedCell("1、效益指标：项目区林草覆盖率提高2个百分点。").indicators[0];
    expect([one.comparator, one.value, one.unit]).toEqual([i.comparator, i.value, i.unit]);
    // The review no longer asks for a comparator, nor calls points the wrong unit for a rate.
    const codes = review(formParse(...rows), { rules: ["NO-COMPARATOR", "UNIT-MISMATCH"] }).map(
      (f) => f.code,
    );
    expect(codes).toEqual([]);
  });

  it("also with the points in the value cell, and 下降 likewise", () => {
    const [a, b] = form(
      ["效益指标", "生态效益指标", "项目区林草覆盖率", "提高", "2个百分点", ""],
      ["效益指标", "社会效益指标", "水土流失面积占比", "下降", 1.5, "百分点"],
    );
    expect([a.target, b.target]).toEqual(["提高2个百分点", "下降1.5"]);
  });

  it("a bare 提高 beside a rate in % still only says which way is better", () => {
    const [i] = form(["效益指标", "生态效益指标", "林草植被恢复率", "提高", 95, "%"]);
    expect([i.target, i.value, i.unit]).toEqual(["95", 95, "%"]);
  });
});

describe("一批 closing a packed item is its target (购置扑火物资一批)", () => {
  const cell =
    "产出：开展防火巡查≥300次；购置扑火物资一批。效益：重大森林火灾发生0起。满意度：群众满意度≥90%。";

  it("reads the name without it, and the batch as the target, as 购置扑火物资：一批 reads", () => {
    expect(fields(cell)[1]).toEqual(["产出指标", "购置扑火物资", "=", 1, "批", "quantitative"]);
    expect(fields("产出：购置扑火物资：一批。")[0]).toEqual(fields(cell)[1]);
  });

  it("the review calls the batch vague, not an empty target", () => {
    const found = review(packedCell(cell), { rules: ["VAGUE", "EMPTY-TARGET"] });
    expect(found.map((f) => [f.code, f.severity])).toEqual([["VAGUE", "warning"]]);
    expect(found[0].message.zh).toContain("“一批”");
  });

  it("a 一 that is no count still closes the name (最多跑一次, 第一批)", () => {
    expect(fields("产出：政务服务事项最多跑一次。")[0][1]).toBe("政务服务事项最多跑一次");
    expect(fields("产出：公布示范村第一批。")[0][1]).toBe("公布示范村第一批");
    // (一座 closing the clause is a count of one, as 两座 is of two — round 172.)
    expect(fields("产出：新建公厕一座。")[0]).toEqual(["产出指标", "新建公厕", "=", 1, "座", "quantitative"]);
  });
});

describe("a sentence closed by 稳定发展 states its target in words (畜牧业生产稳定发展)", () => {
  it("is VAGUE, not an empty target", () => {
    const found = review(packedCell("1、效益指标：畜牧业生产稳定发展。2、满意度指标：养殖户满意度≥90%。"), {
      rules: ["VAGUE", "EMPTY-TARGET"],
    });
    expect(found.map((f) => [f.code, f.indicator])).toEqual([["VAGUE", "畜牧业生产稳定发展"]]);
  });
});
