/**
 * @jest-environment jsdom
 *
 * config/deploy.js: reading --env, rewriting the real manifest.xml for a host, file names.
 * (jsdom only for DOMParser: the rewritten manifest must still be well-formed XML.)
 */
import * as fs from "fs";
import * as path from "path";
import * as deploy from "../../config/deploy";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://addins.example.gov.cn/ptr/";

/** Every http(s) address in the manifest's markup (not its comments) except XML namespace names. */
function urlsIn(xml: string): string[] {
  return (xml.replace(/<!--[\s\S]*?-->/g, "").match(/https?:\/\/[^"'<>\s]+/g) ?? []).filter(
    (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
  );
}

describe("resolveTarget", () => {
  it("without baseUrl keeps the development build: no manifest, plain names, global CDN", () => {
    const t = deploy.resolveTarget({ WEBPACK_BUNDLE: true });
    expect(t).toMatchObject({
      baseUrl: null,
      version: null,
      officeCdn: "global",
      officeJsUrl: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      hashed: false,
      preflightFile: "preflight.js",
    });
    expect(deploy.bundleName(t)).toBe("[name].js");
  });

  it("chooses 21Vianet's CDN with officeCdn=china", () => {
    expect(deploy.resolveTarget({ officeCdn: "china" }).officeJsUrl).toBe(
      "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    );
    expect(() => deploy.resolveTarget({ officeCdn: "mars" })).toThrow(/officeCdn/);
  });

  it("normalises the base URL to end in a slash and hashes file names", () => {
    const t = deploy.resolveTarget({ baseUrl: "https://addins.example.gov.cn/ptr", version: "1.2.3.4" });
    expect(t.baseUrl).toBe(BASE);
    expect(t.version).toBe("1.2.3.4");
    expect(deploy.bundleName(t)).toBe("[name].[contenthash:8].js");
    expect(t.preflightFile).toMatch(/^preflight\.[0-9a-f]{8}\.js$/);
    expect(deploy.pageParameters(t)).toEqual({ officeJsUrl: t.officeJsUrl, preflightSrc: t.preflightFile });
  });

  it("names the pre-flight file after its content", () => {
    const a = deploy.resolveTarget({ baseUrl: BASE }, { preflightJs: "var a;" });
    const b = deploy.resolveTarget({ baseUrl: BASE }, { preflightJs: "var b;" });
    expect(a.preflightFile).not.toBe(b.preflightFile);
  });

  it.each([
    ["http://addins.example.gov.cn/", /https/],
    ["https://localhost:3000/", /localhost/],
    ["https://host/path/?v=1", /query|查询/],
    ["not a url", /valid URL/],
  ])("rejects baseUrl %s with a clear message", (baseUrl, message) => {
    expect(() => deploy.resolveTarget({ baseUrl })).toThrow(message);
  });

  it.each(["1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.123456", "v1"])("rejects version %s", (version) => {
    expect(() => deploy.resolveTarget({ baseUrl: BASE, version })).toThrow(/version/);
  });

  it("rejects a version without a baseUrl (there is no manifest to put it in)", () => {
    expect(() => deploy.resolveTarget({ version: "1.2.3.4" })).toThrow(/baseUrl/);
  });

  it("bumps the automatic version every hour from manifest.xml's first three parts", () => {
    const at = (iso: string) => deploy.resolveTarget({ baseUrl: BASE }, { now: new Date(iso) }).version!;
    expect(at("2024-01-01T00:30:00Z")).toBe("0.1.0.0");
    expect(at("2025-06-01T12:00:00Z")).toBe("0.1.0.12420");
    const versions = ["2025-06-01T12:00:00Z", "2025-06-01T13:00:00Z", "2026-01-01T00:00:00Z"].map(at);
    const fourth = versions.map((v) => Number(v.split(".")[3]));
    expect(fourth).toEqual([...fourth].sort((a, b) => a - b));
    expect(new Set(fourth).size).toBe(3);
    for (const v of versions) expect(v).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });
});

describe("rewriteManifest (the real manifest.xml)", () => {
  const target = deploy.resolveTarget({ baseUrl: BASE, version: "2.0.1.7", officeCdn: "china" });
  const xml = deploy.rewriteManifest(MANIFEST, target);

  it("leaves no localhost and points every URL under the base", () => {
    expect(xml).not.toMatch(/localhost/i);
    const urls = urlsIn(xml);
    expect(urls.length).toBeGreaterThanOrEqual(urlsIn(MANIFEST).length - 1); // AppDomain dropped
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
  });

  it("keeps every page and icon path of the development manifest", () => {
    const paths = (x: string, base: RegExp) =>
      urlsIn(x)
        .map((u) => u.replace(base, ""))
        .filter((p) => p !== "" && !p.startsWith("https://"));
    expect(new Set(paths(xml, /^https:\/\/addins\.example\.gov\.cn\/ptr\//))).toEqual(
      new Set(paths(MANIFEST, /^https:\/\/localhost:\d+\//)),
    );
  });

  it("sets the version, drops AppDomains and stays well-formed", () => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("Version")[0].textContent).toBe("2.0.1.7");
    expect(doc.getElementsByTagName("AppDomains")).toHaveLength(0);
    expect(doc.getElementsByTagName("Id")[0].textContent).toBe("ac6c47c2-3ea4-4c4d-bff7-880ae4561249");
  });

  it("refuses a manifest in which a localhost address survives", () => {
    const odd = MANIFEST.replace("</OfficeApp>", "<!-- see http://localhost/x --></OfficeApp>");
    expect(() => deploy.rewriteManifest(odd, target)).toThrow(/localhost/);
  });
});
