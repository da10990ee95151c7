/**
 * The task pane. It talks to the workbook only through the gateway it is given, so the same pane runs in
 * Excel (src/taskpane/index.tsx), in the browser preview and in tests.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookGateway } from "../core/gateway";
import { langFromLocale, type Localized } from "../core/i18n";
import { loadServices as loadEngineServices, type ServicesLoader } from "./services/load";
import type {
  GroupingChoice,
  PaneEdit,
  PaneFinding,
  PaneServices,
  ProgramComparison,
  ProgressListener,
  ProgressStep,
  RuleInfo,
} from "./services/types";
import type { ColumnOverrides } from "./services/columns";
import { LangContext } from "./shared/lang";
import { useRunner, type Notice, type Stopper } from "./shared/useRunner";
import { isCancelled } from "./shared/cancel";
import { useServices } from "./shared/useServices";
import { ENGINE_LOAD_FAILED } from "./shared/onFirstUse";
import type { PaneTheme } from "./shared/theme";
import { TEXT } from "./text";
import { readSelection, reparse, requireIndicators, type Selection } from "./read/selection";
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
  /** The core capabilities; by default loaded with the engine on first use (services/load.ts). */
  services?: PaneServices;
  /** How the engine is loaded when `services` is not given (tests pass one that fails). */
  loadServices?: ServicesLoader;
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
  busy: { display: "flex", flexDirection: "column", gap: "4px" },
  busyText: { color: tokens.colorNeutralForeground3 },
  busyLine: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
});

const NO_RULES: RuleInfo[] = [];

