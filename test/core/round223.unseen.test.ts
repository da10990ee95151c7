/**
 * Round 223's unseen tables (round223.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES1B, CASES1N, CASES2 } from "./round223.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 223, the fifth generalisation inbox", [
  ["the first batch", CASES],
  ["the first batch's harder half, written after its two fixes", CASES1B],
  ["the first batch's numbering styles, written after its harder half", CASES1N],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
