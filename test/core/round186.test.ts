/**
 * Round 186: free text and documents pasted into a sheet — a PDF's debris (a number or a line cut in two, page
 * numbers and running headers), name and value on lines of their own, footnote marks and ※ notes, indicators
 * with no category written, a goal before 指标：, a standard's groups, a table pasted into one cell, and a unit
 * beside its project over tab rows.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

const HEAD = ["一级指标", "二级指标", "三级指标", "指标值"];

/** name, comparator, value, unit, kind of every record read from a grid. */
const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

describe("a PDF's debris in a cell", () => {
  it("reads a number a line break cut in two whole, in a packed cell (蒲城县 果品优果率≥7⏎5%)", () => {
    expect(
      read([
        ["单位名称", "项目名称", "绩效指标"],
        [
          "蒲城县农业农村局",
          "酥梨产业提质增效",
          "产出指标：\n1.改造老果园面积≥3000亩；\n2.果品优果率≥7\n5%；\n3.园区年产值增加≥1\n200万元；\n满意度指标：\n1.果农满意度≥90%。",
        ],
      ]),
    ).toEqual([
      ["改造老果园面积", ">=", 3000, "亩", "quantitative"],
      ["果品优果率", ">=", 75, "%", "quantitative"],
      ["园区年产值增加", ">=", 12000000, "元", "quantitative"],
      ["果农满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("reads a number cut in two in a rows table's target cell (共和县 ≥5⏎8%)", () => {
    expect(
      read([
        HEAD,
        ["效益指标", "生态效益指标", "草原综合植被盖度", "≥5\n8%"],
        [null, "社会效益指标", "牧民人均增收", "≥300\n元"],
      ]),
    ).toEqual([
      ["草原综合植被盖度", ">=", 58, "%", "quantitative"],
      ["牧民人均增收", ">=", 300, "元", "quantitative"],
    ]);
  });

  it("keeps apart a figure that ends its line and a year or a numbered item that opens the next", () => {
    expect(read([HEAD, ["产出指标", "数量指标", "培训人数", "≥5\n2024年完成"]]).map((r) => r[2])).toEqual([
      5,
    ]);
    expect(
      read([
        ["项目名称", "绩效指标"],
        ["X", "产出指标：\n1.培训场次≥5\n2.培训人数≥300人"],
      ]).map((r) => [r[0], r[2]]),
    ).toEqual([
      ["培训场次", 5],
      ["培训人数", 300],
    ]);
  });

  it("takes a page's number out from between two lines (蒲城县 - 7 -)", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        [
          "农村义务教育学校营养改善计划",
          "产出指标：\n1.营养膳食补助标准5元/生·天；\n- 7 -\n2.食品安全事故发生数0起；\n—8—\n3.受益学生人数≥2.8万人；\n第 3 页\n4.供餐天数≥200天\n3/12",
        ],
      ]),
    ).toEqual([
      ["营养膳食补助标准", "=", 5, "元/生·天", "quantitative"],
      ["食品安全事故发生数", "=", 0, "起", "quantitative"],
      ["受益学生人数", ">=", 28000, "人", "quantitative"],
      ["供餐天数", ">=", 200, "天", "quantitative"],
    ]);
  });
});

describe("a Word 申报书's name and value on lines of their own", () => {
  it("reads 三级指标：X over 指标值：Y, a line a row, as one indicator at the value's cell (特克斯县)", () => {
    const got = parseGrid(
      grid([
        ["项目名称：特克斯县八卦城街区亮化维护"],
        ["预算单位：特克斯县住房和城乡建设局"],
        ["产出指标"],
        ["三级指标：维护路灯数量"],
        ["指标值：≥２６００盏"],
        ["指标名称：故障修复时限"],
        ["年度指标值：≤24小时"],
        ["满意度指标"],
        ["三级指标：市民满意度"],
        ["目标值：≥９０％"],
      ]),
    ).indicators.map((i) => [i.cell, i.level1, i.name, i.comparator, i.value, i.unit]);
    expect(got).toEqual([
      ["A5", "产出指标", "维护路灯数量", ">=", 2600, "盏"],
      ["A7", "产出指标", "故障修复时限", "<=", 24, "小时"],
      ["A10", "满意度指标", "市民满意度", ">=", 90, "%"],
    ]);
  });
});

