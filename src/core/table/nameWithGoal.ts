/**
 * 项目名称及绩效目标 (吴忠利通's published tables): one column holding the project's name, then its goal —
 * 利通区职业技能提升培训项目（人社局）：开展职业技能培训，…, or the name on a line of its own above the goal.
 */

/** The header of such a column, as normalizeHeader gives it. */
export const NAME_AND_GOAL_HEADER = /^项目(?:名称)?[及和与、](?:项目)?(?:年度|主要|总体)?(?:绩效)?目标$/;

/** 项目名称： before the name, when the cell labels its two parts. */
const NAME_LABEL = /^\s*项目(?:名称)?\s*[:：]\s*/;
/** 绩效目标, 年度目标 … left at the end of the name when the goal's label follows it on its line. */
const GOAL_LABEL_END = /[\s,，;；。]*(?:项目)?(?:年度|主要|总体)?(?:绩效)?目标\s*$/;
/** （人社局）: the department written short in brackets after the name. */
const DEPARTMENT_BRACKET =
  /\s*[(（]\s*([\u4e00-\u9fa5]{1,12}?(?:局|委|委员会|办|办公室|中心|院|站|所|政府|部|队|厅|会))\s*[)）]\s*$/;

export interface NameAndGoal {
  name: string;
  goal: string;
  /** The department the name's bracket names (人社局), else "". */
  department: string;
}

/**
 * The name and the goal of a 项目名称及绩效目标 cell: the name is the text before the goal's start (a line
 * break, or a colon: 某项目：目标…, 某项目 绩效目标：…), a department in brackets after it set apart; with
 * neither, the whole cell is the name.
 */
export function splitNameAndGoal(cell: string): NameAndGoal {
  const text = cell.replace(NAME_LABEL, "").trim();
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 58 /* : */ || c === 0xff1a /* ： */) {
      end = i;
      break;
    }
  }
  if (end < 0) return { name: text, goal: "", department: "" };
  let name = text.slice(0, end).trim();
  const goal = text
    .slice(end + 1)
    .replace(/^\s*(?:(?:年度|主要|总体)?(?:绩效)?目标\s*[:：])?\s*/, "")
    .trim();
  name = name.replace(GOAL_LABEL_END, "").trim() || name;
  let department = "";
  const bracket = DEPARTMENT_BRACKET.exec(name);
  if (bracket && bracket.index > 0) {
    department = bracket[1];
    name = name.slice(0, bracket.index).trim();
  }
  return { name, goal, department };
}
