/** Types for config/deploy.js (CommonJS, required by webpack.config.js). */
import type { WebpackPluginInstance } from "webpack";

export const OFFICE_CDN: { global: string; china: string };

export interface DeployTarget {
  /** https://host/path/ (always ending in "/"), or null for the development build. */
  baseUrl: string | null;
  /** Four-part manifest version, or null for the development build. */
  version: string | null;
  officeCdn: keyof typeof OFFICE_CDN;
  officeJsUrl: string;
  /** Content-hashed bundle names (deploy builds). */
  hashed: boolean;
  /** The pre-flight script's file name in the output. */
  preflightFile: string;
}

export class DeployError extends Error {}

export function resolveTarget(
  env?: Record<string, unknown>,
  io?: { now?: Date; manifestXml?: string; preflightJs?: string },
): DeployTarget;
export function normaliseBaseUrl(raw: string): string;
export function automaticVersion(manifestXml: string, now: Date): string;
export function bundleName(target: DeployTarget): string;
export function pageParameters(target: DeployTarget): { officeJsUrl: string; preflightSrc: string };
export function rewriteManifest(xml: string, target: DeployTarget): string;
export function plugins(target: DeployTarget): WebpackPluginInstance[];
