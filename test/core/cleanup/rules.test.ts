/** Each rule as a table of cases: text in → text out (unchanged when out is omitted). */
import { fixSpaces } from "../../../src/core/cleanup/rules/space";
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { fixNumbering } from "../../../src/core/cleanup/rules/numbering";
import { fixCategories } from "../../../src/core/cleanup/rules/category";
import { fixComparatorWords } from "../../../src/core/cleanup/rules/comparatorWords";
import { fixTypos } from "../../../src/core/cleanup/rules/typo";

type Case = [string, string?];

function table(name: string, fix: (t: string) => string, cases: Case[]) {
  describe(name, () => {
    const rows = cases.map(([input, expected]) => ({ input, expected: expected ?? input }));
    test.each(rows)("$input", ({ input, expected }) => {
      const out = fix(input);
      expect(out).toBe(expected);
      // every rule is idempotent on its own
      expect(fix(out)).toBe(out);
    });
  });
}

table("SPACE", fixSpaces, [
  ["  巡查企业数  ", "巡查企业数"],
  // A space between two words may separate items: it stays, a run of them becomes one.
  ["巡查 企业数"],
  ["巡查  企业数", "巡查 企业数"],
  ["巡查\u3000企业数", "巡查 企业数"],
  ["巡查\u00A0企业数", "巡查 企业数"],
  ["巡\u200B查\uFEFF企业数", "巡查企业数"],
  ["覆盖街道：东湖 西湖 南湖"],
  ["联系人：张三 李四"],
  ["填表人：王  明    审核人:李强", "填表人：王 明 审核人:李强"],
  ["内部备注：核对  王", "内部备注：核对 王"],
  // Surely accidental: around comparators, before %, between a number and its unit, by punctuation.
  ["系统 正常运行率 ≥ 95 %", "系统 正常运行率≥95%"],
  ["群众满意度≥ 90 %", "群众满意度≥90%"],
  ["≥ 350公里", "≥350公里"],
  ["≥ 40％", "≥40％"],
  [" 8000 平方米 ", "8000平方米"],
  ["服务器数量（>=1 200台）", "服务器数量（>=1200台）"],
  ["完成率 ， 100%", "完成率，100%"],
  ["方案 （试行）", "方案（试行）"],
  ["联系电话：020-8888 1234"],
  ["1:1 比例", "1:1 比例"],
  ["GPS  tracking   system", "GPS tracking system"],
  ["Windows 10 终端"],
  ["1、产出指标\n\n\n2、效益指标", "1、产出指标\n2、效益指标"],
  ["第一行 \r\n 第二行", "第一行\n第二行"],
  ["巡查企业数\n，不少于1万家次", "巡查企业数，不少于1万家次"],
  ["\n\n满意度\n", "满意度"],
  ["一级指标\n(权重)"],
  ["巡查企业数，不少于1万家次"],
  [""],
]);

table("PUNCT", fixPunctuation, [
  // Inside a number (probe round 65 w2 E7, w6 I3).
  ["９５．５％", "95.5%"],
  ["≥1，200人", "≥1,200人"],
  ["完成1，2号楼改造", "完成1，2号楼改造"],
  ["2024．08．31", "2024.08.31"],
  // One colon style for 指标N: labels in a column (w4 C4, C8, C13).
  ["指标4:PM2.5浓度", "指标4：PM2.5浓度"],
  ["指标7:12345热线接通率", "指标7：12345热线接通率"],
  ["指标1:机柜数量", "指标1：机柜数量"],
  ["比例1:500", "比例1:500"],
  ["每日8:30-17:30", "每日8:30-17:30"],
  ["达到90%以上。。", "达到90%以上。"],
  ["完成率，，100%", "完成率，100%"],
  ["满意度,90%", "满意度，90%"],
  ["产出指标:数量指标;质量指标", "产出指标：数量指标；质量指标"],
  ["1,000元", "1,000元"],
  ["10:30前到场", "10:30前到场"],
  ["见 http://example.org", "见 http://example.org"],
  ["机柜数量(≥77台)", "机柜数量（≥77台）"],
  ["机柜数量（≥77台)", "机柜数量（≥77台）"],
  ["(GPS)定位", "（GPS）定位"],
  ["f(x) = 1"],
  ["满意度９５％", "满意度95%"],
  [">=90%", "≥90%"],
  ["≧90%", "≥90%"],
  ["＞＝90%", "≥90%"],
  ["<=3天", "≤3天"],
  ["≦3天", "≤3天"],
  ["＜3天", "<3天"],
  ["＞1万项", ">1万项"],
  ["≥90%"],
]);

