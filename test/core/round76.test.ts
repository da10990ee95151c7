/**
 * Round 76: districts — a county of one character that became a 区 or a 县级市 (梅县区, 沙县区, 辉县市), a
 * district column read as a unit's name is, and a 部门（单位）名称 column over units' codes.
 */
import { parseGrid } from "../../src/core/parse";
import { districtOfColumn } from "../../src/core/parse/context";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

describe("a county of one character that became a 区 or a 县级市, after its city (梅州市梅县区)", () => {
  it.each([
    ["梅州市梅县区农业农村局", "梅县区"],
    ["梅州市梅县区", "梅县区"],
    ["三明市沙县区教育局", "沙县区"],
    ["赣州市赣县区水利局", "赣县区"],
    ["广东省梅州市梅县区财政局", "梅县区"],
    // 辉县市 is a 县级市 by that name.
    ["新乡市辉县市农业农村局", "辉县市"],
    ["河南省新乡市辉县市民族宗教事务局", "辉县市"],
  ])("%s → %s, not the county's old name", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it.each([
    // The county as written, when it is written so.
    ["新乡市辉县农业农村局", "辉县"],
    ["梅州市梅县农业局", "梅县"],
    ["徐州市沛县教育局", "沛县"],
    ["梅县区农业农村局", "梅县区"],
    ["单县教育局", "单县"],
    ["忠县水利局", "忠县"],
    // A county's 市场, 市政, 市容 and 市民 after it are its offices, not a 县级市.
    ["菏泽市单县市场监督管理局", "单县"],
    ["菏泽市单县市政工程管理处", "单县"],
    ["菏泽市单县市容环境卫生管理中心", "单县"],
    ["菏泽市单县市民服务中心", "单县"],
  ])("%s → %s (kept)", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it.each([
    ["单县市政工程管理处", "单县"],
    ["单县市容环境卫生管理中心", "单县"],
    ["单县市场监督管理局", "单县"],
    // 辉县市… alone: a 县级市 of the closed list (round 122), not the county's 市场.
    ["辉县市农业农村局", "辉县市"],
  ])("%s → %s: a county's 市政, 市容 and 市场 written without its city", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it("places 辉县市 beside 卫辉市 in a 新乡市 table, as any 县级市", () => {
    const r = parseGrid(
      grid([
        ["新乡市2024年项目支出绩效目标表"],
        ["预算单位", "项目名称", "绩效指标"],
        ["辉县市农业农村局", "高标准农田建设", "1、产出指标：建设面积不少于5000亩。"],
        ["卫辉市水利局", "农村供水保障", "1、产出指标：受益人口不少于2万人。"],
        ["新乡市档案馆", "档案数字化", "1、产出指标：数字化页数不少于10万页。"],
      ]),
    );
    expect(r.projects.map((p) => p.district)).toEqual(["辉县市", "卫辉市", null]);
  });

  it("reads 梅县区 from the 主管部门 line of a form (m10c)", () => {
    const form = parseGrid(
      grid([
        ["项目名称", "高标准农田建设"],
        ["主管部门", "梅州市梅县区农业农村局"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "建设面积", "1.2万亩"],
      ]),
    );
    expect(form.projects.map((p) => p.district)).toEqual(["梅县区"]);
  });
});

describe("other cities' districts after their city", () => {
  it.each([
    ["吉林市船营区教育局", "船营区"],
    ["吉林省吉林市船营区财政局", "船营区"],
    ["东营市东营区农业农村局", "东营区"],
  ])("%s → %s", (unit, district) => {
    expect(districtOf("某项目", unit)).toBe(district);
  });

  it.each([
    ["某市新营区建设项目"],
    ["长沙市城建市政工程公司"],
    ["广州市广州市应急管理局"],
    // (X市Y市 in a unit's name is left unread: Y市 may be words, 绿化和市容.)
    ["上海市绿化和市容管理局"],
    ["深圳市市场监督管理局"],
    ["郑州市城市管理局"],
  ])("%s → none: barracks, a city's 市政 and 市场, a city written twice or before another", (text) => {
    expect(districtOf(text)).toBe(null);
  });
});

describe("a district column's cell, read as a unit's name is (阿里地区噶尔县)", () => {
  it.each([
    ["阿里地区噶尔县", "噶尔县"],
    ["西藏自治区阿里地区普兰县", "普兰县"],
    ["临夏州康乐县", "康乐县"],
    ["大兴安岭地区呼中区", "呼中区"],
    ["恩施州恩施市", "恩施市"],
    ["河南省新乡市辉县", "辉县"],
    ["梅州市梅县区", "梅县区"],
    ["三明市沙县区", "沙县区"],
    ["吉林市船营区", "船营区"],
    // As before: the district a cell starts with, a city as written, a code and 全市.
    ["广州市白云区", "白云区"],
    ["白云区（太和镇）", "白云区"],
    ["440112黄埔区", "黄埔区"],
    ["建德市", "建德市"],
    ["杭州市建德市", "建德市"],
    ["阿里地区", "阿里地区"],
    ["海珠区、白云区", "海珠区、白云区"],
    ["全市", ""],
  ])("%s → %s", (cell, district) => {
    expect(districtOfColumn(cell)).toBe(district);
  });

  it("reads 梅县区 from a 地区 column of a 区域绩效目标分解表 (r72 g10)", () => {
    const rows = parseGrid(
      grid([
        ["2025年中央财政耕地建设与利用资金（高标准农田建设）区域绩效目标分解表"],
        ["地区", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["梅州市梅县区", "产出指标", "数量指标", "建设高标准农田面积", "1.2", "万亩"],
        ["", "效益指标", "社会效益指标", "受益人口", "≥500", "人"],
        ["梅州市大埔县", "产出指标", "数量指标", "建设高标准农田面积", "0.8", "万亩"],
      ]),
    );
    expect(rows.projects.map((p) => p.district)).toEqual(["梅县区", "大埔县"]);
    expect(rows.indicators.map((i) => i.district)).toEqual(["梅县区", "梅县区", "大埔县"]);
  });

  it("gives each county under a 地区 its own project", () => {
    const r = parseGrid(
      grid([
        ["地区", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["阿里地区噶尔县", "农牧民技能培训", "产出指标", "数量指标", "培训人数", "≥300人"],
        ["阿里地区普兰县", "农牧民技能培训", "产出指标", "数量指标", "培训人数", "≥200人"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.district])).toEqual([
      ["农牧民技能培训", "噶尔县"],
      ["农牧民技能培训", "普兰县"],
    ]);
  });
});

describe("a 部门（单位）名称 column over units' codes (503001-大兴安岭地区呼中区教育局)", () => {
  const rows = (header: string, ...units: string[]) =>
    grid([
      ["大兴安岭地区呼中区2024年部门项目支出绩效目标"],
      ["序号", header, "项目名称", "项目绩效目标", "绩效指标"],
      ...units.map((u, k) => [
        String(k + 1),
        u,
        `项目${k + 1}`,
        "保障学校正常运转。",
        "产出指标：保障学生人数：1235人。",
      ]),
    ]);

  it("names the budget units, as a 单位名称 column does", () => {
    const r = parseGrid(
      rows("部门（单位）名称", "503001-大兴安岭地区呼中区教育局", "504001-大兴安岭地区呼中区卫生健康局"),
    );
    expect(r.projects.map((p) => [p.budgetUnit, p.department, p.district])).toEqual([
      ["大兴安岭地区呼中区教育局", "", "呼中区"],
      ["大兴安岭地区呼中区卫生健康局", "", "呼中区"],
    ]);
    expect(r.indicators.map((i) => [i.budgetUnit, i.department])).toEqual([
      ["大兴安岭地区呼中区教育局", ""],
      ["大兴安岭地区呼中区卫生健康局", ""],
    ]);
    const same = parseGrid(
      rows("单位名称", "503001-大兴安岭地区呼中区教育局", "504001-大兴安岭地区呼中区卫生健康局"),
    );
    expect(same.projects.map((p) => [p.budgetUnit, p.department])).toEqual(
      r.projects.map((p) => [p.budgetUnit, p.department]),
    );
  });

  it("stays the departments' column with no unit's code, or with a department's (503-)", () => {
    for (const units of [
      ["大兴安岭地区呼中区教育局", "大兴安岭地区呼中区卫生健康局"],
      ["503-大兴安岭地区呼中区教育局", "504-大兴安岭地区呼中区卫生健康局"],
    ]) {
      const r = parseGrid(rows("部门（单位）名称", ...units));
      expect(r.projects.map((p) => [p.budgetUnit, p.department])).toEqual([
        ["", "大兴安岭地区呼中区教育局"],
        ["", "大兴安岭地区呼中区卫生健康局"],
      ]);
    }
  });

  it("stays the departments' column beside a column of units, and under 主管部门", () => {
    const beside = parseGrid(
      grid([
        ["部门（单位）名称", "单位名称", "项目名称", "绩效指标"],
        [
          "503001-大兴安岭地区呼中区教育局",
          "呼中区第一中学",
          "义务教育保障",
          "产出指标：保障学生人数：500人。",
        ],
      ]),
    );
    expect(beside.projects.map((p) => [p.budgetUnit, p.department])).toEqual([
      ["呼中区第一中学", "大兴安岭地区呼中区教育局"],
    ]);
    const head = parseGrid(
      grid([
        ["主管部门", "项目名称", "绩效指标"],
        ["503001-大兴安岭地区呼中区教育局", "义务教育保障", "产出指标：保障学生人数：500人。"],
      ]),
    );
    expect(head.projects.map((p) => [p.budgetUnit, p.department])).toEqual([
      ["", "大兴安岭地区呼中区教育局"],
    ]);
  });
});
