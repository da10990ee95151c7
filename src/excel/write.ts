/**
 * Writing sheet plans to new sheets, in as few requests as the data allows: one sync to look at the
 * workbook, one per ≤ 2 MB of content, one to finish (restore events, learn the new sheets' ids,
 * show the first result). Calculation (ExcelApi 1.6) and screen updating (1.9) are suspended for
 * each write request; events (1.8) are off from the first write to the last.
 */
import type { WrittenSheet, WritePlansOptions } from "../core/gateway";
import type { SheetPlan } from "../core/plan/types";
import { safeSheetName, uniqueSheetName } from "../core/plan/types";
import { protectedWorkbook } from "./errors";
import type { ExcelFeatures } from "./features";
import type { Batch, FixedStep, Step, StepEnv } from "./pack";
import { packSteps } from "./pack";
import type { CreatedSheetRegistry } from "./registry";
import { REQUEST_LIMIT_BYTES, measureQueued } from "./requestSize";
import type { ResolvedNames } from "./steps";
import { planSteps } from "./steps";

export interface WriteDeps {
  features: ExcelFeatures;
  registry: CreatedSheetRegistry;
  requestLimit?: number;
}

interface ExistingSheet {
  name: string;
  id: string;
}

/** Calls repeated at the start of every write request (they last until the next sync). */
export function queuePreamble(context: Excel.RequestContext, features: ExcelFeatures): void {
  if (features.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/** Excel table names: letters, digits, underscores, not starting with a digit, unique in the workbook. */
/** Queues one packed batch: its fixed steps, and each block of values as one 2-D write. */
export function queueBatch(env: StepEnv, batch: Batch): void {
  for (const item of batch.items) {
    if (item.kind === "fixed") item.run(env);
    else
      env.sheets[item.sheet].getRangeByIndexes(
        item.rowIndex,
        item.columnIndex,
        item.values.length,
        item.values[0].length,
      ).values = item.values;
  }
}

export function uniqueTableName(name: string, taken: Set<string>): string {
  let base = name.replace(/[^\p{L}\p{N}_]/gu, "_");
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  base = base.slice(0, 200);
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base}_${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export function resolveNames(
  plans: SheetPlan[],
  takenSheets: string[],
  takenTables: string[],
): ResolvedNames {
  const taken = [...takenSheets];
  const tableTaken = new Set(takenTables.map((t) => t.toLowerCase()));
  const renamed = new Map<string, string>();
  const sheets = plans.map((p) => {
    const name = uniqueSheetName(p.name, taken);
    taken.push(name);
    if (!renamed.has(p.name)) renamed.set(p.name, name);
    if (!renamed.has(safeSheetName(p.name))) renamed.set(safeSheetName(p.name), name);
    return name;
  });
  const tables = plans.map((p) => (p.tables ?? []).map((t) => uniqueTableName(t.name, tableTaken)));
  return { sheets, tables, renamed };
}

export interface WritePlan {
  names: ResolvedNames;
  deleted: ExistingSheet[];
  batches: Batch[];
}

/** Decides names, deletions and request batches from what the first sync saw. Pure. */
export function planWrite(
  plans: SheetPlan[],
  existing: ExistingSheet[],
  existingTables: string[],
  trackedIds: string[],
  options: WritePlansOptions,
  deps: WriteDeps,
): WritePlan {
  const tracked = new Set(trackedIds);
  let toDelete = options.replacePrevious ? existing.filter((s) => tracked.has(s.id)) : [];
  const survivors = existing.filter((s) => !toDelete.includes(s));
  // Excel keeps at least one sheet: with no other survivor, add the new sheets before deleting.
  const deleteFirst = survivors.length > 0;
  if (!deleteFirst && plans.length === 0) toDelete = [];
  const names = resolveNames(
    plans,
    (deleteFirst ? survivors : existing).map((s) => s.name),
    existingTables,
  );
  const deletions: FixedStep[] = toDelete.map((s) => {
    const run = (env: StepEnv) => env.context.workbook.worksheets.getItem(s.id).delete();
    return {
      kind: "fixed",
      bytes: measureQueued((ctx) => run({ context: ctx as Excel.RequestContext, sheets: [] })),
      run,
    };
  });
  const steps: Step[] = planSteps(plans, names, deps.features);
  const ordered = deleteFirst ? [...deletions, ...steps] : [...steps, ...deletions];
  const preamble = measureQueued((ctx) => {
    queuePreamble(ctx as Excel.RequestContext, deps.features);
    (ctx as Excel.RequestContext).runtime.enableEvents = false;
  });
  const batches = packSteps(ordered, deps.requestLimit ?? REQUEST_LIMIT_BYTES, preamble);
  return { names, deleted: toDelete, batches };
}

export async function writePlansInContext(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  options: WritePlansOptions,
  deps: WriteDeps,
): Promise<WrittenSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const runtime = deps.features.toggleEvents ? context.runtime : null;
  if (runtime) runtime.load("enableEvents");
  // A protected structure takes no new sheet (ExcelApi 1.7; absent in test stand-ins): said before
  // anything is deleted or added. Only `true` refuses (an older host answers an error string).
  const structure = context.workbook.protection as Excel.WorkbookProtection | undefined;
  structure?.load("protected");
  await context.sync();

  const existing = worksheets.items.map((w) => ({ name: w.name, id: w.id }));
  const eventsWere = runtime ? runtime.enableEvents : true;
  const trackedIds = deps.registry.ids();
  const plan = planWrite(
    plans,
    existing,
    tables.items.map((t) => t.name),
    trackedIds,
    options,
    deps,
  );
  if (structure?.protected === true && (plans.length > 0 || plan.deleted.length > 0))
    throw protectedWorkbook();

  const env: StepEnv = { context, sheets: [] };
  let failure: unknown = null;
  let synced = 0;
  let safeSheets = 0; // sheets added by batches that reached Excel
  for (const batch of plan.batches) {
    queuePreamble(context, deps.features);
    if (runtime && synced === 0) runtime.enableEvents = false;
    queueBatch(env, batch);
    try {
      // One sync per ≤ 2 MB batch: the batches exist because one request cannot carry it all.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      synced++;
      safeSheets = env.sheets.length;
    } catch (e) {
      failure = e;
      break;
    }
  }

  // Finish: events back on, the ids of the sheets that now exist, the first result in view.
  // After a failure, still track the sheets that were made, so "replace previous" can remove them.
  const made = env.sheets.slice(0, failure === null ? env.sheets.length : safeSheets);
  if (runtime) runtime.enableEvents = eventsWere;
  for (const ws of made) ws.load("id,name");
  if (made[0] && failure === null) made[0].activate();
  try {
    await context.sync();
  } catch (e) {
    failure = failure ?? e;
  }

  // Ids of sheets that no longer exist are dropped; after a failure all are kept (stale ids are
  // harmless: the next write only deletes ids it finds in the workbook).
  const deletedIds = new Set(plan.deleted.map((s) => s.id));
  const existingIds = new Set(existing.map((s) => s.id));
  const keep =
    failure === null ? trackedIds.filter((id) => existingIds.has(id) && !deletedIds.has(id)) : trackedIds;
  await deps.registry.save([...keep, ...made.map((ws) => ws.id)]);
  if (failure !== null) throw failure;
  return made.map((ws, i) => ({ name: ws.name, kind: plans[i].kind }));
}
