/**
 * The engine's quick rejections (character loops that run before a regex or a slice) must never
 * reject what the full check would accept. Each property compares the quick check with the full one
 * on text made of the characters that matter.
 */
import fc from "fast-check";
import { hasJoiner, JOINERS } from "../../../src/core/table/columns";
import { bareLabel, categoryOfLabel, hasInnerPunct } from "../../../src/core/text/categories";
import { canon, isJsSpace } from "../../../src/core/text/chars";
import { NAME_COMPARATOR_PATTERN, PER_WORD, perBefore } from "../../../src/core/text/comparators";
import { findNumbering, headingCategoryAt } from "../../../src/core/text/segment";
import { afterReference, BOUND_OF_REFERENCE, isSerialText } from "../../../src/core/text/target";
import { breakSpacedLevels, mayHaveSpacedLevels } from "../../../src/core/text/spacedLevels";
import {
  BENEFIT_DEED,
  comparedClauseEnd,
  DEADLINE_START,
  endsPlaceholder,
  CN_FIGURE_PATTERN,
  hasCnFigure,
  holdsDeadlineMark,
  isDeadlineClause,
  mayEndMonth,
  MONTH_END_DEED,
  mayEndQualitative,
  mayStartDeadline,
  mayHoldTiming,
  mayStateBenefit,
  mayGainForPeople,
  mayNameRecipients,
  OWN_NAME_THEN_COMPARED,
  OWN_PART,
  ownPart,
  PEOPLE_GAIN,
  PLACEHOLDER_END,
  QUALITATIVE_TAIL_PATTERN,
  RECIPIENTS_FIRST,
  TIMING_TAIL,
  mayHoldCode,
  CODE_IN_NAME,
} from "../../../src/core/text/sentences";
import { BOUND_FIRST, boundFirst } from "../../../src/core/text/item/leadIn";
import {
  COMPARED_WORDS,
  mayEndWithModal,
  MODAL_TAIL,
  mayEndWithState,
  STATE_TAIL,
  mayEndWithPhrase,
  PHRASE_TAIL,
  mayEndWithAdverb,
  ADVERB_TAIL,
  vagueAtEnd,
  VAGUE_TAIL,
  mayStateWork,
  VERB_OBJECT_FIRST,
  mayStartPercent,
  PERCENT_FIRST,
  WITHIN_TIME,
} from "../../../src/core/text/item/patterns";
import {
  mayHoldComparator,
  NAME_LABEL_ALONE,
  TARGET_LABEL_OPENS,
  targetLabelGoesOn,
  UNIT_LABEL_CLOSES,
  UNIT_LABEL_OPENS,
  unitLabelGoesOn,
  unitLabelIn,
} from "../../../src/core/text/item/labels";
import { endsWithClose, NAME_HINT } from "../../../src/core/text/item/names";
import { unitBracketAt } from "../../../src/core/text/item/nameUnit";
import { mayEndWithQuantity, trailingQuantity } from "../../../src/core/text/item/quantity";
import { boundWords, TARGET_BOUND, targetBound } from "../../../src/core/table/headers";

/** Pieces labels, headings and items are made of: category words, numbering, scores, punctuation. */
/** Text made of the given pieces in any order (at most `maxLength` of them), canonicalised as the reader sees it. */
const piecesText = (pieces: string[], maxLength: number) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => canon(p.join("")));

const LABEL_PIECES = [
  "产出指标",
  "数量指标",
  "效益指标",
  "满意度",
  "社会效益",
  "指标1:",
  "1、",
  "（一）",
  "【",
  "】",
  "(0-20)分",
  "（40分）",
  "30分",
  "：",
  ":",
  "；",
  ";",
  "。",
  "，",
  ",",
  "!",
  "？",
  " ",
  "\u3000",
  "\n",
  "巡查企业数",
  "≥95%",
  "-",
];
const labelText = fc
  .array(fc.constantFrom(...LABEL_PIECES), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""));

/** The full check's verdict on sentence punctuation: what is left after bareLabel strips the ends. */
const fullCheckRejects = (label: string) => /[。;；，,:：!?！？]/.test(bareLabel(label));

