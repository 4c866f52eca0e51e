/**
 * `npm run ask -- "question"` prints one answer; `--json` prints it as JSON; `-` reads
 * questions from standard input, one a line, and prints one JSON object a line. With a
 * model configured the answer is written, and `--quotes` adds the quotes it was written from.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openNewsdesk } from "../app/newsdesk.js";
import { replyToJson } from "../render/json.js";
import { replyTo } from "../written/writer.js";
import { bootstrap, run, withProgressBar } from "./bootstrap.js";
import { filterOptions, filtersFrom } from "./filter-options.js";
import { printReply } from "./print-reply.js";

run(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { ...filterOptions, json: { type: "boolean", default: false }, quotes: { type: "boolean", default: false } } });
  const fromStdin = positionals.length === 1 && positionals[0] === "-";
  const question = positionals.join(" ").trim();
  if (!question) throw new Error('Usage: npm run ask -- "question" [--json] [--quotes] [--outlet NAME] [--after YYYY-MM-DD] [--before YYYY-MM-DD], or - to read questions from standard input');
  const filters = filtersFrom(values);
  const { settings, log } = bootstrap();
  const desk = await withProgressBar((onProgress) => openNewsdesk(settings, log, { onProgress }));
  if (!fromStdin) {
    const answer = await desk.answerer.ask(question, { filters });
    if (values.json) process.stdout.write(`${JSON.stringify(replyToJson(await replyTo(desk.writer, answer)))}\n`);
    else await printReply(desk.writer, answer, { quotes: values.quotes });
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const answer = await desk.answerer.ask(line.trim(), { filters });
    process.stdout.write(`${JSON.stringify(replyToJson(await replyTo(desk.writer, answer)))}\n`);
  }
});
