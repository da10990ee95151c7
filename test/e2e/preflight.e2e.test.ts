/**
 * End to end: the task pane as built for a host (`--env baseUrl=… --env officeCdn=china`), served under
 * its path, loaded in Chromium with a stub Office.js in place of 21Vianet's CDN. With an IE11 user agent
 * or an Excel without ExcelApi 1.7 the officer sees the pre-flight message and the React bundle is never
 * requested; with ExcelApi 1.7 but not 1.9/1.20 the pane starts and says which features are off.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { buildForHost } from "../deploy/buildForHost";
import { launchChromium, serve, type Served } from "./support";

const CHINA_CDN = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const SHOTS = path.resolve(__dirname, "../../docs/deploy/img");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

let dir: string;
let server: Served;
let browser: Browser;

/** A stand-in for Office.js: an Excel with the given ExcelApi versions and display language. */
function officeStub(sets: string[], displayLanguage: string): string {
  return `
window.Office = {
  context: {
    displayLanguage: ${JSON.stringify(displayLanguage)},
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    requirements: { isSetSupported: function (name, v) { return name === "ExcelApi" && ${JSON.stringify(sets)}.indexOf(v) !== -1; } },
    document: { settings: { _v: {}, get: function (k) { return k in this._v ? this._v[k] : null; },
      set: function (k, v) { this._v[k] = v; }, remove: function (k) { delete this._v[k]; },
      saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); } } }
  },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "PC" };
    setTimeout(function () { if (cb) cb(info); }, 0);
    return Promise.resolve(info);
  }
};
window.Excel = { run: function () { return Promise.reject({ code: "GeneralException", message: "stub" }); } };`;
}

interface Opened {
  page: Page;
  bundleRequests: string[];
  /** Requests for the engine chunk (loaded on first use), with the status each got (0: failed). */
  engineRequests: Array<{ url: string; status: number }>;
  problems: string[];
}

const ENGINE = /\/engine\.[0-9a-f]{8}\.js$/;

