/**
 * Round 201's unseen tables (round201.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department. The gold's own mistakes are
 * corrected there, each marked "gold corrected".
 */
import { CASES, CASES2, CASES3 } from "./round201.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 201", [
  ["the first batch", CASES],
  ["the second batch, written after the first was scored", CASES2],
  ["the third batch, near misses of the round's new readings", CASES3],
]);
