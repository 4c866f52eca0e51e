import { defineConfig } from "vitest/config";

const shared = {
  // Model loading and ingests take seconds on two cores; the Discord tests start servers.
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // Test files share the built model folder; one file at a time keeps the two cores for each.
  fileParallelism: false,
  globalSetup: ["tests/helpers/temp-root.ts"],
};

export default defineConfig({
  test: {
    // The two projects' files too run one at a time.
    fileParallelism: false,
    projects: [
      { test: { ...shared, name: "app", include: ["tests/**/*.test.ts"], exclude: ["tests/rules/**"] } },
      // The answer rules' tests, a file for each rule, all read the same model and bundled index:
      // in one module graph they read them once, where a graph for each file cost 40 s against 7 s.
      { test: { ...shared, name: "rules", include: ["tests/rules/**/*.test.ts"], isolate: false, setupFiles: ["tests/helpers/remove-temp-dirs.ts"] } },
    ],
  },
});
