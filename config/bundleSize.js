// Reports the gzipped size of the task pane's JavaScript after every build: what the first screen loads
// (the pre-flight script and the entrypoint's initial chunks), held to a budget so a heavy import is
// caught the day it lands, and each chunk loaded later by import() (the engine), reported beside it.
//
// Issue 6 asked for at most 300 KB. Since the engine loads on first use (src/taskpane/shared/onFirstUse.ts)
// the first screen is held to 200 KB: a static import that pulls the engine back into it fails the build.
const zlib = require("zlib");

const BUDGET_BYTES = 200 * 1024;

const gzipped = (compilation, file) => {
  const asset = compilation.getAsset(file);
  return asset ? zlib.gzipSync(asset.source.buffer(), { level: 9 }).length : 0;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

class BundleSizePlugin {
  constructor(entry = "taskpane", budget = BUDGET_BYTES) {
    this.entry = entry;
    this.budget = budget;
  }

  apply(compiler) {
    compiler.hooks.emit.tap("BundleSizePlugin", (compilation) => {
      const entrypoint = compilation.entrypoints.get(this.entry);
      if (!entrypoint) return;
      // The pre-flight script runs before the bundle on the same page, so it counts too.
      const preflight = compilation.getAssets().filter((a) => /^preflight[.\w-]*\.js$/.test(a.name));
      const files = [
        ...preflight.map((a) => a.name),
        ...entrypoint.getFiles().filter((f) => f.endsWith(".js")),
      ];
      let gz = 0;
      for (const file of files) gz += gzipped(compilation, file);
      // Chunks the pane loads with import() after the first screen: not in the budget, but in the report.
      const initial = new Set(files);
      const lazy = [];
      for (const chunk of entrypoint.chunks ?? [])
        for (const async of chunk.getAllAsyncChunks())
          for (const file of async.files)
            if (file.endsWith(".js") && !initial.has(file) && !lazy.some((l) => l.file === file))
              lazy.push({ file, gz: gzipped(compilation, file) });
      // The engine's worker (src/taskpane/services/engineWorker.ts): its own entry, started on first use.
      for (const worker of compilation.asyncEntrypoints ?? [])
        for (const file of worker.getFiles())
          if (file.endsWith(".js") && !initial.has(file) && !lazy.some((l) => l.file === file))
            lazy.push({ file, gz: gzipped(compilation, file) });
      const later = lazy.length
        ? `; 按需加载 loaded on first use: ${lazy.map((l) => `${l.file} ${kb(l.gz)} KB`).join(", ")}`
        : "";
      const line = `任务窗格初始 JavaScript（gzip）Task pane initial JavaScript (gzip): ${kb(gz)} KB / ${this.budget / 1024} KB (${files.join(", ")})${later}`;
      if (gz > this.budget) compilation.errors.push(new Error(`${line} — 超出预算 over budget`));
      else compilation.logger.info(line);
    });
  }
}

module.exports = { BundleSizePlugin, BUDGET_BYTES };
