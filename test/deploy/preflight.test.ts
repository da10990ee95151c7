/**
 * @jest-environment jsdom
 *
 * The pre-flight script (src/preflight/preflight.js): it parses as ES5, its decision is right, and the
 * same file, run as the browser runs it, shows the message or loads the bundle.
 */
import * as fs from "fs";
import * as path from "path";
import * as acorn from "acorn";
import * as preflight from "../../src/preflight/preflight";
import type { PreflightDecision, PreflightEnv } from "../../src/preflight/preflight";

const FILE = path.resolve(__dirname, "../../src/preflight/preflight.js");
const SOURCE = fs.readFileSync(FILE, "utf8");

const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeLegacy:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webview2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
  mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

const ALL = { "1.7": true, "1.9": true, "1.13": true, "1.20": true };

function env(over: PreflightEnv = {}): PreflightEnv {
  return {
    userAgent: UA.webview2,
    language: "zh-CN",
    officeLoaded: true,
    host: "Excel",
    supports: ALL,
    ...over,
  };
}

describe("preflight.js source", () => {
  it("parses as ES5", () => {
    expect(() => acorn.parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });

  it("uses no library call that IE11 lacks", () => {
    const code = SOURCE.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ""); // comments may name them
    for (const banned of [
      /\.includes\(/,
      /\.startsWith\(/,
      /\.endsWith\(/,
      /\.find\(/,
      /\.findIndex\(/,
      /Object\.assign/,
      /Object\.entries/,
      /Array\.from/,
      /\bPromise\b/,
      /\bfetch\(/,
      /\bMap\(/,
      /\bSet\(/,
      /\.closest\(/,
      /\.append\(/,
      /\.prepend\(/,
      /\.remove\(\)/,
    ])
      expect(code).not.toMatch(banned);
  });
});

describe("decide", () => {
  it("blocks IE11 (Trident), whatever Excel supports", () => {
    const d = preflight.decide(env({ userAgent: UA.ie11 }));
    expect(d).toMatchObject({ ok: false, reason: "trident", webview: "trident" });
  });

  it("blocks the old Edge (EdgeHTML), whose JavaScript the bundle outgrew", () => {
    expect(preflight.decide(env({ userAgent: UA.edgeLegacy }))).toMatchObject({
      ok: false,
      reason: "edgehtml",
    });
  });

  it("blocks an Excel without ExcelApi 1.7 and names it", () => {
    const d = preflight.decide(env({ supports: { "1.7": false, "1.9": false, "1.20": false } }));
    expect(d).toMatchObject({ ok: false, reason: "excel-api", missing: ["ExcelApi 1.7"], featuresOff: [] });
  });

  it("runs without 1.9 and 1.20 and says which features are off", () => {
    const d = preflight.decide(env({ supports: { "1.7": true, "1.9": false, "1.13": true, "1.20": false } }));
    expect(d.ok).toBe(true);
    expect(d.featuresOff.map((f) => f.set)).toEqual(["ExcelApi 1.9", "ExcelApi 1.20"]);
    const only120 = preflight.decide(env({ supports: { "1.7": true, "1.9": true, "1.13": true } }));
    expect(only120.featuresOff.map((f) => f.set)).toEqual(["ExcelApi 1.20"]);
  });

  it("runs with everything on when all sets are present (WebView2, Mac, the web)", () => {
    for (const userAgent of [UA.webview2, UA.mac])
      expect(preflight.decide(env({ userAgent }))).toMatchObject({ ok: true, reason: null, featuresOff: [] });
  });

  it("says so when Office.js did not load (a blocked CDN)", () => {
    const d = preflight.decide(env({ officeLoaded: false, officeJsUrl: "https://cdn.example/office.js" }));
    expect(d).toMatchObject({ ok: false, reason: "office-js" });
    expect(preflight.messageFor(d, "zh")!.why).toContain("https://cdn.example/office.js");
  });

  it("does not check API sets outside Excel (a browser or a test harness)", () => {
    const d = preflight.decide(env({ host: null, supports: {} }));
    expect(d).toMatchObject({ ok: true, inExcel: false, featuresOff: [] });
  });

  it("speaks Chinese for any zh-* display language, English otherwise", () => {
    expect(["zh-CN", "zh-TW", "ZH-HK", "zh"].map(preflight.languageOf)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en-US", "de-DE", "", undefined].map(preflight.languageOf)).toEqual(["en", "en", "en", "en"]);
  });

  it("tells what is missing and what to upgrade to, in both languages", () => {
    for (const over of [{ userAgent: UA.ie11 }, { supports: { "1.7": false } }]) {
      const d = preflight.decide(env(over));
      const zh = preflight.messageFor(d, "zh")!;
      const en = preflight.messageFor(d, "en")!;
      expect(zh.todo).toContain("Office 2021 或更高版本");
      expect(zh.todo).toContain("Microsoft 365");
      expect(en.todo).toContain("Office 2021 or later");
      expect(en.todo).toContain("Microsoft 365");
    }
    expect(preflight.messageFor(preflight.decide(env({ userAgent: UA.ie11 })), "zh")!.why).toContain(
      "Internet Explorer 11",
    );
    expect(preflight.messageFor(preflight.decide(env({ supports: {} })), "en")!.why).toContain(
      "ExcelApi 1.7",
    );
  });

  it("has no message when the pane can run, and no notice when nothing is off", () => {
    const ok = preflight.decide(env());
    expect(preflight.messageFor(ok, "zh")).toBeNull();
    expect(preflight.noticeFor(ok, "zh")).toBeNull();
  });
});

// ---- The file as the browser runs it (a classic script: `this` is window, no `module`). ----

interface OfficeStub {
  displayLanguage?: string;
  sets?: string[];
  host?: string | null;
}

function fakeOffice({
  displayLanguage = "zh-CN",
  sets = ["1.7", "1.9", "1.13", "1.20"],
  host = "Excel",
}: OfficeStub) {
  return {
    context: {
      displayLanguage,
      requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && sets.includes(v) },
      ui: {
        displayDialogAsync: jest.fn((_url: string, _opts: unknown, cb: () => void) => cb()),
      },
    },
    onReady: (cb: (info: { host: string | null }) => void) => cb({ host }),
    actions: { associate: jest.fn() },
  };
}

type TestWindow = Window & {
  Office?: ReturnType<typeof fakeOffice>;
  PTR_PREFLIGHT?: PreflightDecision;
} & Record<string, unknown>;

function runInPage(options: {
  userAgent: string;
  office?: OfficeStub | null;
  attrs: Record<string, string>;
}) {
  document.head.innerHTML = "";
  document.body.innerHTML = '<div id="root"></div>';
  const own = document.createElement("script");
  own.setAttribute("src", "preflight.abc.js");
  for (const [k, v] of Object.entries(options.attrs)) own.setAttribute(k, v);
  document.head.appendChild(own);
  const officeTag = document.createElement("script");
  officeTag.setAttribute("src", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  document.head.appendChild(officeTag);
  Object.defineProperty(document, "currentScript", { value: own, configurable: true });
  Object.defineProperty(window.navigator, "userAgent", { get: () => options.userAgent, configurable: true });
  const win = window as unknown as TestWindow;
  for (const name of ["validateSelection", "cleanSelection", "PTR_PREFLIGHT", "PtrPreflight"])
    delete win[name];
  if (options.office === null) delete win.Office;
  else win.Office = fakeOffice(options.office ?? {});
  new Function(SOURCE).call(window);
  return win;
}

const addedScripts = () =>
  Array.from(document.body.querySelectorAll("script")).map((s) => s.getAttribute("src"));

describe("preflight.js in the page", () => {
  it("in IE11 shows the message and never adds the bundle", () => {
    const win = runInPage({
      userAgent: UA.ie11,
      office: { sets: ["1.7"] },
      attrs: { "data-bundle": "taskpane.1.js" },
    });
    const box = document.getElementById("ptr-preflight")!;
    expect(box.getAttribute("role")).toBe("alert");
    expect(box.textContent).toContain("绩效目标审核助手无法在此 Office 中运行");
    expect(box.textContent).toContain("Office 2021");
    expect(box.textContent).toContain("cannot run"); // the English version below
    expect(document.querySelectorAll("#ptr-preflight")).toHaveLength(1); // re-rendered once Office was ready, not doubled
    expect(addedScripts()).toEqual([]);
    expect(win.PTR_PREFLIGHT).toMatchObject({ ok: false, reason: "trident" });
  });

  it("without ExcelApi 1.7 shows the message in English when Office's language is English", () => {
    runInPage({
      userAgent: UA.webview2,
      office: { displayLanguage: "en-US", sets: ["1.1", "1.2"] },
      attrs: { "data-bundle": "taskpane.1.js" },
    });
    const box = document.getElementById("ptr-preflight")!;
    expect(box.getAttribute("lang")).toBe("en");
    expect(box.querySelector("h1")!.textContent).toBe(
      "Performance Target Reviewer cannot run in this Office",
    );
    expect(box.textContent).toContain("ExcelApi 1.7");
    expect(addedScripts()).toEqual([]);
  });

  it("with everything present loads the bundle in order and shows nothing", () => {
    const win = runInPage({
      userAgent: UA.webview2,
      office: {},
      attrs: { "data-bundle": "vendor.1.js taskpane.2.js" },
    });
    expect(addedScripts()).toEqual(["vendor.1.js", "taskpane.2.js"]);
    expect(Array.from(document.body.querySelectorAll("script")).map((s) => s.async)).toEqual([false, false]);
    expect(document.getElementById("ptr-preflight")).toBeNull();
    expect(document.getElementById("ptr-preflight-notice")).toBeNull();
    expect(win.PTR_PREFLIGHT).toMatchObject({ ok: true });
  });

  it("without 1.9 and 1.20 loads the bundle and says which features are off", () => {
    runInPage({
      userAgent: UA.webview2,
      office: { sets: ["1.7", "1.8"] },
      attrs: { "data-bundle": "taskpane.1.js" },
    });
    expect(addedScripts()).toEqual(["taskpane.1.js"]);
    const notice = document.getElementById("ptr-preflight-notice")!;
    expect(notice.getAttribute("role")).toBe("status");
    expect(notice.textContent).toContain("暂停屏幕刷新");
    expect(notice.textContent).toContain("撤销清理");
  });

  it("when Office.js did not load, names its address and loads nothing", () => {
    runInPage({ userAgent: UA.webview2, office: null, attrs: { "data-bundle": "taskpane.1.js" } });
    expect(document.getElementById("ptr-preflight")!.textContent).toContain(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
    expect(addedScripts()).toEqual([]);
  });

  it("on the command page in IE11, each ribbon command opens the message in a dialog and completes", () => {
    const win = runInPage({
      userAgent: UA.ie11,
      office: {},
      attrs: { "data-commands": "validateSelection cleanSelection" },
    });
    const office = win.Office!;
    expect(office.actions.associate.mock.calls.map((c: unknown[]) => c[0])).toEqual([
      "validateSelection",
      "cleanSelection",
    ]);
    const completed = jest.fn();
    (win.validateSelection as (e: unknown) => void)({ completed });
    expect(office.context.ui.displayDialogAsync).toHaveBeenCalledTimes(1);
    expect(office.context.ui.displayDialogAsync.mock.calls[0][0]).toMatch(/\/taskpane\.html$/);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(document.getElementById("ptr-preflight")).toBeNull(); // the command page itself stays empty
  });

  it("on the command page in a modern webview does nothing", () => {
    const win = runInPage({
      userAgent: UA.webview2,
      office: {},
      attrs: { "data-commands": "validateSelection" },
    });
    expect(win.Office!.actions.associate).not.toHaveBeenCalled();
    expect(win.validateSelection).toBeUndefined();
    expect(addedScripts()).toEqual([]);
  });
});
