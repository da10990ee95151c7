/** 区域对比: choose or confirm the program grouping; then the comparison summary with its flags. */
import { useMemo } from "react";
import {
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { cellText, columnLetters, gridWidth } from "../../core/grid";
import type { Selection } from "../read/selection";
import type { CompareService, GroupingChoice, ProgramComparison } from "../services/types";
import { TEXT } from "../text";
import { useT } from "../shared/lang";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: "6px" },
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  list: { margin: 0, paddingLeft: "18px" },
  projects: { display: "flex", flexDirection: "column", maxHeight: "220px", overflowY: "auto" },
  program: { marginTop: "8px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ComparePanelProps {
  selection: Selection | null;
  service: CompareService | null;
  grouping: GroupingChoice;
  onGrouping(grouping: GroupingChoice): void;
  comparisons: ProgramComparison[] | null;
  /** The last 区域对比 failed: its notice says why and what to do, so the first-run hint is left out. */
  failed?: boolean;
}

export function ComparePanel({
  selection,
  service,
  grouping,
  onGrouping,
  comparisons,
  failed = false,
}: ComparePanelProps) {
  const t = useT();
  const styles = useStyles();
  const programs = useMemo(() => {
    if (!service || !selection || selection.result.indicators.length === 0) return null;
    try {
      return service.programs(selection, grouping);
    } catch {
      return null;
    }
  }, [service, selection, grouping]);

  const columns = selection
    ? Array.from({ length: gridWidth(selection.grid) }, (_, c) => {
        const letter = columnLetters(selection.grid.left + c);
        const headerRow = selection.result.tables[0]?.headerRow;
        const header =
          headerRow != null
            ? cellText(selection.grid.values[headerRow - selection.grid.top]?.[c]).trim()
            : "";
        return { letter, label: header ? `${letter} · ${header.slice(0, 20)}` : letter };
      })
    : [];
  const chosen = grouping.mode === "manual" ? new Set(grouping.projectIds) : new Set<number>();

  return (
    <section aria-label={t(TEXT.tabCompare)}>
      {/* No indicators, nothing to group: the notice says what to select instead. */}
      {selection && service && selection.result.indicators.length > 0 && (
        <div className={styles.block}>
          <Field label={t(TEXT.grouping)}>
            <RadioGroup
              value={grouping.mode}
              onChange={(_, d) => {
                if (d.value === "auto") onGrouping({ mode: "auto" });
                if (d.value === "column") onGrouping({ mode: "column", column: columns[0]?.letter ?? "A" });
                if (d.value === "manual")
                  onGrouping({ mode: "manual", projectIds: selection.result.projects.map((p) => p.id) });
              }}
            >
              <Radio value="auto" label={t(TEXT.groupAuto)} />
              <Radio value="column" label={t(TEXT.groupColumn)} />
              <Radio value="manual" label={t(TEXT.groupManual)} />
            </RadioGroup>
          </Field>
          {grouping.mode === "column" && (
            <Field label={t(TEXT.groupColumnPick)}>
              <Select
                value={grouping.column}
                onChange={(_, d) => onGrouping({ mode: "column", column: d.value })}
              >
                {columns.map((c) => (
                  <option key={c.letter} value={c.letter}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {grouping.mode === "manual" && (
            <div className={styles.projects} role="group" aria-label={t(TEXT.groupManual)}>
              {selection.result.projects.map((p) => (
                <Checkbox
                  key={p.id}
                  checked={chosen.has(p.id)}
                  label={`${p.district ?? ""} ${p.project}`.trim()}
                  onChange={(_, d) => {
                    const next = new Set(chosen);
                    if (d.checked) next.add(p.id);
                    else next.delete(p.id);
                    onGrouping({ mode: "manual", projectIds: [...next].sort((a, b) => a - b) });
                  }}
                />
              ))}
            </div>
          )}
          {programs && (
            <>
              <h3 className={styles.heading}>{t(TEXT.programsFound)}</h3>
              {programs.length === 0 ? (
                <Text>{t(TEXT.noPrograms)}</Text>
              ) : (
                <ul className={styles.list}>
                  {programs.map((p) => (
                    <li key={p.program}>
                      {p.program} <span className={styles.muted}>({p.districts.length})</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}

      {comparisons === null
        ? !failed && <Text className={styles.muted}>{t(TEXT.noCompareYet)}</Text>
        : comparisons.map((c) => (
            <div key={c.program} className={styles.program}>
              <h3 className={styles.heading}>{c.program}</h3>
              <Text size={200} className={styles.muted}>
                {t(TEXT.districts)} {c.districts.length} · {t(TEXT.indicators)} {c.indicators.length}
              </Text>
              {c.flags.length === 0 ? (
                <Text block>{t(TEXT.noFlags)}</Text>
              ) : (
                <ul className={styles.list}>
                  {c.flags.map((f, i) => (
                    <li key={i}>
                      <span className={styles.muted}>{t(f.kind)}</span>
                      {" · "}
                      {t(f.message)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
    </section>
  );
}
