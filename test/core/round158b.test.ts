/**
 * Round 158: a table's context as counties write it — a label and its value in the row over a 自评表's
 * header, a title's year typed full-width, a numbered group row naming its body, a summary's title with no 表.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** The projects a grid reads: name, budget unit and district. */
const projectsOf = (r: ReturnType<typeof parseGrid>) =>
  r.projects.map((p) => [p.project, p.budgetUnit, p.district]);

describe("a label and its value in the row over the header are context, not a column", () => {
  // 平利县's 自评表: 实施单位 stands over the 实际完成值 column, its value over 分值.
  const r = parseGrid(
    grid([
      ["项目支出绩效自评表"],
      ["项目名称", "平利县茶产业高质量发展补助", null, null, null, null, null, null],
      ["主管部门", "平利县农业农村局", null, null, "实施单位", "平利县茶叶和绞股蓝发展中心", null, null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
      ["产出指标", "数量指标", "新建标准化茶园", "≥5000亩", "5260亩", 10, 10, null],
      [null, null, "改造低产茶园", "3000亩", "2800亩", 10, 9, "天气影响"],
      [null, "质量指标", "茶苗成活率", "≥85%", "88%", 10, 10, null],
      ["效益指标", "生态效益指标", "茶园水土流失", "有效减少", "有效减少", 10, 10, null],
    ]),
  );

  it("reads one project, whose unit is the value beside 实施单位", () => {
    expect(r.projects.map((p) => [p.project, p.budgetUnit, p.department])).toEqual([
      ["平利县茶产业高质量发展补助", "平利县茶叶和绞股蓝发展中心", "平利县农业农村局"],
    ]);
  });

  it("keeps the 一级 and 二级 carried down to the rows under them", () => {
    expect(r.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
      ["新建标准化茶园", "产出指标", "数量指标"],
      ["改造低产茶园", "产出指标", "数量指标"],
      ["茶苗成活率", "产出指标", "质量指标"],
      ["茶园水土流失", "效益指标", "生态效益指标"],
    ]);
  });

  it("still reads an upper row of column names over a two-row header", () => {
    // 项目名称 | 实施单位 merged down both rows, over blanks: columns of their own.
    const two = parseGrid(
      grid([
        ["项目名称", "实施单位", "绩效指标", null, null, null],
        [null, null, "一级指标", "二级指标", "三级指标", "指标值"],
        ["茶园补助", "县茶叶中心", "产出指标", "数量指标", "新建茶园", "≥5000亩"],
        ["果园补助", "县果业中心", "产出指标", "数量指标", "新建果园", "≥300亩"],
      ]),
    );
    expect(two.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["茶园补助", "县茶叶中心"],
      ["果园补助", "县果业中心"],
    ]);
  });
});

describe("a title's year typed in full-width digits", () => {
  it("reads the unit before ２０２４年 as it reads it before 2024年", () => {
    const rows = (title: string) =>
      grid([
        [title],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造老旧小区个数", "14个"],
      ]);
    const full = parseGrid(rows("和静县住房和城乡建设局２０２４年项目绩效目标表"));
    expect(projectsOf(full)).toEqual([["", "和静县住房和城乡建设局", "和静县"]]);
    expect(projectsOf(full)).toEqual(
      projectsOf(parseGrid(rows("和静县住房和城乡建设局2024年项目绩效目标表"))),
    );
  });

  it("reads the year of a date written without one from a full-width title", () => {
    const r = parseGrid(
      grid([
        ["某县水利局２０２４年项目支出绩效目标表"],
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["堤防维修", "产出指标", "时效指标", "完成时间", "12月底前"],
      ]),
    );
    expect(r.indicators.map((i) => i.date)).toEqual(["2024-12-31"]);
  });
});

