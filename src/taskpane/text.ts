/** Every text the pane shows, Chinese first. Button labels are the accessible names tests and users rely on. */
import type { Localized } from "../core/i18n";
import type { ColumnRole, LayoutKind } from "../core/record";
import type { Severity } from "./services/types";

const L = (zh: string, en: string): Localized => ({ zh, en });

export const TEXT = {
  appTitle: L("绩效目标审核助手", "Performance Target Reviewer"),
  // Main actions (accessible names in the Chinese UI are fixed by the product).
  read: L("读取选区", "Read selection"),
  parse: L("解析指标", "Parse indicators"),
  review: L("校验", "Validate"),
  compare: L("区域对比", "Compare districts"),
  cleanup: L("一键清理", "Clean up"),
  apply: L("应用", "Apply"),
  revert: L("撤销清理", "Undo cleanup"),
  download: L("下载结果", "Download results"),
  actions: L("操作", "Actions"),
  // Tabs
  tabSelection: L("识别", "Recognised"),
  tabFindings: L("校验结果", "Findings"),
  tabCompare: L("对比", "Comparison"),
  tabCleanup: L("清理", "Cleanup"),
  tabSettings: L("设置", "Settings"),
  // Busy labels
  busyRead: L("正在读取选区…", "Reading the selection…"),
  busyParse: L("正在解析指标…", "Parsing indicators…"),
  busyReview: L("正在校验…", "Validating…"),
  busyCompare: L("正在对比各区…", "Comparing districts…"),
  busyCleanup: L("正在查找可清理的内容…", "Looking for things to clean up…"),
  busyApply: L("正在应用清理…", "Applying the cleanup…"),
  busyRevert: L("正在撤销清理…", "Undoing the cleanup…"),
  busyDownload: L("正在准备下载…", "Preparing the download…"),
  busySettings: L("正在保存设置…", "Saving the settings…"),
  progress: L("处理中", "Working"),
  cancel: L("取消", "Cancel"),
  cancelling: L("正在取消…", "Cancelling…"),
  dismiss: L("关闭提示", "Dismiss"),
  // Selection
  nothingRead: L(
    "先在工作表中选中绩效目标表（或只选一个单元格，表示整张工作表），再点“读取选区”或直接点上面的操作按钮。",
    "Select the performance-target table on the sheet (or a single cell for the whole sheet), then click Read selection or any action above.",
  ),
  selectionOf: L("选区", "Selection"),
  layout: L("版式", "Layout"),
  headerRow: L("表头行", "Header row"),
  projects: L("项目", "Projects"),
  indicators: L("指标", "Indicators"),
  columns: L("识别出的列", "Recognised columns"),
  noColumn: L("（无）", "(none)"),
  mappingHint: L(
    "如果某一列认错了，在这里改正后点“按此重新识别”。工作表本身不会被修改。",
    "If a column was recognised wrongly, correct it here and click Re-read with this mapping. The sheet itself is not changed.",
  ),
  reparse: L("按此重新识别", "Re-read with this mapping"),
  resetMapping: L("恢复自动识别", "Back to automatic"),
  repeatedHeaders: L("跳过的重复表头行", "Repeated header rows skipped"),
  categoryColumns: L("按类别分列的指标", "Indicators in a column per category"),
  placeColumns: L("按地区分列的目标值", "Targets in a column per place"),
  messages: L("提示", "Notes"),
  // Findings
  noFindingsYet: L(
    "点“校验”后，这里按严重程度列出发现的问题。",
    "Click Validate to list the findings here, by severity.",
  ),
  noFindings: L("没有发现问题。", "No findings."),
  filterRule: L("按规则筛选", "Filter by rule"),
  filterProject: L("按项目筛选", "Filter by project"),
  all: L("全部", "All"),
  fix: L("建议：", "Suggested fix: "),
  goToCell: L("转到单元格", "Go to cell"),
  showMore: L("显示更多", "Show more"),
  // Compare
  grouping: L("项目分组方式", "How projects are grouped"),
  groupAuto: L(
    "自动：项目名称去掉区名后相同的为一组",
    "Automatic: same project name once the district is removed",
  ),
  groupColumn: L("按某一列分组", "By a column"),
  groupManual: L("手动选择要对比的项目", "Pick the projects by hand"),
  groupColumnPick: L("分组列", "Grouping column"),
  programsFound: L("将要对比的项目组", "Programs to compare"),
  noPrograms: L(
    "没有找到可以对比的项目组：同一项目至少要有两个区。",
    "No program to compare: a program needs at least two districts.",
  ),
  noCompareYet: L(
    "点“区域对比”后，这里显示各项目组的对比摘要。",
    "Click Compare districts to see a summary per program here.",
  ),
  noFlags: L("各区指标没有明显差异。", "No notable differences between districts."),
  districts: L("区", "Districts"),
  // Cleanup
  noCleanupYet: L(
    "点“一键清理”先预览要修改的单元格；勾选后点“应用”。每项修改都记入“清理日志”，可随时撤销。",
    "Click Clean up to preview the cell edits; tick what you want and click Apply. Every edit goes into the cleanup log and can be undone.",
  ),
  noEdits: L("没有需要清理的内容。", "Nothing to clean up."),
  before: L("原文", "Before"),
  after: L("修改为", "After"),
  selectedEdits: L("已勾选", "Selected"),
  removedRow: L("（删除整行）", "(row removed)"),
  emptiedCell: L("（清空）", "(emptied)"),
  emptyCell: L("（空）", "(empty)"),
  // Settings
  reviewRules: L("校验规则", "Review rules"),
  satisfactionMin: L("满意度目标最低值（%）", "Lowest acceptable satisfaction target (%)"),
  outlierRatio: L("异常倍数（与中位数相比）", "Outlier ratio (to the median)"),
  robustZ: L("同时使用稳健 z 分数", "Also use the robust z-score"),
  zThreshold: L("z 分数阈值", "z-score threshold"),
  cleanupRules: L("清理规则", "Cleanup rules"),
  saveSettings: L("保存设置", "Save settings"),
  settingsSaved: L("设置已保存到此工作簿。", "Settings saved in this workbook."),
  notAvailable: L("（此版本暂不可用）", "(not available in this build)"),
  loadingRules: L("正在加载规则…", "Loading the rules…"),
  // Results of actions
  wroteSheets: L("已写入新工作表：", "Written to new sheet(s): "),
  noTable: L("没有识别出表格。", "No table recognised."),
};