describe("footnote marks and notes", () => {
  it("reads a target with a footnote's mark after it without the mark (神农架林区 购置DR设备2台¹)", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        [
          "神农架林区基层医疗卫生机构能力提升",
          "（1）数量指标：购置DR设备2台¹；\n（2）时效指标：设备采购完成时间2024年6月30日前²；\n（3）质量指标：设备验收合格率100%³；",
        ],
      ]),
    ).toEqual([
      ["购置DR设备", "=", 2, "台", "quantitative"],
      ["设备采购完成时间", null, null, "", "date"],
      ["设备验收合格率", "=", 100, "%", "quantitative"],
    ]);
    expect(
      parseGrid(
        grid([
          ["项目名称", "绩效指标"],
          ["X", "时效指标：完成时间2024年6月30日前²"],
        ]),
      ).indicators[0].date,
    ).toBe("2024-06-30");
  });

  it("reads the name in a rows table's 三级 cell without the mark, and keeps a unit's power (m²)", () => {
    expect(
      read([HEAD, ["产出指标", "数量指标", "购置DR设备2台¹", null], [null, null, "绿化面积", "1200m²"]]),
    ).toEqual([
      ["购置DR设备", "=", 2, "台", "quantitative"],
      ["绿化面积", "=", 1200, "m²", "quantitative"],
    ]);
  });

  it("reads a ※ note on a line of its own as a note, not an indicator (景泰县)", () => {
    expect(
      read([
        ["项目名称：景泰县城乡居民医保参保补助"],
        ["预算单位：景泰县医疗保障局"],
        ["绩效指标：产出指标——参保人数≥21.5万人、财政补助标准≥640元/人·年;满意度指标——参保群众满意度≥90%※。"],
        ["※满意度以第三方测评为准。"],
      ]).map((r) => r[0]),
    ).toEqual(["参保人数", "财政补助标准", "参保群众满意度"]);
  });
});

describe("indicators with no category written anywhere", () => {
  it("reads a form's 绩效指标 cell of sentences (玉龙县 项目名称 | 预算单位 | 绩效指标)", () => {
    const got = parseGrid(
      grid([
        ["玉龙纳西族自治县教育体育局2024年项目绩效目标申报表"],
        ["项目名称", "学生资助补助经费"],
        ["预算单位", "玉龙纳西族自治县教育体育局"],
        ["绩效指标", "全年完成营养改善计划覆盖学生1.6万人，食品安全事故发生次数为0次，家长满意度达95%以上。"],
      ]),
    );
    expect(got.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["学生资助补助经费", "玉龙纳西族自治县教育体育局"],
    ]);
    expect(got.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit])).toEqual([
      ["B4", "全年完成营养改善计划覆盖学生", "=", 16000, "人"],
      ["B4", "食品安全事故发生次数", "=", 0, "次"],
      ["B4", "家长满意度", ">=", 95, "%"],
    ]);
  });

  it("reads 指标1:名称,目标值:≥12个 lines under a project's line, its numbered goals no indicators (普兰县)", () => {
    const got = parseGrid(
      grid([
        ["项目名称:普兰县边境小康村公共服务运行维护"],
        ["预算单位:普兰县发展和改革委员会"],
        ["年度目标1:保障边境小康村供水、供电设施正常运行。"],
        ["指标1:维护小康村数量,目标值:≥12个"],
        ["指标2:设施故障处理时限,目标值:≤48小时"],
        ["年度目标2:提升群众获得感。"],
        ["指标1:群众满意度,目标值:≥90%"],
      ]),
    );
    expect(got.projects.map((p) => p.project)).toEqual(["普兰县边境小康村公共服务运行维护"]);
    expect(got.indicators.map((i) => [i.cell, i.name, i.comparator, i.value, i.unit])).toEqual([
      ["A4", "维护小康村数量", ">=", 12, "个"],
      ["A5", "设施故障处理时限", "<=", 48, "小时"],
      ["A7", "群众满意度", ">=", 90, "%"],
    ]);
  });
});

