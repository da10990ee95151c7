/** Jest for the end-to-end tests only (`npm run test:e2e`): the preview built and served, driven in Chromium. */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // One browser, one page, steps in order: no parallel workers.
  maxWorkers: 1,
  testTimeout: 120_000,
  verbose: true,
};
