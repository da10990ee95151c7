/**
 * The task pane. It talks to the workbook only through the gateway it is given, so the same pane runs in
 * Excel (src/taskpane/index.tsx), in the browser preview and in tests.
 */
import { useMemo, useState } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Field,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookGateway } from "../core/gateway";
import { langFromLocale, type Localized } from "../core/i18n";
import { createServices } from "./services";
import type {
  GroupingChoice,
  PaneEdit,
  PaneFinding,
  PaneServices,
  ProgramComparison,
} from "./services/types";
import type { ColumnOverrides } from "./services/parse";
import { LangContext } from "./shared/lang";
import { useRunner } from "./shared/useRunner";
import type { PaneTheme } from "./shared/theme";
import { TEXT } from "./text";
import { readSelection, reparse, type Selection } from "./read/selection";
import { SelectionPanel } from "./read/SelectionPanel";
import { runReview, writeIndicatorSheet } from "./review/actions";
import { FindingsPanel } from "./review/FindingsPanel";
import { runCompare } from "./compare/actions";
import { ComparePanel } from "./compare/ComparePanel";
import { applyCleanup, joinLocalized, proposeCleanup, revertCleanup } from "./cleanup/actions";
import { CleanupPanel } from "./cleanup/CleanupPanel";
import { loadSettings, saveSettings, type PaneSettings } from "./settings/model";
import type { SettingsStore } from "./settings/store";
import { SettingsPanel } from "./settings/SettingsPanel";

export interface AppProps {
  gateway: WorkbookGateway;
  settings: SettingsStore;
  /** Office's display language ("zh-CN", "en-US" …): Chinese UI for zh-*, English otherwise. */
  locale?: string;
  theme?: PaneTheme;
  /** Saves the workbook as a file; only where the host can (the browser preview). */
  onDownload?: () => Promise<void> | void;
  /** The core capabilities; defaults to the ones built into this bundle. */
  services?: PaneServices;
}

type TabId = "selection" | "findings" | "compare" | "cleanup" | "settings";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    gap: "10px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: "6px" },
  tabs: { flexWrap: "wrap" },
  panel: { paddingTop: "4px" },
});

