/** Types for preflight.js (plain ES5, so it runs in IE11); the pane may read window.PTR_PREFLIGHT. */

export type Webview = "trident" | "edgehtml" | "modern";
export type BlockReason = "trident" | "edgehtml" | "office-js" | "excel-api";

export interface PreflightEnv {
  userAgent?: string;
  language?: string;
  officeLoaded?: boolean;
  /** Office.onReady's host; "Excel" inside Excel. */
  host?: string | null;
  /** ExcelApi versions → supported. */
  supports?: Record<string, boolean>;
  officeJsUrl?: string;
}

export interface FeatureOff {
  /** e.g. "ExcelApi 1.9" */
  set: string;
  zh: string;
  en: string;
}

export interface PreflightDecision {
  ok: boolean;
  reason: BlockReason | null;
  lang: "zh" | "en";
  webview: Webview;
  inExcel: boolean;
  missing: string[];
  featuresOff: FeatureOff[];
  officeJsUrl: string;
}

export interface PreflightMessage {
  title: string;
  why: string;
  todo: string;
}

export function decide(env: PreflightEnv): PreflightDecision;
export function webviewOf(userAgent: string): Webview;
export function languageOf(locale: string | undefined): "zh" | "en";
export function messageFor(decision: PreflightDecision, lang: "zh" | "en"): PreflightMessage | null;
export function noticeFor(decision: PreflightDecision, lang: "zh" | "en"): string | null;
export function start(win: Window): void;
