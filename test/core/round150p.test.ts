/** Round 150p: thousands grouped by a space in an unnumbered cell (培训人数1 000人，受益学生1 200人). */
import { records } from "../support/packedCell";

/** name, comparator, value, unit. */
function figures(cell: string) {
  return records(cell).map((i) => [i.name, i.comparator, i.value, i.unit]);
}

describe("thousands grouped by a space in an unnumbered cell (培训人数1 000人，受益学生1 200人)", () => {
  it("cuts at the comma or the 、 as it does for 1000 and 1,000", () => {
    for (const sp of [" ", "\u00a0", "\u2009", "\u3000"]) {
      expect(figures(`培训人数1${sp}000人，受益学生1${sp}200人`)).toEqual([
        ["培训人数", "=", 1000, "人"],
        ["受益学生", "=", 1200, "人"],
      ]);
      expect(figures(`完成禁牧1${sp}260万亩、草畜平衡1${sp}580万亩`)).toEqual([
        ["完成禁牧", "=", 12600000, "亩"],
        ["草畜平衡", "=", 15800000, "亩"],
      ]);
    }
    expect(figures("新建道路12 500米；受益群众3 600人")).toEqual([
      ["新建道路", "=", 12500, "米"],
      ["受益群众", "=", 3600, "人"],
    ]);
  });
});
