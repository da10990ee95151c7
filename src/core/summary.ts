/** Human-readable summaries of a parse, for the CLI and the task pane. */
import type { Lang, Localized } from "./i18n";
import type { ColumnRole, IndicatorKind, LayoutKind, ParseResult } from "./record";
import { statesChange } from "./text/comparatorWords";

export { noTableMessage } from "./parse/noTable";

/**
 * The header as written, beside the role it was read as: on one line (a header cell wrapped with
 * Alt+Enter would break the summary's line), and left out when it is the role's name but for its spaces.
 */
function headerAside(header: string, role: string): string {
  const oneLine = header.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim();
  return oneLine.replace(/\s+/g, "") === role ? "" : `（${oneLine}）`;
}

export const LAYOUT_NAMES: Record<LayoutKind, Localized> = {
  packed: { zh: "每个项目一格指标文字", en: "one indicator cell per project" },
  rows: { zh: "每行一条指标", en: "one indicator per row" },
  text: { zh: "无表头的指标文字", en: "indicator text without a header" },
  lines: {
    zh: "每行一条指标，各列挤在一个单元格里（从 PDF 复制）",
    en: "one indicator per row, its columns in one cell (copied from a PDF)",
  },
};

export const ROLE_NAMES: Record<ColumnRole, Localized> = {
  department: { zh: "主管部门", en: "department" },
  budgetUnit: { zh: "预算单位", en: "budget unit" },
  project: { zh: "项目名称", en: "project" },
  goal: { zh: "绩效目标", en: "goal" },
  indicators: { zh: "绩效指标", en: "indicators" },
  level1: { zh: "一级指标", en: "level 1" },
  level2: { zh: "二级指标", en: "level 2" },
  level3: { zh: "三级指标", en: "indicator name" },
  target: { zh: "指标值", en: "target" },
  unit: { zh: "计量单位", en: "unit" },
  nature: { zh: "指标性质", en: "nature" },
  direction: { zh: "指标方向", en: "direction" },
  weight: { zh: "权重", en: "weight" },
};

export const KIND_NAMES: Record<IndicatorKind, Localized> = {
  quantitative: { zh: "定量", en: "quantitative" },
  qualitative: { zh: "定性", en: "qualitative" },
  date: { zh: "时间", en: "date" },
  empty: { zh: "未填写", en: "empty" },
};

export function formatParseSummary(result: ParseResult, lang: Lang): string {
  const zh = lang === "zh";
  const L = (t: Localized) => (zh ? t.zh : t.en);
  const lines: string[] = [];
  for (const t of result.tables) {
    lines.push(
      zh
        ? `工作表“${t.sheet}” ${t.range}：${L(LAYOUT_NAMES[t.layout])}${t.headerRow ? `，表头在第 ${t.headerRow} 行` : ""}`
        : `Sheet "${t.sheet}" ${t.range}: ${L(LAYOUT_NAMES[t.layout])}${t.headerRow ? `, header on row ${t.headerRow}` : ""}`,
    );
    const cols = (Object.entries(t.columns) as [ColumnRole, { column: string; header: string }][])
      .map(
        ([role, c]) =>
          // Lines pasted from a PDF share one column: their parts are named by the header line's words.
          `${t.layout === "lines" ? "" : `${c.column}=`}${L(ROLE_NAMES[role])}${headerAside(c.header, ROLE_NAMES[role].zh)}`,
      )
      .join("  ");
    if (cols) lines.push(`  ${zh ? "识别的列" : "Columns"}: ${cols}`);
    if (t.repeatedHeaderRows.length)
      lines.push(
        `  ${zh ? "跳过重复的表头行" : "Skipped repeated header rows"}: ${t.repeatedHeaderRows.join(", ")}`,
      );
  }
  const kinds = new Map<IndicatorKind, number>();
  for (const i of result.indicators) kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
  const kindText = (Object.keys(KIND_NAMES) as IndicatorKind[])
    .filter((k) => kinds.get(k))
    .map((k) => `${L(KIND_NAMES[k])} ${kinds.get(k)}`)
    .join(zh ? "，" : ", ");
  lines.push(
    zh
      ? `共 ${result.projects.length} 个项目，${result.indicators.length} 条指标（${kindText}）。`
      : `${result.projects.length} project(s), ${result.indicators.length} indicator(s) (${kindText}).`,
  );
  lines.push("");
  for (const p of result.projects) {
    const mine = result.indicators.filter((i) => i.projectId === p.id);
    const district = p.district ? ` [${p.district}]` : "";
    lines.push(
      `${zh ? "项目" : "Project"} ${p.project || (zh ? "（未命名）" : "(unnamed)")}${district} — ${mine.length} ${zh ? "条" : "indicator(s)"}`,
    );
    for (const i of mine) {
      // The comparator only where it was written: a bare 1200 is "1200 人", not "= 1200 人", and a
      // change (同比下降5%) is shown as written — "= 5 %" would read as "equals 5%".
      const written = i.comparator !== "=" || /[=＝]|等于/.test(i.target);
      const change = statesChange(i.target);
      const cmp =
        i.comparator === "between"
          ? `${i.value}~${i.valueMax}`
          : i.comparator
            ? written
              ? `${i.comparator} ${i.value}`
              : `${i.value}`
            : "";
      const val =
        i.kind === "quantitative"
          ? change
            ? i.target.trim()
            : `${cmp}${i.unit ? " " + i.unit : ""}`
          : i.kind === "date"
            ? (i.date ?? i.target)
            : i.target;
      const cat = [i.level1, i.level2 ?? (i.level2Inferred ? `(${i.level2Inferred})` : null)]
        .filter(Boolean)
        .join("/");
      lines.push(
        `  ${i.cell.padEnd(5)} ${cat ? cat + " " : ""}${i.name || "—"}：${val || "—"}  [${L(KIND_NAMES[i.kind])}]`,
      );
    }
  }
  for (const m of result.messages) lines.push(`${m.level === "error" ? "!" : "·"} ${L(m.text)}`);
  return lines.join("\n");
}
