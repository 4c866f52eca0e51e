/**
 * Runs one of the commands in src/cli: `node bin/newsdesk.js ask "question"`, as the npm
 * scripts do. It runs the JavaScript that `npm run build` compiled into dist/ (run by
 * `npm ci`), which starts in about half the time of compiling the TypeScript as it loads.
 * When a source file is newer than its compiled form (an edit since the last build), it
 * runs the sources through tsx instead, so that an edit is never ignored.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
// The command's name goes; its own arguments stay where parseArgs looks for them.
const [command] = process.argv.splice(2, 1);
if (!command || !existsSync(join(root, "src", "cli", `${command}.ts`))) {
  process.stderr.write("Usage: node bin/newsdesk.js COMMAND [arguments], for a command in src/cli/COMMAND.ts\n");
  process.exit(2);
}

/** Whether every source file has a compiled form at least as new. */
function compiledIsCurrent() {
  // A declaration file (".d.ts") compiles to nothing.
  const sources = readdirSync(join(root, "src"), { recursive: true }).filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"));
  return sources.every((file) => {
    const compiled = join(root, "dist", file.replace(/\.ts$/, ".js"));
    return existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(join(root, "src", file)).mtimeMs;
  });
}

if (compiledIsCurrent()) {
  await import(pathToFileURL(join(root, "dist", "cli", `${command}.js`)).href);
} else {
  if (process.stderr.isTTY) process.stderr.write("(src/ changed since the last `npm run build`: compiling as it loads, which starts slower.)\n");
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(root, "src", "cli", `${command}.ts`)).href);
}
