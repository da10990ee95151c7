// Builds the task pane and the ribbon-command page into dist/. Office.js comes from Microsoft's CDN
// (a <script> tag in the HTML), never from the bundle.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// --env baseUrl=… version=… officeCdn=china: hosting settings, manifest rewrite, pre-flight script (config/deploy.js).
const deploy = require("./config/deploy");
const { BundleSizePlugin } = require("./config/bundleSize");

const devPort = Number(process.env.DEV_PORT || 3000);

/**
 * `npm run dev-server` serves https (Excel requires it) with office-addin-dev-certs' localhost
 * certificate, installed on first use where that optional package could be installed (Windows, Mac).
 * `--env http` (or a machine without it) serves plain http, for browsers and tests only.
 */
async function withHttps(config) {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    console.warn(
      "office-addin-dev-certs 未安装，开发服务器使用 http（Excel 需要 https）。 Serving http: office-addin-dev-certs is not installed (Excel needs https).",
    );
    return config;
  }
  const options = await devCerts.getHttpsServerOptions();
  return { ...config, devServer: { ...config.devServer, server: { type: "https", options } } };
}

module.exports = (env = {}, argv = {}) => {
  // `--env preview`: the browser preview (src/preview), built on these settings into build/preview.
  if (env.preview) return require("./src/preview/webpack.preview")(build({}, argv), argv);
  const config = build(env, argv);
  return process.env.WEBPACK_SERVE && !env.http ? withHttps(config) : config;
};

function build(env = {}, argv = {}) {
  const dev = argv.mode !== "production";
  const target = deploy.resolveTarget(env);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: deploy.bundleName(target),
      // The engine (chunk "engine"), loaded on first use by import(): named like the bundles, fetched
      // relative to the script that asks for it (publicPath "auto"), so from wherever the pane is served.
      chunkFilename: deploy.bundleName(target),
      publicPath: "auto",
      // A server that stops answering: the pane says so after 60 s rather than webpack's 120 s.
      chunkLoadTimeout: 60000,
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules in the bundle (tsconfig says commonjs for Node): lets webpack tree-shake Fluent UI.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // Exports used are worked out once for all runtimes, not per runtime: the engine worker is a runtime
      // of its own, and a module whose used exports differed between it and the pane's (segment.ts,
      // patterns.ts, cleanup/propose.ts …) was emitted twice, a copy in engine-worker.js beside the shared
      // chunk's (round 242's stats: 225 KB raw, 28 KB gzipped).
      usedExports: "global",
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false, // the pre-flight script loads the bundle (data-bundle) once the checks pass
        templateParameters: deploy.pageParameters(target),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: deploy.pageParameters(target),
      }),
      ...deploy.plugins(target),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true }],
      }),
      new BundleSizePlugin("taskpane"),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: devPort,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
}
