/**
 * Ribbon ExecuteFunction handlers (manifest: validateSelection, cleanSelection). Each reuses the Excel
 * gateway and the core, shows its outcome, and always calls event.completed().
 *
 * The same page doubles as the message dialog: opened with ?zh=…&en=…, it shows that message.
 */
import { langFromLocale } from "../core/i18n";
import type { Lang, Localized } from "../core/i18n";
import { ExcelGateway } from "../excel/gateway";
import type { Outcome } from "./actions";
import { cleanSelection, validateSelection } from "./actions";
import { renderMessagePage, showMessage } from "./notify";

function lang(): Lang {
  return langFromLocale(Office.context?.displayLanguage);
}

async function runCommand(event: Office.AddinCommands.Event, action: () => Promise<Outcome>): Promise<void> {
  try {
    const outcome = await action();
    await showMessage(outcome.text, lang());
  } catch {
    // Reached only if showing the message itself failed; nothing more to tell the officer.
  } finally {
    event.completed();
  }
}

function validate(event: Office.AddinCommands.Event): void {
  void runCommand(event, () => validateSelection(new ExcelGateway(), lang()));
}

function clean(event: Office.AddinCommands.Event): void {
  void runCommand(event, () => cleanSelection(new ExcelGateway(), new Date(), lang()));
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const message: Localized | null = readMessage(window.location.search);
    if (message) renderMessagePage(document, message, lang());
  });
  Office.actions.associate("validateSelection", validate);
  Office.actions.associate("cleanSelection", clean);
}

function readMessage(search: string): Localized | null {
  const q = new URLSearchParams(search);
  const zh = q.get("zh");
  const en = q.get("en");
  return zh !== null && en !== null ? { zh, en } : null;
}
