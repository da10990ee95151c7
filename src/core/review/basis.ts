/** The documents rules rest on, quoted once so that every rule cites them the same way. */
import type { Localized } from "../i18n";

export const BASIS = {
  categories: {
    zh: "财预〔2015〕88号《中央部门预算绩效目标管理办法》：绩效指标主要包括产出指标、效益指标和满意度指标；审核绩效目标的完整性。",
    en: "Caiyu [2015] No. 88 (performance-target rules for central departments): indicators comprise output, effect and satisfaction indicators; targets are reviewed for completeness.",
  },
  cost2021: {
    zh: "财预〔2021〕101号《项目支出核心绩效目标和指标设置及取值指引（试行）》：成本指标列为一级指标（经济成本、社会成本、生态环境成本）；单位成本无法拆分核算的，可设定分项成本控制数。",
    en: "Caiyu [2021] No. 101 (guide to core targets and indicators): cost is a first-level indicator (economic, social, environmental cost); where unit cost cannot be separated, set itemised cost caps.",
  },
  quantify: {
    zh: "财预〔2015〕88号“细化量化”原则；财预〔2011〕285号：尽量进行定量表述，不能以量化形式表述的，可以采用定性的分级分档形式表述。",
    en: "Caiyu [2015] No. 88 (targets must be specific and quantified); Caiyu [2011] No. 285: state targets quantitatively where possible, otherwise as graded qualitative levels.",
  },
  accuracy: {
    zh: "财预〔2015〕88号适当性、可行性审核；审核要点：指标性质、指标方向、目标值和计量单位的准确性和合理性。",
    en: "Caiyu [2015] No. 88 (appropriateness and feasibility review): the nature, direction, target value and unit of each indicator must be accurate and reasonable.",
  },
  satisfaction: {
    zh: "财预〔2015〕88号：满意度指标反映服务对象或项目受益人的认可程度，目标值应合理可行（适当性、可行性审核）。",
    en: "Caiyu [2015] No. 88: satisfaction indicators reflect how beneficiaries rate the project; the target must be reasonable and feasible.",
  },
  relevance: {
    zh: "财预〔2015〕88号相关性审核：绩效指标应与绩效目标、项目内容相对应，清晰反映预期产出和效果，投入（资金、人员）不是产出。",
    en: "Caiyu [2015] No. 88 (relevance review): indicators must match the target and the project, and reflect expected outputs and effects; inputs (money, staff) are not outputs.",
  },
  goal: {
    zh: "财预〔2015〕88号：绩效目标应指向明确，清晰反映该项目预算资金的预期产出和效果。",
    en: "Caiyu [2015] No. 88: a performance target must be specific to its project and state the expected outputs and effects of its funds.",
  },
  clarity: {
    zh: "财预〔2015〕88号完整性审核：绩效目标表填报内容应规范、清晰、无误。",
    en: "Caiyu [2015] No. 88 (completeness review): the target table must be filled in correctly and clearly.",
  },
  fines: {
    zh: "《中华人民共和国行政处罚法》第七十四条：罚款、没收的违法所得或者没收非法财物拍卖的款项，不得同作出行政处罚决定的行政机关及其工作人员的考核、考评直接或者变相挂钩。",
    en: "Administrative Penalty Law, art. 74: fines and confiscated proceeds must not be tied, directly or indirectly, to the appraisal of the body that imposes them or its staff.",
  },
} satisfies Record<string, Localized>;
