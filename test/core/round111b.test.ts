/**
 * Round 111's context errors (a town column, 苏木, group headings over projects, a 项目名称及绩效目标 column),
 * as the tables published by towns and counties write them.
 */
import fc from "fast-check";
import { parseGrid } from "../../src/core/parse";
import { namesProjectAndGoal, normalizeHeader } from "../../src/core/table/headers";
import { districtOf } from "../../src/core/table/district";
import { NAME_AND_GOAL_HEADER, splitNameAndGoal } from "../../src/core/table/nameWithGoal";
import { grid } from "../support/grid";

const contexts = (rows: (string | number | null)[][]) =>
  parseGrid(grid(rows)).projects.map((p) => [p.project, p.district]);

describe("a column of towns (镇（区、街道）, 乡镇（街道）名称, 所属镇街) gives each row's district", () => {
  it("reads 大丰区's towns, not the title's 大丰区", () => {
    expect(
      contexts([
        ["盐城市大丰区2024年一事一议奖补项目绩效目标表", null, null],
        ["镇（区、街道）", "项目名称", "绩效目标及指标"],
        ["大中街道", "恒北村道路硬化工程", "产出指标：新建村组道路3.2公里。"],
        ["草堰镇", "南团村河道疏浚", "产出指标：疏浚河道5条。满意度：≥90%"],
        ["白驹镇", "狮子口村路灯安装", "产出指标：安装路灯150盏。"],
      ]),
    ).toEqual([
      ["恒北村道路硬化工程", "大中街道"],
      ["南团村河道疏浚", "草堰镇"],
      ["狮子口村路灯安装", "白驹镇"],
    ]);
  });

  it("reads the header's other ways of naming towns", () => {
    for (const header of ["乡镇（街道）", "乡镇（街道）名称", "所属镇街", "镇街", "乡镇"])
      expect(
        contexts([
          [header, "项目名称", "绩效指标"],
          ["城关镇", "村级道路养护", "产出指标：养护道路120公里"],
        ]),
      ).toEqual([["村级道路养护", "城关镇"]]);
  });
});

describe("苏木, Inner Mongolia's town, is a town-level place as 镇 and 乡 are", () => {
  it("reads 莫力庙苏木 as its row's district, as 大林镇人民政府 gives 大林镇", () => {
    expect(
      contexts([
        ["科尔沁区2024年镇（街道）项目支出绩效目标汇总表", null, null],
        ["单位名称", "项目名称", "绩效指标"],
        ["莫力庙苏木", "草原生态保护补助", "产出：禁牧面积38.6万亩"],
        ["大林镇人民政府", "人居环境整治", "产出：清理生活垃圾800吨"],
      ]),
    ).toEqual([
      ["草原生态保护补助", "莫力庙苏木"],
      ["人居环境整治", "大林镇"],
    ]);
  });

  it("reads a 苏木's government, a bracket and its bare name alike; a 嘎查 is a village, no district", () => {
    expect(districtOf("", "莫力庙苏木人民政府")).toBe("莫力庙苏木");
    expect(districtOf("草原生态保护补助（莫力庙苏木）")).toBe("莫力庙苏木");
    expect(districtOf("", "莫力庙苏木")).toBe("莫力庙苏木");
    expect(districtOf("", "哈日干图嘎查村民委员会")).toBe(null);
    expect(districtOf("", "城乡")).toBe(null);
  });
});

