/**
 * A counting fake of the Excel objects that src/excel uses: a workbook of sparse sheets, request
 * bytes counted per sync the way src/excel/requestSize estimates them (every call and property
 * write), loads honoured only after a sync (reading an unloaded property throws), and a log of
 * every write in order. office-addin-mock has no collections, so writes are tested here.
 */
import { parseA1, parseRange, a1 } from "../../src/core/grid";
import { opBytes } from "../../src/excel/requestSize";

export type Value = string | number | boolean;

export interface LogEntry {
  sheet: string;
  target: string; // an address, or "sheet", "workbook"
  path: string; // "values", "format.fill.color", "tables.add", …
  value: unknown;
}

export class FakeSheet {
  cells = new Map<string, Value>();
  formulas = new Map<string, string>();
  /** Number formats set through the API (absent: General). */
  numberFormats = new Map<string, string>();
  /** Test setup: 1-based rows and columns hidden (by hand or by a filter; Excel does not tell). */
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  /** Cell formats as getCellProperties answers them (absent: DEFAULT_LOOK), by 0-based "row,col". */
  looks = new Map<string, unknown>();
  /** Custom row heights by 0-based row (absent: the standard height). */
  rowHeights = new Map<number, number>();
  /** Merged areas, 1-based (test setup: push; Range.merge adds one). */
  merges: { top: number; left: number; bottom: number; right: number }[] = [];
  deleted = false;
  constructor(
    public name: string,
    public id: string,
  ) {}

  /** Test setup: fill cells without counting. */
  put(topLeft: string, rows: (Value | null)[][], formulas?: (string | null)[][]): void {
    const at = parseA1(topLeft)!;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") this.cells.set(key(at.row - 1 + r, at.col - 1 + c), v);
        const f = formulas?.[r]?.[c];
        if (f) this.formulas.set(key(at.row - 1 + r, at.col - 1 + c), f);
      }),
    );
  }

  /** Test setup: number formats from `topLeft`, as an officer set them (null leaves General). */
  format(topLeft: string, rows: (string | null)[][]): void {
    const at = parseA1(topLeft)!;
    rows.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) this.numberFormats.set(key(at.row - 1 + r, at.col - 1 + c), f);
      }),
    );
  }

  get(address: string): Value | undefined {
    const at = parseA1(address)!;
    return this.cells.get(key(at.row - 1, at.col - 1));
  }

  formulaAt(address: string): string | undefined {
    const at = parseA1(address)!;
    return this.formulas.get(key(at.row - 1, at.col - 1));
  }

  formatAt(address: string): string | undefined {
    const at = parseA1(address)!;
    return this.numberFormats.get(key(at.row - 1, at.col - 1));
  }

  /** Whole-row delete (shift up) or insert (shift down) at 0-based row `r`: every map moves. */
  shiftRows(r: number, insert: boolean): void {
    for (const map of [this.cells, this.formulas, this.numberFormats, this.looks] as Map<string, unknown>[]) {
      const moved = new Map<string, unknown>();
      for (const [k, v] of map) {
        const [row, col] = k.split(",").map(Number);
        if (insert) moved.set(key(row >= r ? row + 1 : row, col), v);
        else if (row !== r) moved.set(key(row > r ? row - 1 : row, col), v);
      }
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    }
    // Hidden rows (1-based) and heights move too.
    const shift = (row: number) => (insert ? (row >= r ? row + 1 : row) : row > r ? row - 1 : row);
    const hidden = [...this.hiddenRows].filter((row) => insert || row !== r + 1);
    this.hiddenRows = new Set(hidden.map((row) => shift(row - 1) + 1));
    const heights = [...this.rowHeights].filter(([row]) => insert || row !== r);
    this.rowHeights = new Map(heights.map(([row, h]) => [shift(row), h]));
    // Merges move with their rows; Excel shrinks one over a deleted row (gone when one cell is left,
    // or its only row) and stretches one over a row inserted inside it.
    const R = r + 1;
    this.merges = this.merges.flatMap((m) => {
      if (insert) {
        if (m.top >= R) return [{ ...m, top: m.top + 1, bottom: m.bottom + 1 }];
        return [m.bottom >= R ? { ...m, bottom: m.bottom + 1 } : m];
      }
      if (m.top > R) return [{ ...m, top: m.top - 1, bottom: m.bottom - 1 }];
      if (m.bottom < R) return [m];
      const n = { ...m, bottom: m.bottom - 1 };
      return n.bottom < n.top || (n.bottom === n.top && n.left === n.right) ? [] : [n];
    });
    // Excel formats an inserted row as the row above it.
    if (insert && r > 0)
      for (const [k, v] of [...this.looks]) {
        const [row, col] = k.split(",").map(Number);
        if (row === r - 1) this.looks.set(key(r, col), v);
      }
  }

  /** Test setup: cell formats from `topLeft`, as getCellProperties answers them. */
  look(topLeft: string, rows: unknown[][]): void {
    const at = parseA1(topLeft)!;
    rows.forEach((row, r) => row.forEach((v, c) => this.looks.set(key(at.row - 1 + r, at.col - 1 + c), v)));
  }

  lookAt(address: string): unknown {
    const at = parseA1(address)!;
    return this.looks.get(key(at.row - 1, at.col - 1)) ?? DEFAULT_LOOK;
  }

  usedArea(): { r0: number; c0: number; r1: number; c1: number } | null {
    let b: { r0: number; c0: number; r1: number; c1: number } | null = null;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      if (!b) b = { r0: r, c0: c, r1: r, c1: c };
      else b = { r0: Math.min(b.r0, r), c0: Math.min(b.c0, c), r1: Math.max(b.r1, r), c1: Math.max(b.c1, c) };
    }
    return b;
  }
}

