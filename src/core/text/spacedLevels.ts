/**
 * A packed cell pasted from a PDF table, its row and column breaks turned into single spaces:
 * 产出指标 数量指标 运维系统数量 6个 质量指标 系统正常运行率 ≥99.9% 效益指标 社会效益指标 …. The engine reads
 * such a cell when the breaks are line breaks; here the spaces that were breaks become line breaks again
 * (one character for one, so offsets into the cell stay the same): before a category's label standing
 * alone between spaces, and after a whole `name value` pair (≥95%, 6个, 2023年11月) before the next name.
 * Spaces inside a name (C25 混凝土), between a name and its value, or in a number (1 200人) stay.
 */
import { categoryOfLabel } from "./categories";
import { isCjk, isDigit, isLatin, isSpace } from "./chars";
import { parseTarget } from "./target";
import { lexiconUnitAt } from "./units";

/** A value written alone: a comparator (sign or word) before its figure. */
const VALUE_START =
  /^(?:[≥≤＞＜<>=≧≦]|不(?:低于|少于|高于|超过|大于|小于|多于)|大于|小于|高于|低于|达到|超过|至少)?\d/;
/** What may follow a value and still belong to it: its bound (以上, 以内, 左右) or a deadline's 前/底. */
const VALUE_TAIL = /^(?:及?以[上下内前]|左右|之?前|底|末|内)/;

/** A category's label alone (数量指标, 社会效益指标, 满意度指标): a level's heading. */
function isLevelLabel(token: string): boolean {
  // (效益指标（30分）, 产出指标(40)分: a label with its score is one too — categoryOfLabel drops the score.)
  return (
    token.length <= 20 &&
    (token.endsWith("指标") || SCORED_LABEL.test(token)) &&
    categoryOfLabel(token) !== null
  );
}

/** A label with its score: 指标（30分）, 指标（30）分, 指标(20-30)分, 指标30分. */
const SCORED_LABEL =
  /指标(?:[(（]\d+(?:\.\d+)?(?:[-~～—]\d+(?:\.\d+)?)?(?:分[)）]|[)）]分?)|\d+(?:\.\d+)?分)$/;

/** A token that is a whole target: its figure and its unit, a percentage or a date — never a bare number. */
function isWholeValue(token: string): boolean {
  if (token.length > 16 || !VALUE_START.test(token)) return false;
  const last = token.charCodeAt(token.length - 1);
  if (isDigit(last) || last === 46) return false;
  const kind = parseTarget(token).kind;
  return kind === "quantitative" || kind === "date";
}

/** Whether a token may open the next name: words (GPS 定位终端 too), not a value's bound or a unit. */
function startsName(token: string): boolean {
  const c = token.charCodeAt(0);
  if (isCjk(c)) return !VALUE_TAIL.test(token);
  if (isDigit(c))
    return NUMBERED_KIND.test(token) && isName(token.slice(token.search(/[\u4e00-\u9fa5]/) + 1));
  return isLatin(c) && token.length >= 2 && lexiconUnitAt(token, 0) === "";
}

/**
 * 2型糖尿病患者…, 3类疫苗…, 4A级景区…, 5G基站…, and an age (65岁以上老年人…, 0-6岁儿童…): a name that opens with
 * a figure naming a kind, not a value.
 */
const NUMBERED_KIND =
  /^\d{1,2}(?:型|类|级|A级|G)[\u4e00-\u9fa5]{2}|^\d{1,2}(?:[-~～－至]\d{1,2})?(?:周)?岁(?:及?以[上下])?[\u4e00-\u9fa5]{3}/;

/**
 * Whether tokens[k] ends a whole value: it is one (≥95%, `whole[k]`), or the unit of a figure written before
 * it (3.5 公里).
 */
function valueEnds(
  tokens: readonly { text: string; level: boolean }[],
  whole: readonly boolean[],
  k: number,
): boolean {
  if (whole[k]) return true;
  const t = tokens[k].text;
  if (k < 2 || tokens[k - 2].level || t.length > 4 || lexiconUnitAt(t, 0).length !== t.length) return false;
  const figure = tokens[k - 1].text;
  return isDigit(figure.charCodeAt(figure.length - 1)) && isWholeValue(figure + t);
}

/** Words alone, with no figure: a name written apart from its value. */
function isName(token: string): boolean {
  if (!isCjk(token.charCodeAt(0))) return false;
  for (let k = 1; k < token.length; k++) if (isDigit(token.charCodeAt(k))) return false;
  return true;
}

/** Whether `s` has a category's label (…指标) followed by a space: the quick reject. */
export function mayHaveSpacedLevels(s: string): boolean {
  for (let k = s.indexOf("指标"); k >= 0; k = s.indexOf("指标", k + 2)) {
    if (k + 2 < s.length && isSpace(s.charCodeAt(k + 2))) return true;
    // 效益指标（30分） …: the label's score, then the space.
    const space = s.indexOf(" ", k + 2);
    if (space > 0 && space <= k + 12 && SCORED_LABEL.test(s.slice(k, space))) return true;
  }
  return false;
}

/**
 * The cell with its PDF breaks back as line breaks, when it has no line break and at least two
 * categories' labels stand alone between spaces; else the cell as it is.
 */
export function breakSpacedLevels(s: string): string {
  if (!mayHaveSpacedLevels(s) || s.includes("\n") || s.includes("\r")) return s;
  const tokens: { start: number; end: number; text: string; level: boolean }[] = [];
  let levels = 0;
  for (let i = 0; i < s.length; ) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const start = i;
    while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
    const text = s.slice(start, i);
    const level = isLevelLabel(text);
    if (level) levels++;
    tokens.push({ start, end: i, text, level });
  }
  if (levels < 2) return s;
  // Whether each token is a whole value, asked once: a token is b at one step and a value's end at the next.
  const whole = tokens.map((t) => isWholeValue(t.text));
  const breaks: number[] = [];
  // A name and its value apart (违规资金追回率 ≥95%): a table's columns, not a Word list's items
  // (新建大棚40座 验收合格率100%, which segmentCell cuts at its spaces as they are).
  let columns = false;
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1];
    const b = tokens[k];
    // … 100% 质量指标 违规资金追回率: a label starts a line (the name after it stays on its line, as when
    // written 质量指标 违规资金追回率 ≥95% on lines of their own).
    if (b.level) breaks.push(a.end);
    else if (!a.level && isName(a.text) && whole[k]) columns = true;
    // 违规资金追回率 ≥95% 时效…, 资助参保人数 ≥12.6万人 救助人次, 路面 3.5 公里 受益人口: a name, its value
    // (its unit apart or not), then the next name.
    else if (k >= 2 && !tokens[k - 2].level && startsName(b.text) && valueEnds(tokens, whole, k - 1))
      breaks.push(a.end);
  }
  if (!columns || breaks.length === 0) return s;
  let out = "";
  let from = 0;
  for (const at of breaks) {
    out += s.slice(from, at) + "\n";
    from = at + 1;
  }
  return out + s.slice(from);
}
