/**
 * The same work as scale-newsdesk.ts done by the bare libraries, no newsdesk logic: the same
 * embedder, hnswlib-node (M 16, efConstruction 200 and the ef of an unfiltered k-10 query, as
 * newsdesk) and MiniSearch with its defaults, over the chunks newsdesk cut (chunking is
 * newsdesk's, so it counts on its side). Prints one JSON line.
 *
 *   node --import tsx bench/scale-bare.ts ingest NEWSDESK_INDEX_DIR BARE_DIR
 *   node --import tsx bench/scale-bare.ts cold BARE_DIR QUESTION     (a fresh process's first answer)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import hnswlib from "hnswlib-node";
import MiniSearch from "minisearch";
import type { Chunk } from "../src/text/chunk.js";
import { readManifest } from "../src/index/corpus-index.js";
import { queryEf } from "../src/index/vector-index.js";
import { benchEmbedder, benchQuestions, bytesOnDisk, latencies, peakRssMb } from "./scale-common.js";

const { HierarchicalNSW } = hnswlib;
type Graph = InstanceType<typeof HierarchicalNSW>;
interface Doc {
  id: number;
  title: string;
  text: string;
}
const SEARCH = { fields: ["title", "text"], storeFields: [] as string[] };
const files = (dir: string) => ({ graph: join(dir, "graph.bin"), lexical: join(dir, "lexical.json"), docs: join(dir, "docs.json") });

/** Embeds the query, then the 10 nearest chunks and MiniSearch's hits: retrieval without fusion or answering. */
async function answer(graph: Graph, search: MiniSearch<Doc>, embed: (text: string) => Promise<Float32Array>, question: string) {
  graph.setEf(queryEf(10));
  return { dense: graph.searchKnn(Array.from(await embed(question)), 10), lexical: search.search(question).slice(0, 10) };
}

const [mode, ...args] = process.argv.slice(2);
const embedder = await benchEmbedder();
const embedQuery = async (text: string) => (await embedder.embed([text], "query"))[0]!;

if (mode === "ingest") {
  const [indexDir, bareDir] = args as [string, string];
  // The input, untimed: newsdesk's chunks with their titles.
  const manifest = readManifest(indexDir)!;
  const titles = new Map(manifest.articles.map((article) => [article.id, article.title]));
  const chunks = JSON.parse(readFileSync(join(indexDir, manifest.files.chunks), "utf8")) as Chunk[];
  const docs: Doc[] = chunks.map((chunk, id) => ({ id, title: titles.get(chunk.articleId)!, text: chunk.text }));

  const started = performance.now();
  const vectors: Float32Array[] = [];
  for (let i = 0; i < docs.length; i += 64) {
    vectors.push(...(await embedder.embed(docs.slice(i, i + 64).map((doc) => `${doc.title}\n${doc.text}`), "passage")));
  }
  const graph = new HierarchicalNSW("cosine", embedder.dimension);
  graph.initIndex(Math.max(1, docs.length), 16, 200, 100);
  vectors.forEach((vector, row) => graph.addPoint(Array.from(vector), row));
  const search = new MiniSearch<Doc>(SEARCH);
  search.addAll(docs);
  const out = files(bareDir);
  graph.writeIndexSync(out.graph);
  writeFileSync(out.lexical, JSON.stringify(search));
  writeFileSync(out.docs, JSON.stringify(docs));
  const ingestSeconds = (performance.now() - started) / 1000;
  const ingestPeakMb = peakRssMb();

  const latency = await latencies(benchQuestions(), (question) => answer(graph, search, embedQuery, question));
  console.log(JSON.stringify({ chunks: docs.length, ingestSeconds, chunksPerSecond: docs.length / ingestSeconds, ingestPeakMb, indexBytes: bytesOnDisk(bareDir), latencyMs: latency }));
} else if (mode === "cold") {
  const [bareDir, question] = args as [string, string];
  const out = files(bareDir);
  const graph = new HierarchicalNSW("cosine", embedder.dimension);
  graph.readIndexSync(out.graph);
  const search = MiniSearch.loadJSON<Doc>(readFileSync(out.lexical, "utf8"), SEARCH);
  const docs = JSON.parse(readFileSync(out.docs, "utf8")) as Doc[];
  const { dense } = await answer(graph, search, embedQuery, question);
  console.log(JSON.stringify({ top: docs[dense.neighbors[0]!]?.title, sinceStartMs: performance.now() }));
} else {
  throw new Error(`unknown mode ${mode}: ingest or cold`);
}