describe("a numbered group row over the projects is a heading, not a project", () => {
  it("reads 一 | 学前教育… | 区教育和体育局 (the group's body written) as a heading", () => {
    const r = parseGrid(
      grid([
        ["序号", "项目名称", "项目单位", "金额", "年度绩效目标", "绩效指标"],
        ["一", "学前教育生均公用经费补助", "区教育和体育局", null, null, null],
        [
          "1",
          "公办幼儿园生均公用经费",
          "岱岳区教育和体育局",
          "386.4",
          "保障公办幼儿园正常运转",
          "（一）产出指标 1.补助幼儿人数：≥6440人",
        ],
        ["二", "义务教育", null, null, null, null],
        [
          "2",
          "中小学校舍维修改造",
          "岱岳区教育和体育局",
          "780",
          "完成校舍维修",
          "（一）产出指标 1.维修学校：18所",
        ],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["公办幼儿园生均公用经费", "中小学校舍维修改造"]);
    expect(r.indicators.map((i) => i.name)).toEqual(["补助幼儿人数", "维修学校"]);
  });

  it("reads a numeral alone in the name's column, the group's name beside it, as a heading", () => {
    const r = parseGrid(
      grid([
        ["项目名称", "项目单位", "绩效指标"],
        ["一", "学前教育", null],
        ["学前补助", "县教育局", "产出指标：补助人数≥60人"],
      ]),
    );
    expect(projectsOf(r)).toEqual([["学前补助", "县教育局", null]]);
  });

  it("still reads a project row that writes its own indicators", () => {
    const r = parseGrid(
      grid([
        ["序号", "项目名称", "项目单位", "绩效指标"],
        ["一", "学前补助", "县教育局", "产出指标：补助人数≥60人"],
        ["二", "义务教育补助", "县教育局", "产出指标：补助人数≥900人"],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual(["学前补助", "义务教育补助"]);
  });
});

describe("a summary's title with no 表 names the programme of the districts' blocks", () => {
  it("reads …项目绩效目标汇总（各县市区报送） over a 县（市、区） column", () => {
    const r = parseGrid(
      grid([
        ["许昌市2024年城乡社区体育设施补短板项目绩效目标汇总（各县市区报送）"],
        ["县（市、区）", "一级指标", "二级指标", "三级指标", "指标值"],
        ["魏都区", "产出指标", "数量指标", "新建更新全民健身路径", "≥15个"],
        [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ["建安区", "产出指标", "数量指标", "新建更新全民健身路径", "20个"],
        [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    );
    expect(projectsOf(r)).toEqual([
      ["许昌市2024年城乡社区体育设施补短板项目", "", "魏都区"],
      ["许昌市2024年城乡社区体育设施补短板项目", "", "建安区"],
    ]);
  });
});

describe("decimal sub-numbering joined by spaces (a PDF's lines pasted into one cell)", () => {
  /** The records of one packed cell: name, written 一级/二级, comparator, value, unit. */
  const records = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["社区网格化管理经费", cell],
      ]),
    ).indicators.map((i) => [i.name, i.level1, i.level2, i.comparator, i.value, i.unit]);

  it("reads each 1.1 / 1.2 / 2.1 after a space as an indicator of its own, with its written 二级", () => {
    expect(
      records(
        "1.产出指标 1.1数量指标：网格员人数≥126人 1.2质量指标：事件处置率≥95% 1.3时效指标：一般事件24小时内处置 2.效益指标 2.1社会效益指标：群众安全感≥95% 3.满意度指标 3.1服务对象满意度指标：居民满意度≥90%",
      ),
    ).toEqual([
      ["网格员人数", "产出指标", "数量指标", ">=", 126, "人"],
      ["事件处置率", "产出指标", "质量指标", ">=", 95, "%"],
      ["一般事件处置", "产出指标", "时效指标", "<=", 24, "小时"],
      ["群众安全感", "效益指标", "社会效益指标", ">=", 95, "%"],
      ["居民满意度", "满意度指标", "服务对象满意度指标", ">=", 90, "%"],
    ]);
  });

  it("reads a list's first number under its parent's heading, a unit's word after it or not", () => {
    const read = records(
      "1.产出指标 1.1清理卫生死角≥300处 1.2拆除违章搭建≥2000平方米\n2.效益指标 2.1社区环境明显改善\n3.满意度指标 3.1居民满意度≥85%",
    );
    expect(read.map((r) => [r[0], r[1], r[4]])).toEqual([
      ["清理卫生死角", "产出指标", 300],
      ["拆除违章搭建", "产出指标", 2000],
      ["社区环境", "效益指标", null],
      ["居民满意度", "满意度指标", 85],
    ]);
  });

  it("keeps a decimal after a space a value", () => {
    expect(records("产出指标：硬化道路 1.5公里；效益指标：人均增收 1.2万元")).toEqual([
      ["硬化道路", "产出指标", null, "=", 1.5, "公里"],
      ["人均增收", "效益指标", null, "=", 12000, "元"],
    ]);
    expect(records("1.产出指标 维修道路 1.1公里 2.效益指标 通行时间缩短 1.2小时").map((r) => r[4])).toEqual([
      1.1, 1.2,
    ]);
  });
});
