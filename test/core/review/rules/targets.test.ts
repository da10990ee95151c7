import { emptyTarget, placeholder, vague } from "../../../../src/core/review/rules/targets";
import { runRule, testRule } from "../ruleTester";

testRule(emptyTarget, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、效益指标：安全形势，平稳，不发生较大以上生产安全事故。",
    "1、产出指标：完成时间，2023年12月31日前。",
    // A whole sentence left as the name states its own target: a zero, a schedule, or a state (VAGUE's).
    ...[
      "原生垃圾零填埋",
      "区域内不发生重大动物疫情",
      "救助资金按月足额发放",
      "补贴资金次年3月底前兑付",
      "按季度拨付资金",
      "老年人居家养老服务需求得到满足",
      "道路扬尘污染有效控制",
      "防治适期内完成",
      "就业形势（稳定）",
    ].map((name) => ({
      records: [{ name, target: "", kind: "empty" as const, comparator: null, value: null, unit: "" }],
    })),
  ],
  flagged: [
    // A short name is a name: its target is missing.
    {
      records: [{ name: "工程验收", target: "", kind: "empty", comparator: null, value: null, unit: "" }],
      includes: "没有填写目标值",
    },
    // An action is told when, never a sum of money.
    {
      records: [{ name: "资金拨付", target: "", kind: "empty", comparator: null, value: null, unit: "" }],
      includes: "没有填写目标值",
    },
    { text: "1、产出指标：设备采购数量，≧ 台。", includes: "没有实际数值" },
    "1、产出指标：培训人数，**人。",
    "1、产出指标：资金支出，XX万元。",
    {
      records: [{ target: "", kind: "empty", comparator: null, value: null, unit: "" }],
      includes: "没有填写目标值",
    },
  ],
});

testRule(placeholder, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、产出指标：X光机采购数量，2台。",
    "1、效益指标：群众满意度，≥90%。",
  ],
  flagged: [
    // Only the template part is quoted, not the row.
    {
      records: [{ name: "机柜数量", text: "指标1:机柜数量(≥**台)，77台", target: "77台" }],
      includes: "留有模板占位文字“(≥**台)”",
    },
    { records: [{ name: "XX区培训人数", text: "XX区培训人数，≥500人" }], includes: "“XX区培训人数”" },
    // One finding for a table whose every row kept its template note, listing the cells.
    {
      grid: [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "农村低保发放人数（≥**人）", ">=21000人"],
        ["产出指标", "质量指标", "资金发放准确率（≥**%）", ">=98%"],
        ["满意度指标", "服务对象满意度指标", "受助对象满意度（≥**%）", ">=90%"],
      ],
      count: 1,
      includes: "3 条指标留有模板占位文字（D2、D3、D4），如“农村低保发放人数”中的“（≥**人）”",
    },
    // A target that is only a placeholder is EMPTY-TARGET's, not this rule's.
  ],
});