const key = (r: number, c: number) => `${r},${c}`;

/** A cell never formatted, as getCellProperties answers it (trimmed to what the tests compare). */
export const DEFAULT_LOOK = {
  style: "Normal",
  format: { font: { bold: false, italic: false, name: "等线", size: 11, color: "#000000" }, wrapText: false },
};

/** A value answered by the next sync, as Office's ClientResult. */
class FakeResult<T> {
  private ready = false;
  constructor(
    fake: FakeExcel,
    private readonly answer: () => T,
  ) {
    fake.onSync(() => (this.ready = true));
  }
  get value(): T {
    if (!this.ready) throw new Error("fake Excel: ClientResult read before sync");
    return this.answer();
  }
}

/** What Excel makes of typed text in a General cell: a formula, a number, a percentage, a time. */
export function asTyped(text: string): { value: Value; formula: boolean } {
  if (/^[=+\-@]/.test(text) && !/^[-+]?\d+(\.\d+)?%?$/.test(text))
    return { value: `#formula:${text}`, formula: true };
  const n = /^([-+]?\d+(?:\.\d+)?)(%?)$/.exec(text);
  if (n) return { value: Number(n[1]) / (n[2] ? 100 : 1), formula: false };
  const t = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (t) return { value: (Number(t[1]) * 60 + Number(t[2])) / 1440, formula: false };
  return { value: text, formula: false };
}

export interface FakeOptions {
  /** Keep written values (the bench turns this off to save memory). */
  store?: boolean;
  /** Give ranges no readable numberFormat, as a mock without the property does (default: Excel's). */
  noNumberFormat?: boolean;
  /** The most merged areas one getMergedAreasOrNullObject answers (Excel: 512; more fails the request). */
  mergeLimit?: number;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  active = "";
  selection = { sheet: "", address: "A1" };
  enableEvents = true;
  syncs = 0;
  /** Bytes of each sync's request. */
  requests: number[] = [];
  log: LogEntry[] = [];
  /** Events that matter for ordering tests: "sync", "activate:X", "select:X!A1", "events:false" … */
  events: string[] = [];
  runOptions: (Excel.RunOptions | undefined)[] = [];
  private pending = 0;
  private loads: (() => void)[] = [];
  private nextId = 1;
  readonly store: boolean;
  readonly noNumberFormat: boolean;
  mergeLimit: number;
  /** Merged-area reads asked for, each as its rows "top:bottom". */
  mergeReads: string[] = [];
  /** An error an operation queued for the next sync: that sync rejects, and none of its loads arrive. */
  private failure: Error | null = null;

