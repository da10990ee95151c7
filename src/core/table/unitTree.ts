/**
 * Yunnan's 单位名称、项目名称 column: a department and its units on rows of their own, indented or not,
 * above their projects. Which rows are such levels, and the levels above the next project.
 */
import { trimSpaces } from "../text/chars";

/** A department or unit of a 单位名称、项目名称 column, and how far it is indented. */
export interface TreeLevel {
  indent: number;
  name: string;
}

/**
 * The levels above the next project once a row indented by `raw`'s leading spaces names `name`. Right
 * under another level (no project between) it is one level deeper, indented or not; after a project it
 * takes the place of the last level if indented as it is (a sibling unit), else deeper levels give way.
 */
export function treeAfter(tree: TreeLevel[], raw: string, name: string, underLevel: boolean): TreeLevel[] {
  let indent = 0;
  while (indent < raw.length && /\s/.test(raw[indent])) indent++;
  const last = tree[tree.length - 1];
  if (underLevel && last && indent >= last.indent) return [...tree, { indent, name }];
  if (last && last.indent === indent) return [...tree.slice(0, -1), { indent, name }];
  return [...tree.filter((t) => t.indent < indent), { indent, name }];
}

/**
 * In a 单位名称、项目名称 column, whether the next filled row names something there too (a unit under a
 * department, a project under a unit): then row `r` is a level above projects. A project whose indicators
 * start on the rows below its name has a blank cell there instead.
 */
export function nextNamesLevel(texts: string[][], r: number, col: number): boolean {
  for (let k = r + 1; k < texts.length; k++) {
    if (!texts[k].some((t) => trimSpaces(t))) continue;
    return !!trimSpaces(texts[k][col] ?? "");
  }
  return false;
}
