/**
 * Round 235's unseen tables (round235.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES2 } from "./round235.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 235, the seventh generalisation inbox (all four layouts, the places least visited)", [
  ["the first batch", CASES],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
