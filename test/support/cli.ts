/** The command line as tests drive it: captured output, a working folder, the bundled sample. */
import * as path from "path";
import type { CliIO } from "../../src/cli/io";

export const SAMPLE = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx");

/** Streams that collect what a command prints. */
export function fakeIO(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd };
  return { io, out: () => out.join(""), err: () => err.join("") };
}
