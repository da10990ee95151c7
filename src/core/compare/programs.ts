/** Projects → programs: the same project filed by several districts, possibly from several files. */
import type { IndicatorRecord, ProjectInfo } from "../record";
import { findDistrict, programKey, stripDistrict } from "./districts";
import { mode, preferText } from "./stats";
import { projectRef, type CompareSource, type Grouping } from "./types";

export interface ProgramEntry {
  /** Column label: the district, or the project name when no district is known. */
  district: string;
  projects: { project: ProjectInfo; source: string }[];
  records: { record: IndicatorRecord; source: string }[];
}

export interface ProgramGroup {
  name: string;
  entries: ProgramEntry[];
}

interface Member {
  ref: string;
  project: ProjectInfo;
  source: string;
  district: string | null;
  records: IndicatorRecord[];
}

function members(sources: CompareSource[]): Member[] {
  const out: Member[] = [];
  sources.forEach((src, si) => {
    const byProject = new Map<number, IndicatorRecord[]>();
    for (const r of src.indicators) {
      const list = byProject.get(r.projectId) ?? [];
      list.push(r);
      byProject.set(r.projectId, list);
    }
    for (const p of src.projects) {
      // The file name is a last resort, and only when districts send separate files.
      const district =
        p.district ??
        findDistrict(p.project) ??
        (p.budgetUnit ? findDistrict(p.budgetUnit) : null) ??
        (sources.length > 1 ? findDistrict(src.label) : null);
      out.push({
        ref: projectRef(si, p.id),
        project: p,
        source: src.label,
        district,
        records: byProject.get(p.id) ?? [],
      });
    }
  });
  return out;
}

function toGroup(name: string, list: Member[]): ProgramGroup {
  const entries = new Map<string, ProgramEntry>();
  for (const m of list) {
    const label = m.district ?? m.project.project;
    const e = entries.get(label) ?? { district: label, projects: [], records: [] };
    e.projects.push({ project: m.project, source: m.source });
    for (const r of m.records) e.records.push({ record: r, source: m.source });
    entries.set(label, e);
  }
  return { name, entries: [...entries.values()] };
}

/** The name most members use (a leading year dropped); ties go to the shorter. */
function commonName(list: Member[], nameOf: (m: Member) => string): string {
  const names = list.map((m) => nameOf(m).replace(/^\s*\d{4}\s*年度?/, "") || nameOf(m));
  return mode(names, preferText)?.value ?? names[0];
}

function groupBy(
  list: Member[],
  keyOf: (m: Member) => string | null,
  nameOf: (m: Member) => string,
): ProgramGroup[] {
  const groups = new Map<string, Member[]>();
  for (const m of list) {
    const k = keyOf(m);
    if (k === null || k === "") continue;
    const g = groups.get(k) ?? [];
    g.push(m);
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => toGroup(commonName(g, nameOf), g));
}

/** Programs with at least two entries (districts), in order of first appearance. */
export function groupPrograms(sources: CompareSource[], grouping: Grouping = { by: "name" }): ProgramGroup[] {
  const all = members(sources);
  let groups: ProgramGroup[];
  switch (grouping.by) {
    case "name":
      groups = groupBy(
        all.filter((m) => m.district !== null),
        (m) => programKey(stripDistrict(m.project.project, m.district)),
        (m) => stripDistrict(m.project.project, m.district),
      );
      break;
    case "field":
      groups = groupBy(
        all,
        (m) => m.project[grouping.field].trim() || null,
        (m) => m.project[grouping.field].trim(),
      );
      break;
    case "keys":
      groups = groupBy(
        all,
        (m) => grouping.keys[m.ref]?.trim() || null,
        (m) => grouping.keys[m.ref].trim(),
      );
      break;
    case "projects": {
      const picked = new Set(grouping.projects);
      const list = all.filter((m) => picked.has(m.ref));
      if (list.length === 0) return [];
      const names = new Set(list.map((m) => stripDistrict(m.project.project, m.district)));
      const name = grouping.name ?? (names.size === 1 ? [...names][0] : "所选项目");
      groups = [toGroup(name, list)];
      break;
    }
  }
  return groups.filter((g) => g.entries.length >= 2);
}
