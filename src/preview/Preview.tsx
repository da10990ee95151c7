/**
 * The preview page: the unchanged task pane (App) beside a workbook view, both over one ExcelJS workbook
 * in memory through PreviewGateway. Opening or dropping an .xlsx replaces the workbook (and remounts
 * the pane, as opening another workbook in Excel would).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import type { Workbook } from "exceljs";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  webLightTheme,
} from "@fluentui/react-components";
import { langFromLocale, type Localized } from "../core/i18n";
import { App } from "../taskpane/App";
import { MemorySettingsStore } from "../taskpane/settings/store";
import { activeWorksheet } from "../xlsx/read";
import { PreviewGateway, type WorkbookEvent } from "./gateway";
import { downloadName, downloadWorkbook, openErrorMessage, workbookFromBuffer } from "./files";
import { SheetGrid } from "./SheetGrid";
import { sheetView, usedRange } from "./sheetModel";
import { cellSelection, rangeOf, selectionOf, START, type CellSelection } from "./selection";
import { PREVIEW_TEXT as T } from "./text";

const ROWS_PER_PAGE = 1000;

interface Opened {
  id: number;
  workbook: Workbook;
  fileName: string;
  gateway: PreviewGateway;
  settings: MemorySettingsStore;
  firstSheet: string;
  firstSelection: CellSelection;
}

let openCount = 0;

/** A workbook opened in the preview: the table on its active sheet is selected, so 解析指标 works at once. */
export function openWorkbook(workbook: Workbook, fileName: string): Opened {
  const ws = activeWorksheet(workbook) ?? workbook.worksheets[0];
  const range = usedRange(ws);
  return {
    id: ++openCount,
    workbook,
    fileName,
    gateway: new PreviewGateway(workbook, { selection: { sheet: ws.name, range } }),
    settings: new MemorySettingsStore(),
    firstSheet: ws.name,
    firstSelection: selectionOf(range) ?? START,
  };
}