  constructor(sheetNames: string[] = ["Sheet1"], options: FakeOptions = {}) {
    this.store = options.store ?? true;
    this.noNumberFormat = options.noNumberFormat ?? false;
    this.mergeLimit = options.mergeLimit ?? 512;
    for (const n of sheetNames) this.addSheet(n);
    this.active = sheetNames[0] ?? "";
    this.selection = { sheet: this.active, address: "A1" };
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, `{id-${this.nextId++}}`);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.live().find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
    return s;
  }

  live(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  count(payload: unknown): void {
    this.pending += opBytes(payload);
  }

  /** As Excel: an operation that fails makes the whole request (its sync) fail. */
  failSync(error: Error): void {
    this.failure ??= error;
  }

  onSync(load: () => void): void {
    this.loads.push(load);
  }

  record(sheet: string, target: string, path: string, value: unknown): void {
    this.log.push({ sheet, target, path, value });
  }

  maxRequestBytes(): number {
    return Math.max(0, ...this.requests);
  }

  context(): Excel.RequestContext {
    const ctx = {
      workbook: new FakeWorkbook(this),
      runtime: new FakeRuntime(this),
      sync: async () => {
        this.syncs++;
        this.requests.push(this.pending);
        this.pending = 0;
        this.events.push("sync");
        const loads = this.loads;
        this.loads = [];
        const failure = this.failure;
        this.failure = null;
        if (failure) throw failure;
        for (const l of loads) l();
      },
    };
    return ctx as unknown as Excel.RequestContext;
  }

  run = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options?: Excel.RunOptions,
  ): Promise<T> => {
    this.runOptions.push(options);
    return batch(this.context());
  };
}

/** A proxy that accepts any call or property write, counts it and logs it (formats, charts …). */
function sink(fake: FakeExcel, sheet: string, target: string, path: string): unknown {
  return new Proxy(function () {}, {
    get: (_t, prop) =>
      prop === "then" || prop === "toJSON" ? undefined : sink(fake, sheet, target, `${path}.${String(prop)}`),
    set: (_t, prop, value) => {
      fake.count(value);
      fake.record(sheet, target, `${path}.${String(prop)}`, value);
      return true;
    },
    apply: (_t, _this, args) => {
      fake.count(args);
      // As the request carries them: API objects travel as references (null here), not as data.
      fake.record(sheet, target, path, JSON.parse(JSON.stringify(args)));
      return sink(fake, sheet, target, `${path}()`);
    },
  });
}

class Loadable {
  private loaded = new Set<string>();
  constructor(protected fake: FakeExcel) {}
  load(props: string): this {
    this.fake.count([props]);
    const names = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.fake.onSync(() => names.forEach((n) => this.loaded.add(n)));
    return this;
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) throw new Error(`fake Excel: "${prop}" read before load + sync`);
  }
}

class FakeRuntime extends Loadable {
  get enableEvents(): boolean {
    this.need("enableEvents");
    return this.fake.enableEvents;
  }
  set enableEvents(v: boolean) {
    this.fake.count(v);
    this.fake.events.push(`events:${v}`);
    this.fake.enableEvents = v;
  }
}

