// Reports the gzipped size of the task pane's initial JavaScript after every build, and fails the
// build above the budget (issue 6: at most 300 KB), so a heavy import is caught the day it lands.
const zlib = require("zlib");

const BUDGET_BYTES = 300 * 1024;

class BundleSizePlugin {
  constructor(entry = "taskpane", budget = BUDGET_BYTES) {
    this.entry = entry;
    this.budget = budget;
  }

  apply(compiler) {
    compiler.hooks.emit.tap("BundleSizePlugin", (compilation) => {
      const entrypoint = compilation.entrypoints.get(this.entry);
      if (!entrypoint) return;
      let gz = 0;
      // The pre-flight script runs before the bundle on the same page, so it counts too.
      const preflight = compilation.getAssets().filter((a) => /^preflight[.\w-]*\.js$/.test(a.name));
      const files = [
        ...preflight.map((a) => a.name),
        ...entrypoint.getFiles().filter((f) => f.endsWith(".js")),
      ];
      for (const file of files) {
        const asset = compilation.getAsset(file);
        if (asset) gz += zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
      }
      const kb = (gz / 1024).toFixed(1);
      const line = `任务窗格初始 JavaScript（gzip）Task pane initial JavaScript (gzip): ${kb} KB / ${this.budget / 1024} KB (${files.join(", ")})`;
      if (gz > this.budget) compilation.errors.push(new Error(`${line} — 超出预算 over budget`));
      else compilation.logger.info(line);
    });
  }
}

module.exports = { BundleSizePlugin, BUDGET_BYTES };
