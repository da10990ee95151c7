/**
 * Runs the real production build (webpack.config.js with `--env` values, as `npm run build -- --env …`
 * does) into a given folder. Shared by the build test and the pre-flight end-to-end test.
 */
import * as path from "path";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");

export async function buildForHost(outDir: string, env: Record<string, string>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config: webpack.Configuration = makeConfig({ WEBPACK_BUILD: true, ...env }, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: "error" };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
      else resolve();
    }),
  );
}
