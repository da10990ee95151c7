/**
 * Build settings for hosting the add-in somewhere other than the development server.
 *
 *   npm run build -- --env baseUrl=https://host/path/ [--env version=1.2.3.4] [--env officeCdn=china]
 *
 * webpack.config.js calls these functions; everything here is plain data in, plain data out, so the
 * jest tests call them directly too (test/deploy/config.test.ts).
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PREFLIGHT = path.join(ROOT, "src/preflight/preflight.js");

/** Where the pages load Office.js from. 21Vianet tenants cannot reach Microsoft's global CDN. */
const OFFICE_CDN = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

/** The development server's address as written in manifest.xml (any port). */
const DEV_URL = /https:\/\/localhost(?::\d+)?\//g;

/** Automatic versions count hours from this moment (fourth part stays below 65,535 until 2031). */
const VERSION_EPOCH = Date.UTC(2024, 0, 1);

class DeployError extends Error {
  constructor(zh, en) {
    super(`${zh}\n${en}`);
    this.name = "DeployError";
  }
}

/** https://host/path → https://host/path/ ; rejects what Office would not load. */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    throw new DeployError(`baseUrl 不是有效的网址：${raw}`, `baseUrl is not a valid URL: ${raw}`);
  }
  if (url.protocol !== "https:")
    throw new DeployError(
      `baseUrl 必须以 https:// 开头（Office 只从 https 地址加载加载项）：${raw}`,
      `baseUrl must start with https:// (Office loads add-ins over https only): ${raw}`,
    );
  if (url.search || url.hash || url.username || url.password)
    throw new DeployError(
      `baseUrl 不能带查询参数、#片段或用户名：${raw}`,
      `baseUrl must not carry a query, a #fragment or credentials: ${raw}`,
    );
  if (url.hostname === "localhost")
    throw new DeployError(
      "baseUrl 指向 localhost；开发时请直接运行 npm run build（不带 baseUrl）",
      "baseUrl points at localhost; for development run npm run build without baseUrl",
    );
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}

/** Office wants one to four dot-separated numbers of at most five digits. */
function checkVersion(raw) {
  const v = String(raw);
  if (!/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/.test(v))
    throw new DeployError(
      `version 必须是四段数字，例如 1.2.3.4：${raw}`,
      `version must be four numbers such as 1.2.3.4: ${raw}`,
    );
  return v;
}

/**
 * The automatic version: manifest.xml's first three parts and, as the fourth, the hours since
 * 2024-01-01 UTC, so every later build (an hour apart or more) has a higher version and Office
 * refreshes its cached copy of the manifest.
 */
function automaticVersion(manifestXml, now) {
  const match = /<Version>\s*([\d.]+)\s*<\/Version>/.exec(manifestXml);
  const parts = (match ? match[1] : "1.0.0").split(".").concat(["0", "0", "0"]).slice(0, 3);
  const hours = Math.max(0, Math.floor((now.getTime() - VERSION_EPOCH) / 3600000));
  return `${parts.join(".")}.${hours}`;
}

