/**
 * Labels and wording (probe round 54): 明显偏高/偏低 only from ten times (or a tenth) and those notes first,
 * rates apart in percentage points, a variant named with its unit where the unit differs, the legend in
 * the program's place word, and a cell in another unit with its sign.
 */
import { compareDistricts } from "../../../src/core/compare";
import { compareSheetPlan } from "../../../src/core/plan/compareSheet";
import { districtSource, type Spec } from "./helpers";

const counties = ["闽侯县", "连江县", "罗源县", "闽清县", "永泰县", "长乐区"];

function sheetOf(byDistrict: Record<string, Spec[]>) {
  const r = compareDistricts([districtSource("人民调解工作经费", byDistrict)]);
  return {
    r,
    cells: compareSheetPlan(r)!.values.map((row) => row.map((v) => (v === null ? "" : String(v)))),
  };
}

describe("the sheet's notes", () => {
  // 长乐区 twelve times the median (a slip), 罗源县 at 0.40: only the first is 明显.
  const values = [3000, 3200, 1200, 2800, 3100, 36000];
  const { cells } = sheetOf(
    Object.fromEntries(counties.map((d, i) => [d, [["调解矛盾纠纷件数", ">=", values[i], "件"]] as Spec[]])),
  );
  const notes = cells.filter((row) => counties.includes(row[0]) && /偏/.test(row[2]));

  it("says 明显偏高 from ten times on, 偏低 below, and lists the far case first", () => {
    expect(notes.map((row) => [row[0], row[2]])).toEqual([
      ["长乐区", "明显偏高 Far above"],
      ["罗源县", "偏低（规模差异） Low (size)"],
    ]);
  });

  it("words the legend in the program's place word and keeps its text within its coloured cells", () => {
    const flat = cells.flat();
    // Round 181: the legend names only the colours the block uses (no shared value here; the place word
    // of 与多数县（区）取值不同 is pinned in round181.test.ts).
    expect(flat).not.toContain("与多数县（区）取值不同 Differs from the shared value");
    expect(flat.some((c) => c.startsWith("偏高（10 倍及以上"))).toBe(true);
    expect(flat.some((c) => c.includes("多数区"))).toBe(false);
  });
});

describe("a cell in another unit", () => {
  it("keeps its sign and unit as written (≥50个)", () => {
    const five = ["甲区", "乙区", "丙区", "丁区", "戊区"];
    const units = ["人", "人", "人", "人", "人次"];
    const { cells } = sheetOf(
      Object.fromEntries(five.map((d, i) => [d, [["培训人数", ">=", 50, units[i]]] as Spec[]])),
    );
    expect(cells.flat()).toContain("不少于50人次");
  });
});

describe("a variant in another unit", () => {
  it("is offered with its unit: 其“资助学生人次”（单位人次）可能为同一指标", () => {
    const five = ["历下区", "市中区", "槐荫区", "天桥区", "章丘区"];
    const r = compareDistricts([
      districtSource(
        "学生资助补助经费",
        Object.fromEntries(
          five.map((d, i) => [
            d,
            (d === "章丘区"
              ? [["资助学生人次", ">=", 5000, "人次"]]
              : [["资助家庭经济困难学生人数", ">=", 3000 + i * 100, "人"]]) as Spec[],
          ]),
        ),
      ),
    ]);
    const f = r.programs[0].indicators[0].flags.find((x) => x.district === "章丘区")!;
    expect(f.message.zh).toContain("其“资助学生人次”（单位人次）可能为同一指标，请人工核对");
    expect(f.message.en).toContain('"资助学生人次" (in 人次) may be the same indicator');
  });
});
