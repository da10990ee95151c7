/** Mounts the unchanged App with an in-memory gateway over the sample grid (window.__SAMPLE_GRID__). */
import { createRoot } from "react-dom/client";
import type { Grid } from "../../../src/core/grid";
import { App } from "../../../src/taskpane/App";
import { MemorySettingsStore } from "../../../src/taskpane/settings/store";
import { MemoryGateway } from "./memoryGateway";

const grid = (window as unknown as { __SAMPLE_GRID__: Grid }).__SAMPLE_GRID__;
const params = new URLSearchParams(location.search);
const gateway = new MemoryGateway(grid);
(window as unknown as { __GATEWAY__: MemoryGateway }).__GATEWAY__ = gateway;
createRoot(document.getElementById("root") as HTMLElement).render(
  <App
    gateway={gateway}
    settings={new MemorySettingsStore()}
    locale={params.get("locale") ?? "zh-CN"}
    theme={params.get("theme") === "dark" ? "dark" : "light"}
    onDownload={params.has("download") ? () => undefined : undefined}
  />,
);
