/**
 * @jest-environment jsdom
 *
 * The manifest contract: what `office-addin-manifest validate` would reject (it needs the network),
 * checked offline. Element order follows the XML schemas (OfficeApp 1.1, VersionOverrides 1.0).
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const kids = (el: Element) => Array.from(el.children);
const names = (el: Element) => kids(el).map((c) => c.localName);
const all = (name: string) => Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);
const one = (name: string) => {
  const found = all(name);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
};

/** `names` must be a subsequence of `order` (optional elements may be missing, never reordered). */
function expectOrder(actual: string[], order: string[]) {
  const positions = actual.map((n) => order.indexOf(n));
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function assetFor(url: string): string {
  const p = new URL(url).pathname; // /assets/icon-x-16.png
  return path.join(root, p.replace(/^\//, ""));
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  it("has OfficeApp elements in schema order", () => {
    expectOrder(names(doc.documentElement), [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
  });

  it("has ordered VersionOverrides, form factor, groups and controls", () => {
    expectOrder(names(one("VersionOverrides")), ["Description", "Requirements", "Hosts", "Resources"]);
    expectOrder(names(one("DesktopFormFactor")), ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expectOrder(names(one("Resources")), ["Images", "Urls", "ShortStrings", "LongStrings"]);
    for (const g of all("Group")) expectOrder(names(g), ["Label", "Icon", "Control"]);
    for (const c of all("Control")) expectOrder(names(c), ["Label", "Supertip", "Icon", "Action"]);
  });

  it("has a GUID id, a four-part version, Workbook host, ExcelApi 1.7 and ReadWriteDocument only", () => {
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one("Version").textContent).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual([
      "Workbook",
      "Workbook",
    ]);
    const set = one("Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["ExcelApi", "1.7"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("defines every resid exactly once, with ids of at most 32 characters", () => {
    const defined = Array.from(one("Resources").getElementsByTagName("*"))
      .filter((e) => e.namespaceURI === BT && e.hasAttribute("id"))
      .map((e) => e.getAttribute("id")!);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
    const used = Array.from(doc.getElementsByTagName("*"))
      .filter((e) => e.hasAttribute("resid"))
      .map((e) => e.getAttribute("resid")!);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) expect(defined).toContain(r);
  });

  it("keeps short strings within 125 characters and long strings within 250, in English and Chinese", () => {
    const lengths = (parent: string, max: number) => {
      for (const s of kids(one(parent))) {
        const values = [s.getAttribute("DefaultValue")!, ...kids(s).map((o) => o.getAttribute("Value")!)];
        expect(kids(s).map((o) => o.getAttribute("Locale"))).toEqual(["zh-CN"]);
        for (const v of values) {
          expect(v.length).toBeGreaterThan(0);
          expect(v.length).toBeLessThanOrEqual(max);
        }
      }
    };
    lengths("ShortStrings", 125);
    lengths("LongStrings", 250);
    expect(one("DisplayName").getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(125);
    expect(one("Description").getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
    const zhLabels = all("String")
      .filter((s) => s.getAttribute("id")!.endsWith(".Label"))
      .map((s) => kids(s)[0].getAttribute("Value"));
    expect(zhLabels).toEqual(expect.arrayContaining(["打开助手", "一键校验", "一键清理"]));
  });

  it("uses https for every URL", () => {
    const urls = [
      ...Array.from(doc.getElementsByTagName("*"))
        .filter(
          (e) => /Url$|^SourceLocation$|^Image$|^Url$/.test(e.localName) && e.hasAttribute("DefaultValue"),
        )
        .map((e) => e.getAttribute("DefaultValue")!),
      ...all("AppDomain").map((e) => e.textContent!),
    ];
    expect(urls.length).toBeGreaterThan(15);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it("puts the buttons on the Home tab: a task pane button and two functions registered in src/commands", () => {
    expect(one("OfficeTab").getAttribute("id")).toBe("TabHome");
    const actions = all("Action").map((a) => a.getAttribute("xsi:type"));
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction", "ExecuteFunction"]);
    const source = fs
      .readdirSync(path.join(root, "src/commands"))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => fs.readFileSync(path.join(root, "src/commands", f), "utf8"))
      .join("\n");
    const functions = all("FunctionName").map((f) => f.textContent!);
    expect(functions).toEqual(["validateSelection", "cleanSelection"]);
    for (const fn of functions)
      expect(source).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*["']${fn}["']`));
  });

  it("has every icon file at its declared pixel size", () => {
    const images = new Map(
      all("Image")
        .filter((i) => i.hasAttribute("id"))
        .map((i) => [i.getAttribute("id")!, i]),
    );
    const uses = all("Image").filter((i) => i.hasAttribute("resid"));
    expect(uses.length).toBeGreaterThanOrEqual(16);
    for (const use of uses) {
      const size = Number(use.getAttribute("size"));
      const file = assetFor(images.get(use.getAttribute("resid")!)!.getAttribute("DefaultValue")!);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(pngSize(assetFor(one("IconUrl").getAttribute("DefaultValue")!))).toEqual({
      width: 32,
      height: 32,
    });
    expect(pngSize(assetFor(one("HighResolutionIconUrl").getAttribute("DefaultValue")!))).toEqual({
      width: 64,
      height: 64,
    });
    // 128 px is for the store listing; Office's own surfaces use 16 to 80.
    for (const n of ["assistant", "validate", "clean"])
      expect(pngSize(path.join(root, `assets/icon-${n}-128.png`))).toEqual({ width: 128, height: 128 });
  });
});
