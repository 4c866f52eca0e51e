/** `npm run ingest`: bring the index in line with the corpus folder and say what changed. */
import { ingestSummary, loadModel, runIngest } from "../app/newsdesk.js";
import { bootstrap, progressBar, run } from "./bootstrap.js";

run(async () => {
  const { settings, log } = bootstrap();
  const embedder = await loadModel(settings, log);
  const bar = progressBar();
  const result = await runIngest(settings, embedder, log, { onProgress: bar.onProgress });
  bar.stop();
  process.stdout.write(`${ingestSummary(result)}\n`);
});
