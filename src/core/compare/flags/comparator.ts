/** COMPARATOR-DIFF: a district writes another comparator than the majority (不少于 vs 大于). */
import type { Comparator } from "../../record";
import { comparatorDiff, COMPARATOR_SYMBOL, shownTarget } from "../sentences";
import { mode } from "../stats";
import type { CompareFlag, DistrictCell } from "../types";
import type { FlagRule } from "./types";

/** The ranges the cells write, each once however written (90%-95% and 90～95%: as first written). */
function rangesWritten(cells: DistrictCell[]): string[] {
  const byRange = new Map<string, string>();
  for (const c of cells) {
    const key = `${c.value}|${c.valueMax}|${c.unitKey}`;
    if (c.comparator === "between" && !byRange.has(key)) byRange.set(key, shownTarget(c));
  }
  return [...byRange.values()];
}

export const comparatorRule: FlagRule = {
  code: "COMPARATOR-DIFF",
  label: { zh: "比较方式不同", en: "Different comparator" },
  description: {
    zh: "本区的比较方式（≥、>、≤ …）与多数区不同，目标的含义因此不同。",
    en: "This district uses another comparator (≥, >, ≤ …) than most districts, so the target means something else.",
  },
  check({ indicator, districts, noun = "区" }) {
    const withNumber = districts.filter((d) => indicator.cells[d]?.value != null);
    const comps = withNumber.map((d) => indicator.cells[d].comparator);
    const distinct = new Set(comps);
    if (distinct.size < 2) return [];
    const m = mode(comps);
    const majority =
      m && !m.tied && m.value !== null
        ? {
            comparator: m.value,
            count: m.count,
            unwritten: withNumber.filter(
              (d) => indicator.cells[d].comparator === m.value && !indicator.cells[d].comparatorWritten,
            ).length,
            // A range is quoted as written (均为“90%-95%”（区间）), not as its word twice (round 177).
            ...(m.value === "between"
              ? { shown: rangesWritten(withNumber.map((d) => indicator.cells[d])) }
              : {}),
          }
        : null;
    const counts = new Map<Comparator | null, number>();
    for (const c of comps) counts.set(c, (counts.get(c) ?? 0) + 1);
    const order: (Comparator | null)[] = [">=", ">", "<=", "<", "=", "between", null];
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
    const split = {
      zh: sorted.map(([c, n]) => `${c === null ? "未写" : COMPARATOR_SYMBOL[c]} ${n} 个${noun}`).join("，"),
      en: sorted
        .map(([c, n]) => `${c === null ? "none" : c === "between" ? "range" : COMPARATOR_SYMBOL[c]} in ${n}`)
        .join(", "),
    };
    const flags: CompareFlag[] = [];
    for (const d of withNumber) {
      const c = indicator.cells[d];
      if (majority && c.comparator === majority.comparator) continue;
      // A bare 0.9 among ≥90%: RATE-FRACTION tells the district to rewrite the figure, comparator and all;
      // 未写比较词 on the same figure says nothing more.
      if (c.converted?.kind === "fraction" && !c.comparatorWritten) continue;
      flags.push({
        code: "COMPARATOR-DIFF",
        district: d,
        indicator: indicator.name,
        ratio: null,
        message: comparatorDiff(
          d,
          indicator.name,
          shownTarget(c),
          c.comparator,
          majority,
          split,
          c.comparatorWritten,
          noun,
          withNumber.length,
        ),
      });
    }
    return flags;
  },
};