async function openPane(options: {
  userAgent?: string;
  sets: string[];
  language: string;
  /** Make the engine chunk's requests fail, as when the server is gone after the pane opened. */
  blockEngine?: () => boolean;
}): Promise<Opened> {
  const context = await browser.newContext({
    userAgent: options.userAgent,
    viewport: { width: 360, height: 700 },
  });
  const page = await context.newPage();
  const bundleRequests: string[] = [];
  const engineRequests: Array<{ url: string; status: number }> = [];
  const problems: string[] = [];
  page.on("requestfinished", async (r) => {
    if (ENGINE.test(r.url()))
      engineRequests.push({ url: r.url(), status: (await r.response())?.status() ?? 0 });
  });
  page.on("requestfailed", (r) => {
    if (ENGINE.test(r.url())) engineRequests.push({ url: r.url(), status: 0 });
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("request", (r) => {
    if (/\/taskpane\.[0-9a-f]{8}\.js$/.test(r.url())) bundleRequests.push(r.url());
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === CHINA_CDN)
      return route.fulfill({
        contentType: "text/javascript",
        body: officeStub(options.sets, options.language),
      });
    if (ENGINE.test(url) && options.blockEngine?.()) return route.abort("internetdisconnected");
    if (url.startsWith(server.url)) return route.continue();
    problems.push(`request outside the host: ${url}`);
    return route.abort();
  });
  await page.goto(`${server.url}ptr/taskpane.html`);
  return { page, bundleRequests, engineRequests, problems };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptr-preflight-e2e-"));
  // Served as http://127.0.0.1:port/ptr/ — the pages only use paths relative to themselves.
  await buildForHost(path.join(dir, "ptr"), {
    baseUrl: "https://addins.example.gov.cn/ptr/",
    officeCdn: "china",
  });
  server = await serve(dir);
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("IE11 with an Excel lacking ExcelApi 1.7: the message in Chinese, and the React bundle never loads", async () => {
  const { page, bundleRequests, problems } = await openPane({
    userAgent: IE11,
    sets: ["1.1", "1.2"],
    language: "zh-CN",
  });
  const alert = page.getByRole("alert");
  await alert.getByRole("heading", { name: "绩效目标审核助手无法在此 Office 中运行" }).waitFor();
  await expectText(alert, "Internet Explorer 11");
  await expectText(alert, "请升级到 Office 2021 或更高版本，或 Microsoft 365");
  // Office was ready (the message is in Office's language) and the decision is on window for the pane.
  expect(
    await page.evaluate(() => (window as unknown as { PTR_PREFLIGHT: { reason: string } }).PTR_PREFLIGHT),
  ).toMatchObject({
    reason: "trident",
    lang: "zh",
  });
  expect(await page.locator("#root").innerHTML()).toBe("");
  await page.screenshot({ path: path.join(SHOTS, "preflight-ie11.png") });
  expect(await page.locator("script[src*='taskpane.']").count()).toBe(0);
  expect(bundleRequests).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a modern webview whose Excel lacks ExcelApi 1.7, English Office: the English message, no bundle", async () => {
  const { page, bundleRequests, problems } = await openPane({ sets: ["1.1", "1.6"], language: "en-US" });
  const alert = page.getByRole("alert");
  await alert
    .getByRole("heading", { name: "Performance Target Reviewer cannot run in this Office" })
    .waitFor();
  await expectText(alert, "ExcelApi 1.7");
  await expectText(alert, "Please upgrade to Office 2021 or later, or to Microsoft 365.");
  expect(bundleRequests).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("ExcelApi 1.7 without 1.9 and 1.20: the pane starts and says which features are off", async () => {
  const { page, bundleRequests, engineRequests, problems } = await openPane({
    sets: ["1.1", "1.7", "1.8"],
    language: "zh-CN",
  });
  await page.getByRole("button", { name: "解析指标" }).waitFor();
  await expectText(page.getByRole("status").first(), "以下功能已关闭");
  expect(bundleRequests).toHaveLength(1);
  await page.screenshot({ path: path.join(SHOTS, "preflight-features-off.png") });
  expect(await page.getByRole("alert").count()).toBe(0);
  // The engine is not on the first screen: it comes on its own once the pane is idle, from the pane's
  // own folder (/ptr/), never from the address the build was made for.
  for (let i = 0; i < 100 && engineRequests.length === 0; i++) await page.waitForTimeout(50);
  expect(engineRequests).toHaveLength(1);
  expect(engineRequests[0].url.startsWith(`${server.url}ptr/engine.`)).toBe(true);
  expect(engineRequests[0].status).toBe(200);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("the engine cannot be fetched: a plain message in the pane, and the next click fetches it", async () => {
  let blocked = true;
  const { page, engineRequests, problems } = await openPane({
    sets: ["1.1", "1.7", "1.8", "1.9", "1.20"],
    language: "zh-CN",
    blockEngine: () => blocked,
  });
  await page.getByRole("button", { name: "解析指标" }).click();
  await page.getByText("未能加载审核功能组件").waitFor();
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).toContain("请检查网络后再点一次按钮");
  expect(text).not.toMatch(/Loading chunk|ChunkLoadError|engine\.[0-9a-f]{8}|\bat\s/);
  expect(engineRequests.every((r) => r.status === 0)).toBe(true);
  await page.screenshot({ path: path.join(os.tmpdir(), "ptr-engine-offline.png") });
  // The server is back: the same button loads the engine and gets as far as Excel (the stub refuses).
  blocked = false;
  await page.getByRole("button", { name: "解析指标" }).click();
  for (let i = 0; i < 100 && !engineRequests.some((r) => r.status === 200); i++)
    await page.waitForTimeout(50);
  expect(engineRequests.at(-1)?.status).toBe(200);
  await page.waitForFunction(
    () => !document.querySelector('main [role="group"] button[aria-disabled="true"]'),
  );
  expect(await page.locator("main").textContent()).not.toContain("未能加载审核功能组件");
  // Only the blocked requests' own console lines; no page error, no other console error.
  expect(problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
  await page.context().close();
});

async function expectText(locator: ReturnType<Page["locator"]>, text: string): Promise<void> {
  expect(await locator.textContent()).toContain(text);
}
