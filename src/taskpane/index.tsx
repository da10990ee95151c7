// Placeholder task pane: shows the engine's name and version so a broken build is caught early.
import { ENGINE_NAME, ENGINE_NAME_EN, ENGINE_VERSION } from "../core/version";

const root = document.getElementById("root");
if (root) {
  root.textContent = `${ENGINE_NAME} (${ENGINE_NAME_EN}) ${ENGINE_VERSION}`;
}
