/**
 * render.ts, gateway.ts and read.ts also run in the browser preview: neither they nor anything they
 * import may load a Node module. Only exceljs is allowed from outside the project.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

/** Module specifiers a file loads at run time (type-only imports vanish when compiled). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms))
    if (!m[1]) specs.push(m[2]);
  for (const m of text.matchAll(/^\s*import\s+"([^"]+)";/gm)) specs.push(m[1]);
  for (const m of text.matchAll(/require\(\s*"([^"]+)"\s*\)/g)) specs.push(m[1]);
  return specs;
}

function resolveLocal(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (fs.existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** Every external module reachable from `entry` through local imports. */
function externalsReachable(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const externals = new Map<string, string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith(".")) stack.push(resolveLocal(file, spec));
      else externals.set(spec, path.relative(SRC, file));
    }
  }
  return externals;
}

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe.each(["xlsx/render.ts", "xlsx/gateway.ts", "xlsx/read.ts"])("%s", (entry) => {
  it("loads no Node module, directly or through what it imports", () => {
    const externals = externalsReachable(path.join(SRC, entry));
    const node = [...externals]
      .filter(([spec]) => NODE.has(spec))
      .map(([spec, file]) => `${spec} (in ${file})`);
    expect(node).toEqual([]);
    expect([...externals.keys()].filter((spec) => spec !== "exceljs")).toEqual([]);
  });
});

it("the checker itself sees Node modules where they are (files.ts)", () => {
  const externals = externalsReachable(path.join(SRC, "xlsx/files.ts"));
  expect(externals.has("fs")).toBe(true);
});
