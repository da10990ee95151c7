/**
 * Round 220's unseen tables (round220.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES1B, CASES2 } from "./round220.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 220, the fourth generalisation inbox", [
  ["the first batch", CASES],
  ["the first batch's harder half, written before any fix", CASES1B],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