class FakeWorkbook {
  worksheets: FakeWorksheets;
  tables: FakeTables;
  application: unknown;
  constructor(private fake: FakeExcel) {
    this.worksheets = new FakeWorksheets(fake);
    this.tables = new FakeTables(fake);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        fake.count([]);
        fake.events.push("suspendCalculation");
      },
      suspendScreenUpdatingUntilNextSync: () => {
        fake.count([]);
        fake.events.push("suspendScreen");
      },
    };
  }
  getSelectedRange(): FakeRange {
    this.fake.count([]);
    const ws = new FakeWorksheet(this.fake, this.fake.sheet(this.fake.selection.sheet));
    return new FakeRange(this.fake, ws, this.fake.selection.address);
  }
}

class FakeTables extends Loadable {
  get items(): { name: string }[] {
    this.need("name");
    const live = new Set(this.fake.live().map((s) => s.name));
    return this.fake.log
      .filter((e) => e.path === "tables.add().name" && live.has(e.sheet))
      .map((e) => ({ name: String(e.value) }));
  }
}

class FakeWorksheets extends Loadable {
  get items(): FakeWorksheet[] {
    this.need("name");
    return this.fake.live().map((s) => new FakeWorksheet(this.fake, s, true));
  }
  add(name: string): FakeWorksheet {
    this.fake.count([name]);
    if (this.fake.live().some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`fake Excel: sheet name clash ${name}`);
    const s = this.fake.addSheet(name);
    this.fake.record(name, "sheet", "worksheets.add", name);
    return new FakeWorksheet(this.fake, s);
  }
  getItem(key: string): FakeWorksheet {
    this.fake.count([key]);
    const s = this.fake.live().find((x) => x.name === key || x.id === key);
    if (!s) throw Object.assign(new Error(`no sheet ${key}`), { code: "ItemNotFound" });
    return new FakeWorksheet(this.fake, s);
  }
  getActiveWorksheet(): FakeWorksheet {
    this.fake.count([]);
    return new FakeWorksheet(this.fake, this.fake.sheet(this.fake.selection.sheet));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.fake.count([key]);
    const s = this.fake.live().find((x) => x.name === key || x.id === key);
    return new FakeWorksheet(this.fake, s ?? null);
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    fake: FakeExcel,
    readonly model: FakeSheet | null,
    private readonly preloaded = false,
  ) {
    super(fake);
  }
  toJSON(): null {
    return null;
  }
  get isNullObject(): boolean {
    return this.model === null;
  }
  private get m(): FakeSheet {
    if (!this.model) throw Object.assign(new Error("null object"), { code: "ItemNotFound" });
    return this.model;
  }
  get name(): string {
    if (!this.isPreloaded()) this.need("name");
    return this.m.name;
  }
  get id(): string {
    if (!this.isPreloaded()) this.need("id");
    return this.m.id;
  }
  /** Items of a loaded collection carry the collection's loaded properties. */
  private isPreloaded(): boolean {
    return this.preloaded;
  }
  set tabColor(v: string) {
    this.fake.count(v);
    this.fake.record(this.m.name, "sheet", "tabColor", v);
  }
  get tables(): unknown {
    return sink(this.fake, this.m.name, "sheet", "tables");
  }
  get charts(): unknown {
    return sink(this.fake, this.m.name, "sheet", "charts");
  }
  get freezePanes(): unknown {
    return sink(this.fake, this.m.name, "sheet", "freezePanes");
  }
  get pageLayout(): unknown {
    return sink(this.fake, this.m.name, "sheet", "pageLayout");
  }
  getRange(address: string): FakeRange {
    this.fake.count([address]);
    return new FakeRange(this.fake, this, address);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    this.fake.count([r, c, rows, cols]);
    const address = rows * cols === 1 ? a1(r + 1, c + 1) : `${a1(r + 1, c + 1)}:${a1(r + rows, c + cols)}`;
    return new FakeRange(this.fake, this, address);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.fake.count([valuesOnly]);
    const u = this.m.usedArea();
    if (!u) return new FakeRange(this.fake, this, null);
    return new FakeRange(this.fake, this, `${a1(u.r0 + 1, u.c0 + 1)}:${a1(u.r1 + 1, u.c1 + 1)}`);
  }
  activate(): void {
    this.fake.count([]);
    this.fake.onSync(() => (this.fake.active = this.m.name));
    this.fake.events.push(`activate:${this.m.name}`);
  }
  delete(): void {
    this.fake.count([]);
    this.fake.events.push(`delete:${this.m.name}`);
    this.m.deleted = true;
  }
}

