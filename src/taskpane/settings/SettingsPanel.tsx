/** 设置: review thresholds and rule toggles, comparison thresholds, cleanup rules; saved in the workbook. */
import { useEffect, useState } from "react";
import { Button, Checkbox, Field, Input, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Localized } from "../../core/i18n";
import type { CleanupRuleInfo, RuleInfo } from "../services/types";
import { TEXT } from "../text";
import { useLang, useT, withCode } from "../shared/lang";
import type { PaneSettings } from "./model";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { fontSize: tokens.fontSizeBase400, margin: "12px 0 0" },
  rules: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsPanelProps {
  settings: PaneSettings;
  reviewRules: RuleInfo[] | null;
  cleanupRules: CleanupRuleInfo[] | null;
  /** Shown where a list of rules is missing, instead of "not in this build" (the engine is still loading, or failed to). */
  rulesNote?: Localized;
  busy: boolean;
  onSave(settings: PaneSettings): void;
}

export function SettingsPanel({
  settings,
  reviewRules,
  cleanupRules,
  rulesNote,
  busy,
  onSave,
}: SettingsPanelProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const activeCleanup = new Set(
    draft.cleanupRules ?? (cleanupRules ?? []).filter((r) => r.defaultOn).map((r) => r.code),
  );

  const numberField = (label: string, key: "satisfactionMin" | "outlierRatio" | "zThreshold") => (
    <Field label={label}>
      <Input
        type="number"
        value={String(draft[key])}
        onChange={(_, d) => {
          const v = Number(d.value);
          if (d.value.trim() !== "" && Number.isFinite(v)) setDraft((s) => ({ ...s, [key]: v }));
        }}
      />
    </Field>
  );

  return (
    <form
      className={styles.form}
      aria-label={t(TEXT.tabSettings)}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <h3 className={styles.heading}>{t(TEXT.reviewRules)}</h3>
      {numberField(t(TEXT.satisfactionMin), "satisfactionMin")}
      {reviewRules ? (
        <div className={styles.rules} role="group" aria-label={t(TEXT.reviewRules)}>
          {reviewRules.map((r) => (
            <Checkbox
              key={r.code}
              label={withCode(t(r.title), r.code, lang)}
              checked={!draft.disabledRules.includes(r.code)}
              onChange={(_, d) =>
                setDraft((s) => ({
                  ...s,
                  disabledRules: d.checked
                    ? s.disabledRules.filter((c) => c !== r.code)
                    : [...s.disabledRules, r.code],
                }))
              }
            />
          ))}
        </div>
      ) : (
        <Text className={styles.muted}>{t(rulesNote ?? TEXT.notAvailable)}</Text>
      )}

      <h3 className={styles.heading}>{t(TEXT.compare)}</h3>
      {numberField(t(TEXT.outlierRatio), "outlierRatio")}
      <Switch
        label={t(TEXT.robustZ)}
        checked={draft.robustZ}
        onChange={(_, d) => setDraft((s) => ({ ...s, robustZ: d.checked }))}
      />
      {draft.robustZ && numberField(t(TEXT.zThreshold), "zThreshold")}

      <h3 className={styles.heading}>{t(TEXT.cleanupRules)}</h3>
      {cleanupRules ? (
        <div className={styles.rules} role="group" aria-label={t(TEXT.cleanupRules)}>
          {cleanupRules.map((r) => (
            <Checkbox
              key={r.code}
              label={withCode(t(r.title), r.code, lang)}
              checked={activeCleanup.has(r.code)}
              onChange={(_, d) => {
                const next = new Set(activeCleanup);
                if (d.checked) next.add(r.code);
                else next.delete(r.code);
                setDraft((s) => ({
                  ...s,
                  cleanupRules: cleanupRules.map((c) => c.code).filter((c) => next.has(c)),
                }));
              }}
            />
          ))}
        </div>
      ) : (
        <Text className={styles.muted}>{t(rulesNote ?? TEXT.notAvailable)}</Text>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t(TEXT.saveSettings)}
        </Button>
      </div>
    </form>
  );
}
