/**
 * The indicator record as the parser builds it: an instance of a class rather than an object literal.
 * V8 fills a constructor's 24 fields far faster than it copies a literal boilerplate of that size: the bench's
 * whole parse took 6–14% less time, measured A/B in one process (`npm run bench:ab`; docs/notes/probes.md,
 * 2 December, evening).
 * The fields are record.md's, assigned in its order, so JSON, spreads and `toEqual` see the same record.
 */
import type {
  Comparator,
  IndicatorKind,
  IndicatorRecord,
  Level1,
  Level2,
  PriorValue,
  ProjectInfo,
  RowTotal,
} from "../record";
import type { RecordParts } from "./builder";

/** One indicator: its source's words from `parts` and the project `p`, the rest as the target was read. */
export class Indicator implements IndicatorRecord {
  sheet: string;
  row: number;
  cell: string;
  project: string;
  budgetUnit: string;
  department: string;
  district: string | null;
  seq: number | null;
  level1: Level1 | null;
  level2: Level2 | null;
  level2Inferred: Level2 | null;
  name: string;
  target: string;
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  unit: string;
  kind: IndicatorKind;
  date: string | null;
  text: string;
  projectId: number;
  direction: string | null;
  // Set later, where they apply: declared only, so a record without them has no such key.
  declare percentFraction?: true;
  declare rowTotal?: RowTotal;
  declare prior?: PriorValue;
  declare weight?: { cell: string; value: number };

  constructor(
    sheet: string,
    row: number,
    cell: string,
    p: ProjectInfo,
    parts: RecordParts,
    level1: Level1 | null,
    level2: Level2 | null,
    level2Inferred: Level2 | null,
    name: string,
    comparator: Comparator | null,
    value: number | null,
    valueMax: number | null,
    unit: string,
    kind: IndicatorKind,
    date: string | null,
  ) {
    this.sheet = sheet;
    this.row = row;
    this.cell = cell;
    this.project = p.project;
    this.budgetUnit = p.budgetUnit;
    this.department = p.department;
    this.district = p.district;
    this.seq = parts.seq;
    this.level1 = level1;
    this.level2 = level2;
    this.level2Inferred = level2Inferred;
    this.name = name;
    this.target = parts.target;
    this.comparator = comparator;
    this.value = value;
    this.valueMax = valueMax;
    this.unit = unit;
    this.kind = kind;
    this.date = date;
    this.text = parts.text;
    this.projectId = p.id;
    this.direction = parts.direction ?? null;
  }
}