describe("a group heading numbered 一, 二 over projects numbered 1, 2 is no project", () => {
  it("reads 一 | 学生资助项目 as a heading, keeping the projects below it and their unit", () => {
    const r = parseGrid(
      grid([
        ["编制单位：邵阳市教育局", null, null, null],
        ["序号", "项目名称", "预算金额", "绩效指标"],
        ["一", "学生资助项目", null, null],
        ["1", "家庭经济困难学生资助", 2650.8, "产出指标：资助学生人数≥8500人次"],
        ["二", "教师发展项目", 2240, null],
        ["2", "中小学教师培训", 380, "产出指标：培训教师人数≥6000人次"],
        ["3", "乡村教师生活补助", 1860, "产出指标：享受补助乡村教师人数：4125人"],
      ]),
    );
    expect(r.projects.map((p) => p.project)).toEqual([
      "家庭经济困难学生资助",
      "中小学教师培训",
      "乡村教师生活补助",
    ]);
    expect(r.indicators.map((i) => [i.project, i.value])).toEqual([
      ["家庭经济困难学生资助", 8500],
      ["中小学教师培训", 6000],
      ["乡村教师生活补助", 4125],
    ]);
  });

  it("reads 一、学生资助项目 written in the name's cell alike", () => {
    expect(
      contexts([
        ["项目名称", "绩效指标"],
        ["一、学生资助项目", ""],
        ["家庭经济困难学生资助", "产出指标：资助学生人数≥8500人次"],
      ]),
    ).toEqual([["家庭经济困难学生资助", null]]);
  });

  it("keeps a project of no indicators when its neighbours are numbered in Chinese numerals too", () => {
    expect(
      contexts([
        ["序号", "项目名称", "绩效指标"],
        ["一", "学生资助", ""],
        ["二", "教师培训", "产出指标：培训教师人数≥6000人次"],
      ]).map(([p]) => p),
    ).toEqual(["学生资助", "教师培训"]);
  });
});

describe("a 项目名称及绩效目标 column: the name before the goal is the project", () => {
  it("reads 利通区's projects, their departments in brackets and their goals", () => {
    const r = parseGrid(
      grid([
        ["吴忠市利通区2024年部门项目绩效目标公开", null, null],
        ["序号", "项目名称及绩效目标", "绩效指标"],
        [
          "1",
          "利通区职业技能提升培训项目（人社局）：开展职业技能培训，提升劳动者就业能力。",
          "数量指标:开展职业技能培训≥300人;满意度指标:学员满意度≥90%。",
        ],
        ["2", "城乡环卫一体化运营（城管局）：保障城乡环境卫生。", "数量指标:保洁面积≥620万平方米。"],
      ]),
    );
    expect(r.projects.map((p) => [p.project, p.department, p.district, p.goal])).toEqual([
      ["利通区职业技能提升培训项目", "人社局", "利通区", "开展职业技能培训，提升劳动者就业能力。"],
      ["城乡环卫一体化运营", "城管局", "利通区", "保障城乡环境卫生。"],
    ]);
    expect(r.indicators.map((i) => [i.project, i.name, i.value])).toEqual([
      ["利通区职业技能提升培训项目", "开展职业技能培训", 300],
      ["利通区职业技能提升培训项目", "学员满意度", 90],
      ["城乡环卫一体化运营", "保洁面积", 6200000],
    ]);
  });

  it("cuts the name at a line break or a goal's label, and keeps a cell of no goal whole", () => {
    expect(splitNameAndGoal("项目名称：农村饮水安全巩固提升\n绩效目标：保障农村群众饮水安全")).toEqual({
      name: "农村饮水安全巩固提升",
      goal: "保障农村群众饮水安全",
      department: "",
    });
    expect(splitNameAndGoal("农村饮水安全巩固提升 绩效目标：保障饮水安全")).toEqual({
      name: "农村饮水安全巩固提升",
      goal: "保障饮水安全",
      department: "",
    });
    expect(splitNameAndGoal("农村饮水安全巩固提升")).toEqual({
      name: "农村饮水安全巩固提升",
      goal: "",
      department: "",
    });
  });
});

describe("the quick look for 目标 before a 项目名称及绩效目标 header's pattern", () => {
  it("rejects only what the pattern rejects", () => {
    const pieces = [
      "项目",
      "名称",
      "及",
      "和",
      "、",
      "绩效",
      "目标",
      "年度",
      "（",
      "）",
      "*",
      " ",
      "指标",
      "目",
      "标",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const t = parts.join("");
        expect(namesProjectAndGoal(t)).toBe(NAME_AND_GOAL_HEADER.test(normalizeHeader(t)));
      }),
    );
  });
});