describe("quick rejections agree with the full checks", () => {
  it("hasInnerPunct only says yes when bareLabel keeps a sentence mark", () => {
    fc.assert(
      fc.property(labelText, (t) => {
        if (hasInnerPunct(t, 0, t.length)) expect(fullCheckRejects(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("says yes on sentences and no on labels with trailing marks and scores", () => {
    expect(hasInnerPunct("产出指标：巡查企业数", 0, "产出指标：巡查企业数".length)).toBe(true);
    expect(hasInnerPunct("产出指标：（40分）。", 0, "产出指标：（40分）。".length)).toBe(false);
    expect(categoryOfLabel("产出指标：（40分）。")).toEqual({ level1: "产出指标", level2: null });
    expect(categoryOfLabel("产出指标：巡查企业数")).toBeNull();
  });

  it("headingCategoryAt reads a span exactly as the span read on its own", () => {
    fc.assert(
      fc.property(labelText, labelText, labelText, (before, span, after) => {
        const s = canon(before + span + after);
        const a = before.length;
        const b = a + span.length;
        expect(headingCategoryAt(s, a, b)).toEqual(headingCategoryAt(s.slice(a, b), 0, b - a));
      }),
      { numRuns: 2000 },
    );
  });

  it("isJsSpace is exactly what RegExp \\s matches", () => {
    for (let c = 0; c < 0x10000; c++) expect(isJsSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it("endsWithClose passes every name NAME_HINT finds a hint of the form to fill at the end of", () => {
    const hinted = fc
      .array(
        fc.constantFrom(
          "完成时间",
          "（",
          "(",
          "）",
          ")",
          "年",
          "月",
          "日",
          "XX",
          "填写",
          " ",
          "\u3000",
          "\n",
          "1",
        ),
        {
          maxLength: 8,
        },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(hinted, (t) => {
        if (NAME_HINT.test(t)) expect(endsWithClose(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(NAME_HINT.test("培训完成时间（年月） ")).toBe(true);
  });

  it("afterReference says what BOUND_OF_REFERENCE says of the text before the number", () => {
    const boundText = fc
      .array(
        fc.constantFrom(
          "不低于",
          "不超过",
          "当地",
          "低保",
          "标准",
          "水平",
          "总额",
          "均值",
          "基数",
          "上年",
          "的",
          " ",
          "，",
          "1",
          "准",
          "平",
        ),
        { maxLength: 7 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(boundText, (t) => {
        const s = `${t}1.3倍`;
        const i = t.length;
        expect(afterReference(s, i, i > 0 ? s.charCodeAt(i - 1) : 0)).toBe(BOUND_OF_REFERENCE.test(t));
      }),
      { numRuns: 5000 },
    );
    expect(afterReference("不低于当地低保标准1.3倍", 9, "准".charCodeAt(0))).toBe(true);
  });

  it("isSerialText says what /^\\d{5}(\\.0+)?$/ says of the trimmed text", () => {
    const serialish = fc
      .array(fc.constantFrom("4", "0", "5", ".", " ", "\u3000", "\n", "a", "万"), { maxLength: 9 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(serialish, (t) => {
        expect(isSerialText(t)).toBe(/^\d{5}(\.0+)?$/.test(t.trim()));
      }),
      { numRuns: 5000 },
    );
    expect(isSerialText(" 44561.00 ")).toBe(true);
    expect(isSerialText("44561.")).toBe(false);
  });

  it("mayHaveSpacedLevels rejects only what breakSpacedLevels leaves as it is (a PDF's spaces as breaks)", () => {
    const pieces = fc
      .array(
        fc.constantFrom(
          "数量指标",
          "质量指标",
          "满意度指标",
          "指标",
          "覆盖率",
          "≥95%",
          "6个",
          " ",
          "\u3000",
          "\n",
          "2023年11月",
        ),
        { maxLength: 12 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(pieces, (t) => {
        if (!mayHaveSpacedLevels(t)) expect(breakSpacedLevels(t)).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayEndWithQuantity passes everything trailingQuantity finds a quantity in", () => {
    const quantityText = piecesText(
      [
        "培训人数",
        "达到",
        "九成",
        "以上",
        "两次",
        "百分之九十",
        "3.5",
        "万",
        "平方米",
        "%",
        "个",
        "，",
        " ",
        "约",
        "第三",
      ],
      6,
    );
    fc.assert(
      fc.property(quantityText, (t) => {
        if (!mayEndWithQuantity(t, 0, t.length)) expect(trailingQuantity(t)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("perBefore finds the per that NAME_COMPARATOR_PATTERN's PER_WORD finds before a number", () => {
    // The character scan and the pattern must agree: the name is cut where the pattern says, and the
    // target reads its comparator back past where the scan says.
    const perRun = new RegExp(`(?:${PER_WORD}){1,2}$`);
    const perText = piecesText(
      ["每", "人", "月", "万", "人口", "平方米", "户补助", "生", "标准", "≥", "1", " "],
      6,
    );
    fc.assert(
      fc.property(perText, (t) => {
        const m = perRun.exec(t);
        // The pattern may start a run of two at an earlier 每 than the scan's two; both end at the number.
        if (m === null) expect(perBefore(t, t.length)).toBe(-1);
        else expect(perBefore(t, t.length)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("a section number (1.1, 2.1.1) is read only at an item's start, never a decimal inside words", () => {
    const text = piecesText(
      ["服务人次", "增长", "≥", "1.5", "1.1", "2.1.1", "万人次", "公里", "%", " ", "指标值", "、"],
      6,
    );
    fc.assert(
      fc.property(text, (t) => {
        for (const tok of findNumbering(t)) {
          if (!t.slice(tok.start, tok.end).includes(".")) continue;
          // Only at the text's start (after spaces): no ; : 。 or line in these texts.
          expect(t.slice(0, tok.start).trim()).toBe("");
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("comparedClauseEnd passes every clause OWN_NAME_THEN_COMPARED matches, and ends it at its comma", () => {
    const clauseText = piecesText(
      [
        "满意度",
        "不合格率",
        "≥",
        "<",
        "不少于",
        "达到",
        "至少",
        "高于",
        "90",
        "%",
        " ",
        "维",
        "率",
        "PM2.5",
        "平均浓度",
        "同比",
        "下降",
        "提高",
      ],
      6,
    );
    fc.assert(
      fc.property(clauseText, (t) => {
        const end = comparedClauseEnd(t, 0);
        const clause = t.split(/[,;。\n]/)[0];
        if (end < 0) expect(OWN_NAME_THEN_COMPARED.test(clause)).toBe(false);
        else expect(end).toBe(clause.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayEndWithModal passes every name MODAL_TAIL finds a modal at the end of", () => {
    const nameText = piecesText(
      [
        "就业率",
        "力争",
        "争取",
        "确保",
        "均",
        "各",
        "户均",
        "按",
        "控制",
        "在",
        "预算",
        "内",
        "达到",
        "保持",
        "维持",
        "持续",
        "1",
        " ",
      ],
      6,
    );
    fc.assert(
      fc.property(nameText, (t) => {
        if (!mayEndWithModal(t, t.length)) expect(MODAL_TAIL.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayEndWithState passes every text STATE_TAIL finds a state at the end of", () => {
    const stateText = piecesText(
      [
        "社会秩序",
        "平稳",
        "良好",
        "优良",
        "平衡",
        "满意",
        "有序",
        "畅通",
        "合格",
        "达标",
        "到位",
        "完成",
        "全部",
        "长期",
        "永久",
        "有效",
        "保存",
        "安全",
        "率",
        "总体",
        "。",
        ".",
        ";",
        ",",
        "；",
        " ",
        "\u3000",
        "\n",
        "1",
      ],
      6,
    );
    fc.assert(
      fc.property(stateText, (t) => {
        if (!mayEndWithState(t)) expect(STATE_TAIL.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayHoldComparator passes every text COMPARED_WORDS finds a bound in words in", () => {
    const boundText = piecesText(
      ["项目成本", "≤", "≥", "<", ">=", "不超过", "不低于", "预算数", "合同金额", "1", "。", " "],
      6,
    );
    fc.assert(
      fc.property(boundText, (t) => {
        if (!mayHoldComparator(t, 0, t.length)) expect(COMPARED_WORDS.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayHoldComparator passes every name NAME_COMPARATOR_PATTERN finds a target in", () => {
    const named = piecesText(
      [
        "数据有效率",
        "不应低于",
        "未超过",
        "不足",
        "不到",
        "至多",
        "最低",
        "逾",
        "超过",
        "大于",
        "≥",
        "=",
        "每人",
        "90",
        "千",
        "%",
        " ",
      ],
      6,
    );
    fc.assert(
      fc.property(named, (t) => {
        if (!mayHoldComparator(t, 0, t.length)) expect(NAME_COMPARATOR_PATTERN.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("parseItem's closing-bracket check passes every name unitBracketAt finds a unit's bracket in", () => {
    const named = piecesText(
      ["资助学生人数", "(", ")", "（", "）", "单位:", "人", "万元", "%", "含线上", "≥1500", " "],
      6,
    );
    fc.assert(
      fc.property(named, (t) => {
        if (t.charCodeAt(t.length - 1) !== 41) expect(unitBracketAt(t, 0, t.length)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("mayEndWithPhrase passes every text PHRASE_TAIL matches", () => {
    const phraseText = piecesText(
      [
        "水质",
        "及时",
        "预警",
        "日益",
        "丰富",
        "焕然一新",
        "有序推进",
        "稳定可靠",
        "全面完成",
        "全面",
        "摸清",
        "查清",
        "改善明显",
        "建立健全",
        "健全完善",
        "动态",
        "更新",
        "保持",
        "全国较低",
        "水平",
        "实现",
        "全覆盖",
        "应挂",
        "尽挂",
        "尽",
        "挂",
        "做到",
        "。",
        ";",
        " ",
        "率",
      ],
      5,
    );
    fc.assert(
      fc.property(phraseText, (t) => {
        if (!mayEndWithPhrase(t)) expect(PHRASE_TAIL.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayEndQualitative passes every text QUALITATIVE_TAIL_PATTERN matches", () => {
    const pieces = [
      "水质",
      "明显",
      "显著",
      "有效",
      "进一步",
      "持续",
      "得到",
      "更加",
      "逐步",
      "基本",
      "清零",
      "向好",
      "稳中",
      "效果",
      "保障",
      "安全度汛",
      "不发生",
      "破坏",
      "准确",
      "准确无误",
      "未遭到",
      "形成",
      "建成",
      "和谐",
      "便捷",
      "改善",
      "提升",
      "恢复",
      "控制",
      "落实",
      "缓解",
      "有保障",
      "稳中有降",
      "稳中有增",
      "稳中有进",
      "稳中有升",
      "普遍",
      "扩大",
      "有力",
      "群众",
      "100%",
      "。",
      "；",
      ",",
      " ",
      "\n",
    ];
    // Every word of the pattern ends one of these texts too.
    const words = QUALITATIVE_TAIL_PATTERN.source.match(/[\u4e00-\u9fa5]{2,}/g) ?? [];
    const text = fc
      .array(fc.constantFrom(...pieces, ...words), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        if (!mayEndQualitative(t)) expect(QUALITATIVE_TAIL_PATTERN.test(t)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("mayEndWithAdverb passes every text ADVERB_TAIL matches", () => {
    const adverbText = piecesText(
      [
        "返贫风险",
        "有效",
        "充分",
        "防范",
        "投诉",
        "按计划",
        "及时",
        "召开",
        "更加",
        "便捷",
        "安全",
        "日益",
        "顺利",
        "完成",
        "学业",
        "全天候",
        "全时段",
        "值守",
        "率",
        "。",
        ";",
        " ",
      ],
      5,
    );
    fc.assert(
      fc.property(adverbText, (t) => {
        if (!mayEndWithAdverb(t)) expect(ADVERB_TAIL.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("vagueAtEnd finds every text VAGUE_TAIL matches", () => {
    const vagueText = piecesText(
      ["农民", "增收", "明显", "显著", "显", "著", "效果", "1", "。", "；", " ", ",", "、"],
      6,
    );
    fc.assert(
      fc.property(vagueText, (t) => {
        if (vagueAtEnd(t) === null) expect(VAGUE_TAIL.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayStateWork passes every text VERB_OBJECT_FIRST matches", () => {
    const workText = piecesText(
      [
        "保障",
        "带动",
        "防止",
        "规模性返贫",
        "为",
        "全省",
        "提供",
        "数据支撑",
        "机关正常运转",
        "形成",
        "及时",
        "发放",
        "减轻",
        "充分",
        "发挥",
        "医疗负担",
        "消除",
        "缩小",
        "城乡差距",
        "人数",
        "建立",
        "方便",
        "群众出行",
        "满足",
        "设计要求",
        "使用",
        "让",
        " ",
        "\u3000",
        "1",
        ";",
      ],
      5,
    );
    fc.assert(
      fc.property(workText, (t) => {
        if (!mayStateWork(t)) expect(VERB_OBJECT_FIRST.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayStartDeadline and mayStateBenefit pass every text DEADLINE_START and BENEFIT_DEED match", () => {
    const proseText = piecesText(
      [
        "确保",
        "每月",
        "10日",
        "12月底",
        "2024年",
        "前",
        "两节",
        "春节",
        "五一",
        "七一",
        "重阳节",
        "清明节",
        "中秋",
        "发放",
        "改善",
        "提升",
        "保障",
        "有效",
        "进一步",
        "水库周边",
        "生态环境",
        "年底",
        "汛",
        "主汛期",
        "入汛",
        "雨季",
        "来临",
        "完工",
        " ",
        "\u3000",
        "1",
        "。",
      ],
      5,
    );
    fc.assert(
      fc.property(proseText, (t) => {
        if (!mayStartDeadline(t, 0)) expect(DEADLINE_START.test(t)).toBe(false);
        if (!mayStateBenefit(t, 0)) expect(BENEFIT_DEED.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayNameRecipients passes every clause RECIPIENTS_FIRST matches", () => {
    const clause = piecesText(
      [
        "为",
        "对",
        "向",
        "给",
        "1000",
        "2.5",
        "万",
        "户",
        "名",
        "人次",
        "老年人家庭",
        "实施",
        " ",
        "\u3000",
        "\t",
        "；",
      ],
      6,
    );
    fc.assert(
      fc.property(clause, (t) => {
        if (!mayNameRecipients(t)) expect(RECIPIENTS_FIRST.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("holdsDeadlineMark passes every clause isDeadlineClause reads a deadline and its deed in", () => {
    const clause = piecesText(
      [
        "补助资金",
        "工程",
        "于",
        "在",
        "12月",
        "2024年",
        "底",
        "末",
        "前",
        "以前",
        "年",
        "确保",
        "拨付到位",
        "全部完成",
        "完工",
        "春节",
        " ",
        "1",
      ],
      6,
    );
    fc.assert(
      fc.property(clause, (t) => {
        if (!holdsDeadlineMark(t, 0, t.length)) expect(isDeadlineClause(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayEndMonth passes every clause MONTH_END_DEED reads (项目年底完工, 2024年底建成, 工程于12月底竣工)", () => {
    const clause = piecesText(
      [
        "该",
        "本",
        "项目",
        "工程",
        "建设",
        "于",
        "在",
        "2024",
        "12",
        "年",
        "月",
        "底",
        "末",
        "全部",
        "完工",
        "建成",
        "道路",
        " ",
        "\u3000",
        "。",
      ],
      6,
    );
    fc.assert(
      fc.property(clause, (t) => {
        if (!mayEndMonth(t, 0)) expect(MONTH_END_DEED.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("hasCnFigure passes every text CN_FIGURE reads a quantity in Chinese numerals in (一千二百米, 三百余户)", () => {
    const text = piecesText(
      [
        "一",
        "二",
        "两",
        "三",
        "十",
        "百",
        "千",
        "万",
        "零",
        "余",
        "米",
        "户",
        "元",
        "人次",
        "道路",
        "受益",
        " ",
        "点",
        "批",
      ],
      6,
    );
    fc.assert(
      fc.property(text, (t) => {
        if (!hasCnFigure(t)) expect(CN_FIGURE_PATTERN.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("mayHoldTiming passes every text TIMING_TAIL matches (按月发放到位, 汛期前完成, 日产日清)", () => {
    const text = piecesText(
      [
        "电费",
        "补助资金",
        "按月",
        "按季度",
        "按时",
        "每月",
        "及时",
        "即时",
        "当年",
        "年内",
        "3个月内",
        "月内",
        "限期",
        "汛期",
        "期间",
        "春节、",
        "国庆",
        "年底",
        "前",
        "(",
        "暂定",
        ")",
        "足额",
        "全部",
        "发放",
        "工资",
        "召开",
        "完成",
        "任务",
        "到位",
        "拨付",
        "整改",
        "日产日清",
        "日清日结",
        "随报随办",
        "显著提升",
        " ",
        "。",
        "，",
        "5",
      ],
      7,
    );
    fc.assert(
      fc.property(text, (t) => {
        if (!mayHoldTiming(t)) expect(TIMING_TAIL.test(t)).toBe(false);
      }),
      { numRuns: 5000 },
    );
    for (const t of ["电费按月支付", "垃圾日产日清", "汛期前全部完成", "补助资金及时拨付到位", "随报随办"])
      expect(TIMING_TAIL.test(t) && mayHoldTiming(t)).toBe(true);
    expect(mayHoldTiming("巡查企业数")).toBe(false);
  });

  it("endsPlaceholder's character scan passes every tail PLACEHOLDER_END matches (数量，XX个, 人数≥**人)", () => {
    const tail = piecesText(
      ["XX", "X", "x", "**", "*", "×", "个", "人次", "%", "≥", " ", "，", "数量", "A1", "5"],
      8,
    );
    fc.assert(
      fc.property(tail, (t) => {
        expect(endsPlaceholder(t, 0, t.length)).toBe(
          PLACEHOLDER_END.test(t.slice(Math.max(0, t.length - 12))),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("ownPart's check for 其中 first passes every clause OWN_PART matches after spaces (其中第三卫生间≥4座)", () => {
    const clause = piecesText(
      ["其中", "其", "中", " ", "\u3000", "：", "，", "第三卫生间", "约", "≥", "不少于", "4", "座", "。"],
      7,
    );
    const afterSpaces = new RegExp(`^\\s*${OWN_PART.source.slice(1)}`);
    fc.assert(
      fc.property(clause, (t) => {
        expect(ownPart(t) > 0).toBe(afterSpaces.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("mayStartPercent passes every text PERCENT_FIRST matches", () => {
    const percentText = piecesText(
      ["100", "%", " ", "\u3000", "完成", "年度监测任务", "。", "达标", "9.5"],
      5,
    );
    fc.assert(
      fc.property(percentText, (t) => {
        if (!mayStartPercent(t)) expect(PERCENT_FIRST.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("parseItem tries WITHIN_TIME only on words holding 内, which every match holds", () => {
    const timed = piecesText(
      ["群众来信", "7", "24", "个", "工作日", "小时", "内", "以内", "之内", "办结", "。", " "],
      6,
    );
    fc.assert(
      fc.property(timed, (t) => {
        if (!t.includes("内")) expect(WITHIN_TIME.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("targetLabelGoesOn's first character passes every clause TARGET_LABEL_OPENS opens (指标值：, 年度目标值：)", () => {
    const cell = fc
      .array(
        fc.constantFrom(
          "三级指标",
          "指标名称",
          "指标",
          "数量",
          ":",
          "；",
          ";",
          "\n",
          " ",
          "年度",
          "指标值",
          "目标值",
          "预期值",
          "及单位",
          "培训人数",
          "≥5人",
        ),
        { minLength: 2, maxLength: 8 },
      )
      .map((p) => canon(p.join("")));
    fc.assert(
      fc.property(cell, (s) => {
        for (let mark = 0; mark < s.length; mark++) {
          const m = s.charCodeAt(mark);
          if (m !== 59 && m !== 10) continue;
          const after = s.slice(mark + 1).replace(/^[^\S\n]+/, "");
          const full =
            mark <= 60 && TARGET_LABEL_OPENS.test(after) && NAME_LABEL_ALONE.test(s.slice(0, mark));
          expect(targetLabelGoesOn(s, 0, mark)).toBe(full);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("unitLabelGoesOn's first character and unitLabelIn's 位 pass every unit's label (计量单位：, 单位：)", () => {
    const cell = fc
      .array(
        fc.constantFrom(
          "指标名称",
          "指标值",
          "目标值",
          ":",
          "；",
          ";",
          "\n",
          " ",
          "计量",
          "度量",
          "实施",
          "单位",
          "单",
          "位",
          "人",
          "%",
          "1260",
        ),
        { minLength: 2, maxLength: 9 },
      )
      .map((p) => canon(p.join("")));
    fc.assert(
      fc.property(cell, (s) => {
        const m = UNIT_LABEL_CLOSES.exec(s);
        expect(unitLabelIn(s, 0, s.length) !== null).toBe(m !== null && m.index > 0 && m[1].trim() !== "");
        for (let mark = 0; mark < s.length; mark++) {
          const c = s.charCodeAt(mark);
          if (c !== 59 && c !== 10) continue;
          const after = s.slice(mark + 1).replace(/^[^\S\n]+/, "");
          if (!UNIT_LABEL_OPENS.test(after)) expect(unitLabelGoesOn(s, 0, mark)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("targetBound passes every header TARGET_BOUND reads a bound in (下限, 指标值（上限）, 2026年最低值)", () => {
    const header = fc
      .array(
        fc.constantFrom(
          "指标值",
          "目标",
          "年度",
          "（",
          "）",
          "(",
          ")",
          "下",
          "上",
          "限",
          "最",
          "低",
          "高",
          "小",
          "大",
          "值",
          " ",
          "\u3000",
          "2026年",
          "*",
        ),
        { minLength: 1, maxLength: 7 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(header, (t) => {
        if (TARGET_BOUND.test(boundWords(t))) expect(targetBound(t)).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("mayGainForPeople passes every clause PEOPLE_GAIN matches (带动茶农增收, 有效促进农民稳定就业)", () => {
    const clause = piecesText(
      [
        "带动",
        "促进",
        "助力",
        "帮助",
        "拉动",
        "实现",
        "有效",
        "切实",
        "进一步",
        "持续",
        "茶农",
        "脱贫人口",
        "稳定",
        "增收",
        "就业",
        "致富",
        "脱贫",
        " ",
        "\u3000",
        "1",
        "。",
      ],
      5,
    );
    fc.assert(
      fc.property(clause, (t) => {
        if (!mayGainForPeople(t, 0)) expect(PEOPLE_GAIN.test(t)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("hasJoiner passes every name a JOINERS separator splits (帮扶镇数/帮扶村数, 条数、长度, 人数；人次)", () => {
    const name = fc.array(
      fc.constantFrom("帮扶镇数", "长度", "/", "／", "、", "；", ";", "，", "|", "-", " ", "1"),
      {
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(name, (parts) => {
        const t = parts.join("");
        if (!hasJoiner(t)) for (const sep of JOINERS) expect(sep.test(t)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("mayHoldCode passes every name CODE_IN_NAME finds a code in (新创建4A级景区, 建设5G基站)", () => {
    const code = new RegExp(CODE_IN_NAME.source);
    const name = fc.array(fc.constantFrom("新创建", "4", "A", "G", "级", "景区", "a", "1个", " ", "，"), {
      maxLength: 7,
    });
    fc.assert(
      fc.property(name, (parts) => {
        const t = parts.join("");
        if (!mayHoldCode(t)) expect(code.test(t)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("boundFirst reads a bound wherever BOUND_FIRST does (至少开展培训3次, 超过300户农户受益)", () => {
    const name = fc.array(
      fc.constantFrom(
        "至少",
        "超过",
        "多于",
        "低于",
        "至",
        "超",
        "少",
        "开展培训",
        "3",
        "00户",
        " ",
        "，",
        "万",
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(name, (parts) => {
        const t = parts.join("");
        if (t.length >= 4) expect(boundFirst(t, 0, t.length) !== null).toBe(BOUND_FIRST.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});
