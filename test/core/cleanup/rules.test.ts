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
  // A section's number before its title keeps its space (round 202 left 2.1 项目概况 → 2.1项目概况: 项 read as
  // a unit); a quantity at the start of a line is no section (2.5 万元, 1.5 亩).
  ["2.1 项目概况"],
  ["3.2.1 人员培训"],
  ["2.5 万元", "2.5万元"],
  ["1.5 亩", "1.5亩"],
  ["2.1 项", "2.1项"],
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
  // An empty line the parser cuts at stays where removing it would join two items into one name (CI seed
  // -2022775286); between whole indicators it goes.
  ["巡查企业数\n\n巡查企业数(2)"],
  ["巡查企业数\n\n\n\n巡查企业数(2)", "巡查企业数\n\n巡查企业数(2)"],
  ["巡查企业数≥5家\n\n合格率≥95%", "巡查企业数≥5家\n合格率≥95%"],
  ["巡查企业数\n\n\n，不少于1万家次", "巡查企业数，不少于1万家次"],
  ["一级指标\n(权重)"],
  ["巡查企业数，不少于1万家次"],
  [""],
  // After a comparator or change word and before 以上 after a quantity, a space is stray (probe r80).
  ["发放宣传资料不少于 5000份", "发放宣传资料不少于5000份"],
  ["群众知晓率达到 90% 以上", "群众知晓率达到90%以上"],
  ["较上年提高 2个百分点", "较上年提高2个百分点"],
  ["较上年下降 5%", "较上年下降5%"],
  ["服务不少于 300人次", "服务不少于300人次"],
  ["覆盖率达到 3级 以上", "覆盖率达到3级以上"],
  // … while a space between a word and a number in general may separate items or fields.
  ["全年开展宣传活动 12场次"],
  ["每生每天 5元"],
  ["1号楼 2号楼"],
  ["东湖 西湖 以上区域"],
]);