class FakeRange extends Loadable {
  private box: { top: number; left: number; bottom: number; right: number } | null;
  constructor(
    fake: FakeExcel,
    readonly worksheet: FakeWorksheet,
    readonly addr: string | null,
  ) {
    super(fake);
    const cols = addr ? /^([A-Z]+):([A-Z]+)$/.exec(addr) : null;
    const rows = addr ? /^(\d+):(\d+)$/.exec(addr) : null;
    this.box = cols
      ? parseRange(`${cols[1]}1:${cols[2]}1048576`)
      : rows
        ? parseRange(`A${rows[1]}:XFD${rows[2]}`)
        : addr
          ? parseRange(addr)
          : null;
    if (addr && !this.box) throw Object.assign(new Error(`bad address ${addr}`), { code: "InvalidArgument" });
  }
  toJSON(): null {
    return null;
  }
  get isNullObject(): boolean {
    return this.addr === null;
  }
  private get b() {
    if (!this.box) throw new Error("null range");
    return this.box;
  }
  private get sheetName(): string {
    return this.worksheet.model!.name;
  }
  get address(): string {
    this.need("address");
    return `${this.sheetName}!${this.addr}`;
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.b.top - 1;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.b.left - 1;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.b.bottom - this.b.top + 1;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.b.right - this.b.left + 1;
  }
  private grid<T>(cell: (k: string) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.b.top - 1; r < this.b.bottom; r++) {
      const row: T[] = [];
      for (let c = this.b.left - 1; c < this.b.right; c++) row.push(cell(key(r, c)));
      out.push(row);
    }
    return out;
  }
  get values(): Value[][] {
    this.need("values");
    const m = this.worksheet.model!;
    return this.grid((k) => m.cells.get(k) ?? "");
  }
  set values(v: Value[][]) {
    this.fake.count(v);
    this.fake.record(this.sheetName, this.addr!, "values", this.fake.store ? v : null);
    if (!this.fake.store) return;
    const m = this.worksheet.model!;
    v.forEach((row, r) =>
      row.forEach((x, c) => {
        const k = key(this.b.top - 1 + r, this.b.left - 1 + c);
        m.formulas.delete(k);
        // Excel stores an apostrophe-prefixed string as the text after the apostrophe; other text
        // is read as Excel reads typing, unless the cell is formatted as text ("@").
        if (typeof x === "string" && x.startsWith("'")) return void m.cells.set(k, x.slice(1));
        if (x === "") return void m.cells.delete(k);
        if (typeof x !== "string" || m.numberFormats.get(k) === "@") return void m.cells.set(k, x);
        const typed = asTyped(x);
        if (typed.formula) m.formulas.set(k, x);
        m.cells.set(k, typed.value);
      }),
    );
  }
  get formulas(): Value[][] {
    this.need("formulas");
    const m = this.worksheet.model!;
    return this.grid((k) => m.formulas.get(k) ?? m.cells.get(k) ?? "");
  }
  /** Excel gives "General" for a cell never formatted. */
  /** As Excel answers for a range: true when all its rows are hidden, false when none, null when some. */
  get rowHidden(): boolean | null {
    this.need("rowHidden");
    return this.hiddenAnswer(this.b.top, this.b.bottom, this.worksheet.model!.hiddenRows);
  }
  get columnHidden(): boolean | null {
    this.need("columnHidden");
    return this.hiddenAnswer(this.b.left, this.b.right, this.worksheet.model!.hiddenColumns);
  }
  set columnHidden(v: boolean) {
    this.fake.count(v);
    this.fake.record(this.sheetName, this.addr!, "columnHidden", v);
    if (!this.fake.store) return;
    const hidden = this.worksheet.model!.hiddenColumns;
    for (let c = this.b.left; c <= this.b.right; c++) {
      if (v) hidden.add(c);
      else hidden.delete(c);
    }
  }
  private hiddenAnswer(from: number, to: number, hidden: Set<number>): boolean | null {
    let n = 0;
    for (let i = from; i <= to; i++) if (hidden.has(i)) n++;
    return n === 0 ? false : n === to - from + 1 ? true : null;
  }
  get numberFormat(): string[][] {
    if (this.fake.noNumberFormat) return undefined as unknown as string[][];
    this.need("numberFormat");
    const m = this.worksheet.model!;
    return this.grid((k) => m.numberFormats.get(k) ?? "General");
  }
  set numberFormat(v: string[][]) {
    this.fake.count(v);
    this.fake.record(this.sheetName, this.addr!, "numberFormat", v);
    if (!this.fake.store) return;
    const m = this.worksheet.model!;
    // A 1×1 array applies to the whole range; otherwise cell by cell.
    const one = v.length === 1 && v[0].length === 1;
    for (let r = this.b.top - 1; r < this.b.bottom; r++)
      for (let c = this.b.left - 1; c < this.b.right; c++)
        m.numberFormats.set(key(r, c), one ? v[0][0] : v[r - this.b.top + 1][c - this.b.left + 1]);
  }
  private wholeRows(): boolean {
    return /^\d+:\d+$/.test(this.addr ?? "");
  }
  delete(shift: string): void {
    this.fake.count([shift]);
    this.fake.record(this.sheetName, this.addr!, "delete", shift);
    if (!this.wholeRows() || shift !== "Up")
      throw new Error(`fake Excel: only whole-row delete Up (${this.addr})`);
    for (let r = this.b.bottom - 1; r >= this.b.top - 1; r--) this.worksheet.model!.shiftRows(r, false);
  }
  insert(shift: string): void {
    this.fake.count([shift]);
    this.fake.record(this.sheetName, this.addr!, "insert", shift);
    if (!this.wholeRows() || shift !== "Down")
      throw new Error(`fake Excel: only whole-row insert Down (${this.addr})`);
    for (let r = this.b.top - 1; r < this.b.bottom; r++) this.worksheet.model!.shiftRows(r, true);
  }
  clear(applyTo: string): void {
    this.fake.count([applyTo]);
    this.fake.record(this.sheetName, this.addr!, "clear", applyTo);
    const m = this.worksheet.model!;
    for (let r = this.b.top - 1; r < this.b.bottom; r++)
      for (let c = this.b.left - 1; c < this.b.right; c++) {
        m.cells.delete(key(r, c));
        m.formulas.delete(key(r, c));
      }
  }
  getCellProperties(options: unknown): FakeResult<unknown[][]> {
    this.fake.count([options]);
    const m = this.worksheet.model!;
    const copy = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    return new FakeResult(this.fake, () => this.grid((k) => copy(m.looks.get(k) ?? DEFAULT_LOOK)));
  }
  setCellProperties(v: unknown[][]): void {
    this.fake.count([v]);
    this.fake.record(this.sheetName, this.addr!, "setCellProperties", v);
    if (!this.fake.store) return;
    const m = this.worksheet.model!;
    v.forEach((row, r) =>
      row.forEach((x, c) =>
        m.looks.set(key(this.b.top - 1 + r, this.b.left - 1 + c), JSON.parse(JSON.stringify(x))),
      ),
    );
  }
  getRowProperties(options: unknown): FakeResult<unknown[]> {
    this.fake.count([options]);
    const m = this.worksheet.model!;
    return new FakeResult(this.fake, () => {
      const out: unknown[] = [];
      for (let r = this.b.top; r <= this.b.bottom; r++) {
        const h = m.rowHeights.get(r - 1);
        out.push({
          rowHidden: m.hiddenRows.has(r),
          format: { rowHeight: h ?? 14.25, useStandardHeight: h === undefined },
        });
      }
      return out;
    });
  }
  setRowProperties(
    v: { rowHidden?: boolean; format?: { rowHeight?: number; useStandardHeight?: boolean } }[],
  ): void {
    this.fake.count([v]);
    this.fake.record(this.sheetName, this.addr!, "setRowProperties", v);
    if (!this.fake.store) return;
    const m = this.worksheet.model!;
    v.forEach((p, i) => {
      const r = this.b.top + i;
      if (p.rowHidden === true) m.hiddenRows.add(r);
      if (p.rowHidden === false) m.hiddenRows.delete(r);
      if (p.format?.useStandardHeight) m.rowHeights.delete(r - 1);
      else if (p.format?.rowHeight !== undefined) m.rowHeights.set(r - 1, p.format.rowHeight);
    });
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this.fake.count(v);
    this.fake.record(this.sheetName, this.addr!, "hyperlink", v);
  }
  get format(): unknown {
    return sink(this.fake, this.sheetName, this.addr!, "format");
  }
  get conditionalFormats(): unknown {
    return sink(this.fake, this.sheetName, this.addr!, "conditionalFormats");
  }
  merge(across?: boolean): void {
    this.fake.count([across]);
    this.fake.record(this.sheetName, this.addr!, "merge", across);
    if (!this.fake.store) return;
    const m = this.worksheet.model!;
    const b = this.b;
    if (
      m.merges.some((x) => x.top <= b.bottom && x.bottom >= b.top && x.left <= b.right && x.right >= b.left)
    )
      throw new Error(`fake Excel: merge ${this.addr} overlaps a merge`);
    m.merges.push({ top: b.top, left: b.left, bottom: b.bottom, right: b.right });
  }
  /**
   * ExcelApi 1.13, as Excel answers it (OfficeDev/office-js#3611): the merges whose first cell lies in
   * the range, each whole, as `areas` (load "areas/items/rowIndex" …).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.fake.count([]);
    const b = this.b;
    this.fake.mergeReads.push(`${b.top}:${b.bottom}`);
    const found = this.worksheet.model!.merges.filter(
      (m) => m.top >= b.top && m.top <= b.bottom && m.left >= b.left && m.left <= b.right,
    );
    // Excel: "if the merged areas count in this range is more than 512, then this method will fail".
    if (found.length > this.fake.mergeLimit)
      this.fake.failSync(
        Object.assign(new Error(`fake Excel: more than ${this.fake.mergeLimit} merged areas`), {
          code: "GeneralException",
        }),
      );
    return new FakeRangeAreas(
      this.fake,
      found.map((m) => ({ ...m })),
    );
  }
  select(): void {
    this.fake.count([]);
    this.fake.events.push(`select:${this.sheetName}!${this.addr}`);
  }
}

/** The merged areas of a range: a null object when there are none. */
class FakeRangeAreas extends Loadable {
  constructor(
    fake: FakeExcel,
    private readonly found: { top: number; left: number; bottom: number; right: number }[],
  ) {
    super(fake);
  }
  toJSON(): null {
    return null;
  }
  get isNullObject(): boolean {
    return this.found.length === 0;
  }
  get areas(): { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] } {
    if (this.isNullObject) throw new Error("fake Excel: areas of a null object");
    for (const p of ["rowIndex", "columnIndex", "rowCount", "columnCount"]) this.need(`areas/items/${p}`);
    return {
      items: this.found.map((m) => ({
        rowIndex: m.top - 1,
        columnIndex: m.left - 1,
        rowCount: m.bottom - m.top + 1,
        columnCount: m.right - m.left + 1,
      })),
    };
  }
}
