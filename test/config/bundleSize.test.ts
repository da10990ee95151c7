/**
 * The build's size report: gzipped initial JavaScript of the task pane (an error above the budget), and
 * the chunks it loads later with import(), each reported with its size but outside the budget.
 */
import { randomBytes } from "crypto";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BundleSizePlugin, BUDGET_BYTES } = require("../../config/bundleSize");

/** A compilation with `initial` files in the taskpane entrypoint and `lazy` ones in a chunk it imports. */
function fakeBuild(files: Record<string, Buffer>, budget: number, lazy: string[] = []) {
  const errors: Error[] = [];
  const infos: string[] = [];
  let emit: (c: unknown) => void = () => undefined;
  const compiler = { hooks: { emit: { tap: (_: string, fn: (c: unknown) => void) => (emit = fn) } } };
  new BundleSizePlugin("taskpane", budget).apply(compiler);
  const asset = (name: string) => ({ name, source: { buffer: () => files[name] } });
  const initial = Object.keys(files).filter((f) => f !== "preflight.js" && !lazy.includes(f));
  const asyncChunk = { files: new Set(lazy) };
  emit({
    entrypoints: new Map([
      [
        "taskpane",
        {
          getFiles: () => initial,
          chunks: [{ getAllAsyncChunks: () => new Set(lazy.length ? [asyncChunk] : []) }],
        },
      ],
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
      /Task pane initial JavaScript \(gzip\): 0\.\d KB \/ 300 KB \(preflight\.js, taskpane\.js\)$/,
    );
  });

  it("fails the build above the budget", () => {
    const { errors } = fakeBuild({ "taskpane.js": randomBytes(20000) }, 10 * 1024);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/超出预算 over budget/);
  });

  it("reports each chunk loaded on first use with its size, outside the budget", () => {
    const { errors, infos } = fakeBuild(
      {
        "preflight.js": Buffer.from("var a=1;"),
        "taskpane.js": randomBytes(4000),
        "engine.js": randomBytes(30000),
        "engine.js.map": randomBytes(10),
      },
      10 * 1024,
      ["engine.js", "engine.js.map"],
    );
    expect(errors).toEqual([]);
    expect(infos[0]).toMatch(/: 4\.\d KB \/ 10 KB \(preflight\.js, taskpane\.js\)/);
    expect(infos[0]).toMatch(/按需加载 loaded on first use: engine\.js 29\.\d KB$/);
  });

  it("counts every initial chunk: the engine pulled back into the first screen fails the build", () => {
    const { errors } = fakeBuild(
      { "taskpane.js": randomBytes(4000), "engine.js": randomBytes(30000) },
      10 * 1024,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/\(taskpane\.js, engine\.js\) — 超出预算 over budget/);
  });

  it("holds the first screen to 200 KB", () => {
    expect(BUDGET_BYTES).toBe(200 * 1024);
  });
});
