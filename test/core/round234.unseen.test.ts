/**
 * Round 234's unseen tables (round234.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES2, CASES_B, CASES_H } from "./round234.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 234, the seventh generalisation inbox (rows tables and 【】 blocks)", [
  ["the first batch", [...CASES, ...CASES_B]],
  ["the first batch's harder half, written after its fixes", CASES_H],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
