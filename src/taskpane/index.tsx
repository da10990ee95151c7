/**
 * The Office entry: renders the pane only after Office.onReady, with the Excel gateway, the document's
 * settings, Office's display language and theme. Everything else lives in App, which any host can mount.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeSettingsStore } from "./settings/officeStore";
import { MemorySettingsStore, type SettingsStore } from "./settings/store";
import { paneTheme } from "./shared/theme";
import { createPaneGateway } from "./excelGateway";
import { setEngineWorker } from "./services/load";
import { spawnEngineWorker } from "./services/engineWorker";

// The engine's long jobs in a worker, so the pane keeps painting while they run (services/engineClient.ts).
setEngineWorker(spawnEngineWorker);

function settingsStore(): SettingsStore {
  const settings = Office.context.document?.settings;
  return settings ? createOfficeSettingsStore(settings) : new MemorySettingsStore();
}

function mount(): void {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  const render = () =>
    root.render(
      <App
        gateway={createPaneGateway()}
        settings={store}
        locale={Office.context.displayLanguage}
        theme={paneTheme(Office.context.officeTheme)}
      />,
    );
  const store = settingsStore();
  render();
}

Office.onReady(() => mount());
