/**
 * Round 114a: documents pasted a line per row with no header (项目一：… over 资金规模：…; a 申报书's next chapter
 * after its indicators).
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

const lines = (...ls: string[]) => parseGrid(grid(ls.map((l) => [l])));

describe("项目一：… over 资金规模：… and bare 产出指标： lines (a 街道's document)", () => {
  const r = lines(
    "项目一：养老服务站运营补贴",
    "资金规模：45万元",
    "产出指标：",
    "数量指标：补贴养老服务站6处",
    "满意度指标：",
    "服务对象满意度指标：老年人满意度≥92%",
    "项目二：背街小巷路面维修",
    "资金规模：120万元",
    "产出指标：",
    "数量指标：涉及背街小巷17条",
  );
  it("names each project by its heading, and 资金规模 is no indicator", () => {
    expect(r.projects.map((p) => p.project)).toEqual(["养老服务站运营补贴", "背街小巷路面维修"]);
    expect(r.indicators.map((i) => [i.project, i.name])).toEqual([
      ["养老服务站运营补贴", "补贴养老服务站"],
      ["养老服务站运营补贴", "老年人满意度"],
      ["背街小巷路面维修", "涉及背街小巷"],
    ]);
  });
});

describe("a Word 申报书's next chapter after its 满意度 block (三、项目实施计划)", () => {
  const r = lines(
    "项目名称：乡村道路安全生命防护工程",
    "二、项目绩效目标",
    "1.产出指标",
    "（1）数量指标：安装波形护栏不少于26公里；",
    "3.满意度指标",
    "服务对象满意度指标：沿线群众满意度≥90%。",
    "三、项目实施计划",
    "2024年3月启动招标，6月开工，10月完工并组织验收。",
  );
  it("ends the indicators: the chapter and its paragraph are no indicators", () => {
    expect(r.indicators.map((i) => i.name)).toEqual(["安装波形护栏", "沿线群众满意度"]);
  });
  it("takes them up again under a later chapter of indicators (三、绩效指标)", () => {
    const again = lines(
      "项目名称：某项目",
      "1.产出指标",
      "（1）数量指标：安装波形护栏不少于26公里；",
      "二、项目基本情况",
      "2024年3月启动招标，6月开工。",
      "三、绩效指标",
      "服务对象满意度指标：沿线群众满意度≥90%。",
    );
    expect(again.projects).toHaveLength(1);
    expect(again.indicators.map((i) => i.name)).toEqual(["安装波形护栏", "沿线群众满意度"]);
  });
});

describe("a pasted document: project headings, 项目资金：… and the whole list packed after 绩效指标：", () => {
  const r = lines(
    "张掖市甘州区2024年部门预算项目绩效目标",
    "一、高标准农田建设项目",
    "项目资金：1560万元",
    "绩效目标：2024年新建高标准农田1.2万亩，项目区群众满意度达到90%以上。",
    "绩效指标：1.新建高标准农田面积≥1.2万亩；2.工程质量合格率100%；3.受益群众满意度≥90%。",
    "二、动物疫病强制免疫",
    "项目资金：86万元",
    "绩效指标：（1）口蹄疫免疫密度≥90%；（2）养殖户满意度≥85%。",
    "三、村庄清洁行动",
    "项目资金：210万元",
    "绩效指标：产出：开展村庄清洁行动村数 245个。满意度：农户满意度≥90%。",
  );
  it("gives one project per heading, its list's items its indicators", () => {
    expect(r.projects.map((p) => p.project)).toEqual([
      "高标准农田建设项目",
      "动物疫病强制免疫",
      "村庄清洁行动",
    ]);
    expect(r.indicators.map((i) => [i.project, i.name, i.value])).toEqual([
      ["高标准农田建设项目", "新建高标准农田面积", 12000],
      ["高标准农田建设项目", "工程质量合格率", 100],
      ["高标准农田建设项目", "受益群众满意度", 90],
      ["动物疫病强制免疫", "口蹄疫免疫密度", 90],
      ["动物疫病强制免疫", "养殖户满意度", 85],
      ["村庄清洁行动", "开展村庄清洁行动村数", 245],
      ["村庄清洁行动", "农户满意度", 90],
    ]);
  });
});

describe("a 申报书's （一） headings over 项目概况：… and 绩效目标：1.产出指标：…；2.效益指标：…", () => {
  const r = lines(
    "某区文化广电新闻出版旅游局2024年项目绩效目标申报书",
    "（一）送戏下乡项目",
    "项目概况：全年组织专业院团送戏下乡。预算资金48万元。",
    "绩效目标：1.产出指标：全年送戏下乡演出不少于80场；2.效益指标：群众文化生活进一步丰富；3.满意度指标：观众满意度达到90%。",
    "（二）文化遗址保护巡查",
    "项目概况：对辖区陶瓷遗址开展日常巡查。",
    "绩效目标：1.产出指标：巡查文物点位56处；2.满意度指标：社会公众满意度≥85%。",
  );
  it("reads the goal's list as the project's indicators, under their 一级", () => {
    expect(r.projects.map((p) => p.project)).toEqual(["送戏下乡项目", "文化遗址保护巡查"]);
    expect(r.indicators.map((i) => [i.project, i.level1, i.name])).toEqual([
      ["送戏下乡项目", "产出指标", "全年送戏下乡演出"],
      ["送戏下乡项目", "效益指标", "群众文化生活"],
      ["送戏下乡项目", "满意度指标", "观众满意度"],
      ["文化遗址保护巡查", "产出指标", "巡查文物点位"],
      ["文化遗址保护巡查", "满意度指标", "社会公众满意度"],
    ]);
  });
});

describe("阿克苏市交通运输局 beside another row's 阿克苏地区… (a 地区's seat is a 县级市)", () => {
  const rows = (second: string) =>
    parseGrid(
      grid([
        ["项目名称", "主管部门", "一级指标", "二级指标", "三级指标", "指标值"],
        ["城区公交运营补贴", "阿克苏市交通运输局", "产出指标", "数量指标", "运营线路条数", "26条"],
        ["驻村工作队经费", second, "产出指标", "数量指标", "驻村工作队", "12支"],
      ]),
    );
  it("gives the city's bureau the district 阿克苏市", () => {
    const r = rows("阿克苏地区行署办公室");
    expect(r.projects[0].district).toBe("阿克苏市");
    expect(r.indicators[0].district).toBe("阿克苏市");
  });
  it("also beside another 地区 (和田地区…): 阿克苏市 is a 县级市 of the closed list (round 122)", () => {
    expect(rows("和田地区行署办公室").projects[0].district).toBe("阿克苏市");
  });
});

describe("a title naming a town (江口县太平镇2024年项目支出绩效目标表)", () => {
  it("gives its projects the town as unit where nothing else names one", () => {
    const r = parseGrid(
      grid([
        ["江口县太平镇2024年项目支出绩效目标表", "", ""],
        ["序号", "项目名称", "绩效指标"],
        ["1", "公益性岗位补贴", "产出指标：开发公益性岗位90个"],
      ]),
    );
    expect(r.projects[0].budgetUnit).toBe("江口县太平镇");
    expect(r.indicators[0].budgetUnit).toBe("江口县太平镇");
    expect(r.indicators[0].name).toBe("开发公益性岗位");
  });
  it("not a summary of a county's towns (五台县2023年乡镇项目绩效目标汇总表)", () => {
    const r = parseGrid(
      grid([
        ["五台县2023年乡镇项目绩效目标表", "", ""],
        ["序号", "项目名称", "绩效指标"],
        ["1", "公益性岗位补贴", "产出指标：开发公益性岗位90个"],
      ]),
    );
    expect(r.projects[0].budgetUnit).toBe("");
  });
});
