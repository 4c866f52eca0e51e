import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Model loading and ingests take seconds on two cores; the Discord tests start servers.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Test files share the built model folder; one file at a time keeps the two cores for each.
    fileParallelism: false,
  },
});
