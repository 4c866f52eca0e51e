/**
 * Global setup: one temporary folder for the whole run, under which every test's temporary
 * folders are made (tests/helpers/fixtures.ts), removed when the run ends, whatever the workers did.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "newsdesk-tests-"));
  process.env.NEWSDESK_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
