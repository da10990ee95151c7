/** The engine's name and version, shown in the task pane and printed by the CLI. */
export const ENGINE_NAME = "绩效目标审核助手";
export const ENGINE_NAME_EN = "Performance Target Reviewer";
export const ENGINE_VERSION = "0.1.0";
