/** Every command prints its own help for --help and -h, and `help NAME` does the same. */
import * as os from "os";
import { runCli } from "../../src/cli/main";
import { commands } from "../../src/cli/commands";
import { fakeIO } from "../support/cli";

describe("--help", () => {
  it.each(commands.map((c) => c.name))("%s --help and -h print the command's own help", async (name) => {
    for (const flag of ["--help", "-h"]) {
      const f = fakeIO(os.tmpdir());
      expect(await runCli([name, flag], f.io)).toBe(0);
      const command = commands.find((c) => c.name === name)!;
      expect(f.out()).toContain(command.usage);
      expect(f.out()).toContain(command.summary.zh);
      expect(f.err()).toBe("");
    }
  });

  it("help NAME is NAME --help", async () => {
    const f = fakeIO(os.tmpdir());
    expect(await runCli(["help", "parse"], f.io)).toBe(0);
    expect(f.out()).toMatch(/^用法 Usage: npm run --silent cli -- parse <file\.xlsx>/);
  });
});
