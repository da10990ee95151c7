/**
 * README shows what `npm run demo` prints at its top; this keeps the block true. (It had said
 * "20 处需要说明" for sessions after the comparison began setting size differences apart.)
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import { fakeIO } from "../support/cli";

// Reading and writing the sample workbook on a shared 2-core machine can be slow; a limit, not an assertion.
jest.setTimeout(60000);

test("every line of README's demo block is a line the demo prints", async () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const block = /`npm run demo` reads[\s\S]*?```\n([\s\S]*?)```/.exec(readme);
  expect(block).not.toBeNull();
  const shown = (block as RegExpExecArray)[1].split("\n").filter((l) => l.trim() !== "");
  expect(shown.length).toBeGreaterThanOrEqual(3);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-"));
  try {
    const f = fakeIO(dir);
    expect(await runCli(["demo"], f.io)).toBe(0);
    const printed = new Set(f.out().split("\n"));
    expect(shown.filter((l) => !printed.has(l))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
