/**
 * What a cell shows for its number format: the common formats of officers' tables and of our result
 * sheets (General, 0, 0.00, #,##0, percentages, text, dates). Anything else shows the plain value.
 */
const MS_PER_DAY = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Excel's General: up to 11 significant digits, no trailing zeros. */
function general(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(11)).toString();
  return s;
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const s = n.toFixed(decimals);
  if (!grouping) return s;
  const [int, frac] = s.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function dateParts(d: Date): { y: number; m: number; d: number; h: number; min: number; s: number } {
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    min: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare) || /h.*m|m.*s/i.test(bare);
}

function formatDate(date: Date, fmt: string): string {
  const p = dateParts(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  const bare = fmt.replace(/\[[^\]]*\]/g, "").replace(/;.*$/, "");
  // Tokens longest first; "m" after "h" or before "s" is minutes, otherwise month.
  return bare.replace(
    /"([^"]*)"|\\(.)|yyyy|yy|mm|m|dd|d|hh|h|ss|s/gi,
    (tok, quoted, escaped, offset, all) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      const t = tok.toLowerCase();
      if (t === "yyyy") return String(p.y);
      if (t === "yy") return pad(p.y % 100);
      if (t === "dd") return pad(p.d);
      if (t === "d") return String(p.d);
      if (t === "hh") return pad(p.h);
      if (t === "h") return String(p.h);
      if (t === "ss") return pad(p.s);
      if (t === "s") return String(p.s);
      const before = (all as string).slice(0, offset).toLowerCase();
      const minutes =
        /h[^a-z]*$/.test(before) ||
        /^[^a-z]*s/.test((all as string).slice(offset + tok.length).toLowerCase());
      if (minutes) return t === "mm" ? pad(p.min) : String(p.min);
      return t === "mm" ? pad(p.m) : String(p.m);
    },
  );
}

/** A number as the format shows it. */
export function formatNumber(n: number, fmt: string | undefined): string {
  const f = (fmt ?? "").split(";")[0].trim();
  if (f === "" || /^general$/i.test(f) || f === "@") return general(n);
  if (isDateFormat(f)) return formatDate(new Date(EXCEL_EPOCH + n * MS_PER_DAY), f);
  const bare = f.replace(/"[^"]*"|\\./g, "");
  const m = /([#0,]*0|#)(?:\.(0+))?/.exec(bare);
  if (!m) return general(n);
  const decimals = m[2]?.length ?? 0;
  const grouping = m[1].includes(",");
  if (bare.includes("%")) return `${fixed(n * 100, decimals, grouping)}%`;
  const prefix = /^"([^"]*)"/.exec(f)?.[1] ?? "";
  const suffix = /"([^"]*)"$/.exec(f)?.[1] ?? "";
  return `${prefix}${fixed(n, decimals, grouping)}${suffix}`;
}

/** A date cell (ExcelJS gives Date objects in UTC) as the format shows it; yyyy-mm-dd by default. */
export function formatDateValue(d: Date, fmt: string | undefined): string {
  const f = fmt && isDateFormat(fmt) ? fmt : "yyyy-mm-dd";
  return formatDate(d, f);
}
