/** HEADER-REPEAT: remove the header rows that page breaks repeated inside the table (see table.ts). */
import type { RowRule } from "../types";

export const headerRepeatRule: RowRule = {
  id: "HEADER-REPEAT",
  kind: "row",
  name: { zh: "重复表头行", en: "Repeated header rows" },
  description: {
    zh: "删除表格中间重复出现的表头行（分页复制时常见）；删除的整行记入清理日志，可撤销。",
    en: "Remove header rows repeated inside the table (left by page breaks); the removed row is logged and can be restored.",
  },
  defaultMode: "apply",
};
