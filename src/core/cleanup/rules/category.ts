/** CATEGORY: local category labels → the canonical 2015/2021 labels (off by default). */
import { HAN } from "../chars";
import type { TextRule } from "../types";

/** Variant → canonical label (../shared/domain/record.md). Longest variants are matched first. */
export const CATEGORY_LABELS: Record<string, string> = {
  项目完成指标: "产出指标",
  预期产出指标: "产出指标",
  项目效益指标: "效益指标",
  效果指标: "效益指标",
  "数量指标(或建筑规模指标)": "数量指标",
  "数量指标（或建筑规模指标）": "数量指标",
  "时效指标(工期指标)": "时效指标",
  "时效指标（工期指标）": "时效指标",
  "预算(或投资规模)控制指标": "成本指标",
  "预算（或投资规模）控制指标": "成本指标",
  可持续性发展影响指标: "可持续影响指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  服务对象或受益者满意度指标: "服务对象满意度指标",
  环境效益指标: "生态效益指标",
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERN = new RegExp(
  Object.keys(CATEGORY_LABELS)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|"),
  "g",
);

/**
 * A variant is replaced only as a whole label: not inside a longer one (生态环境效益指标 is not 生态 +
 * 环境效益指标, which became 生态生态效益指标).
 */
export function fixCategories(text: string): string {
  return text.replace(PATTERN, (m: string, at: number, whole: string) =>
    HAN.test(whole[at - 1] ?? "") || HAN.test(whole[at + m.length] ?? "") ? m : (CATEGORY_LABELS[m] ?? m),
  );
}

export const categoryRule: TextRule = {
  id: "CATEGORY",
  kind: "text",
  name: { zh: "指标类别名称", en: "Category labels" },
  description: {
    zh: "把地方写法的指标类别改为规范名称（如 项目完成指标 → 产出指标）。默认不启用。",
    en: "Canonical category labels (e.g. 项目完成指标 → 产出指标). Off by default.",
  },
  defaultMode: "off",
  fix: fixCategories,
};