testRule(vague, {
  clean: [
    "1、产出指标：培训人数，≥500人。",
    "1、效益指标：群众安全意识，好、较好、一般、较差四档，目标为较好。",
    "1、效益指标：风险普查任务完成情况，通过省级审核。",
    "1、效益指标：安全生产形势，平稳，不发生较大以上生产安全事故。",
    "1、效益指标：服务质量，高中低三档，目标为高。",
    // A number makes it measurable even with a vague word around it.
    "1、效益指标：应急处置能力，显著提升，处置时间缩短20%。",
    "1、效益指标：带动就业人数，有效带动就业≥50人。",
    "1、效益指标：设施使用年限，长期使用≥10年。",
    "1、效益指标：投诉办结率，不低于上年（92%）。",
  ],
  flagged: [
    { text: "1、产出指标：装修工程进度，计划数。", includes: "计划数" },
    "1、产出指标：系统响应速率，年度计划。",
    "1、效益指标：群众安全意识，显著改善。",
    "1、效益指标：应急能力，稳步提高。",
    "1、效益指标：管理水平，有所提升。",
    "1、效益指标：宣传教育，持续加强。",
    "1、产出指标：是否按期完成，是。",
    "1、效益指标：满意度提升情况，提升。",
    "1、产出指标：设备维护，按计划完成。",
    "1、效益指标：水质达标比例，稳中有升。",
    "1、可持续影响指标：回收体系长效运行，长期。",
    "1、效益指标：困难群众基本生活，得到有效保障。",
    "1、效益指标：带动脱贫户发展产业，有效带动。",
    "1、可持续影响指标：长效管理机制，持续保障。",
    "1、效益指标：群众文化生活，显著丰富。",
    "1、效益指标：施工扬尘，控制在标准以内。",
    "1、效益指标：空气质量优良天数比例，达到省下达目标。",
    // Vague words found in published tables (round 55): as vague as those already listed.
    { text: "1、效益指标：困难群众基本生活，得到保障。", includes: "得到保障" },
    { text: "1、效益指标：种粮农民收入，稳中有增。", includes: "稳中有增" },
    { text: "1、效益指标：群众出行，更加便捷。", includes: "更加便捷" },
    { text: "1、效益指标：失能人员照护负担，减轻。", includes: "减轻" },
    // 有效 before a change, found in round 58's tables: as vague as 有效缓解 and 有效控制.
    { text: "1、效益指标：群众办事难问题，有效解决。", includes: "有效解决" },
    { text: "1、效益指标：人居环境，有效改善。", includes: "有效改善" },
    { text: "1、效益指标：乱砍滥伐行为，得到有效遏制。", includes: "有效遏制" },
    { text: "1、效益指标：村集体经济发展，有效促进。", includes: "有效促进" },
    // 较上年减少 says no more than 较上年下降, which was already flagged.
    { text: "1、效益指标：城区主要道路渍水点数量，较上年减少。", includes: "较上年减少" },
    // A sentence left as the name that ends in a state: its words are quoted, and the fix keeps their sense.
    {
      records: [
        {
          name: "老年人居家养老服务需求得到满足",
          target: "",
          kind: "empty",
          comparator: null,
          value: null,
          unit: "",
        },
      ],
      includes: "只写了“得到满足”",
    },
    {
      records: [
        {
          name: "新市民、青年人住房困难得到缓解",
          target: "",
          kind: "empty",
          comparator: null,
          value: null,
          unit: "",
        },
      ],
      includes: "只写了“得到缓解”",
    },
    {
      records: [
        { name: "防治适期内完成", target: "", kind: "empty", comparator: null, value: null, unit: "" },
      ],
      includes: "没有写明时限或数量",
    },
    "1、效益指标：安全事故发生率，不高于上年。",
    "1、效益指标：投诉办结率，不低于上年水平。",
  ],
});

describe("EMPTY-TARGET and VAGUE fixes fit what is missing", () => {
  const empty = (name: string) => ({
    records: [{ name, target: "", kind: "empty" as const, comparator: null, value: null, unit: "" }],
  });
  it("tells an action when, never a sum of money or a sum per person", () => {
    for (const name of ["资金拨付", "补贴发放"]) {
      const [f] = runRule(emptyTarget, empty(name));
      expect(f.fix?.zh).toContain("12月31日前完成");
      expect(f.fix?.zh).not.toMatch(/元/);
    }
  });
  it("offers to delete a row the template brought when its target is a unit alone, and only then", () => {
    const [unitOnly] = runRule(emptyTarget, "1、产出指标：新增堤防长度，公里。");
    expect(unitOnly.fix?.zh).toContain("如本项目不涉及此项（模板自带的行），请删除该行");
    const [none] = runRule(emptyTarget, empty("工程验收"));
    expect(none.fix?.zh).not.toContain("删除该行");
  });
  it("keeps the direction of a vague sentence: a state that should fall is told to fall", () => {
    const [f] = runRule(vague, empty("新市民、青年人住房困难得到缓解"));
    expect(f.fix?.zh).toContain("较上年下降");
    expect(f.fix?.zh).not.toMatch(/元/);
  });
});
