/**
 * Round 241's tables (round241.gold.ts), read field by field against their gold: every indicator's content fields,
 * project and district, every project's budget unit and department.
 */
import { CASES, CASES1B, CASES2 } from "./round241.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 241, the eighth generalisation inbox", [
  ["the first batch", CASES],
  ["the first batch's second part", CASES1B],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