export function App(props: AppProps) {
  const { gateway, settings: store } = props;
  const lang = langFromLocale(props.locale);
  const styles = useStyles();
  const services = useMemo(() => props.services ?? createServices(gateway), [props.services, gateway]);
  const runner = useRunner();
  const [tab, setTab] = useState<TabId>("selection");
  const [selection, setSelection] = useState<Selection | null>(null);
  const [findings, setFindings] = useState<PaneFinding[] | null>(null);
  const [grouping, setGrouping] = useState<GroupingChoice>({ mode: "auto" });
  const [comparisons, setComparisons] = useState<ProgramComparison[] | null>(null);
  const [edits, setEdits] = useState<PaneEdit[] | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings(store));

  const review = services.review.available ? services.review : null;
  const compare = services.compare.available ? services.compare : null;
  const cleanup = services.cleanup.available ? services.cleanup : null;
  const busy = runner.busy !== null;

  /** The selection as last read; read now when nothing was read yet. */
  const current = async (): Promise<Selection> => {
    if (selection) return selection;
    const read = await readSelection(gateway, services.parse);
    setSelection(read);
    return read;
  };
  const unavailable = (reason: Localized) => runner.setNotice({ intent: "warning", text: reason });

  const onRead = () =>
    runner.run(TEXT.busyRead, async () => {
      const read = await readSelection(gateway, services.parse);
      setSelection(read);
      setFindings(null);
      setComparisons(null);
      setEdits(null);
      setTab("selection");
    });
  const onReparse = (overrides: ColumnOverrides) =>
    runner.run(TEXT.busyParse, async () => {
      if (selection) setSelection(reparse(selection, overrides, services.parse));
    });
  const onParse = () => {
    if (!review) return unavailable((services.review as { reason: Localized }).reason);
    return runner.run(TEXT.busyParse, async () => {
      const notice = await writeIndicatorSheet(gateway, review, await current(), lang);
      if (notice.intent !== "success") setTab("selection");
      return notice;
    });
  };
  const onReview = () => {
    if (!review) return unavailable((services.review as { reason: Localized }).reason);
    return runner.run(TEXT.busyReview, async () => {
      const { findings: found, notice } = await runReview(gateway, review, await current(), settings, lang);
      setFindings(found);
      setTab("findings");
      return notice;
    });
  };
  const onCompare = () => {
    if (!compare) return unavailable((services.compare as { reason: Localized }).reason);
    return runner.run(TEXT.busyCompare, async () => {
      setTab("compare");
      const result = await runCompare(gateway, compare, await current(), grouping, settings, lang);
      setComparisons(result.comparisons);
      return result.notice;
    });
  };
  const onCleanup = () => {
    if (!cleanup) return unavailable((services.cleanup as { reason: Localized }).reason);
    return runner.run(TEXT.busyCleanup, async () => {
      const proposal = await proposeCleanup(cleanup, await current(), settings);
      setEdits(proposal.edits);
      setChecked(proposal.checked);
      setTab("cleanup");
      if (proposal.messages.length > 0) return { intent: "warning", text: joinLocalized(proposal.messages) };
    });
  };
  const onApply = () =>
    cleanup &&
    edits &&
    runner.run(TEXT.busyApply, async () => {
      const text = await applyCleanup(cleanup, edits, checked, lang);
      // The cells changed: what was read before is stale.
      setEdits(null);
      setChecked(new Set());
      setSelection(null);
      return { intent: "success", text };
    });
  const onRevert = () => {
    if (!cleanup) return unavailable((services.cleanup as { reason: Localized }).reason);
    return runner.run(TEXT.busyRevert, async () => {
      const notice = await revertCleanup(cleanup, lang);
      setEdits(null);
      setSelection(null);
      return notice;
    });
  };
  const onNavigate = (f: PaneFinding) =>
    runner.run(TEXT.goToCell, async () => {
      await gateway.navigate(f.sheet, f.cell);
    });
  const onDownload = props.onDownload;
  const onSaveSettings = (next: PaneSettings) =>
    runner.run(TEXT.busySettings, async () => {
      await saveSettings(store, next);
      setSettings(next);
      return { intent: "success", text: TEXT.settingsSaved };
    });

  const t = (text: Localized) => (lang === "en" ? text.en : text.zh);
  const action = (label: Localized, onClick: () => unknown, primary = false) => (
    <Button
      appearance={primary ? "primary" : "secondary"}
      disabledFocusable={busy}
      onClick={() => void onClick()}
    >
      {t(label)}
    </Button>
  );

  return (
    <FluentProvider
      theme={props.theme === "dark" ? webDarkTheme : webLightTheme}
      lang={lang === "zh" ? "zh-CN" : "en"}
    >
      <LangContext.Provider value={lang}>
        <main className={styles.root}>
          <h1 className={styles.title}>{t(TEXT.appTitle)}</h1>
          <div className={styles.toolbar} role="group" aria-label={t(TEXT.actions)}>
            {action(TEXT.read, onRead)}
            {action(TEXT.parse, onParse, true)}
            {action(TEXT.review, onReview)}
            {action(TEXT.compare, onCompare)}
            {action(TEXT.cleanup, onCleanup)}
            {onDownload &&
              action(TEXT.download, () =>
                runner.run(TEXT.busyDownload, async () => void (await onDownload())),
              )}
          </div>

          {runner.busy && runner.showProgress && (
            <Field validationMessage={t(runner.busy)} validationState="none">
              <ProgressBar aria-label={t(TEXT.progress)} />
            </Field>
          )}
          {runner.notice && (
            <MessageBar intent={runner.notice.intent}>
              <MessageBarBody>{t(runner.notice.text)}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label={t(TEXT.dismiss)}
                    onClick={() => runner.setNotice(null)}
                  >
                    ×
                  </Button>
                }
              />
            </MessageBar>
          )}

          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            size="small"
          >
            <Tab value="selection">{t(TEXT.tabSelection)}</Tab>
            <Tab value="findings">{t(TEXT.tabFindings)}</Tab>
            <Tab value="compare">{t(TEXT.tabCompare)}</Tab>
            <Tab value="cleanup">{t(TEXT.tabCleanup)}</Tab>
            <Tab value="settings">{t(TEXT.tabSettings)}</Tab>
          </TabList>
          <div className={styles.panel} role="tabpanel">
            {tab === "selection" && (
              <SelectionPanel selection={selection} busy={busy} onReparse={onReparse} />
            )}
            {tab === "findings" && <FindingsPanel findings={findings} onNavigate={onNavigate} />}
            {tab === "compare" && (
              <ComparePanel
                selection={selection}
                service={compare}
                grouping={grouping}
                onGrouping={setGrouping}
                comparisons={comparisons}
              />
            )}
            {tab === "cleanup" && (
              <CleanupPanel
                rules={cleanup?.rules ?? []}
                edits={edits}
                checked={checked}
                busy={busy}
                onChange={setChecked}
                onApply={() => void onApply()}
                onRevert={() => void onRevert()}
              />
            )}
            {tab === "settings" && (
              <SettingsPanel
                settings={settings}
                reviewRules={review?.rules ?? null}
                cleanupRules={cleanup?.rules ?? null}
                busy={busy}
                onSave={(s) => void onSaveSettings(s)}
              />
            )}
          </div>
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
