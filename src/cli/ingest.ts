/** `npm run ingest`: bring the index in line with the corpus folder and say what changed. */
import { ingestSummary, loadModel, runIngest } from "../app/newsdesk.js";
import { bootstrap, run, withProgressBar } from "./bootstrap.js";

run(async () => {
  const { settings, log } = bootstrap();
  const embedder = await loadModel(settings, log);
  const result = await withProgressBar((onProgress) => runIngest(settings, embedder, log, { onProgress }));
  process.stdout.write(`${ingestSummary(result)}\n`);
  // The index on disk is not in line with the corpus, which a script running this must hear of.
  if (result.notSaved) process.exitCode = 1;
});