table("PUNCT", fixPunctuation, [
  // A run of marks takes its width from the Chinese beside it, the whole run in one call (a fast-check seed
  // found ;,,:、 made full-width one mark a run, so a space beside the run went only on the next cleanup).
  ["≥ ;,,:、", "≥ ；，，：、"],
  ["完成率;,达标", "完成率；，达标"],
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
  // A ; in Chinese text is its list separator beside a percentage or a number too (probe r80 09!B6, 13!C10).
  [
    "1)植树造林面积≥500亩;2)苗木成活率≥85%;3)森林覆盖率提高0.5个百分点",
    "1)植树造林面积≥500亩；2)苗木成活率≥85%；3)森林覆盖率提高0.5个百分点",
  ],
  ["A,B类设备完好率≥98%;Ⅰ,Ⅱ级响应启动及时率100%", "A,B类设备完好率≥98%；Ⅰ,Ⅱ级响应启动及时率100%"],
  ["巡查≥12次;整改率100%", "巡查≥12次；整改率100%"],
  // … not in code or a link, and not where the text is not Chinese.
  ["样式 font-family:a;b"],
  ["85%;90%"],
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
  // A marker before a digit is a marker where the sequence says so (probe r80 13!C2, C3, C7): 2、65岁 is
  // item 2, so 3、 stays 3、; a repeat after it is renumbered.
  ["1、高血压患者规范管理率≥60%；2、65岁以上老年人健康管理率≥70%；3、孕产妇系统管理率≥90%"],
  ["1、工单按时办结率≥95%；2、12345热线接通率≥90%；3、群众满意度≥85%"],
  [
    "1、巡河≥24次；2、2024年底前完成“一河一策”修编；2、水质达标率≥90%",
    "1、巡河≥24次；2、2024年底前完成“一河一策”修编；3、水质达标率≥90%",
  ],
  ["1、65岁以上老年人健康管理率≥70%；2、孕产妇系统管理率≥90%"],
  // Before a point, a digit makes a decimal unless the numbers on both sides confirm the item.
  [
    "1.居民电子健康档案建档率≥90%\n  2.65岁及以上老年人健康管理率≥62%\n3.高血压患者规范管理率≥65%\n4.0-6岁儿童眼保健和视力检查覆盖率≥90%\n5.人均基本公共卫生服务经费补助标准94元",
  ],
  ["1.65岁及以上老年人健康管理率≥62%；1.0-6岁儿童健康管理率≥90%；3.孕产妇系统管理率≥90%"],
  ["时间节点：1、2月完成招标，3、4月完成施工。"],
  ["1、完成第1、2批次老旧小区改造；2、时间节点：1、2月完成招标；3、开放时间9:00-21:00；4、1.5万人次受益"],
  ["1、甲；2、乙；2、3号楼改造"],
  // A label before a list restarts it (probe r80 13!C4–C6), as the review reads it (listHeadings.ts).
  ["年度目标：1、完成改造12个；2、验收合格率100%。长期目标：1、群众满意度≥90%；2、设施使用年限≥15年"],
  ["绩效目标：1、丰富群众文化生活；2、提升公共文化服务水平。绩效指标：1、送戏下乡≥60场；2、观众满意度≥90%"],
  ["项目一：1、道路改造≥3公里；2、路灯安装≥120盏。项目二：1、绿化面积≥5000平方米；2、验收合格率100%"],
  ["年度目标\n1、完成改造12个；2、验收合格率100%\n长期目标\n1、群众满意度≥90%；2、设施使用年限≥15年"],
  ["1、改造12个。其中：1、老旧小区8个；2、背街小巷4个"],
  // … while a list going on after the label still counts on.
  ["1、甲≥1个；2、乙≥2个。质量：3、丙≥3个；3、丁≥1个", "1、甲≥1个；2、乙≥2个。质量：3、丙≥3个；4、丁≥1个"],
  // The other styles the review reads: 指标N, ①, 一是 (probe r80 05!D2, 09!B10, B11).
  [
    "【产出指标-数量指标】\n指标1:机柜数量(≥77台)\n指标2：服务器数量( ≥ 120台 )\n【产出指标-质量指标】\n指标3:系统可用率(≥99.9%)\n\n【效益指标-社会效益指标】\n指标3:政务服务效率(明显提升)\n指标5:12345热线接通率(≥95%)",
    "【产出指标-数量指标】\n指标1:机柜数量(≥77台)\n指标2：服务器数量( ≥ 120台 )\n【产出指标-质量指标】\n指标3:系统可用率(≥99.9%)\n\n【效益指标-社会效益指标】\n指标4:政务服务效率(明显提升)\n指标5:12345热线接通率(≥95%)",
  ],
  [
    "①发放补贴≥2000户；②补贴标准每户500元；②资金兑付及时率100%",
    "①发放补贴≥2000户；②补贴标准每户500元；③资金兑付及时率100%",
  ],
  [
    "一是开展巡查≥24次；二是整改隐患≥100处；二是群众满意度≥90%",
    "一是开展巡查≥24次；二是整改隐患≥100处；三是群众满意度≥90%",
  ],
  [
    "一是甲；二是乙；三是丙；四是丁；五是戊；六是己；七是庚；八是辛；九是壬；十是癸；十是子",
    "一是甲；二是乙；三是丙；四是丁；五是戊；六是己；七是庚；八是辛；九是壬；十是癸；十一是子",
  ],
  // Sub-items are renumbered where their run plainly counts up and then repeats (probe r80 06!C7).
  [
    "1、数量指标：(1)开放时间每周≥56小时；(2)举办讲座≥12场；(2)接待读者≥3万人次\n2、质量指标：读者满意度90%（含）以上",
    "1、数量指标：(1)开放时间每周≥56小时；(2)举办讲座≥12场；(3)接待读者≥3万人次\n2、质量指标：读者满意度90%（含）以上",
  ],
  ["1、甲：①子；②子；②子。2、乙：①子；①子", "1、甲：①子；②子；③子。2、乙：①子；①子"],
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
