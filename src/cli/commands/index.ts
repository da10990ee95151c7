/** The command registry: one file per command; add yours here. */
import type { CliCommand } from "../io";
import { parseCommand } from "./parse";
import { demoCommand } from "./demo";

export const commands: CliCommand[] = [parseCommand, demoCommand];
