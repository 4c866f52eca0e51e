/** `npm run search -- "query" [--outlet X] [--after D] [--before D] [--limit N] [--json]`: the top passages with scores. */
import { parseArgs } from "node:util";
import { openNewsdesk } from "../app/newsdesk.js";
import { passageToJson } from "../render/json.js";
import { passagesToText } from "../render/text.js";
import { bootstrap, run, withProgressBar } from "./bootstrap.js";
import { filterOptions, filtersFrom } from "./filter-options.js";

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { ...filterOptions, limit: { type: "string", default: "8" }, json: { type: "boolean", default: false } },
  });
  const query = positionals.join(" ").trim();
  if (!query) throw new Error('Usage: npm run search -- "query" [--outlet NAME] [--after YYYY-MM-DD] [--before YYYY-MM-DD] [--limit N] [--json]');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new Error(`--limit must be a whole number from 1 to 100, got "${values.limit}"`);
  const { settings, log } = bootstrap();
  const desk = await withProgressBar((onProgress) => openNewsdesk(settings, log, { onProgress }));
  const { passages } = await desk.retriever.retrieve(query, { limit, filters: filtersFrom(values) });
  process.stdout.write(values.json ? `${JSON.stringify(passages.map(passageToJson))}\n` : `${passagesToText(passages)}\n`);
});
