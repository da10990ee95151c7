/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/*
 * The real pane with the real core on the bundled sample, over the in-memory ExcelJS gateway (the one the
 * browser preview uses). Node export conditions let ExcelJS load under jsdom.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as path from "path";
import type { WorkbookGateway } from "../../src/core/gateway";
import { loadWorkbook } from "../../src/xlsx/files";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { carryOutEntries, readWorkbookCleanupLog, writeWorkbookCleanupLog } from "../../src/xlsx/cleanup";
import { worksheetToGrid } from "../../src/xlsx/read";
import { App } from "../../src/taskpane/App";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import { installDomStubs } from "./helpers";

installDomStubs();
jest.setTimeout(60_000);

const SAMPLE = path.resolve(__dirname, "../../samples/guangzhou-emergency-2022.xlsx");

/** The ExcelJS gateway, given the optional cleanup members of WorkbookGateway where it lacks them. */
function withCleanup(gateway: XlsxGateway): XlsxGateway {
  const g: WorkbookGateway = gateway;
  const wb = gateway.workbook;
  g.applyCleanupEntries ??= async (entries) => carryOutEntries(wb, entries).done;
  g.readCleanupLog ??= async () => {
    const { entries, messages } = readWorkbookCleanupLog(wb);
    return { entries, messages };
  };
  g.writeCleanupLog ??= async (log) => void writeWorkbookCleanupLog(wb, log);
  return gateway;
}

async function open(locale = "zh-CN") {
  const wb = await loadWorkbook(SAMPLE);
  const gateway = withCleanup(new XlsxGateway(wb));
  const sheet = wb.worksheets[0].name;
  const before = JSON.stringify(worksheetToGrid(wb.worksheets[0]).values);
  render(<App gateway={gateway} settings={new MemorySettingsStore()} locale={locale} />);
  return { wb, gateway, sheet, before };
}

const button = (name: string) => screen.getByRole("button", { name });

test("读取选区 on the sample: 27 projects, 145 indicators, the packed layout", async () => {
  await open();
  fireEvent.click(button("读取选区"));
  await screen.findByText("145");
  expect(screen.getByText("27")).toBeTruthy();
  expect(screen.getByText(/每个项目一行/)).toBeTruthy();
});

test("解析指标 on the sample writes the 指标明细 sheet, one row per indicator", async () => {
  const { wb } = await open();
  fireEvent.click(button("解析指标"));
  await screen.findByText(/已写入新工作表：指标明细/);
  const ws = wb.getWorksheet("指标明细");
  expect(ws?.actualRowCount).toBe(146);
});

test("校验 on the sample finds the zero satisfaction target and goes to its cell", async () => {
  const { wb, gateway, sheet } = await open();
  fireEvent.click(button("校验"));
  await screen.findByText(/已写入新工作表：校验结果/);
  expect(wb.getWorksheet("校验结果")).toBeTruthy();
  await screen.findAllByRole("heading", { name: /错误|警告/ });
  fireEvent.change(screen.getByRole("combobox", { name: "按规则筛选" }), {
    target: { value: "SATISFACTION-LOW" },
  });
  // The filter names the rule in words with its code beside it; each finding names it in words only.
  expect(screen.getByRole("option", { name: "满意度目标过低（SATISFACTION-LOW）" })).toBeTruthy();
  const items = screen.getAllByTitle(/转到单元格/);
  expect(items.length).toBeGreaterThan(0);
  expect(items[0].textContent).toContain("满意度目标过低");
  expect(items[0].textContent).not.toContain("SATISFACTION-LOW");
  fireEvent.click(items[0]);
  await waitFor(() => expect(gateway.getSelection()?.range).toMatch(/^[A-Z]+\d+$/));
  expect(gateway.getSelection()?.sheet).toBe(sheet);
});

test("区域对比 on the sample flags 白云区's 巡查企业数", async () => {
  const { wb } = await open();
  fireEvent.click(button("区域对比"));
  // The sheet written, then what was not compared, each its own sentence.
  await screen.findByText(/已写入新工作表：区域对比。另有 2 个项目只有一个区县报送，未参与对比/);
  expect(wb.getWorksheet("区域对比")).toBeTruthy();
  const flags = await screen.findAllByText(/白云区.*巡查企业数/);
  expect(flags.length).toBeGreaterThan(0);
  // Each flag says its kind in words, never its code (OUTLIER, COMPARATOR-DIFF).
  const list = flags[0].closest("ul") as HTMLElement;
  expect(list.textContent).toMatch(/明显偏高|偏高|比较方式不同/);
  expect(list.textContent).not.toMatch(/OUTLIER|COMPARATOR-DIFF|UNIT-DIFF|TOTAL-DIFF|MISSING/);
  expect(list.textContent).toMatch(/偏高（规模差异） · /);
});

test("Compare districts in an English Office writes the 区域对比 sheet in English, named District comparison", async () => {
  const { wb } = await open("en-US");
  fireEvent.click(button("Compare districts"));
  await screen.findByText(/Written to new sheet\(s\): District comparison/);
  const texts: string[] = [];
  wb.getWorksheet("District comparison")!.eachRow((row) =>
    row.eachCell((c) => void texts.push(String(c.value))),
  );
  expect(texts[0]).toMatch(/^District comparison: /);
  expect(texts).toEqual(expect.arrayContaining(["Min", "Median", "Max", "Legend"]));
  expect(texts).toContain("白云区: 巡查企业数 6 万家次 is 6.0 times the median of all districts (1 万家次).");
  expect(texts.filter((t) => /最小值|中位数|图例|问题说明/.test(t))).toEqual([]);
});

test("一键清理 → 应用 → 撤销清理 on the sample restores every cell exactly", async () => {
  const { wb, before } = await open();
  fireEvent.click(button("一键清理"));
  await screen.findByText(/已勾选/);
  fireEvent.click(button("应用"));
  await screen.findByText(/已修改 \d+ 个单元格/);
  expect(JSON.stringify(worksheetToGrid(wb.worksheets[0]).values)).not.toBe(before);
  expect(readWorkbookCleanupLog(wb).entries.length).toBeGreaterThan(0);

  fireEvent.click(button("撤销清理"));
  await screen.findByText(/已按清理日志恢复/);
  expect(JSON.stringify(worksheetToGrid(wb.worksheets[0]).values)).toBe(before);
});
