/**
 * Round 206's unseen tables (round206.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES2 } from "./round206.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 206, the generalisation inbox", [
  ["the first batch", CASES],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