export function App(props: AppProps) {
  const { gateway, settings: store } = props;
  const lang = langFromLocale(props.locale);
  const styles = useStyles();
  const engine = useServices(gateway, props.services, props.loadServices ?? loadEngineServices);
  const services = engine.services;
  const runner = useRunner();
  const [tab, setTab] = useState<TabId>("selection");
  const [selection, setSelection] = useState<Selection | null>(null);
  const [findings, setFindings] = useState<PaneFinding[] | null>(null);
  const [grouping, setGrouping] = useState<GroupingChoice>({ mode: "auto" });
  const [comparisons, setComparisons] = useState<ProgramComparison[] | null>(null);
  const [compareFailed, setCompareFailed] = useState(false);
  const [edits, setEdits] = useState<PaneEdit[] | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings(store));

  // Until the engine is loaded these are null; every action below awaits engine.ensure() first.
  const review = services?.review.available ? services.review : null;
  const compare = services?.compare.available ? services.compare : null;
  const cleanup = services?.cleanup.available ? services.cleanup : null;
  const busy = runner.busy !== null;

  /** The selection as last read; read now when nothing was read yet. */
  const current = async (s: PaneServices, progress?: ProgressListener): Promise<Selection> => {
    if (selection) return selection;
    const read = await readSelection(gateway, s.parse, progress);
    setSelection(read);
    return read;
  };
  const unavailable = (reason: Localized): Notice => ({ intent: "warning", text: reason });

  // 取消 reaches the engine the services hold: its worker ended, its job rejected, nothing written after.
  // A stop asked while the engine still loads is handed on once it has loaded (`ready`).
  const stopAsked = useRef(false);
  const stopper: Stopper = {
    cancel: () => {
      stopAsked.current = true;
      services?.cancel?.();
    },
    resume: () => {
      stopAsked.current = false;
      services?.resume?.();
    },
  };
  const ready = async (): Promise<PaneServices> => {
    const s = await engine.ensure();
    if (stopAsked.current) s.cancel?.();
    return s;
  };

  const onRead = () =>
    runner.run(
      TEXT.busyRead,
      async (progress) => {
        const s = await ready();
        const read = await readSelection(gateway, s.parse, progress);
        setSelection(read);
        setFindings(null);
        setComparisons(null);
        setCompareFailed(false);
        setEdits(null);
        setTab("selection");
        // No table: the advice is said here, once; the 识别 tab only says none was found.
        try {
          requireIndicators(read);
        } catch (e) {
          return { intent: "warning", text: e as Localized };
        }
      },
      stopper,
    );
  const onReparse = (overrides: ColumnOverrides) =>
    runner.run(
      TEXT.busyParse,
      async (progress) => {
        const s = await ready();
        if (selection) setSelection(await reparse(selection, overrides, s.parse, progress));
      },
      stopper,
    );
  const onParse = () =>
    runner.run(
      TEXT.busyParse,
      async (progress) => {
        const s = await ready();
        if (!s.review.available) return unavailable(s.review.reason);
        const notice = await writeIndicatorSheet(
          gateway,
          s.review,
          await current(s, progress),
          lang,
          progress,
        );
        if (notice.intent !== "success") setTab("selection");
        return notice;
      },
      stopper,
    );
  const onReview = () =>
    runner.run(
      TEXT.busyReview,
      async (progress) => {
        const s = await ready();
        if (!s.review.available) return unavailable(s.review.reason);
        const read = await current(s, progress);
        const { findings: found, notice } = await runReview(
          gateway,
          s.review,
          read,
          settings,
          lang,
          progress,
        );
        setFindings(found);
        setTab("findings");
        return notice;
      },
      stopper,
    );
  const onCompare = () =>
    runner.run(
      TEXT.busyCompare,
      async (progress) => {
        const s = await ready();
        if (!s.compare.available) return unavailable(s.compare.reason);
        setTab("compare");
        try {
          const read = await current(s, progress);
          const result = await runCompare(gateway, s.compare, read, grouping, settings, lang, progress);
          setComparisons(result.comparisons);
          setCompareFailed(false);
          return result.notice;
        } catch (e) {
          // Stopped: what the tab showed stays. A failure: the error (and what to do) is in the notice;
          // the tab must not also invite a first run.
          if (!isCancelled(e)) {
            setComparisons(null);
            setCompareFailed(true);
          }
          throw e;
        }
      },
      stopper,
    );
  const onCleanup = () =>
    runner.run(
      TEXT.busyCleanup,
      async (progress) => {
        const s = await ready();
        if (!s.cleanup.available) return unavailable(s.cleanup.reason);
        const proposal = await proposeCleanup(
          s.cleanup,
          await current(s, progress),
          settings,
          lang,
          progress,
        );
        setEdits(proposal.edits);
        setChecked(proposal.checked);
        setTab("cleanup");
        if (proposal.messages.length > 0)
          return { intent: "warning", text: joinLocalized(proposal.messages) };
      },
      stopper,
    );
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
  const onRevert = () =>
    runner.run(TEXT.busyRevert, async () => {
      const s = await engine.ensure();
      if (!s.cleanup.available) return unavailable(s.cleanup.reason);
      const notice = await revertCleanup(s.cleanup, lang);
      setEdits(null);
      setSelection(null);
      return notice;
    });
  // Kept the same across renders, as are the findings, so the findings' list (memo) is not drawn again for
  // each word of a run's progress, which held the pane's thread on a 4,000-project table.
  const { run } = runner;
  const onNavigate = useCallback(
    (f: PaneFinding) =>
      void run(TEXT.goToCell, async () => {
        await gateway.navigate(f.sheet, f.cell);
      }),
    [run, gateway],
  );
  const onDownload = props.onDownload;
  const onSaveSettings = (next: PaneSettings) =>
    runner.run(TEXT.busySettings, async () => {
      await saveSettings(store, next);
      setSettings(next);
      return { intent: "success", text: TEXT.settingsSaved };
    });

  // The settings list the rules, which come with the engine: opening the tab loads it if the idle
  // prefetch has not yet.
  const { ensure } = engine;
  const settingsWait = tab === "settings" && !services;
  useEffect(() => {
    if (settingsWait) ensure().catch(() => undefined);
  }, [settingsWait, ensure]);
  const rulesNote =
    engine.state === "failed" ? ENGINE_LOAD_FAILED : engine.state === "ready" ? undefined : TEXT.loadingRules;

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

          {runner.busy && (
            // The label at once, so a job is seen to run; the bar only after half a second, so a fast job
            // only dims a line of small text rather than flashing a bar. Filled as the engine's worker tells
            // how far the parse is; moving back and forth while nothing says how far.
            <div className={styles.busy} role="status">
              {runner.showProgress && (
                <ProgressBar aria-label={t(TEXT.progress)} value={runner.progress ?? undefined} />
              )}
              <div className={styles.busyLine}>
                <Text size={200} className={styles.busyText}>
                  {runner.cancelling ? t(TEXT.cancelling) : busyText(runner.busy, runner.step, t)}
                </Text>
                {runner.cancellable && (
                  <Button size="small" appearance="secondary" onClick={runner.cancel}>
                    {t(TEXT.cancel)}
                  </Button>
                )}
              </div>
            </div>
          )}
          {runner.notice && (
            <MessageBar intent={runner.notice.intent}>
              <MessageBarBody>{t(runner.notice.text)}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  // Icon-only: a labelled button keeps a text button's 64 px, which a 320 px pane takes
                  // from the message, leaving it a narrow column of short lines.
                  <Button
                    appearance="transparent"
                    size="small"
                    icon={<span aria-hidden>×</span>}
                    aria-label={t(TEXT.dismiss)}
                    onClick={() => runner.setNotice(null)}
                  />
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
            {tab === "findings" && (
              <FindingsPanel findings={findings} rules={review?.rules ?? NO_RULES} onNavigate={onNavigate} />
            )}
            {tab === "compare" && (
              <ComparePanel
                selection={selection}
                service={compare}
                grouping={grouping}
                onGrouping={setGrouping}
                comparisons={comparisons}
                failed={compareFailed}
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
                rulesNote={rulesNote}
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

/** The engine's step and its count beside the bar (正在校验… 120/400 个项目); else the action's own label. */
function busyText(busy: Localized, step: ProgressStep | null, t: (text: Localized) => string): string {
  if (!step) return t(busy);
  if (step.total <= 0 || !step.unit) return t(step.label);
  return `${t(step.label)} ${step.done}/${step.total} ${t(step.unit)}`;
}
