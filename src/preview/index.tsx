/**
 * The browser preview's entry (npm run preview): opens the bundled sample workbook and mounts the page.
 * No Office.js: the task pane runs against the ExcelJS gateway in memory.
 */
import { createRoot } from "react-dom/client";
import { loadSample, SAMPLE_NAME } from "./files";
import { openWorkbook, Preview } from "./Preview";
import { PREVIEW_TEXT } from "./text";
import { setEngineWorker } from "../taskpane/services/load";
import { spawnEngineWorker } from "../taskpane/services/engineWorker";

// As in Excel: the engine's long jobs in a worker (src/taskpane/services/engineClient.ts).
setEngineWorker(spawnEngineWorker);

async function main(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const locale = new URLSearchParams(location.search).get("locale") ?? "zh-CN";
  const root = createRoot(element);
  try {
    const wb = await loadSample();
    root.render(<Preview initial={openWorkbook(wb, SAMPLE_NAME)} locale={locale} />);
  } catch {
    root.render(<Preview initial={null} initialError={PREVIEW_TEXT.sampleFailed} locale={locale} />);
  }
}

void main();
