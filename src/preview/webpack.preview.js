// The browser preview (`webpack --env preview`, used by `npm run preview` and the end-to-end tests): the
// add-in's build settings with another entry, output folder and page. The add-in's own bundle is untouched.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "build/preview");
const previewPort = Number(process.env.PREVIEW_PORT || 3100);
// webpack's own minifier (a dependency of webpack, so resolved from there).
const TerserPlugin = require(
  require.resolve("terser-webpack-plugin", { paths: [require.resolve("webpack")] }),
);

module.exports = (base, argv = {}) => ({
  ...base,
  context: ROOT,
  // Source maps of ExcelJS's 1 MB browser build would slow every rebuild for nothing.
  devtool: argv.mode === "production" ? false : "cheap-module-source-map",
  entry: { preview: "./src/preview/index.tsx" },
  // The pane's engine is a chunk of its own here too (engine.js, loaded on first use), fetched relative to
  // the page: the preview is served over plain http from any folder.
  output: { path: OUT, filename: "[name].js", chunkFilename: "[name].js", publicPath: "auto", clean: true },
  module: {
    ...base.module,
    // "exceljs" resolves to its prebuilt browser bundle (package.json "browser"); nothing in it to parse.
    noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
  },
  optimization: {
    ...base.optimization,
    // ExcelJS ships minified: keep it in its own file and do not minify it a second time (halves the build).
    splitChunks: { cacheGroups: { exceljs: { test: /[\\/]exceljs[\\/]/, name: "exceljs", chunks: "all" } } },
    minimizer: [new TerserPlugin({ exclude: /^exceljs/ })],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html" }),
    new CopyWebpackPlugin({
      patterns: [{ from: "samples/guangzhou-emergency-2022.xlsx", to: "samples/[name][ext]" }],
    }),
  ],
  devServer: {
    static: { directory: OUT },
    host: "localhost",
    port: previewPort,
    server: "http",
    open: false,
    client: { overlay: { warnings: false, errors: true } },
  },
});
