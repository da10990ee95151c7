/**
 * A comparator that is text about the symbol, not a bound: quoted alone (">="为比较符号, 原表用“>=”表示不少于,
 * 「≧」), named as a symbol (>=号为原表符号, ≧符号, >=表示不少于) or called a slip (原表 》= 为笔误: 》= is the
 * Chinese keyboard's >=). Rewriting it (PUNCT) or taking the spaces that set it apart (SPACE) would change
 * what the words say — a note about *this* >= would be false —, so both rules leave it as written.
 */

/** One comparator symbol as written, its signs spaced or not (>=, > =, ≧, ＞＝), or 》= 《= typed for >= <=. */
const SYMBOL = "(?:[《》]\\s?[=＝]|[<>=＜＞＝≥≤≧≦](?:\\s?[<>=＜＞＝≥≤≧≦]){0,2})";
/** Words after a symbol that speak of it: 号, 符号, 表示, 代表, 为笔误, 系笔误. */
const NAMING = "(?:符号|号|表示|代表|(?:为|系|是)?笔误)";

const NAMED_SYMBOL = new RegExp(`["'“‘「『]\\s*${SYMBOL}\\s*["'”’」』]|${SYMBOL}(?=\\s*${NAMING})`, "g");

/** The spans of `t` that name a comparator symbol (NAMED_SYMBOL), as [start, end) pairs. */
export function namedSymbols(t: string): [number, number][] {
  if (!/[<>=＜＞＝≥≤≧≦]/.test(t)) return [];
  return [...t.matchAll(NAMED_SYMBOL)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
