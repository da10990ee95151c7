/**
 * Round 196's unseen tables (round196.gold.ts), read field by field against their gold: every indicator's content
 * fields, project and district, and every project's budget unit and department. The gold's own mistakes are
 * corrected there, each marked "gold corrected".
 */
import {
  CASES,
  CASES2,
  CASES3,
  CASES4,
  CASES5,
  CASES6,
  CASES7,
  CASES8,
  CASES9,
  CASES10,
  CASES11,
  CASES12,
  CASES13,
} from "./round196.gold";
import { describeUnseen } from "./round196.score";

describeUnseen("round 196", [
  ["the first batch", CASES],
  ["the second batch, written after the first was scored", CASES2],
  ["the third batch, written after the second was scored", CASES3],
  ["the fourth batch, written after the third was scored", CASES4],
  ["the fifth batch, written after the fourth was scored", CASES5],
  ["the sixth batch, forms only, written after the fifth was scored", CASES6],
  ["the seventh batch, written after the sixth was scored", CASES7],
  ["the eighth batch, written after the seventh was scored", CASES8],
  ["the ninth batch, several projects on one sheet", CASES9],
  ["the tenth batch, written after the ninth was scored", CASES10],
  ["the eleventh batch, written after the tenth was scored", CASES11],
  ["the twelfth batch, written after the eleventh was scored", CASES12],
  ["the thirteenth batch, headers and labels merged over two columns", CASES13],
]);
