/** Set up before each test file of tests/rules: the file's temporary folders go when it ends. */
import { afterAll } from "vitest";
import { cleanupTempDirs } from "./fixtures.js";

afterAll(cleanupTempDirs);
