/**
 * Round 151 (b): forms, titles and project context — a label/value sheet whose indicators are written only in
 * its 绩效目标 cell; stacked blocks each naming their own 填报单位 (or their unit in their title); a title ending
 * …绩效目标及评价指标; a place's row saying 无 under a packed table; a department's code after its bracket.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** name, comparator, value, unit of each indicator. */
function records(rows: (string | null)[][]) {
  return parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit]);
}

/** project, budgetUnit, department, district of each project. */
function projects(rows: (string | null)[][]) {
  return parseGrid(grid(rows)).projects.map((p) => [p.project, p.budgetUnit, p.department, p.district]);
}

describe("a form's 绩效目标 cell holding its only indicators (阜新 人社)", () => {
  const sheet = [
    ["阜新市就业和人才服务中心2024年项目绩效目标说明", null],
    ["项目名称", "公益性岗位补贴"],
    [
      "绩效目标",
      "一是开发公益性岗位不少于1500个，安置就业困难人员；二是补贴资金按季度拨付，拨付及时率达到100%；三是零就业家庭动态清零；四是安置人员满意度不低于90%。",
    ],
    ["项目名称", "职业技能提升培训"],
    [
      "绩效目标",
      "一是开展职业技能培训1.2万人次；二是培训合格率85%以上，取证率不低于70%；三是参训人员满意度90%以上。",
    ],
  ];

  it("reads the clauses as the indicators of each form's project", () => {
    const r = parseGrid(grid(sheet));
    expect(r.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["公益性岗位补贴", "阜新市就业和人才服务中心"],
      ["职业技能提升培训", "阜新市就业和人才服务中心"],
    ]);
    expect(r.indicators.map((i) => [i.projectId, i.name, i.comparator, i.value, i.unit])).toEqual([
      [0, "开发公益性岗位", ">=", 1500, "个"],
      [0, "拨付及时率", ">=", 100, "%"],
      [0, "零就业家庭", null, null, ""],
      [0, "安置人员满意度", ">=", 90, "%"],
      [1, "开展职业技能培训", "=", 12000, "人次"],
      [1, "培训合格率", ">=", 85, "%"],
      [1, "取证率", ">=", 70, "%"],
      [1, "参训人员满意度", ">=", 90, "%"],
    ]);
    // The cell is the goal too.
    expect(r.projects[0].goal).toMatch(/^一是开发公益性岗位/);
    expect(r.indicators[0].cell).toBe("B3");
  });

  it("reads a list of measurable targets with no ordinals the same way", () => {
    expect(
      records([
        ["项目名称", "城区污水管网改造"],
        ["主管部门", "某县住房和城乡建设局"],
        ["绩效目标", "新建污水管网15.6公里，工程验收合格率100%，居民满意度不低于90%。"],
      ]),
    ).toEqual([
      ["新建污水管网", "=", 15.6, "公里"],
      ["工程验收合格率", "=", 100, "%"],
      ["居民满意度", ">=", 90, "%"],
    ]);
  });

  it("keeps a goal of prose the goal, and a form with its own indicators reads only those", () => {
    expect(
      parseGrid(
        grid([
          ["项目名称", "城区污水管网改造"],
          ["绩效目标", "通过实施该项目，改善居民生活环境，提升城市品质。"],
        ]),
      ).indicators,
    ).toEqual([]);
    expect(
      records([
        ["项目名称", "公益性岗位补贴"],
        ["绩效目标", "一是开发公益性岗位不少于1500个；二是拨付及时率达到100%。"],
        ["绩效指标", "产出指标：开发公益性岗位≥1500个；满意度指标：安置人员满意度≥90%"],
      ]).map((x) => x[0]),
    ).toEqual(["开发公益性岗位", "安置人员满意度"]);
  });
});

