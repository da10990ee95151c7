/** 读取选区: what was recognised in the selection, and the column mapping the officer may correct. */
import { useEffect, useState } from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { cellText, columnLetters, gridWidth } from "../../core/grid";
import { NO_TABLE_TEXT } from "../../core/parse/noTable";
import type { ColumnRole } from "../../core/record";
import type { ColumnOverrides } from "../services/columns";
import { LAYOUT_TEXT, ROLE_ORDER, ROLE_TEXT, TEXT } from "../text";
import { useT } from "../shared/lang";
import { selectionAddress, type Selection } from "./selection";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "12px", rowGap: "4px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  mapping: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "8px" },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap", marginTop: "8px" },
  messages: { margin: "8px 0 0", paddingLeft: "18px" },
});

export interface SelectionPanelProps {
  selection: Selection | null;
  busy: boolean;
  onReparse(overrides: ColumnOverrides): void;
}

export function SelectionPanel({ selection, busy, onReparse }: SelectionPanelProps) {
  const t = useT();
  const styles = useStyles();
  const [draft, setDraft] = useState<ColumnOverrides>({});
  useEffect(() => setDraft(selection?.overrides ?? {}), [selection]);

  if (!selection) return <Text>{t(TEXT.nothingRead)}</Text>;
  const { grid, result } = selection;
  const table = result.tables[0];
  // No table: the action's notice gives the advice; the line below says only that none was found.
  const messages =
    result.tables.length === 0
      ? result.messages.filter((m) => m.text.zh !== NO_TABLE_TEXT.zh)
      : result.messages;

  // Every column of the selection, labelled with its header text when the table has a header row.
  const headerIndex = table?.headerRow != null ? table.headerRow - grid.top : -1;
  const columnChoices = Array.from({ length: gridWidth(grid) }, (_, c) => {
    const letter = columnLetters(grid.left + c);
    const header =
      headerIndex >= 0 ? cellText(grid.values[headerIndex]?.[c]).replace(/\s+/g, " ").trim() : "";
    return { letter, label: header ? `${letter} · ${header.slice(0, 20)}` : letter };
  });
  const current = (role: ColumnRole): string => {
    if (role in draft) return draft[role] ?? "";
    return table?.columns[role]?.column ?? "";
  };

  return (
    <section aria-label={t(TEXT.tabSelection)}>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t(TEXT.selectionOf)}</dt>
        <dd className={styles.value}>{selectionAddress(grid)}</dd>
        {result.tables.map((tb, i) => (
          <FactsOfTable
            key={i}
            layout={t(LAYOUT_TEXT[tb.layout])}
            headerRow={tb.headerRow}
            range={tb.range}
          />
        ))}
        <dt className={styles.term}>{t(TEXT.projects)}</dt>
        <dd className={styles.value}>{result.projects.length}</dd>
        <dt className={styles.term}>{t(TEXT.indicators)}</dt>
        <dd className={styles.value}>{result.indicators.length}</dd>
        <ColumnsFact label={t(TEXT.categoryColumns)} columns={table?.categoryColumns} />
        <ColumnsFact label={t(TEXT.placeColumns)} columns={table?.placeColumns} />
        {table && table.repeatedHeaderRows.length > 0 && (
          <>
            <dt className={styles.term}>{t(TEXT.repeatedHeaders)}</dt>
            <dd className={styles.value}>{table.repeatedHeaderRows.join(", ")}</dd>
          </>
        )}
      </dl>

      {result.tables.length === 0 && <Text weight="semibold">{t(TEXT.noTable)}</Text>}

      {messages.length > 0 && (
        <ul className={styles.messages} aria-label={t(TEXT.messages)}>
          {messages.map((m, i) => (
            <li key={i}>
              {m.cell ? `${m.cell}: ` : ""}
              {t(m.text)}
            </li>
          ))}
        </ul>
      )}

      {/* Lines pasted from a PDF have no columns to point at: their words were cut into columns. */}
      {table && table.headerRow !== null && table.layout !== "lines" && (
        <div className={styles.mapping} role="group" aria-label={t(TEXT.columns)}>
          <Text weight="semibold">{t(TEXT.columns)}</Text>
          <Text size={200}>{t(TEXT.mappingHint)}</Text>
          {ROLE_ORDER.filter(
            (role) =>
              current(role) !== "" ||
              isCoreRole(role, table.layout, !!(table.categoryColumns || table.placeColumns)),
          ).map((role) => (
            <Field key={role} label={t(ROLE_TEXT[role])} orientation="horizontal">
              <Select
                value={current(role)}
                onChange={(_, data) => setDraft((d) => ({ ...d, [role]: data.value || null }))}
              >
                <option value="">{t(TEXT.noColumn)}</option>
                {columnChoices.map((c) => (
                  <option key={c.letter} value={c.letter}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy} onClick={() => onReparse(draft)}>
              {t(TEXT.reparse)}
            </Button>
            <Button
              disabled={busy || Object.keys(selection.overrides).length === 0}
              onClick={() => onReparse({})}
            >
              {t(TEXT.resetMapping)}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Roles worth offering even when not recognised, so a missed column can be pointed out. */
function isCoreRole(role: ColumnRole, layout: string, byColumn: boolean): boolean {
  // A table read by category or by place columns has no single indicator or target column to offer.
  if (byColumn && (role === "indicators" || role === "target")) return false;
  if (layout === "rows") return ["project", "level1", "level2", "level3", "target", "unit"].includes(role);
  return ["project", "goal", "indicators", "budgetUnit"].includes(role);
}

function FactsOfTable(props: { layout: string; headerRow: number | null; range: string }) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{t(TEXT.layout)}</dt>
      <dd className={styles.value}>
        {props.layout} ({props.range})
      </dd>
      {props.headerRow !== null && (
        <>
          <dt className={styles.term}>{t(TEXT.headerRow)}</dt>
          <dd className={styles.value}>{props.headerRow}</dd>
        </>
      )}
    </>
  );
}

/** The columns a table is read by when it has no single indicator column (by category, by place). */
function ColumnsFact(props: { label: string; columns?: { column: string; header: string }[] }) {
  const styles = useStyles();
  if (!props.columns) return null;
  return (
    <>
      <dt className={styles.term}>{props.label}</dt>
      <dd className={styles.value}>{props.columns.map((c) => `${c.column} ${c.header}`).join("、")}</dd>
    </>
  );
}
