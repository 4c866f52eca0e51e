/**
 * `npm run fetch`: polls every feed in the corpus folder's feeds.txt once and adds the new
 * articles; `npm run fetch -- URL...` adds article pages by link, or follows feeds (adds
 * them to feeds.txt) and adds their articles. Then ingests, so `npm run ask` and a running
 * bot see them, and says what was added and what was not, and why.
 */
import { parseArgs } from "node:util";
import { CorpusUpdater } from "../app/corpus-updater.js";
import { ingestSummary, loadModel, runIngest } from "../app/newsdesk.js";
import { cleanLink } from "../feeds/clean-link.js";
import { feedListPath, readFeedList } from "../feeds/feed-list.js";
import { collectReportToText } from "../render/collect-report.js";
import { bootstrap, run, withProgressBar } from "./bootstrap.js";

run(async () => {
  const { positionals: links } = parseArgs({ allowPositionals: true, options: {} });
  const { settings, log } = bootstrap();
  if (links.length === 0 && readFeedList(settings.corpusDir).feeds.length === 0) {
    process.stdout.write(`No feeds to poll: ${feedListPath(settings.corpusDir)} lists none. Add one with npm run fetch -- FEED_URL.\n`);
  }
  const embedder = await loadModel(settings, log);
  const updater = new CorpusUpdater(settings, log, embedder);
  try {
    const { report, ingest } = links.length > 0 ? await updater.add(links) : await updater.poll();
    process.stdout.write(collectReportToText(report));
    // Ingested even when nothing was fetched: .html files dropped into the corpus come in too.
    const result = ingest ?? (await withProgressBar((onProgress) => runIngest(settings, embedder, log, { onProgress })));
    process.stdout.write(`${ingestSummary(result)}\n`);
    // A script that asked for links must hear that one was not added; a feed's failing item is no such failure.
    const asked = new Set(links.flatMap((link) => [link, cleanLink(link) ?? link]));
    if (result.notSaved || report.problems.some((problem) => asked.has(problem.source))) process.exitCode = 1;
  } finally {
    await updater.stop();
  }
});
