/**
 * Round 229's unseen packed cells and prose (round229.gold.ts), read field by field against their gold: every
 * indicator's content fields, project and district, and every project's budget unit and department.
 */
import { CASES, CASES2 } from "./round229.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 229, the sixth generalisation inbox (packed cells and prose)", [
  ["the first batch", CASES],
  ["the second batch, written after the first was scored and fixed", CASES2],
]);
