/**
 * PUNCT: full-width ，：；（） in Chinese context; 。。 and ，， collapsed, ，。 and ；。 made 。; ％ → %; full-width digits → ASCII
 * (and a full-width letter glued to a digit: ５Ｇ → 5G);
 * one form per comparator symbol (>= ≧ → ≥, <= ≦ → ≤, ＞ → >, ＜ → <; => and =< before a number, also at the start;
 * ≥≥5% → ≥5%).
 */
import type { TextRule } from "../types";
import { HAN, isAsciiDigit, isWide, toFixedPoint } from "../chars";
import { halfWidthDigits } from "../../text/chars";
import { groupsReading } from "../../text/numbers";

const HALF_TO_FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；" };

/**
 * => and =< written the wrong way round (满意度=>90%, 事故=<3起) before a number, also at the start of the
 * text (=>95％ → ≥95%): ≥ is no formula sign, so the one symbol takes the formula look away, never adds it.
 */
const REVERSED = /(?<![<>=＜＞＝]\s?)[=＝]\s?([＞>]|[＜<])(?=\s*[0-9０-９])/g;
/** Two signs that are one comparator (>=, < =), not part of a longer run of signs (=>=<, which stays). */
const GE = /(?<![<>=＜＞＝]\s?)[＞>]\s?[=＝](?!\s?[<>=＜＞＝])|≧/g;
const LE = /(?<![<>=＜＞＝]\s?)[＜<]\s?[=＝](?!\s?[<>=＜＞＝])|≦/g;

/** One comparator typed twice before a number (≥≥5%, ≤ ≤3天): the same sign, never two different ones (≥≤). */
const DOUBLED_SIGN = /([≥≤])(?:\s?\1)+(?=\s*[0-9])/g;
/** ≥ or ≤ with the = of >= typed after it (≥=365次, ≤ =3天) before a number: the sign holds the = already. */
const SIGN_THEN_EQUALS = /([≥≤])\s?[=＝](?![<>=＜＞＝≥≤])(?=\s*[0-9])/g;

function comparators(t: string): string {
  let out = t.replace(REVERSED, (_whole, sign: string) => (/[＞>]/.test(sign) ? "≥" : "≤"));
  out = out.replace(GE, "≥").replace(LE, "≤").replace(/＞/g, ">").replace(/＜/g, "<");
  out = out.replace(SIGN_THEN_EQUALS, "$1");
  return out.replace(DOUBLED_SIGN, "$1");
}

/** Full-width Latin letters and digits glued together, a digit among them (５Ｇ, ＰＭ２．５'s ＰＭ２, Ｇ２０). */
const WIDE_LETTERS_WITH_DIGIT = /[Ａ-Ｚａ-ｚ0-9０-９]*[0-9０-９][Ａ-Ｚａ-ｚ0-9０-９]*/g;

/** A character of the full-width forms block as its ASCII twin. */
const narrow = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

/**
 * A code written in full-width forms whose parts a full-width －, ／, ＿ or a × joins (ＸＪ－２００型, ＧＢ／Ｔ５０２６８,
 * ＹＪＶ２２－３×１２０),
 * a letter among them: it is left as typed. Folding its digits alone (ＸＪ－200) would mix two widths in one
 * code, and its letters and marks are a name's, not a number's (round 178).
 */
const WIDE_CODE = /[Ａ-Ｚａ-ｚ０-９]+(?:[－／＿×][Ａ-Ｚａ-ｚ０-９]+)+/;
/**
 * A standard's code in full-width forms, written as standards are, with a space before its number
 * (ＧＢ／Ｔ ５０３７８－２０１９, ＤＢ３６／Ｔ １２３４－２０２０, ＨＪ ６３３－２０１２): one code as WIDE_CODE is, though the
 * space parts it — folding the number alone left ＧＢ／Ｔ 50378－2019 (round 215). A ／ in the prefix or a year
 * after the number says it is a standard (not ＰＭ ２．５, Ｋ３ ５次).
 */
const WIDE_STANDARD =
  "[Ａ-Ｚ]{1,4}[０-９]*(?:／[Ａ-Ｚ]{1,2}[ 　][０-９]+(?:．[０-９]+)?(?:－[０-９]{4})?|[ 　][０-９]+(?:．[０-９]+)?－[０-９]{4})";
