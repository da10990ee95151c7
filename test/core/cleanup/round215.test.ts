/**
 * Probe round 215 (cleanup): fresh messy workbooks of 三明, 百色, 赣州, 亳州, 衡水 and 毕节 counties and single
 * cells of legitimately odd writing (a range 1-3, 7×24小时, GB/T 50378-2019, 元/人·年, English names,
 * 2024.07-2025.01, text opening with = + - @), gold written before the run (round215data.ts). Found: a
 * standard's code typed in full-width forms with the space standards are written with (ＧＢ／Ｔ ５０３７８－２０１９)
 * had its number's digits folded and its letters and marks not — one code in two widths; now it stays whole,
 * as round 178 keeps ＧＢ／Ｔ５０２６８－２０１９.
 */
import { fixPunctuation } from "../../../src/core/cleanup/rules/punct";
import { expectCleanScore, scoreBooks, scoreCells2 } from "./round202-score";
import { BOOKS, BOOKS1B, BOOKS2, CELLS, CELLS1B } from "./round215data";
import { cleanedRow } from "./helpers";

describe("round 215: the probe's workbooks and cells clean as the gold says", () => {
  test.each([
    ["first batch", BOOKS],
    ["first batch, page-break leftovers", BOOKS1B],
    ["second batch", BOOKS2],
  ] as const)("%s: every gold edit, nothing else, every revert exact", (_name, books) => {
    const s = scoreBooks(books);
    expectCleanScore(s, books.length);
  });

  test.each([
    ["odd writing", CELLS],
    ["full-width forms, signs, codes and spaced numbers", CELLS1B],
  ] as const)("single cells, %s: nothing harmful, nothing missed, every revert exact", (_name, cells) => {
    const s = scoreCells2(cells);
    expectCleanScore(s, cells.length);
  });
});

describe("round 215: a standard's full-width code with its space stays whole", () => {
  test.each([
    "ＧＢ／Ｔ ５０３７８－２０１９",
    "执行ＧＢ／Ｔ ５０３７８－２０１９标准",
    "按ＪＧＪ／Ｔ ８５－２０１０验收",
    "ＧＢ ３８３８－２００２",
    "ＤＢ３６／Ｔ １２３４－２０２０",
    "ＨＪ ６３３－２０１２",
  ])("%s stays", (text) => {
    expect(fixPunctuation(text)).toBe(text);
  });

  it("in a 备注 cell through a whole cleanup, beside a target that is cleaned", () => {
    const row = cleanedRow("≥ ９０％", "符合ＧＢ／Ｔ ５０３７８－２０１９ ,验收合格");
    expect(row.target).toBe("≥90%");
    expect(row.note).toBe("符合ＧＢ／Ｔ ５０３７８－２０１９，验收合格");
  });

  test.each([
    ["ＰＭ ２．５", "ＰＭ 2.5"],
    ["Ｋ３ ５次", "K3 5次"],
    ["２０２４－２０２５年", "2024－2025年"],
    ["１２００人", "1200人"],
  ])("no standard's code: %s → %s, as before", (before, after) => {
    expect(fixPunctuation(before)).toBe(after);
  });
});
