/**
 * What Excel shows for a number whose format changes how an officer reads it: a percentage
 * (0.95 as 0% shows "95%") or a date (45291 as yyyy/m/d shows "2023/12/31"). Every gateway asks
 * this one function, so a table reads the same in Excel and from an .xlsx file. Other formats
 * (General, 0.00, #,##0, @, "≥"General, times) give null: the parser reads the value itself.
 */
import { DAYS_1904 } from "./grid";

/** What the first section of a format shows (the section Excel uses for positive numbers and dates). */
interface Shape {
  percent: boolean;
  /** Digit places after the decimal point: required (0) and optional (# ?). */
  required: number;
  optional: number;
  year: boolean;
  month: boolean;
  /** A day of the month (d, dd); ddd and dddd are weekday names. */
  day: boolean;
  /** Weekday names: a date, though it shows no day number. */
  weekday: boolean;
  /** Quoted or escaped text before and after the number: "≥"0%, 0"人次", 0\万元. */
  prefix: string;
  suffix: string;
  /** Whether a digit placeholder (0 # ? General) has been seen: literal text after it is a suffix. */
  digits: boolean;
}

/** Date and time letters in order, to tell month (m) from minute (m after h or before s). */
type Token = "y" | "m" | "d" | "h" | "s";

const MS_PER_DAY = 86400000;
/** Excel's last day, 9999-12-31; past it (and below 1) Excel shows #### instead of a date. */
const LAST_SERIAL = 2958465;

function shapeOf(format: string): Shape {
  const shape: Shape = {
    percent: false,
    required: 0,
    optional: 0,
    year: false,
    month: false,
    day: false,
    weekday: false,
    prefix: "",
    suffix: "",
    digits: false,
  };
  const literal = (text: string) => {
    if (shape.digits) shape.suffix += text;
    else shape.prefix += text;
  };
  const tokens: { t: Token; n: number }[] = [];
  const lower = format.toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const c = lower[i];
    if (c === ";") break; // later sections are for negatives, zero and text
    if (c === '"') {
      const close = lower.indexOf('"', i + 1);
      literal(format.slice(i + 1, close < 0 ? format.length : close));
      i = close < 0 ? lower.length : close + 1;
    } else if (c === "[") {
      // [Red], [$-804], [DBNum1], [>100], and the elapsed times [h] [mm] [ss]
      const close = lower.indexOf("]", i + 1);
      i = close < 0 ? lower.length : close + 1;
    } else if (c === "\\") {
      literal(format.charAt(i + 1)); // an escaped character
      i += 2;
    } else if (c === "_" || c === "*") {
      i += 2; // a space the width of one character, a fill character
    } else if (lower.startsWith("general", i)) {
      shape.digits = true;
      i += 7;
    } else if (lower.startsWith("am/pm", i) || lower.startsWith("a/p", i)) {
      tokens.push({ t: "h", n: 1 });
      i += lower.startsWith("am/pm", i) ? 5 : 3;
    } else if (c === "y" || c === "m" || c === "d" || c === "h" || c === "s") {
      let n = 1;
      while (lower[i + n] === c) n++;
      tokens.push({ t: c, n });
      i += n;
    } else if (c === ".") {
      i++;
      while (lower[i] === "0" || lower[i] === "#" || lower[i] === "?") {
        if (lower[i] === "0") shape.required++;
        else shape.optional++;
        i++;
      }
    } else {
      if (c === "%") shape.percent = true;
      if (c === "0" || c === "#" || c === "?") shape.digits = true;
      i++;
    }
  }
  tokens.forEach(({ t, n }, k) => {
    if (t === "y") shape.year = true;
    else if (t === "d") {
      if (n <= 2) shape.day = true;
      else shape.weekday = true;
    } else if (t === "m") {
      const minute = n <= 2 && (tokens[k - 1]?.t === "h" || tokens[k + 1]?.t === "s");
      if (!minute) shape.month = true;
    }
  });
  return shape;
}

/** A 1900-system serial → [year, month, day]; serial 60 is Excel's 1900-02-29, a day that never was. */
function serialDate(serial: number): [number, number, number] {
  if (serial === 60) return [1900, 2, 29];
  // Before that false leap day, serial 1 is 1900-01-01; after it, day 61 is 1900-03-01.
  const base = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + serial * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** `x` to `places` decimals as Excel rounds for display: on 15 significant digits, half away from zero. */
function fixed(x: number, places: number): string {
  const x15 = Number(x.toPrecision(15)); // 0.955 * 100 is 95.49999999999999; Excel sees 95.5
  const digits = String(Math.abs(x15));
  if (digits.includes("e")) return x15.toFixed(places); // too small or too large to matter
  // Shift by the exponent in text, not by multiplying, so 1.005 stays 1.005 and rounds up.
  const r = Math.round(Number(`${digits}e${places}`));
  return (Math.sign(x15) * Number(`${r}e-${places}`)).toFixed(places);
}

/** The number with the format's decimal places; optional places (#) drop trailing zeros, as Excel does. */
function placesText(x: number, shape: Shape): string {
  let s = fixed(x, shape.required + shape.optional);
  for (let k = 0; k < shape.optional && s.endsWith("0"); k++) s = s.slice(0, -1);
  if (s.endsWith(".")) s = s.slice(0, -1);
  return s;
}

function percentText(value: number, shape: Shape): string {
  return `${placesText(value * 100, shape)}%`;
}

/** What General shows: up to 11 significant digits. */
function generalText(value: number): string {
  return String(Number(value.toPrecision(11)));
}

/**
 * The text Excel shows for `value` under `numberFormat` when it reads differently from the value:
 * "95%" for 0.95 as 0%, "2023/12/31" for 45291 as yyyy"年"m"月"d"日". A date shows only the parts its
 * format shows: "2023/12" for yyyy"年"m"月", "2023年" for yyyy. Null otherwise, and for a date
 * outside Excel's 1900-01-01 … 9999-12-31 (Excel shows 1900/1/0 or ####). In a workbook of the 1904
 * date system (`date1904`) a serial counts from 1904-01-01.
 */
export function shownNumber(
  value: number,
  numberFormat: string | undefined | null,
  date1904 = false,
): string | null {
  if (!numberFormat || !Number.isFinite(value)) return null;
  const shape = shapeOf(numberFormat);
  const words = (shape.prefix + shape.suffix).trim() !== "";
  if (shape.percent) return `${shape.prefix}${percentText(value, shape)}${shape.suffix}`.trim();
  if (!shape.year && !shape.month && !shape.day && !shape.weekday) {
    // "≥"0.0, 0"人次", #,##0"万元": the words an officer sees beside the number are part of the target.
    if (!words || !shape.digits) return null;
    const number = /general/i.test(numberFormat) ? generalText(value) : placesText(value, shape);
    return `${shape.prefix}${number}${shape.suffix}`.trim();
  }
  // The day the serial falls on, after rounding away float error below a millisecond.
  const serial = Math.floor(Math.round(value * MS_PER_DAY) / MS_PER_DAY) + (date1904 ? DAYS_1904 : 0);
  if (serial < 1 || serial > LAST_SERIAL) return null;
  const [y, m, d] = serialDate(serial);
  if (!shape.day && shape.year) return shape.month ? `${y}/${m}` : `${y}年`;
  return `${y}/${m}/${d}`;
}
