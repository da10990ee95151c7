import { emptyTarget, placeholder, vague } from "../../../../src/core/review/rules/targets";
import { runRule, testRule } from "../ruleTester";

testRule(emptyTarget, {
  clean: [
    // 宣传覆盖面广泛, 道路通行安全顺畅: a sentence whose target is a vague state, VAGUE's (round 84 #65).
    {
      records: [
        { name: "宣传覆盖面广泛", target: "", kind: "empty", comparator: null, value: null, unit: "" },
        { name: "道路通行安全顺畅", target: "", kind: "empty", comparator: null, value: null, unit: "" },
      ],
    },
    "1、产出指标：培训人数，≥500人。",
    "1、效益指标：安全形势，平稳，不发生较大以上生产安全事故。",
    "1、产出指标：完成时间，2023年12月31日前。",
    // 无 answers the 2021 template's 社会成本 and 生态环境成本 rows: the parser reads it as a name (round 75 g4).
    "产出指标：数量指标：治理河道长度≥8.6公里。成本指标：社会成本指标：无。生态环境成本指标：不涉及。效益指标：受益人口≥3.5万人。",
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
      // An adverb and its verb or state, whatever the verb, and a benchmark with no figure: VAGUE's warnings,
      // not a missing target (round 64).
      "重污染天气及时预警",
      "群众文化生活日益丰富",
      "法定传染病报告发病率控制在全区平均水平以下",
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
    // 是 for a deed on a schedule, a zero or a thing set up says whether it was done (round 64).
    "1、产出指标：资金按月足额发放，是。",
    "1、效益指标：不发生重大安全事故，是。",
    "1、可持续影响指标：长效保洁机制建立，是。",
    // A deed done on time or in full (按时, 及时, 足额) is checked at the year's end too (round 75 g3).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["补贴", "效益指标", "社会效益指标", "补贴资金按时足额兑付到户", "是"],
      ],
    },
    // A schedule or a date says when; an average that is a measure's own name is no benchmark.
    "1、时效指标：补助资金，按季度拨付。",
    "1、产出指标：平均响应时间，≤30分钟。",
    // A test passed or a certificate obtained is a deed 是 answers (round 84 F4).
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["平台建设", "产出指标", "质量指标", "通过网络安全等级保护三级测评", "是"],
        [null, "产出指标", "质量指标", "项目竣工验收通过", "是"],
        [null, "效益指标", "社会效益指标", "取得二级资质证书", "是"],
      ],
    },
    // 优良 of water or air is a class a national standard defines (round 75); a resolve to a zero is a zero.
    "1、生态效益指标：地表水水质，优良。",
    "1、生态效益指标：环境空气质量，优良。",
    "1、效益指标：安全生产，确保不发生较大事故。",
    // 否 to a question about a defect is a zero (round 70 秀屿).
    "1、产出指标：已建工程是否存在质量问题，否。",
    "1、效益指标：是否发生饮水安全事件，否。",
  ],
  flagged: [
    // Vague words off the list until round 75 (g7, g8; repro m5_0).
    { text: "1、效益指标：宣传覆盖面，广泛。", includes: "“广泛”" },
    { text: "1、产出指标：演出质量，优良。", includes: "“优良”" },
    { text: "1、可持续影响指标：长效机制，健全。", includes: "“健全”" },
    { text: "1.效益指标：确保安全度汛。", includes: "确保安全度汛" },
    // A deadline left to the contract, with no name before it: quoted under its category.
    { text: "产出指标：\n时效指标：按合同约定时间完成。", includes: "时效指标只写了“按合同约定时间完成”" },
    { text: "1、成本指标：运维费用，按合同约定。", includes: "按合同约定" },
    // Vague words off the list until round 64.
    { text: "1、效益指标：农民种粮积极性，有效提高。", includes: "有效提高" },
    { text: "1、效益指标：村容村貌，明显改观。", includes: "明显改观" },
    { text: "1、效益指标：土壤有机质含量，逐年提高。", includes: "逐年提高" },
    { text: "1、效益指标：保护性耕作，效果明显。", includes: "效果明显" },
    { text: "1、可持续影响指标：疾病防控体系建设，持续完善。", includes: "持续完善" },
    { text: "1、效益指标：疫苗针对传染病发病水平，保持低水平。", includes: "保持低水平" },
    { text: "1、可持续影响指标：健康档案动态管理，持续。", includes: "持续" },
    // An adverb and its verb as the whole target, whatever the verb (round 64's 及时查处; the parser will
    // read 重污染天气及时预警 and 群众文化生活日益丰富 as such targets).
    { text: "1、效益指标：违法行为，及时查处。", includes: "及时查处" },
    { text: "1、生态效益指标：重污染天气，及时预警。", includes: "及时预警" },
    { text: "1、社会效益指标：群众文化生活，日益丰富。", includes: "日益丰富" },
    { text: "1、效益指标：社会治安状况，明显好转。", includes: "明显好转" },
    // Everyone who qualifies, or the rules followed, in words (round 64 叙州, 科尔沁).
    { text: "1、社会效益指标：困难学生资助覆盖率，应助尽助。", includes: "应助尽助" },
    { text: "1、成本指标：临时救助标准，按规定标准执行。", includes: "按规定标准执行" },
    // A benchmark with no figure, however it was cut: one warning asking for the figure.
    {
      text: "1、效益指标：甲乙类传染病发病率，控制在全省平均水平以下。",
      includes: "以“控制在全省平均水平以下”为目标",
    },
    {
      records: [
        {
          name: "法定传染病报告发病率控制在全区平均水平以下",
          target: "",
          kind: "empty",
          comparator: null,
          value: null,
          unit: "",
        },
      ],
      includes: "“法定传染病报告发病率”以“控制在全区平均水平以下”为目标",
    },
    // A sentence ending in an adverb and its verb or state.
    {
      records: [
        { name: "重污染天气及时预警", target: "", kind: "empty", comparator: null, value: null, unit: "" },
      ],
      includes: "只写了“及时预警”",
    },
    {
      records: [
        { name: "群众文化生活日益丰富", target: "", kind: "empty", comparator: null, value: null, unit: "" },
      ],
      includes: "只写了“日益丰富”",
    },
    { text: "1、产出指标：装修工程进度，计划数。", includes: "计划数" },
    "1、产出指标：系统响应速率，年度计划。",
    "1、效益指标：群众安全意识，显著改善。",
    "1、效益指标：应急能力，稳步提高。",
    "1、效益指标：管理水平，有所提升。",
    "1、效益指标：宣传教育，持续加强。",
    "1、产出指标：是否按期完成，是。",
    // 否 to a question about a deed is no zero.
    "1、产出指标：是否按期完成，否。",
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
    // A standard that cites the rules, and an average with no figure (round 84 miss 9).
    {
      text: "1、成本指标：抚恤补助标准，按国家规定执行。",
      count: 1,
      includes: "只写了“按国家规定执行”，没有写出具体标准或数值",
    },
    {
      text: "1、效益指标：优抚对象生活水平，不低于当地居民平均生活水平。",
      count: 1,
      includes: "以“不低于当地居民平均生活水平”为目标",
    },
    // An aim read as its own target (round 84 miss 3).
    {
      text: "产出指标：召开会议1次；参会人数150人。效益指标：推动全县农业农村工作高质量发展。满意度指标：参会人员满意度≥90%。",
      count: 1,
      includes: "只写了工作目的",
    },
    {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["路灯维护", "效益指标", "社会效益指标", "保障市民夜间出行安全", "保障市民夜间出行安全"],
      ],
      count: 1,
      includes: "只写了工作目的",
    },
    // A sentence read as a name that ends in a vague state is VAGUE's, not a missing target (round 84 #65).
    {
      records: [
        { name: "宣传覆盖面广泛", target: "", kind: "empty", comparator: null, value: null, unit: "" },
      ],
      count: 1,
      includes: "只写了“广泛”",
    },
    // On time, by no date (round 84 miss 10).
    { text: "1、时效指标：春防、秋防，按时完成。", count: 1, includes: "只写了要按时完成，没有写明时限" },
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
  const fixOf = (text: string) => runRule(vague, text).map((f) => f.fix?.zh ?? "");
  it("gives a grade no percentage, keeps a cost's fall, and asks a mechanism yes or no by a date (round 64)", () => {
    const [grade] = fixOf("1、效益指标：耕地质量等级，稳中有升。");
    expect(grade).toContain("≥0.1等");
    expect(grade).not.toMatch(/%/);
    const [cost] = fixOf("1、效益指标：农村物流运输成本，有效降低。");
    expect(cost).toContain("较上年下降 ≥5%");
    expect(cost).not.toMatch(/万元/);
    const [mechanism] = fixOf("1、可持续影响指标：农村公路管养长效机制，逐步建立。");
    expect(mechanism).toContain("：是");
    expect(mechanism).not.toMatch(/≥95%|≥20场/);
    const [lasting] = fixOf("1、可持续影响指标：培训成果长效应用，长期。");
    expect(lasting).toContain("持续 ≥3年");
    const [low] = fixOf("1、社会效益指标：疫苗针对传染病发病水平，保持低水平。");
    expect(low).toContain("/10万");
    const [verb] = fixOf("1、生态效益指标：减少秸秆焚烧，效果明显。");
    expect(verb).toContain("较上年下降 ≥5%");
    const [impact] = fixOf("1、社会效益指标：对控制基建项目成本影响程度，效果明显。");
    expect(impact).not.toMatch(/万元/);
    const [all] = fixOf("1、社会效益指标：困难学生资助覆盖率，应助尽助。");
    expect(all).toContain("“100%”");
    const [timely] = fixOf("1、时效指标：补助发放及时性，及时发放。");
    expect(timely).toContain("及时率 ≥95%");
    expect(timely).not.toMatch(/元/);
  });
  it("asks an aim for a measure of what it serves (round 84 miss 3)", () => {
    const [f] = runRule(vague, {
      grid: [
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"],
        ["路灯维护", "效益指标", "社会效益指标", "保障市民夜间出行安全", "保障市民夜间出行安全"],
      ],
    });
    expect(f.fix?.zh).toContain("“安全事故（事件）发生起数 0起”");
  });
  it("asks a standard that cites the rules for its figure and its document (round 84 miss 9)", () => {
    const [f] = fixOf("1、成本指标：抚恤补助标准，按国家规定执行。");
    expect(f).toContain("每人每月（金额）元");
    expect(f).toContain("文号");
  });
  it("asks a benchmark for its figure with the side it names", () => {
    const [f] = fixOf("1、效益指标：甲乙类传染病发病率，控制在全省平均水平以下。");
    expect(f).toContain("≤X/10万");
    const [floor] = fixOf("1、效益指标：优抚对象生活水平，不低于当地居民平均生活水平。");
    expect(floor).toContain("“≥X”");
  });
  it("tells the 2021 template's 社会成本 and 生态环境成本 rows filled with its own words to write 无, once", () => {
    const grid = [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥500人"],
      ["成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "减少"],
      ["成本指标", "生态环境成本指标", "实施项目对生态产生的不利影响", "减少"],
    ];
    const found = runRule(vague, { grid });
    expect(found).toHaveLength(1);
    expect(found[0].fix?.zh).toContain("写“无”或删去该行");
    expect(found[0].fix?.zh).not.toContain("较上年下降");
  });
  it("keeps the direction of a vague sentence: a state that should fall is told to fall", () => {
    const [f] = runRule(vague, empty("新市民、青年人住房困难得到缓解"));
    expect(f.fix?.zh).toContain("较上年下降");
    expect(f.fix?.zh).not.toMatch(/元/);
  });
});
