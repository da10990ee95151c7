/** The cleanup command reads its sheet's table once: the parse that finds it is the cleanup's. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import * as parse from "../../src/core/parse";
import { fakeIO, SAMPLE } from "../support/cli";

describe("cleanup command", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cleanup-once-"));
    fs.copyFileSync(SAMPLE, path.join(dir, "in.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  test("parses the sheet once: to find its table, and for the cleanup", async () => {
    const spy = jest.spyOn(parse, "parseGrid");
    const s = fakeIO(dir);
    expect(await runCli(["cleanup", "in.xlsx", "--dry-run", "--json"], s.io)).toBe(0);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