table("NUMBERING", fixNumbering, [
  // Numbered afresh under each 一级 it names: the review reads no repeat, so nothing to renumber.
  ["1、产出指标：甲，1次。2、产出指标：乙，2次。1、效益指标：丙，3次。"],
  // A 一级 going on from another's number counts straight through: the later 1 is a repeat.
  [
    "1、满意度指标：甲，0。2、效益指标：乙。1、产出指标：丙。2、产出指标：丁。",
    "1、满意度指标：甲，0。2、效益指标：乙。3、产出指标：丙。4、产出指标：丁。",
  ],
  // Outline numbering restarts under each heading (probe round 65 w1 G7).
  [
    "一、产出指标\n1.系统运行天数≥365天\n2.故障修复时间≤4小时\n二、效益指标\n1.平台可用率≥99%\n三、满意度指标\n1.使用人员满意度≥90%",
  ],
  [
    "（一）数量指标：1.甲；2.乙。（二）质量指标：1.丙；1.丁",
    "（一）数量指标：1.甲；2.乙。（二）质量指标：1.丙；2.丁",
  ],
  ["数量指标：1.甲；2.乙。质量指标：1.丙"],
  ["数量指标：1.甲；2.乙。质量指标：4.丙", "数量指标：1.甲；2.乙。质量指标：3.丙"],
  ["【产出指标】\n1、甲。1、乙。\n【效益指标】\n1、丙", "【产出指标】\n1、甲。2、乙。\n【效益指标】\n1、丙"],
  ["1、甲。1、乙。1、丙。", "1、甲。2、乙。3、丙。"],
  ["1.甲；1.乙", "1.甲；2.乙"],
  ["（1）甲。（1）乙", "（1）甲。（2）乙"],
  ["1）甲\n3）乙", "1）甲\n2）乙"],
  ["绩效指标：1、甲；3、乙", "绩效指标：1、甲；2、乙"],
  ["3、甲。5、乙", "3、甲。4、乙"],
  ["1、甲(1)子项。(1)子项", "1、甲(1)子项。(1)子项"],
  ["1、甲。（1）子；（1）子。2、乙", "1、甲。（1）子；（1）子。2、乙"],
  ["1、甲，不少于0.9万家次。2、乙"],
  ["1、甲。2.5万人次"],
  ["1、甲"],
  ["完成1、2、3号楼"],
]);

table("CATEGORY", fixCategories, [
  ["项目完成指标", "产出指标"],
  ["1、预期产出指标：甲", "1、产出指标：甲"],
  ["时效指标(工期指标)", "时效指标"],
  ["预算（或投资规模）控制指标", "成本指标"],
  ["社会公众或服务对象满意度指标", "服务对象满意度指标"],
  ["环境效益指标", "生态效益指标"],
  ["效果指标", "效益指标"],
  ["产出指标"],
  // Only a whole label: 生态环境效益指标 became 生态生态效益指标 (probe round 65 w9 C3).
  ["生态环境效益指标"],
  ["效益指标-环境效益指标", "效益指标-生态效益指标"],
  ["项目完成指标完成情况"],
]);

table("COMPARATOR-WORDS", fixComparatorWords, [
  ["不少于1万家次", "≥1万家次"],
  ["不低于 95%", "≥ 95%"],
  ["不超过3天", "≤3天"],
  ["大于20%", ">20%"],
  ["低于5%", "<5%"],
  ["大于等于90%", "≥90%"],
  ["低于预期"],
  ["90%以上"],
  ["巡查企业数不少于1万家次。", "巡查企业数≥1万家次。"],
  ["较上年减少，不多于2次", "较上年减少，≤2次"],
  ["至少 1.5万亩", "≥ 1.5万亩"],
  // Only the target's comparator: never inside a name, prose or a date (probe round 65 w9).
  ["低于3岁婴幼儿入托人数"],
  ["超过60岁老人参与率"],
  ["项目按期完成率达到85%以上，超过90%的地块另行奖补"],
  ["不超过2024年12月"],
]);

table("TYPO", fixTypos, [
  ["防震减灾灾灾工作", "防震减灾工作"],
  ["具有社会效益效益。", "具有社会效益。"],
  ["会商、装备、装备、休息", "会商、装备、休息"],
  ["常常检查"],
  ["消防安全、安全生产"],
  ["人人参与"],
  // what TEXT-TYPO reports, and only that (the finder is shared):
  ["一步一步推进，方方面面"],
  ["1、安全2、安全"],
  // 安全 is a whole item on its left, as 装备 is in 装备、装备数量: TEXT-TYPO reports both
  ["安全、安全生产", "安全生产"],
  ["加强宣传，安全、安全生产", "加强宣传，安全生产"],
  ["社会效益、效益1项"],
  ["效益效益效益", "效益"],
  ["装备装备、装备", "装备"],
  ["减灾灾灾灾，效益效益，减灾灾灾", "减灾，效益，减灾"],
]);
