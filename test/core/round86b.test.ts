/**
 * Round 86's probe (packed cells and free text from western, border and ethnic-minority counties): targets
 * and names as the officers wrote them.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

/** One packed 绩效指标 cell under the simplest header (项目名称 | 绩效指标). */
const packedCell = (cell: string) =>
  parseGrid(
    grid([
      ["项目名称", "绩效指标"],
      ["某项目", cell],
    ]),
  );

const fields = (cell: string) =>
  packedCell(cell).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

describe("Chinese numerals with 百, 千, 万 and 零 (二百一十六户, 一千二百人次, 一万二千人次)", () => {
  it("reads every figure of a numeral longer than four characters", () => {
    expect(fields("数量指标：补助牧工家庭二百一十六户；补助家庭三百一十二户")).toEqual([
      ["补助牧工家庭", "=", 216, "户", "quantitative"],
      ["补助家庭", "=", 312, "户", "quantitative"],
    ]);
  });

  it("reads 千 and 万 inside a numeral, and 一 before a magnitude as a count", () => {
    expect(
      fields(
        "数量指标：开展技能培训一千二百人次；培训一千人次；培训一千零五十人次；培训一万二千人次；培训两千人次",
      ),
    ).toEqual([
      ["开展技能培训", "=", 1200, "人次", "quantitative"],
      ["培训", "=", 1000, "人次", "quantitative"],
      ["培训", "=", 1050, "人次", "quantitative"],
      ["培训", "=", 12000, "人次", "quantitative"],
      ["培训", "=", 2000, "人次", "quantitative"],
    ]);
  });

  it("keeps a trailing magnitude a magnitude (一千二百万元, 一百二十万元)", () => {
    expect(fields("数量指标：补助资金一千二百万元；改造资金一百二十万元")).toEqual([
      ["补助资金", "=", 12000000, "元", "quantitative"],
      ["改造资金", "=", 1200000, "元", "quantitative"],
    ]);
  });

  it("cuts after a bracketed name's quantity in numerals as after its digits (新建水柜（池）三十五座，…)", () => {
    expect(fields("数量指标：新建水柜（池）三十五座，铺设管道18.5公里")).toEqual([
      ["新建水柜（池）", "=", 35, "座", "quantitative"],
      ["铺设管道", "=", 18.5, "公里", "quantitative"],
    ]);
  });

  it("cuts a numbered item after a count in numerals as after digits (（1）…三十五座，…; （一）…三百个；…一千二百人次)", () => {
    expect(fields("（1）数量指标:新建水柜三十五座，铺设管道18.5公里;")).toEqual([
      ["新建水柜", "=", 35, "座", "quantitative"],
      ["铺设管道", "=", 18.5, "公里", "quantitative"],
    ]);
    expect(
      fields(
        "一、产出指标：（一）数量指标：开发安置点公益性岗位三百个；开展搬迁劳动力技能培训一千二百人次。",
      ),
    ).toEqual([
      ["开发安置点公益性岗位", "=", 300, "个", "quantitative"],
      ["开展搬迁劳动力技能培训", "=", 1200, "人次", "quantitative"],
    ]);
  });

  it("keeps a 、 in a clause with no figure after a comma inside its indicator (…18.5公里，解决七百弄乡、板升乡12个村屯饮水问题)", () => {
    expect(
      fields("（1）数量指标:新建水柜35座，铺设管道18.5公里，解决七百弄乡、板升乡12个村屯饮水问题;"),
    ).toEqual([
      ["新建水柜", "=", 35, "座", "quantitative"],
      ["铺设管道", "=", 18.5, "公里", "quantitative"],
    ]);
  });
});

describe("state phrases after a subject (落实到位, 深入人心, 持续深化, 稳步增长, 每月按时发放到户)", () => {
  it("reads each as a qualitative target, the subject its name", () => {
    const r = packedCell(
      "质量指标：边境管控责任落实到位；社会效益指标：各族群众“三个离不开”思想深入人心；社会效益指标：各族群众交往交流交融持续深化；经济效益指标：搬迁劳动力务工收入稳步增长；时效指标：低保金按月足额发放到户；时效指标：低保金每月按时发放到户",
    );
    expect(r.indicators.map((i) => [i.name, i.target, i.kind])).toEqual([
      ["边境管控责任", "落实到位", "qualitative"],
      ["各族群众“三个离不开”思想", "深入人心", "qualitative"],
      ["各族群众交往交流交融", "持续深化", "qualitative"],
      ["搬迁劳动力务工收入", "稳步增长", "qualitative"],
      ["低保金", "按月足额发放到户", "qualitative"],
      ["低保金", "每月按时发放到户", "qualitative"],
    ]);
  });

  it("infers 时效指标 for funds paid out every month on time (④低保金每月按时发放到户)", () => {
    const r = packedCell("①城乡低保对象人数约2.1万人；②低保金每月按时发放到户。");
    expect(r.indicators.map((i) => [i.name, i.kind, i.level2Inferred])).toEqual([
      ["城乡低保对象人数", "quantitative", "数量指标"],
      ["低保金", "qualitative", "时效指标"],
    ]);
  });
});

