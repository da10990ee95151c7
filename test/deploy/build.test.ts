/**
 * One real production build through webpack.config.js, as `npm run build -- --env baseUrl=… --env
 * officeCdn=china --env version=…` runs it, into a temporary directory. Slow (about half a minute),
 * so everything about the output is checked on this one build.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildForHost, ROOT } from "./buildForHost";

const BASE = "https://addins.example.gov.cn/ptr/";
const CHINA = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const GLOBAL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let out: string;
const read = (name: string) => fs.readFileSync(path.join(out, name), "utf8");

/** Every http(s) address in the markup (not comments), except XML namespace names. */
function urlsIn(xml: string): string[] {
  return (xml.replace(/<!--[\s\S]*?-->/g, "").match(/https?:\/\/[^"'<>\s]+/g) ?? []).filter(
    (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
  );
}

/** The src of every <script> in page order, with the tag's attributes. */
function scripts(html: string): Array<{ src: string; attrs: string }> {
  return Array.from(html.matchAll(/<script\b([^>]*)>/g)).map((m) => ({
    attrs: m[1],
    src: /\bsrc="([^"]*)"/.exec(m[1])?.[1] ?? "",
  }));
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "ptr-deploy-build-"));
  await buildForHost(out, { baseUrl: BASE.replace(/\/$/, ""), officeCdn: "china", version: "1.2.3.4" });
}, 240_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("a build with baseUrl and officeCdn=china", () => {
  it("writes a manifest with no localhost and every URL under the base, each to a file that exists", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain("<Version>1.2.3.4</Version>");
    const urls = urlsIn(xml);
    expect(urls.length).toBeGreaterThan(15);
    for (const u of urls) {
      expect(u.startsWith(BASE)).toBe(true);
      expect(fs.existsSync(path.join(out, u.slice(BASE.length)))).toBe(true);
    }
  });

  it("makes both pages load Office.js from the China CDN and never from the global one", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = read(page);
      expect(scripts(html).map((s) => s.src)).toContain(CHINA);
      expect(html).not.toContain(GLOBAL);
      expect(html).not.toContain("<%"); // every template parameter was filled in
    }
  });

  it("runs the pre-flight script first in the task pane, which alone loads the hashed bundle", () => {
    const tags = scripts(read("taskpane.html"));
    expect(tags.map((s) => s.src)).toEqual([expect.stringMatching(/^preflight\.[0-9a-f]{8}\.js$/), CHINA]);
    const bundle = /data-bundle="([^"]*)"/.exec(tags[0].attrs)![1].split(" ");
    expect(bundle).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    expect(fs.existsSync(path.join(out, bundle[0]))).toBe(true);
  });

  it("puts the engine in a hashed chunk of its own, which the bundle fetches relative to itself", () => {
    const files = fs.readdirSync(out);
    const engine = files.filter((f) => /^engine\.[0-9a-f]{8}\.js$/.test(f));
    expect(engine).toHaveLength(1);
    // Only the pre-flight, the pane's bundle, the ribbon's bundle, the engine, the engine's worker (round
    // 240) and the engine's code the two share, in a chunk webpack numbers: nothing else to copy.
    const names = files.filter((f) => f.endsWith(".js")).map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, ""));
    expect(names.filter((n) => !/^\d+$/.test(n)).sort()).toEqual([
      "commands",
      "engine",
      "engine-worker",
      "preflight",
      "taskpane",
    ]);
    expect(names).toHaveLength(6);
    const worker = files.filter((f) => /^engine-worker\.[0-9a-f]{8}\.js$/.test(f));
    expect(worker).toHaveLength(1);
    const bundle = /data-bundle="([^"]*)"/.exec(read("taskpane.html"))![1];
    const js = read(bundle);
    // The chunk's name is in the bundle (its hash), and no address is: publicPath "auto" takes the
    // bundle's own URL, so the same files work under any host and path, https or the http preview.
    expect(js).toContain(engine[0].split(".")[1]);
    expect(js).toContain(worker[0].split(".")[1]);
    expect(js).not.toContain("addins.example.gov.cn");
    expect(js).not.toContain("localhost");
  });

  it("ships the pre-flight script byte for byte as tested", () => {
    const name = scripts(read("taskpane.html"))[0].src;
    expect(read(name)).toBe(fs.readFileSync(path.join(ROOT, "src/preflight/preflight.js"), "utf8"));
    expect(scripts(read("commands.html"))[0].src).toBe(name);
  });

  it("gives the command page's pre-flight the manifest's function names", () => {
    const tag = scripts(read("commands.html"))[0];
    const names = /data-commands="([^"]*)"/.exec(tag.attrs)![1].split(" ");
    const manifestNames = Array.from(
      read("manifest.xml").matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g),
    ).map((m) => m[1]);
    expect(names).toEqual(manifestNames);
  });
});