describe("a standard's groups named in words", () => {
  it("keeps the parent label over groups with a per-head standard (蒲城县 扶助标准：独生子女死亡家庭每人每月…)", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        [
          "计划生育特殊家庭扶助",
          "产出指标：\n1.扶助对象人数≥860人；\n2.扶助标准：独生子女死亡家庭每人每月≥590元，伤残家庭每人每月≥460元；",
        ],
      ]).map((r) => [r[0], r[2]]),
    ).toEqual([
      ["扶助对象人数", 860],
      ["扶助标准（独生子女死亡家庭）", 590],
      ["扶助标准（伤残家庭）", 460],
    ]);
  });

  it("names each group of a standard per head (补贴标准：牦牛每头2000元，藏羊每只800元)", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        [
          "牦牛藏羊良种补贴",
          "产出指标：\n- 补贴标准：牦牛每头2000元，藏羊每只800元\n- 良种畜验收合格率：≥98%",
        ],
      ]).map((r) => [r[0], r[2]]),
    ).toEqual([
      ["补贴标准（牦牛）", 2000],
      ["补贴标准（藏羊）", 800],
      ["良种畜验收合格率", 98],
    ]);
  });
});

describe("a goal before the indicators' label in one cell", () => {
  it("reads 目标：…，…。 before 指标： as the goal, no indicators (岳池县)", () => {
    const got = parseGrid(
      grid([
        ["单位名称", "项目名称", "项目绩效目标及指标"],
        [
          "岳池县交通运输局",
          "农村公路养护",
          "目标：完成农村公路日常养护1860公里，优良中等路率达到85%以上。\n指标：数量指标：农村公路养护里程≥1860公里；危桥改造≥6座。满意度指标：沿线群众满意度≥90%",
        ],
        [
          "岳池县应急管理局",
          "森林防灭火",
          "目标：全年森林火灾受害率控制在0.8‰以内。\n指标：数量指标:购置扑火装备≥200套;效益指标:森林火灾受害率≤0.8‰",
        ],
      ]),
    );
    expect(got.projects.map((p) => p.goal)).toEqual([
      "完成农村公路日常养护1860公里，优良中等路率达到85%以上。",
      "全年森林火灾受害率控制在0.8‰以内。",
    ]);
    expect(got.indicators.map((i) => [i.name, i.value])).toEqual([
      ["农村公路养护里程", 1860],
      ["危桥改造", 6],
      ["沿线群众满意度", 90],
      ["购置扑火装备", 200],
      ["森林火灾受害率", 0.8],
    ]);
  });
});

describe("a table pasted into one cell", () => {
  it("reads rows cut by | as a rows table, at the cell (噶尔县)", () => {
    const got = parseGrid(
      grid([
        ["项目名称：噶尔县城区供暖管网改造工程"],
        [
          "绩效指标：\n一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|改造供暖管网长度|≥8.6公里\n效益指标|社会效益指标|受益居民户数|≥3200户|",
        ],
      ]),
    );
    expect(got.projects.map((p) => p.project)).toEqual(["噶尔县城区供暖管网改造工程"]);
    expect(got.indicators.map((i) => [i.row, i.cell, i.level1, i.level2, i.name, i.value, i.unit])).toEqual([
      [2, "A2", "产出指标", "数量指标", "改造供暖管网长度", 8.6, "公里"],
      [2, "A2", "效益指标", "社会效益指标", "受益居民户数", 3200, "户"],
    ]);
  });

  it("reads rows cut by tabs, a merged cell's blank an empty column, under 项目名称 lines (华阴市)", () => {
    const got = parseGrid(
      grid([
        [
          "项目名称：华山景区游客服务中心智慧化改造\n预算单位：华阴市文化和旅游局\n绩效指标表：\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t智能导览终端\t≥40台\n\t\t智慧停车泊位\t≥1200个\n满意度指标\t服务对象满意度指标\t游客满意度\t≥92%",
        ],
      ]),
    );
    expect(got.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["华山景区游客服务中心智慧化改造", "华阴市文化和旅游局"],
    ]);
    expect(got.indicators.map((i) => [i.cell, i.level1, i.level2, i.name, i.value])).toEqual([
      ["A1", "产出指标", "数量指标", "智能导览终端", 40],
      ["A1", "产出指标", "数量指标", "智慧停车泊位", 1200],
      ["A1", "满意度指标", "服务对象满意度指标", "游客满意度", 92],
    ]);
  });
});