/**
 * A full-width code (a standard's or WIDE_CODE, first) or a run of letters and digits with a digit
 * (WIDE_LETTERS_WITH_DIGIT).
 */
const WIDE_TOKEN = new RegExp(
  `(${WIDE_STANDARD}|${WIDE_CODE.source})|${WIDE_LETTERS_WITH_DIGIT.source}`,
  "g",
);

/** A token's full-width digits, and the full-width letters glued to them, folded: ５Ｇ → 5G, not 5Ｇ. */
function foldToken(w: string, code: string | undefined): string {
  if (code !== undefined && /[Ａ-Ｚａ-ｚ]/.test(code)) return w;
  return halfWidthDigits(w.replace(/[Ａ-Ｚａ-ｚ]/g, narrow));
}

function digitsAndPercent(t: string): string {
  return (
    // A full-width letter glued to a digit folds with it (５Ｇ → 5G, not 5Ｇ): a word of one width; a
    // full-width code stays whole (ＸＪ－２００型). Every digit is in one of the tokens.
    t
      .replace(WIDE_TOKEN, foldToken)
      .replace(/％/g, "%")
      // A full-width point inside a number is its decimal point: ９５．５％ → 95.5%.
      .replace(/(?<=[0-9])．(?=[0-9])/g, ".")
      // A full-width comma grouping thousands: 1，200人 → 1,200人 (not 1，2号楼, a list).
      .replace(COMMA_GROUPED, thousands)
  );
}

/** Digits in groups of three with a comma between them (1，200; 12，000，000), a full-width one at least. */
const COMMA_GROUPED =
  /(?<![0-9.])[0-9]{1,3}(?:[，,][0-9]{3}(?![0-9]))*，[0-9]{3}(?![0-9])(?:[，,][0-9]{3}(?![0-9]))*/g;

/**
 * The full-width commas of comma-grouped digits made the thousands mark where the groups surely write one
 * number (numbers.ts groupsReading): a list stays (101，102，103个, 分别为1，200，300人, 302，303号教室), and so do
 * groups that may be either (建设路12，345号, 分别 为 1，800 米): an ASCII comma would make them one number
 * for every reader (round 178).
 */
function thousands(match: string, at: number, t: string): string {
  return groupsReading(t, at, at + match.length) === "number" ? match.replace(/，/g, ",") : match;
}

/**
 * 指标4:PM2.5 and 指标7:12345热线 get the full-width colon 指标1：机柜数量 gets, so that one column reads
 * alike; 8:30 and 1:500 are not labels and stay.
 */
function labelColons(t: string): string {
  return t.replace(/((?:指标|目标|任务|项目|措施)[0-9]{1,3}):/g, "$1：");
}

const isAsciiLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

/**
 * , : ; next to Chinese text become ，：；. "1,000" and "10:30" stay. A ; in a cell of Chinese text is
 * its list separator also between a percentage or a number and the next item (≥85%;2)…, ≥98%;Ⅰ级…), so
 * one cell does not mix ； and ; — except between two Latin letters (code, a URL).
 */
function separators(t: string): string {
  // A run of marks (;,,:、) turns one mark a pass, each taking the width of the one beside it: run to the
  // end, so that one call leaves nothing for the next (a space between ≥ and the run goes only once the
  // marks are full-width, and SPACE ran before this).
  // (Each pass widens one mark at least, so a pass per character is bound enough.)
  return toFixedPoint(t, separatorsOnce, t.length + 1);
}

/**
 * A comparator sign as targets are written in Chinese tables: ≥90%; is a target with its list's ；, as
 * 达到90%; is — not in English words (SLA ≥ 99.9%; uptime monitored keeps its ;).
 */
const TARGET_SIGN = /[≥≤]/;
const LATIN_WORD = /[A-Za-z]{2}/;

function separatorsOnce(t: string): string {
  const chars = Array.from(t);
  const chinese = HAN.test(t) || (TARGET_SIGN.test(t) && !LATIN_WORD.test(t));
  for (let i = 0; i < chars.length; i++) {
    const full = HALF_TO_FULL[chars[i]];
    if (!full) continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (full === "；" && chinese && prev !== undefined && !(isAsciiLetter(prev) && isAsciiLetter(next))) {
      chars[i] = full;
      continue;
    }
    if (isAsciiDigit(prev) && isAsciiDigit(next)) continue;
    // "http://" and "a:b" are not Chinese context
    if (isWide(prev) || isWide(next)) chars[i] = full;
  }
  return chars.join("");
}