function contentHash(text) {
  return crypto.createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * Reads webpack's --env into a deploy target. Without baseUrl the build stays the development
 * build (localhost manifest untouched, nothing extra written). Throws DeployError for bad input.
 * @param {Record<string, unknown>} env
 * @param {{now?: Date, manifestXml?: string, preflightJs?: string}} [io] for tests
 */
function resolveTarget(env = {}, io = {}) {
  const cdn = env.officeCdn === undefined || env.officeCdn === true ? "global" : String(env.officeCdn);
  if (!Object.prototype.hasOwnProperty.call(OFFICE_CDN, cdn))
    throw new DeployError(
      `officeCdn 只能是 ${Object.keys(OFFICE_CDN).join(" 或 ")}：${cdn}`,
      `officeCdn must be ${Object.keys(OFFICE_CDN).join(" or ")}: ${cdn}`,
    );
  const hasBase = typeof env.baseUrl === "string" && env.baseUrl !== "";
  if (!hasBase && env.version !== undefined)
    throw new DeployError("version 需要和 baseUrl 一起使用", "version needs baseUrl");
  const preflightJs = io.preflightJs ?? fs.readFileSync(PREFLIGHT, "utf8");
  if (!hasBase)
    return {
      baseUrl: null,
      version: null,
      officeCdn: cdn,
      officeJsUrl: OFFICE_CDN[cdn],
      hashed: false,
      preflightFile: "preflight.js",
    };
  const manifestXml = io.manifestXml ?? fs.readFileSync(MANIFEST, "utf8");
  return {
    baseUrl: normaliseBaseUrl(env.baseUrl),
    version:
      env.version !== undefined
        ? checkVersion(env.version)
        : automaticVersion(manifestXml, io.now ?? new Date()),
    officeCdn: cdn,
    officeJsUrl: OFFICE_CDN[cdn],
    // Hashed names let the server cache scripts for a year (docs/deploy/nginx); pages stay no-cache.
    hashed: true,
    preflightFile: `preflight.${contentHash(preflightJs)}.js`,
  };
}

/** output.filename for the bundles. */
function bundleName(target) {
  return target.hashed ? "[name].[contenthash:8].js" : "[name].js";
}

/** Values the page templates use: <%= officeJsUrl %>, <%= preflightSrc %>. */
function pageParameters(target) {
  return { officeJsUrl: target.officeJsUrl, preflightSrc: target.preflightFile };
}

/**
 * The development manifest rewritten for the host: every https://localhost:port/ URL → baseUrl,
 * <Version> → target.version, AppDomains dropped (the pages' own origin needs none). Throws if any
 * localhost reference is left, so a new URL added to manifest.xml in another form cannot slip through.
 */
function rewriteManifest(xml, target) {
  let out = xml.replace(DEV_URL, target.baseUrl);
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${target.version}</Version>`);
  out = out.replace(/\s*<AppDomains>[\s\S]*?<\/AppDomains>/, "");
  out = out.replace(
    /<!--[\s\S]*?-->/,
    `<!--\n  绩效目标审核助手 (Performance Target Reviewer) for ${target.baseUrl}, version ${target.version},\n` +
      `  Office.js from the ${target.officeCdn} CDN. Generated by npm run build from manifest.xml: edit that file, not this one.\n-->`,
  );
  if (/localhost/i.test(out))
    throw new DeployError(
      "manifest.xml 中仍有 localhost 地址未被替换",
      "manifest.xml still has a localhost address after rewriting",
    );
  return out;
}

/**
 * Emits the pre-flight script (under its hashed name) and, for a deploy build, manifest.xml.
 * The pre-flight file is copied byte for byte: the file the jest tests load is the file that ships.
 */
class DeployAssetsPlugin {
  constructor(target) {
    this.target = target;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("DeployAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DeployAssetsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(PREFLIGHT);
          // minimized: true keeps Terser off it, so what ships is exactly what the tests parse as ES5.
          compilation.emitAsset(this.target.preflightFile, new RawSource(fs.readFileSync(PREFLIGHT)), {
            minimized: true,
          });
          if (!this.target.baseUrl) return;
          compilation.fileDependencies.add(MANIFEST);
          const xml = rewriteManifest(fs.readFileSync(MANIFEST, "utf8"), this.target);
          compilation.emitAsset("manifest.xml", new RawSource(xml));
          compilation
            .getLogger("deploy")
            .info(
              `manifest.xml for ${this.target.baseUrl}, version ${this.target.version}, Office.js ${this.target.officeJsUrl}`,
            );
        },
      );
    });
  }
}

/** Plugins to add to the webpack config. */
function plugins(target) {
  return [new DeployAssetsPlugin(target)];
}

module.exports = {
  OFFICE_CDN,
  DeployError,
  resolveTarget,
  normaliseBaseUrl,
  automaticVersion,
  bundleName,
  pageParameters,
  rewriteManifest,
  plugins,
};
