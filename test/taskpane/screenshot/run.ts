/**
 * Screenshots of the task pane in headless Chromium (Debian's /usr/bin/chromium):
 *  1. the built dist/taskpane.html (run `npm run build` first) with a stub Office object: it renders after
 *     Office.onReady;
 *  2. the same App in a harness bundle with an in-memory gateway over the bundled sample: 校验, 区域对比,
 *     一键清理, the dark theme in English, and keyboard use (Tab to 解析指标, Enter).
 * Run: npx tsx test/taskpane/screenshot/run.ts   → docs/notes/img/taskpane-*.png
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Page } from "playwright-core";
import webpack from "webpack";
import { loadWorkbook } from "../../../src/xlsx/files";
import { XlsxGateway } from "../../../src/xlsx/gateway";

const ROOT = path.resolve(__dirname, "../../..");
const OUT = path.join(ROOT, "docs/notes/img");
const HARNESS = "/tmp/ptr-taskpane-harness";

async function buildHarness(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const base = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" });
  const config: webpack.Configuration = {
    ...base,
    context: ROOT,
    entry: { harness: path.join(__dirname, "harness.tsx") },
    output: { path: HARNESS, filename: "[name].js", clean: true },
    plugins: [],
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
      else resolve();
    }),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  // Wait until no action is running (the toolbar's buttons are enabled again).
  await page.waitForFunction(() => !document.querySelector('[role="group"] button[aria-disabled="true"]'));
  const file = path.join(OUT, `taskpane-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const dist = path.join(ROOT, "dist/taskpane.html");
  if (!fs.existsSync(dist)) throw new Error("dist/taskpane.html is missing: run `npm run build` first");

  const wb = await loadWorkbook(path.join(ROOT, "samples/guangzhou-emergency-2022.xlsx"));
  const grid = await new XlsxGateway(wb).readSelection();
  await buildHarness();
  fs.writeFileSync(
    path.join(HARNESS, "index.html"),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{margin:0}</style></head><body><div id="root"></div>` +
      `<script>window.__SAMPLE_GRID__=${JSON.stringify(grid).replace(/</g, "\\u003c")}</script><script src="harness.js"></script></body></html>`,
  );

  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const errors: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 760 } });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ contentType: "text/javascript", path: path.join(__dirname, "officeStub.js") }),
    );
    return page;
  };

  // 1. The built pane, as Excel would load it.
  const built = await newPage();
  await built.goto(`file://${dist}`);
  await built.getByRole("button", { name: "解析指标" }).waitFor();
  await shot(built, "built-start");

  // 2. The App over the sample in memory.
  const page = await newPage();
  await page.goto(`file://${HARNESS}/index.html`);
  await page.getByRole("button", { name: "校验" }).click();
  await page.getByRole("heading", { name: /错误/ }).waitFor();
  await shot(page, "findings");
  await page.getByRole("button", { name: "区域对比" }).click();
  await page.getByText("将要对比的项目组").waitFor();
  await page
    .getByText(/白云区/)
    .first()
    .waitFor();
  await shot(page, "compare");
  await page.getByRole("button", { name: "一键清理" }).click();
  await page.getByText(/已勾选/).waitFor();
  await shot(page, "cleanup");
  await page.getByRole("button", { name: "应用" }).click();
  await page.getByText(/已修改 \d+ 个单元格/).waitFor();
  await page.getByRole("button", { name: "撤销清理" }).click();
  await page.getByText(/已按清理日志恢复/).waitFor();

  // Keyboard only: Tab until 解析指标 has focus, Enter runs it.
  const keys = await newPage();
  await keys.goto(`file://${HARNESS}/index.html?download`);
  for (let i = 0; i < 10; i++) {
    await keys.keyboard.press("Tab");
    if ((await keys.evaluate(() => document.activeElement?.textContent)) === "解析指标") break;
  }
  await keys.keyboard.press("Enter");
  await keys.getByRole("alert").or(keys.locator(".fui-MessageBar")).first().waitFor();
  await shot(keys, "keyboard");

  // Dark theme, English (Office's display language en-US).
  const dark = await newPage();
  await dark.goto(`file://${HARNESS}/index.html?theme=dark&locale=en-US`);
  await dark.getByRole("button", { name: "Validate" }).click();
  await dark.getByRole("heading", { name: /Errors/ }).waitFor();
  await shot(dark, "dark-en");

  await browser.close();
  if (errors.length > 0) {
    console.error(`console errors:\n${errors.join("\n")}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
