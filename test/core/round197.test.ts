/**
 * Round 197: packed 绩效指标 cells and 绩效目标 prose of 佛山, 东莞, 珠海, 中山, 江门, 湛江, 汕头, 福州, 泉州, 南昌,
 * 赣州, 合肥 and 芜湖, scored against the gold written before the engine was run (round197.data.ts).
 */
import { scoreRound197 } from "./round197.score";

describe("round 197's unseen tables", () => {
  it("reads them as the gold says", () => {
    const s = scoreRound197();
    if (process.env.R197_SHOW) {
      console.log(JSON.stringify({ indicators: s.indicators, right: s.right, missing: s.missing, extra: s.extra }));
      for (const m of s.misses) console.log(`${m.project} | ${m.fields.join(",")}\n  gold ${m.gold}\n  got  ${m.got}`);
      for (const e of s.extras) console.log(`EXTRA ${e}`);
    }
    expect(s.right).toBeGreaterThanOrEqual(0);
  });
});
