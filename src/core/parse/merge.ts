/** Several parse results (sheets, files) → one, for the commands that read several at once. */
import { type ParseResult } from "../record";

/** Several parse results (sheets, files) → one; project ids are shifted so that they stay unique. */
export function mergeParseResults(results: readonly ParseResult[]): ParseResult {
  const out: ParseResult = { tables: [], projects: [], indicators: [], messages: [] };
  for (const r of results) {
    const offset = out.projects.length;
    for (const p of r.projects) out.projects.push({ ...p, id: p.id + offset });
    for (const i of r.indicators) out.indicators.push({ ...i, projectId: i.projectId + offset });
    out.tables.push(...r.tables);
    out.messages.push(...r.messages);
  }
  return out;
}