describe("an enumerator, then a category label closed by a full stop (一是产出指标。…)", () => {
  it("reads the label as the 一级, not as the name's first words", () => {
    const r = parseGrid(
      grid([
        ["项目名称：驻村工作队工作经费"],
        ["主管部门：某县委组织部"],
        ["绩效指标："],
        ["一是产出指标。选派驻村工作队员276名；驻村工作经费每人每年1万元。"],
        ["二是效益指标。村级集体经济收入5万元以上的村占比达到100%。"],
        ["三是满意度指标。驻村群众满意度≥90%。"],
      ]),
    );
    expect(r.indicators.map((i) => [i.level1, i.name, i.value])).toEqual([
      ["产出指标", "选派驻村工作队员", 276],
      ["产出指标", "驻村工作经费", 10000],
      ["效益指标", "村级集体经济收入5万元以上的村占比", 100],
      ["满意度指标", "驻村群众满意度", 90],
    ]);
  });
});

describe("产出指标-成本指标-名称:值 (成本指标 written under 产出指标)", () => {
  it("reads 成本指标 as 产出's 二级, alone or after another such line", () => {
    expect(
      packedCell("产出指标-成本指标-生活补贴标准:90元/人/月").indicators.map((i) => [
        i.level1,
        i.level2,
        i.name,
      ]),
    ).toEqual([["产出指标", "成本指标", "生活补贴标准"]]);
    expect(
      packedCell(
        "产出指标-成本指标-生活补贴标准:90元/人/月\n产出指标-成本指标-护理补贴标准:90元/人/月",
      ).indicators.map((i) => [i.level1, i.level2, i.name]),
    ).toEqual([
      ["产出指标", "成本指标", "生活补贴标准"],
      ["产出指标", "成本指标", "护理补贴标准"],
    ]);
  });
});

describe("满意度指标：… after 二级 labels whose items are numbered ①②", () => {
  it("reads 满意度指标 as the 二级 written (服务对象满意度指标), as after unnumbered ones", () => {
    const r = packedCell(
      "数量指标：①选派工作队36支；②驻村队员108名。\n社会效益指标：①基层组织建设进一步加强。\n满意度指标：群众满意度≥90%。",
    );
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "选派工作队"],
      ["产出指标", "数量指标", "驻村队员"],
      ["效益指标", "社会效益指标", "基层组织建设"],
      ["满意度指标", "服务对象满意度指标", "群众满意度"],
    ]);
  });

  it("leaves it an 一级 after a label of an 一级 alone (产出指标：①…)", () => {
    const r = packedCell("产出指标：①选派工作队36支；②驻村队员108名。\n满意度指标：群众满意度≥90%。");
    expect(r.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ["产出指标", null],
      ["产出指标", null],
      ["满意度指标", null],
    ]);
  });
});

describe("a bracketed note of words after the quantity (聘用护边员1260名（含兼职护边员）)", () => {
  it("leaves number and note out of the name, as a note with digits does", () => {
    const r = packedCell(
      "数量指标：聘用护边员1260名（含兼职护边员）；创建示范社区2个（正阳社区、城西社区）；改造服务中心1处（面积850平方米）；村容村貌（明显改善）",
    );
    expect(r.indicators.map((i) => [i.name, i.value, i.unit])).toEqual([
      ["聘用护边员", 1260, "名"],
      ["创建示范社区", 2, "个"],
      ["改造服务中心", 1, "处"],
      ["村容村貌（明显改善）", null, ""],
    ]);
  });
});

describe("a hedge or a rule applied between name and figure", () => {
  it("keeps 原则上 with the target (全年驻村时间原则上不少于220天)", () => {
    expect(fields("时效指标：全年驻村时间原则上不少于220天")).toEqual([
      ["全年驻村时间", ">=", 220, "天", "quantitative"],
    ]);
  });

  it("cuts the name before 按照…标准执行 when a bracket states the figure", () => {
    const r = packedCell("成本指标：补贴标准按照市级标准执行（生活补贴每人每月不低于100元）");
    expect(r.indicators.map((i) => [i.name, i.target, i.comparator, i.value])).toEqual([
      ["补贴标准", "按照市级标准执行（生活补贴每人每月不低于100元）", ">=", 100],
    ]);
  });
});

describe("a clause with no number after a whole indicator", () => {
  it("is an indicator of its own when it holds a name against a level in words (…增速高于当地农村居民平均水平)", () => {
    const r = packedCell(
      "效益指标：带动脱贫户户均增收不少于1500元，脱贫人口收入增速高于当地农村居民平均水平。",
    );
    expect(r.indicators.map((i) => [i.name, i.value, i.kind])).toEqual([
      ["带动脱贫户户均增收", 1500, "quantitative"],
      ["脱贫人口收入增速", null, "qualitative"],
    ]);
  });
});
