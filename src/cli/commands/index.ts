/** The command registry: one file per command; add yours here. */
import type { CliCommand } from "../io";
import { parseCommand } from "./parse";
import { demoCommand } from "./demo";
import { cleanupCommand } from "./cleanup";
import { revertCommand } from "./revert";
import { compareCommand } from "./compare";
import { analyzeCommand } from "./analyze";

export const commands: CliCommand[] = [
  parseCommand,
  demoCommand,
  cleanupCommand,
  revertCommand,
  compareCommand,
  analyzeCommand,
];
