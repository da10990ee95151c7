/** 一键清理: the proposed edits with a checkbox per rule and per edit; 应用 and 撤销清理. */
import { useState } from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Localized } from "../../core/i18n";
import type { CleanupRuleInfo, PaneEdit } from "../services/types";
import { TEXT } from "../text";
import { useLang, useT, withCode } from "../shared/lang";
import { editParts, type EditPart } from "./diff";

const PAGE = 100;

const useStyles = makeStyles({
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap", margin: "8px 0" },
  rule: { marginTop: "8px" },
  edits: { listStyle: "none", margin: "0 0 0 24px", padding: 0 },
  edit: { display: "flex", alignItems: "flex-start" },
  diff: { display: "block", fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  before: {
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    textDecorationLine: "line-through",
  },
  // The old part is struck through, the new one underlined: each marked by more than its colour, which a
  // red–green colour blindness or Windows' high contrast (every colour replaced) would leave alone; there
  // the new part is also drawn in the system's highlight colours, as a selection is.
  after: {
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    textDecorationLine: "underline",
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      color: "HighlightText",
      backgroundColor: "Highlight",
    },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  note: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

export interface CleanupPanelProps {
  rules: CleanupRuleInfo[];
  edits: PaneEdit[] | null;
  checked: Set<string>;
  busy: boolean;
  onChange(checked: Set<string>): void;
  onApply(): void;
  onRevert(): void;
}

export function CleanupPanel(props: CleanupPanelProps) {
  const { rules, edits, checked, busy, onChange } = props;
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [shown, setShown] = useState<Record<string, number>>({});

  const byRule = new Map<string, PaneEdit[]>();
  for (const e of edits ?? []) {
    const list = byRule.get(e.rule) ?? [];
    list.push(e);
    byRule.set(e.rule, list);
  }
  const title = (code: string) => {
    const info = rules.find((r) => r.code === code);
    return info ? withCode(t(info.title), code, lang) : code;
  };
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(checked);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };

  return (
    <section aria-label={t(TEXT.tabCleanup)}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || !edits || checked.size === 0} onClick={props.onApply}>
          {t(TEXT.apply)}
        </Button>
        <Button disabled={busy} onClick={props.onRevert}>
          {t(TEXT.revert)}
        </Button>
      </div>
      {edits === null && <Text className={styles.muted}>{t(TEXT.noCleanupYet)}</Text>}
      {edits !== null && edits.length === 0 && <Text>{t(TEXT.noEdits)}</Text>}
      {edits !== null && edits.length > 0 && (
        <Text size={200} className={styles.muted}>
          {t(TEXT.selectedEdits)} {checked.size} / {edits.length}
        </Text>
      )}
      {[...byRule].map(([rule, list]) => {
        const on = list.filter((e) => checked.has(e.id)).length;
        const state = on === 0 ? false : on === list.length ? true : "mixed";
        const limit = shown[rule] ?? PAGE;
        return (
          <div key={rule} className={styles.rule}>
            <Checkbox
              checked={state}
              label={`${title(rule)} — ${list.length}`}
              onChange={(_, d) =>
                toggle(
                  list.map((e) => e.id),
                  d.checked === true,
                )
              }
            />
            <ul className={styles.edits}>
              {list.slice(0, limit).map((e) => (
                <li key={e.id} className={styles.edit}>
                  <Checkbox
                    checked={checked.has(e.id)}
                    aria-label={`${e.sheet}!${e.cell} ${title(rule)}`}
                    onChange={(_, d) => toggle([e.id], d.checked === true)}
                    label={
                      <span>
                        <span className={styles.muted}>{t(cellLabel(e.cell))}</span>
                        <EditLines before={e.before} after={e.after} row={ROW_REF.test(e.cell)} />
                        {e.note && <span className={styles.note}>{t(e.note)}</span>}
                      </span>
                    }
                  />
                </li>
              ))}
            </ul>
            {list.length > limit && (
              <Button
                appearance="transparent"
                onClick={() => setShown((s) => ({ ...s, [rule]: limit + PAGE }))}
              >
                {t(TEXT.showMore)} ({list.length - limit})
              </Button>
            )}
          </div>
        );
      })}
    </section>
  );
}

function short(v: PaneEdit["before"]): string {
  const s = v === null || v === undefined ? "" : String(v);
  return s.length > 160 ? s.slice(0, 160) + "…" : s;
}

/** A whole row's edit is addressed 3:3 (rows 3 to 3), not as a cell. */
const ROW_REF = /^(\d+):(\d+)$/;

/** A whole row's edit said as the row, not as a range. */
function cellLabel(cell: string): Localized {
  const rows = ROW_REF.exec(cell);
  if (!rows) return { zh: cell, en: cell };
  return rows[1] === rows[2]
    ? { zh: `第 ${rows[1]} 行`, en: `Row ${rows[1]}` }
    : { zh: `第 ${rows[1]}–${rows[2]} 行`, en: `Rows ${rows[1]}–${rows[2]}` };
}

/** The edit's two sides: the changed part marked, the shared text around it kept short. */
function EditLines(props: { before: PaneEdit["before"]; after: PaneEdit["after"]; row: boolean }) {
  const t = useT();
  const styles = useStyles();
  const none = (v: PaneEdit["before"]) => v === null || v === undefined || v === "";
  // A removed row (or a cell emptied): the old text whole, then what happens to it in words.
  if (none(props.after) || none(props.before)) {
    return (
      <>
        <span className={styles.diff}>
          {none(props.before) ? (
            <span className={styles.muted}>{t(TEXT.emptyCell)}</span>
          ) : (
            <span className={styles.before}>{short(props.before)}</span>
          )}
        </span>
        <span className={styles.diff}>
          {none(props.after) ? (
            <span className={styles.muted}>{t(props.row ? TEXT.removedRow : TEXT.emptiedCell)}</span>
          ) : (
            <span className={styles.after}>{short(props.after)}</span>
          )}
        </span>
      </>
    );
  }
  const sides = editParts(String(props.before), String(props.after));
  const line = (side: EditPart[], mark: string) => (
    <span className={styles.diff}>
      {side.map((part, i) =>
        part.changed ? (
          <span key={i} className={mark}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </span>
  );
  return (
    <>
      {line(sides.before, styles.before)}
      {line(sides.after, styles.after)}
    </>
  );
}
