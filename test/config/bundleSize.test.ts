/** The build's size report: gzipped initial JavaScript of the task pane, an error above the budget. */
import { randomBytes } from "crypto";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BundleSizePlugin } = require("../../config/bundleSize");

function fakeBuild(files: Record<string, Buffer>, budget: number) {
  const errors: Error[] = [];
  const infos: string[] = [];
  let emit: (c: unknown) => void = () => undefined;
  const compiler = { hooks: { emit: { tap: (_: string, fn: (c: unknown) => void) => (emit = fn) } } };
  new BundleSizePlugin("taskpane", budget).apply(compiler);
  const asset = (name: string) => ({ name, source: { buffer: () => files[name] } });
  emit({
    entrypoints: new Map([
      ["taskpane", { getFiles: () => Object.keys(files).filter((f) => f !== "preflight.js") }],
    ]),
    getAsset: (name: string) => (files[name] ? asset(name) : undefined),
    getAssets: () => Object.keys(files).map(asset),
    errors,
    logger: { info: (t: string) => infos.push(t) },
  });
  return { errors, infos };
}

describe("BundleSizePlugin", () => {
  it("reports the gzipped size of the pre-flight script and the pane bundle", () => {
    const { errors, infos } = fakeBuild(
      { "preflight.js": Buffer.from("var a=1;"), "taskpane.js": Buffer.alloc(100000, 97) },
      300 * 1024,
    );
    expect(errors).toEqual([]);
    expect(infos[0]).toMatch(
      /Task pane initial JavaScript \(gzip\): 0\.\d KB \/ 300 KB \(preflight\.js, taskpane\.js\)/,
    );
  });

  it("fails the build above the budget", () => {
    const { errors } = fakeBuild({ "taskpane.js": randomBytes(20000) }, 10 * 1024);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/超出预算 over budget/);
  });
});
