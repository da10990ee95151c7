import fc from "fast-check";
import { shownNumber } from "../../src/core/shownNumber";
import { parseTarget } from "../../src/core/text/target";

// 2023-12-31 and 2024-02-29 as Excel serials (1900 date system).
const DEC31 = 45291;
const LEAP = 45351;

describe("shownNumber", () => {
  it.each<[string, number, string | null | undefined, string | null]>([
    // percentages, with the format's decimals
    ["0%", 0.95, "0%", "95%"],
    ["0.00%", 0.955, "0.00%", "95.50%"],
    ["0.0% rounds half away from zero like Excel", 0.9555, "0.0%", "95.6%"],
    ["0% on a float that sits just below .5", 0.955, "0%", "96%"],
    ["0.##% drops optional zeros", 0.95, "0.##%", "95%"],
    ["0.##% keeps optional digits", 0.9512, "0.##%", "95.12%"],
    ["a percentage with a colour for negatives", -0.05, "0%;[Red]-0%", "-5%"],
    ["a percentage above 100", 1.2, "#,##0%", "120%"],
    // a quoted or escaped % does not multiply by 100, but it is shown
    ["a percentage in a quoted word is not a percentage", 95, '0"%"', "95%"],
    ["an escaped percent sign is not a percentage", 95, "0\\%", "95%"],
    // dates, shown as Y/M/D whatever the format's own punctuation
    ["yyyy/m/d", DEC31, "yyyy/m/d", "2023/12/31"],
    ["yyyy/m/d;@ (Excel's built-in Chinese short date)", DEC31, "yyyy/m/d;@", "2023/12/31"],
    ['yyyy"年"m"月"d"日"', DEC31, 'yyyy"年"m"月"d"日"', "2023/12/31"],
    ["[$-804]yyyy/m/d", DEC31, "[$-804]yyyy/m/d", "2023/12/31"],
    ['[DBNum1][$-804]yyyy"年"m"月"d"日"', DEC31, '[DBNum1][$-804]yyyy"年"m"月"d"日"', "2023/12/31"],
    ["m/d/yy", DEC31, "m/d/yy", "2023/12/31"],
    ["mm-dd-yy (ExcelJS's name for built-in 14)", DEC31, "mm-dd-yy", "2023/12/31"],
    ["yyyy-mm-dd hh:mm: the date of a date and time", DEC31 + 0.75, "yyyy-mm-dd hh:mm", "2023/12/31"],
    ["m月d日 (no year written: the cell still holds one)", DEC31, 'm"月"d"日"', "2023/12/31"],
    ["dddd, d mmmm yyyy", DEC31, "dddd, d mmmm yyyy", "2023/12/31"],
    ["a leap day", LEAP, "yyyy/m/d", "2024/2/29"],
    ["a serial with float error just below midnight", DEC31 + 1 - 1e-12, "yyyy/m/d", "2024/1/1"],
    ["a time of day stays on its date", DEC31 + 0.999, "yyyy/m/d", "2023/12/31"],
    // a date shows only the parts its format shows
    ['yyyy"年"m"月"', DEC31, 'yyyy"年"m"月"', "2023/12"],
    ["mmm-yy", DEC31, "mmm-yy", "2023/12"],
    ['yyyy"年"', DEC31, 'yyyy"年"', "2023年"],
    // the 1900 system: its first day, its fake leap day, the day after it; outside the range
    ["serial 1", 1, "yyyy/m/d", "1900/1/1"],
    ["serial 59", 59, "yyyy/m/d", "1900/2/28"],
    ["serial 60 (Excel's 1900-02-29)", 60, "yyyy/m/d", "1900/2/29"],
    ["serial 61", 61, "yyyy/m/d", "1900/3/1"],
    ["9999-12-31", 2958465, "yyyy/m/d", "9999/12/31"],
    ["0 (Excel shows 1900/1/0)", 0, "yyyy/m/d", null],
    ["a negative serial (Excel shows ####)", -1, "yyyy/m/d", null],
    ["past 9999 (Excel shows ####)", 2958466, "yyyy/m/d", null],
    // formats that show the number as its value reads
    ["General", DEC31, "General", null],
    ["0.00", DEC31, "0.00", null],
    ["#,##0", DEC31, "#,##0", null],
    ["@", DEC31, "@", null],
    // words written into the format are shown beside the number, and read with it
    ['"≥"General', 20, '"≥"General', "≥20"],
    ['a unit in quotes with d and m letters: 0"dm"', 5, '0"dm"', "5dm"],
    ["escaped letters: 0\\d", 5, "0\\d", "5d"],
    ['0"人次"', 500, '0"人次"', "500人次"],
    ['#,##0"万元"', 1200, '#,##0"万元"', "1200万元"],
    ['"≥"0.0%', 0.955, '"≥"0.0%', "≥95.5%"],
    ['0"以上"', 95, '0"以上"', "95以上"],
    ['0.00"小时" keeps its places', 1.5, '0.00"小时"', "1.50小时"],
    ["[DBNum1]General (Chinese numerals, the same number)", 95, "[DBNum1]General", null],
    ["[Red]0.00", 95, "[Red]0.00", null],
    ["G/通用格式 (General as WPS and Chinese Excel save it)", 95, "G/通用格式", null],
    ["accounting with fill and padding", 95, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)', null],
    ["scientific", 95, "0.00E+00", null],
    ["no format", 0.95, undefined, null],
    ["null format", 0.95, null, null],
    ["empty format", 0.95, "", null],
    // times are not dates
    ["h:mm:ss", 0.5, "h:mm:ss", null],
    ["h:mm AM/PM", 0.5, "h:mm AM/PM", null],
    ["mm:ss", 0.01, "mm:ss", null],
    ["[h]:mm:ss (elapsed)", 1.5, "[h]:mm:ss", null],
    ['h"时"mm"分"', 0.5, 'h"时"mm"分"', null],
    ['上午/下午h"时"mm"分"', 0.5, '上午/下午h"时"mm"分"', null],
    ["a number that is not finite", Number.NaN, "0%", null],
  ])("%s", (_label, value, format, expected) => {
    expect(shownNumber(value, format)).toBe(expected);
  });

  it("gives a date text the target parser reads as that date", () => {
    expect(parseTarget(shownNumber(DEC31, 'yyyy"年"m"月"d"日"')!)).toMatchObject({
      kind: "date",
      date: "2023-12-31",
    });
    expect(parseTarget(shownNumber(DEC31, 'yyyy"年"m"月"')!)).toMatchObject({
      kind: "date",
      date: "2023-12",
    });
    expect(parseTarget(shownNumber(DEC31, 'yyyy"年"')!)).toMatchObject({ kind: "date", date: "2023" });
  });

  it("gives every day from 1900-03-01 to 2200 as the calendar date of its serial", () => {
    const march1900 = Date.UTC(1900, 2, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 109574 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (n, t) => {
          const d = new Date(march1900 + (n - 61) * 86400000);
          const expected = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
          expect(shownNumber(n + t, "yyyy/m/d")).toBe(expected);
          const parsed = parseTarget(expected);
          const pad = (x: number) => String(x).padStart(2, "0");
          expect(parsed.date).toBe(
            `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
          );
        },
      ),
    );
  });

  it("reads a percentage the parser turns back into the number shown", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        // n hundredths of a percent, formatted with two decimals.
        const shown = shownNumber(n / 10000, "0.00%")!;
        expect(Number(shown.slice(0, -1))).toBeCloseTo(n / 100, 10);
      }),
    );
  });
});
