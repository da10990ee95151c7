/**
 * Round 203's unseen tables (round203.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES2 } from "./round203.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 203, the session's closing inbox", [
  ["the first batch", CASES],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