describe("a unit and its project side by side over lines of indicators", () => {
  it("reads tab rows each in a cell under 单位 | 项目名称 as one project (神农架林区)", () => {
    const got = parseGrid(
      grid([
        ["神农架林区林业管理局", "天然林保护修复项目"],
        ["产出指标\t数量指标\t天然林管护面积\t260万亩", null],
        ["产出指标\t数量指标\t聘用生态护林员\t≥420人", null],
        ["效益指标\t生态效益指标\t森林覆盖率\t≥91%", null],
      ]),
    );
    expect(got.projects.map((p) => [p.project, p.budgetUnit, p.district])).toEqual([
      ["天然林保护修复项目", "神农架林区林业管理局", "神农架林区"],
    ]);
    expect(got.indicators.map((i) => [i.cell, i.level2, i.name, i.value])).toEqual([
      ["A2", "数量指标", "天然林管护面积", 2600000],
      ["A3", "数量指标", "聘用生态护林员", 420],
      ["A4", "生态效益指标", "森林覆盖率", 91],
    ]);
  });
});

describe("a line cut across two rows of a document", () => {
  it("reads …；新建 over 供水管网5.6公里；, …前完 over 工；, …≥1 over 200万元； whole (霍城县)", () => {
    expect(
      read([
        ["项目名称：霍城县薰衣草产业园基础设施建设项目"],
        ["主管部门：霍城县发展和改革委员会"],
        ["绩效指标："],
        ["产出指标——数量指标：新建产业园道路3.2公里；新建"],
        ["供水管网5.6公里；"],
        ["产出指标——质量指标：工程验收合格率100%；"],
        ["产出指标——时效指标：2024年10月底前完"],
        ["工；"],
        ["效益指标——经济效益指标：园区年产值增加≥1"],
        ["200万元；"],
        ["满意度指标——服务对象满意度指标：入园企业满意度≥90%。"],
      ]),
    ).toEqual([
      ["新建产业园道路", "=", 3.2, "公里", "quantitative"],
      ["新建供水管网", "=", 5.6, "公里", "quantitative"],
      ["工程验收合格率", "=", 100, "%", "quantitative"],
      ["完工", null, null, "", "date"],
      ["园区年产值增加", ">=", 12000000, "元", "quantitative"],
      ["入园企业满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps lines apart where the document closes no line with ； (a list a line)", () => {
    expect(
      read([
        ["项目名称：X"],
        ["产出指标"],
        ["新建道路3.2公里"],
        ["供水管网5.6公里"],
        ["工程验收合格率100%"],
      ]).map((r) => r[0]),
    ).toEqual(["新建道路", "供水管网", "工程验收合格率"]);
  });

  it("keeps a heading with no figure apart from the line under it (（三）满意度目标)", () => {
    expect(
      read([
        ["项目名称：X"],
        ["（一）产出目标"],
        ["新建道路3.2公里；"],
        ["工程验收合格率100%；"],
        ["（三）满意度目标"],
        ["沿线牧民满意度不低于90%。"],
      ]).map((r) => r[0]),
    ).toEqual(["新建道路", "工程验收合格率", "沿线牧民满意度"]);
  });
});

describe("a PDF's running page header among a document's lines", () => {
  it("passes over 神农架林区2024年部门预算公开 and its page number (神农架林区)", () => {
    expect(
      read([
        ["项目名称", "神农架林区基层医疗卫生机构能力提升"],
        ["预算单位", "神农架林区卫生健康委员会"],
        ["绩效指标", null],
        ["1、产出指标", null],
        ["（1）数量指标：培训基层医务人员≥300人次；", null],
        ["（2）质量指标：设备验收合格率100%；", null],
        ["神农架林区2024年部门预算公开", null],
        ["- 21 -", null],
        ["（3）时效指标：设备采购完成时间2024年6月30日前；", null],
      ]).map((r) => r[0]),
    ).toEqual(["培训基层医务人员", "设备验收合格率", "设备采购完成时间"]);
  });
});