export const SEVERITY_TEXT: Record<Severity, Localized> = {
  error: L("错误", "Errors"),
  warning: L("警告", "Warnings"),
  info: L("提示", "Notes"),
};

export const LAYOUT_TEXT: Record<LayoutKind, Localized> = {
  packed: L("每个项目一行，指标写在一个单元格里", "One row per project, indicators in one cell"),
  rows: L("每条指标一行（一级/二级/三级/指标值）", "One indicator per row (level 1/2/3/target)"),
  text: L("自由文本", "Free text"),
  lines: L(
    "每条指标一行，各列挤在一个单元格里（从 PDF 复制）",
    "One indicator per row, its columns in one cell (copied from a PDF)",
  ),
};

export const ROLE_TEXT: Record<ColumnRole, Localized> = {
  department: L("主管部门", "Department"),
  budgetUnit: L("预算单位", "Budget unit"),
  project: L("项目名称", "Project"),
  goal: L("绩效目标", "Performance goal"),
  indicators: L("绩效指标", "Indicators"),
  level1: L("一级指标", "Level 1"),
  level2: L("二级指标", "Level 2"),
  level3: L("三级指标", "Level 3 (indicator)"),
  target: L("指标值", "Target"),
  unit: L("计量单位", "Unit"),
  nature: L("指标性质", "Nature"),
  direction: L("指标方向", "Direction"),
  weight: L("权重", "Weight"),
};

export const ROLE_ORDER: ColumnRole[] = [
  "department",
  "budgetUnit",
  "project",
  "goal",
  "indicators",
  "level1",
  "level2",
  "level3",
  "target",
  "unit",
  "nature",
  "direction",
  "weight",
];