/** Latin text in brackets: an abbreviation or a code (VM, SLA, PM2.5, Wi-Fi), at least one letter. */
const LATIN_ONLY = /^(?=.*[A-Za-z])[A-Za-z0-9 .\-+/&]+$/;

/**
 * Bracket pairs around or next to Chinese text become （）; a pair never ends up half and half. A pair of
 * half-width brackets around Latin text alone after the words it abbreviates (数量(VM)) stays.
 */
function brackets(t: string): string {
  const chars = Array.from(t);
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "(" || ch === "（") stack.push(i);
    else if ((ch === ")" || ch === "）") && stack.length > 0) {
      const open = stack.pop() as number;
      if (chars[open] === "（" && ch === "）") continue;
      const inner = chars.slice(open + 1, i);
      // 云主机数量(VM), 系统可用率(SLA): an abbreviation after the words it stands for keeps its half-width
      // brackets, as Chinese typography does around Latin text (and the name the years before).
      if (open > 0 && chars[open] === "(" && ch === ")" && LATIN_ONLY.test(inner.join(""))) continue;
      const chinese =
        chars[open] === "（" ||
        ch === "）" ||
        inner.some((c) => isWide(c)) ||
        isWide(chars[open - 1]) ||
        isWide(chars[i + 1]);
      if (chinese) {
        chars[open] = "（";
        chars[i] = "）";
      }
    }
  }
  return chars.join("");
}

/**
 * Runs of one mark collapse (。。 ，， 、、 ；；); a comma, 、 or ； before a full stop is a slip the full
 * stop ends (达到70%以上；。 → 达到70%以上。, 执行检查，。。有效 → 执行检查。有效).
 */
function doubled(t: string): string {
  return (
    t
      .replace(/[，、；]+。+/g, "。")
      .replace(/。{2,}/g, "。")
      // ，， ；； 、、 at the very end or before a closing bracket end nothing: the run goes whole
      // (2025年10月底前，， → 2025年10月底前, ≥90%；； → ≥90%, （2024年为93%，，） → （2024年为93%）); a single
      // one stays as typed (round 167).
      .replace(/(?:，{2,}|；{2,}|、{2,})(?=\s*(?:$|[）)]))/g, "")
      .replace(/，{2,}/g, "，")
      .replace(/、{2,}/g, "、")
      .replace(/；{2,}/g, "；")
  );
}

/** Text of marks and spaces alone: no letter, digit or Chinese character. */
const WORDLESS = /^[^\p{L}\p{N}]*$/u;

/**
 * Text that reads as a formula (=SUM(标志牌), == 注 ==): it starts with an = that is no comparator mended
 * here (=>95％ is). Its marks are the author's to change: full-width brackets would make no formula, and
 * no target, of it.
 */
const FORMULA_LOOK = /^\s*=(?!\s?[<>＜＞](?=\s*[0-9０-９]))/;

export function fixPunctuation(text: string): string {
  if (FORMULA_LOOK.test(text)) return text;
  const out = brackets(separators(labelColons(comparators(digitsAndPercent(text)))));
  // A cell of marks alone (；； 、、、 。。 ，。) holds no sentence whose slip they could be: it stays as typed,
  // never emptied (an empty cell may read as a merged one's blank) nor made another mark (round 183).
  return WORDLESS.test(out) ? out : doubled(out);
}

export const punctRule: TextRule = {
  id: "PUNCT",
  kind: "text",
  name: { zh: "标点符号", en: "Punctuation" },
  description: {
    zh: "中文语境用全角，：；（）；合并重复的。。和，，，句号前多余的，或；（如“，。”“；。”）删除；％改为%；全角数字改为半角；比较符号统一为 ≥ ≤ > <。",
    en: "Full-width ，：；（） in Chinese text; collapse 。。 and ，，, and ，。 or ；。 to 。; ％ → %; full-width digits → ASCII; one form per comparator (≥ ≤ > <).",
  },
  defaultMode: "apply",
  fix: fixPunctuation,
};