export function Preview(props: { initial: Opened | null; initialError?: Localized; locale: string }) {
  const lang = langFromLocale(props.locale);
  const t = (text: Localized) => (lang === "en" ? text.en : text.zh);
  const [opened, setOpened] = useState<Opened | null>(props.initial);
  const [notice, setNotice] = useState<{ intent: "error" | "success"; text: Localized } | null>(
    props.initialError ? { intent: "error", text: props.initialError } : null,
  );
  const [active, setActive] = useState<string>(props.initial?.firstSheet ?? "");
  const [selections, setSelections] = useState<Record<string, CellSelection>>(
    props.initial ? { [props.initial.firstSheet]: props.initial.firstSelection } : {},
  );
  const [version, setVersion] = useState(0);
  // A new object each time, so going to the same cell twice scrolls again.
  const [scrollTo, setScrollTo] = useState<{ cell: string } | null>(null);
  const [rowLimit, setRowLimit] = useState<Record<string, number>>({});
  const [dragOver, setDragOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const gateway = opened?.gateway;
  const selectRange = useCallback(
    (sheet: string, sel: CellSelection) => {
      setSelections((all) => ({ ...all, [sheet]: sel }));
      gateway?.setSelection(sheet, rangeOf(sel));
    },
    [gateway],
  );

  // Follow what the pane does to the workbook: new sheets, cleaned cells, a finding to go to.
  useEffect(() => {
    if (!gateway) return;
    return gateway.subscribe((e: WorkbookEvent) => {
      if (e.type === "changed") {
        setVersion((v) => v + 1);
        if (e.activate) {
          const sheet = e.activate;
          setActive(sheet);
          setScrollTo(null);
          setSelections((all) => ({ ...all, [sheet]: all[sheet] ?? START }));
          gateway.setSelection(sheet, "A1");
        }
      } else {
        const sel = cellSelection(e.cell);
        if (!sel) return;
        setActive(e.sheet);
        setSelections((all) => ({ ...all, [e.sheet]: sel }));
        setRowLimit((all) => ({
          ...all,
          [e.sheet]: Math.max(all[e.sheet] ?? ROWS_PER_PAGE, sel.active.row + 50),
        }));
        setScrollTo({ cell: e.cell });
      }
    });
  }, [gateway]);

  const open = async (file: File) => {
    try {
      const wb = await workbookFromBuffer(await file.arrayBuffer());
      const next = openWorkbook(wb, file.name);
      setOpened(next);
      setActive(next.firstSheet);
      setSelections({ [next.firstSheet]: next.firstSelection });
      setRowLimit({});
      setScrollTo(null);
      setNotice({ intent: "success", text: T.opened(file.name) });
    } catch {
      setNotice({ intent: "error", text: openErrorMessage(file.name) });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  const sheets = opened
    ? opened.workbook.worksheets.filter((ws) => ws.state !== "hidden" && ws.state !== "veryHidden")
    : [];
  const ws = sheets.find((s) => s.name === active) ?? sheets[0];
  const limit = ws ? (rowLimit[ws.name] ?? ROWS_PER_PAGE) : ROWS_PER_PAGE;
  // The workbook is mutable (ExcelJS); `version` says when to draw it again.
  const view = useMemo(() => (ws ? sheetView(ws, limit) : null), [ws, limit, version]);
  const selection = (ws && selections[ws.name]) || START;

  const onDownload = useMemo(
    () => (opened ? () => downloadWorkbook(opened.workbook, downloadName(opened.fileName)) : undefined),
    [opened],
  );

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"} className="preview">
      <div
        className={`page${dragOver ? " dragover" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragOver(false);
        }}
        onDrop={onDrop}
      >
        <header className="bar">
          <h1>{t(T.title)}</h1>
          <Button appearance="secondary" onClick={() => fileInput.current?.click()}>
            {t(T.open)}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            aria-hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void open(file);
              e.target.value = "";
            }}
          />
          <span className="hint">{t(T.dropHint)}</span>
          {opened && <span className="file">{opened.fileName}</span>}
          {ws && <span className="where" aria-live="polite">{`${ws.name}!${rangeOf(selection)}`}</span>}
        </header>
        {notice && (
          <MessageBar intent={notice.intent} className="notice">
            <MessageBarBody>{t(notice.text)}</MessageBarBody>
          </MessageBar>
        )}
        <div className="body">
          <section className="workbook" aria-label={t(T.workbook)}>
            {view && ws ? (
              <SheetGrid
                key={`${opened?.id}-${ws.name}`}
                view={view}
                idPrefix={`c${opened?.id ?? 0}-${sheets.indexOf(ws)}`}
                selection={selection}
                onSelect={(sel) => selectRange(ws.name, sel)}
                onFollowLink={(link) => {
                  if ("sheet" in link)
                    void opened?.gateway.navigate(link.sheet, link.cell).catch(() => undefined);
                }}
                scrollTo={scrollTo}
                label={t(T.gridLabel(ws.name))}
                onShowMore={() => setRowLimit((all) => ({ ...all, [ws.name]: limit + ROWS_PER_PAGE }))}
                showMoreLabel={t(T.showMore)}
              />
            ) : (
              <div className="empty">{notice ? null : t(T.loading)}</div>
            )}
            {sheets.length > 0 && (
              <TabList
                className="sheets"
                aria-label={t(T.sheets)}
                size="small"
                selectedValue={ws?.name}
                onTabSelect={(_, d) => {
                  const name = String(d.value);
                  setActive(name);
                  setScrollTo(null);
                  const sel = selections[name] ?? START;
                  gateway?.setSelection(name, rangeOf(sel));
                }}
              >
                {sheets.map((s) => (
                  <Tab key={s.name} value={s.name}>
                    {s.name}
                  </Tab>
                ))}
              </TabList>
            )}
          </section>
          <aside className="pane" aria-label={t(T.pane)}>
            {opened && (
              <App
                key={opened.id}
                gateway={opened.gateway}
                settings={opened.settings}
                locale={props.locale}
                onDownload={onDownload}
              />
            )}
          </aside>
        </div>
        {dragOver && <div className="drop">{t(T.dropHere)}</div>}
      </div>
    </FluentProvider>
  );
}
