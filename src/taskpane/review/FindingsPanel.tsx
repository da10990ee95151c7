/** 校验结果: findings grouped by severity, filterable by rule and project; a click goes to the cell. */
import { memo, useMemo, useState } from "react";
import { Badge, Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITY_TEXT, TEXT } from "../text";
import { useLang, useT, withCode } from "../shared/lang";
import type { PaneFinding, RuleInfo, Severity } from "../services/types";

const PAGE = 100;
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  filters: { display: "flex", gap: "8px", flexWrap: "wrap", marginBottom: "8px" },
  filter: { flex: "1 1 120px", minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  group: { marginTop: "8px" },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    fontSize: tokens.fontSizeBase400,
    margin: "8px 0 4px",
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    whiteSpace: "normal",
    padding: "4px 6px",
    fontWeight: tokens.fontWeightRegular,
    display: "block",
  },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fix: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FindingsPanelProps {
  findings: PaneFinding[] | null;
  /** The rules' titles: a finding says its rule in words (缺少效益指标), the code only beside it in the filter. */
  rules: RuleInfo[];
  onNavigate(finding: PaneFinding): void;
}

/** Drawn again only when its findings, rules or handler change: not for each word of a run's progress. */
export const FindingsPanel = memo(function FindingsPanel({
  findings,
  rules: ruleInfo,
  onNavigate,
}: FindingsPanelProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [rule, setRule] = useState("");
  const [project, setProject] = useState("");
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });

  const rules = useMemo(() => distinct(findings?.map((f) => f.code) ?? []), [findings]);
  const titles = useMemo(() => new Map(ruleInfo.map((r) => [r.code, r.title])), [ruleInfo]);
  const titleOf = (code: string) => {
    const title = titles.get(code);
    return title ? t(title) : code;
  };
  const projects = useMemo(() => distinct(findings?.map((f) => f.project).filter(Boolean) ?? []), [findings]);
  const filtered = useMemo(
    () => (findings ?? []).filter((f) => (!rule || f.code === rule) && (!project || f.project === project)),
    [findings, rule, project],
  );

  if (!findings) return <Text>{t(TEXT.noFindingsYet)}</Text>;
  if (findings.length === 0) return <Text>{t(TEXT.noFindings)}</Text>;

  return (
    <section aria-label={t(TEXT.tabFindings)}>
      <div className={styles.filters}>
        <Field label={t(TEXT.filterRule)} className={styles.filter}>
          <Select className={styles.select} value={rule} onChange={(_, d) => setRule(d.value)}>
            <option value="">{t(TEXT.all)}</option>
            {rules.map((code) => (
              <option key={code} value={code}>
                {titles.has(code) ? withCode(titleOf(code), code, lang) : code}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t(TEXT.filterProject)} className={styles.filter}>
          <Select className={styles.select} value={project} onChange={(_, d) => setProject(d.value)}>
            <option value="">{t(TEXT.all)}</option>
            {projects.map((p) => (
              <option key={p} value={p}>
                {p.length > 30 ? p.slice(0, 30) + "…" : p}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {SEVERITIES.map((severity) => {
        const group = filtered.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={styles.group}>
            <h3 className={styles.heading}>
              {t(SEVERITY_TEXT[severity])}
              <Badge color={BADGE_COLOR[severity]} appearance="filled">
                {group.length}
              </Badge>
            </h3>
            <ul className={styles.list}>
              {group.slice(0, shown[severity]).map((f, i) => (
                <li key={`${f.sheet}!${f.cell}#${f.code}#${i}`}>
                  <Button
                    appearance="subtle"
                    className={styles.item}
                    title={`${t(TEXT.goToCell)} ${f.sheet}!${f.cell}`}
                    onClick={() => onNavigate(f)}
                  >
                    <span className={styles.where}>
                      {f.cell} · {titleOf(f.code)}
                      {/* The indicator names the line; a project-level finding names its project. */}
                      {f.indicator ? ` · ${f.indicator}` : f.project ? ` · ${f.project}` : ""}
                    </span>
                    <br />
                    {t(f.message)}
                    {f.fix && (
                      <span className={styles.fix}>
                        {t(TEXT.fix)}
                        {t(f.fix)}
                      </span>
                    )}
                  </Button>
                </li>
              ))}
            </ul>
            {group.length > shown[severity] && (
              <Button
                appearance="transparent"
                onClick={() => setShown((s) => ({ ...s, [severity]: s[severity] + PAGE }))}
              >
                {t(TEXT.showMore)} ({group.length - shown[severity]})
              </Button>
            )}
          </div>
        );
      })}
    </section>
  );
});

function distinct(values: string[]): string[] {
  return Array.from(new Set(values)).sort();
}