describe("stacked blocks each naming their own unit (潮州 区县)", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标值"];
  const indicator = ["产出指标", "数量指标", "新建高标准农田面积", "1.2万亩"];

  it("reads each block's 填报单位, not the first block's", () => {
    expect(
      projects([
        ["湘桥区2024年高标准农田建设项目绩效目标表", null, null, null],
        ["填报单位：", "潮州市湘桥区农业农村局", null, null],
        ["项目名称", "湘桥区高标准农田建设", null, null],
        header,
        indicator,
        ["潮安区2024年高标准农田建设项目绩效目标表", null, null, null],
        ["填报单位：", "潮州市潮安区农业农村局", null, null],
        ["项目名称", "潮安区高标准农田建设", null, null],
        header,
        indicator,
        ["饶平县2024年高标准农田建设项目绩效目标表", null, null, null],
        ["填报单位：", "饶平县农业农村局", null, null],
        ["项目名称", "饶平县高标准农田建设", null, null],
        header,
        indicator,
      ]),
    ).toEqual([
      ["湘桥区高标准农田建设", "潮州市湘桥区农业农村局", "", "湘桥区"],
      ["潮安区高标准农田建设", "潮州市潮安区农业农村局", "", "潮安区"],
      ["饶平县高标准农田建设", "饶平县农业农村局", "", "饶平县"],
    ]);
  });

  it("reads the unit each block's title names", () => {
    expect(
      projects([
        ["潮州市湘桥区农业农村局2024年高标准农田建设项目绩效目标表", null, null, null],
        ["项目名称", "湘桥区高标准农田建设", null, null],
        header,
        indicator,
        ["饶平县农业农村局2024年高标准农田建设项目绩效目标表", null, null, null],
        ["项目名称", "饶平县高标准农田建设", null, null],
        header,
        indicator,
      ]).map((p) => p[1]),
    ).toEqual(["潮州市湘桥区农业农村局", "饶平县农业农村局"]);
  });

  it("keeps a block's own 实施单位 over its 填报单位", () => {
    expect(
      projects([
        ["项目名称", "湘桥区高标准农田建设", null, null],
        ["实施单位", "湘桥区农田建设服务中心", null, null],
        ["填报单位：", "潮州市湘桥区农业农村局", null, null],
        header,
        indicator,
      ]).map((p) => p[1]),
    ).toEqual(["湘桥区农田建设服务中心"]);
  });
});

describe("a title ending …绩效目标及评价指标 (玉溪 气象)", () => {
  const body = [
    ["项目名称", "人工影响天气作业经费", null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "作业点次", "≥150点次"],
  ];
  it.each([
    "玉溪市气象局2024年地方财政项目绩效目标及评价指标",
    "玉溪市气象局2024年项目绩效目标及指标",
    "玉溪市气象局2024年项目绩效目标和绩效指标",
    "玉溪市气象局2024年项目绩效指标表",
  ])("names the unit: %s", (title) => {
    expect(projects([[title, null, null, null], ...body])[0][1]).toBe("玉溪市气象局");
  });
});

describe("a place's row saying 无 in a packed table (卢氏 村级项目)", () => {
  it("is no project, and does not take the name of the row above", () => {
    expect(
      projects([
        ["乡镇", "项目名称", "绩效目标"],
        ["杜关镇", "杜关村饮水管网改造", "改造供水管网4.5km"],
        ["双槐树乡", "", "无"],
        ["横涧乡", "横涧村村内道路", "新修村内道路1.8公里"],
        ["官道口镇", "—", "/"],
      ]),
    ).toEqual([
      ["杜关村饮水管网改造", "", "", "杜关镇"],
      ["横涧村村内道路", "", "", "横涧乡"],
    ]);
  });
});

describe("主管部门及代码 with the code after the name (蚌埠)", () => {
  const form = (department: string) => [
    ["项目名称", "蚌埠市公安局交通技术监控设备运维", null, null, null],
    ["主管部门及代码", department, null, "实施单位", "蚌埠市公安局交通警察支队"],
    ["一级指标", "二级指标", "三级指标", "指标值", null],
    ["产出指标", "数量指标", "运维电子警察点位", "≥420个", null],
  ];
  it.each(["蚌埠市公安局[201]001", "蚌埠市公安局【201】001", "蚌埠市公安局201001", "蚌埠市公安局[201001]"])(
    "reads the department without it: %s",
    (department) => {
      const r = parseGrid(grid(form(department)));
      expect(r.projects[0].department).toBe("蚌埠市公安局");
      expect(r.indicators[0].department).toBe("蚌埠市公安局");
    },
  );
  it("keeps a number that is the name's own under a label asking no code", () => {
    const rows = form("某市第201中学");
    rows[1][0] = "主管部门";
    expect(parseGrid(grid(rows)).projects[0].department).toBe("某市第201中学");
  });
});
