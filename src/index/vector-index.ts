/**
 * The dense half of retrieval: an HNSW graph (hnswlib-node, cosine space) over chunk
 * vectors, labelled by chunk row. The raw vectors are kept beside it, so an incremental
 * ingest can reuse them and fusion can score any candidate exactly.
 */
import { readFileSync } from "node:fs";
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;
type Graph = InstanceType<typeof HierarchicalNSW>;

const M = 16;
const EF_CONSTRUCTION = 200;
const SEED = 100;
/**
 * Search breadth (hnswlib's ef) of an unfiltered query. At 100,000 articles (110,000 chunks,
 * most of them near-copies) recall@10 against an exact scan was 0.93 at ef 200, 0.988 at 1000
 * and 0.997 at 2000; where the copies' vectors were identical (wire stories republished word
 * for word), 0.92 at 200, 0.980 at 2000 and 0.996 from 2800. Ef 3200 takes about 2.5 ms there.
 */
const QUERY_EF = 3200;
/**
 * Up to this many rows passing a filter are scanned one by one instead of searched in the
 * graph: exact, and at 100 dimensions under 3 ms. A graph search runs until ef nodes that pass
 * are found, calling the filter on each node it visits, so with a filter few rows pass it is
 * dear (at 100,000 articles, one passing 6% of the chunks took 160 ms at ef 2000), and at a
 * small ef it misses rows that pass. Past this many, a filter passes enough of the graph for
 * the ef of an unfiltered search.
 */
const EXACT_SCAN_ROWS = 20_000;

/** The ef a graph search for `k` neighbours runs with. */
export function queryEf(k: number): number {
  return Math.max(k, QUERY_EF);
}

/** hnswlib's header: six size_t, two 32-bit ints, three size_t, a double and a size_t. */
const HEADER_BYTES = 96;

/**
 * Whether an hnswlib graph file is as long as its own header says: after the header come
 * `count` level-0 records of a fixed size, then per element a uint32 length and that many
 * bytes of upper-level links.
 */
function isWholeGraphFile(bytes: Buffer): boolean {
  if (bytes.length < HEADER_BYTES) return false;
  const count = Number(bytes.readBigUInt64LE(16));
  let end = HEADER_BYTES + count * Number(bytes.readBigUInt64LE(24));
  for (let i = 0; i < count; i++) {
    if (end + 4 > bytes.length) return false;
    end += 4 + bytes.readUInt32LE(end);
  }
  return end === bytes.length;
}

/** The graph stored at `graphPath`, which must hold `count` rows (as many as the vector file). */
function readGraph(graphPath: string, dimension: number, count: number): Graph {
  const graph = new HierarchicalNSW("cosine", dimension);
  graph.readIndexSync(graphPath);
  if (graph.getCurrentCount() !== count) throw new Error(`the HNSW graph holds ${graph.getCurrentCount()} vectors, the vector file ${count}`);
  return graph;
}

/** Rows that pass a filter: listed in row order, and asked after one at a time. */
export interface RowSet {
  rows: Uint32Array;
  has(row: number): boolean;
}

export interface VectorHit {
  row: number;
  similarity: number;
}

/**
 * A graph built as its rows come in, each labelled by its row, in row order: an ingest adds
 * each batch of vectors as it is embedded, while the other batches are still being embedded.
 * Inserted in the same order, it is the graph a build over all the rows makes.
 */
export class GraphBuilder {
  private constructor(
    private readonly graph: Graph,
    private readonly dimension: number,
    private rows: number,
    private capacity: number,
  ) {}

  /** An empty graph with room for `capacity` rows before it grows (when the count is known, no copies). */
  static fresh(dimension: number, capacity = 1024): GraphBuilder {
    const graph = new HierarchicalNSW("cosine", dimension);
    graph.initIndex(capacity, M, EF_CONSTRUCTION, SEED);
    return new GraphBuilder(graph, dimension, 0, capacity);
  }

  /** A graph that already holds `rows` rows, to add more to. */
  static continuing(graph: Graph, dimension: number, rows: number): GraphBuilder {
    return new GraphBuilder(graph, dimension, rows, rows);
  }

  /** Adds the row-major vectors as the next rows. */
  add(vectors: Float32Array): void {
    const count = vectors.length / this.dimension;
    if (this.rows + count > this.capacity) {
      // Doubling keeps the copies a resize makes to about the size of the graph.
      this.capacity = Math.max(this.rows + count, 2 * this.capacity);
      this.graph.resizeIndex(this.capacity);
    }
    for (let i = 0; i < count; i++) this.graph.addPoint(Array.from(vectors.subarray(i * this.dimension, (i + 1) * this.dimension)), this.rows++);
  }

  /** The index over `vectors`, every row of which has been added. */
  finish(vectors: Float32Array): VectorIndex {
    if (vectors.length / this.dimension !== this.rows) throw new Error(`the graph holds ${this.rows} rows, the vectors ${vectors.length / this.dimension}`);
    // Sized to what it holds, as a build over all the rows is; the file records the size.
    if (this.capacity !== Math.max(1, this.rows)) this.graph.resizeIndex(Math.max(1, this.rows));
    return new VectorIndex(this.graph, vectors, this.dimension);
  }
}

export class VectorIndex {
  /** Set once the graph is handed to a builder that adds rows to it: it no longer matches `vectors`. */
  private extended = false;

  /** Over a graph that holds every row of `vectors`, each labelled by its row. */
  constructor(
    private readonly graph: Graph,
    /** Row-major, `count x dimension`, unit length. */
    readonly vectors: Float32Array,
    readonly dimension: number,
  ) {}

  static build(vectors: Float32Array, dimension: number): VectorIndex {
    const builder = GraphBuilder.fresh(dimension, Math.max(1, vectors.length / dimension));
    builder.add(vectors);
    return builder.finish(vectors);
  }

  /**
   * The graph, to add rows to in place: hnswlib cannot copy a graph, and reading the stored one
   * again took most of a second at 100,000 articles. This index answers no query after.
   */
  extend(): GraphBuilder {
    this.extended = true;
    return GraphBuilder.continuing(this.graph, this.dimension, this.size);
  }

  static read(graphPath: string, vectors: Float32Array, dimension: number): VectorIndex {
    return new VectorIndex(readGraph(graphPath, dimension, vectors.length / dimension), vectors, dimension);
  }

  /**
   * Writes the graph to `graphPath` and returns the bytes written. hnswlib reports no write
   * errors, so a full disk would leave a short file: the file is read back and checked whole.
   */
  write(graphPath: string): Uint8Array {
    this.graph.writeIndexSync(graphPath);
    const bytes = readFileSync(graphPath);
    if (!isWholeGraphFile(bytes)) throw new Error(`hnswlib wrote ${graphPath} short (${bytes.length} bytes; it reports no write errors, so the disk is likely full)`);
    return bytes;
  }

  get size(): number {
    return this.vectors.length / this.dimension;
  }

  vector(row: number): Float32Array {
    return this.vectors.subarray(row * this.dimension, (row + 1) * this.dimension);
  }

  /** Cosine similarity of a unit query vector with a stored row. */
  similarity(query: Float32Array, row: number): number {
    // Fields read once, not per dimension: an exact scan calls this for thousands of rows.
    const { vectors, dimension } = this;
    let dot = 0;
    for (let d = 0, at = row * dimension; d < dimension; d++, at++) dot += query[d]! * vectors[at]!;
    return dot;
  }

  /** The `limit` nearest rows, or the nearest of those in `passing`, nearest first. */
  query(query: Float32Array, limit: number, passing?: RowSet): VectorHit[] {
    if (this.extended) throw new Error("this vector index's graph was handed to an ingest that adds rows to it");
    if (passing && passing.rows.length <= EXACT_SCAN_ROWS) return this.scan(query, limit, passing.rows);
    const k = Math.min(limit, passing?.rows.length ?? this.size);
    if (k === 0) return [];
    this.graph.setEf(queryEf(k));
    const { neighbors, distances } = this.graph.searchKnn(Array.from(query), k, passing && ((row: number) => passing.has(row)));
    return neighbors.map((row, i) => ({ row, similarity: 1 - distances[i]! }));
  }

  /** The `limit` nearest of `rows` by exact similarity, nearest first; of equals, the earlier row. */
  private scan(query: Float32Array, limit: number, rows: Uint32Array): VectorHit[] {
    if (limit < 1) return [];
    // The best so far, nearest first, kept in order by insertion: `limit` is small beside the rows.
    const best: VectorHit[] = [];
    for (const row of rows) {
      const similarity = this.similarity(query, row);
      if (best.length === limit && similarity <= best[limit - 1]!.similarity) continue;
      if (best.length === limit) best.pop();
      let at = best.length;
      while (at > 0 && best[at - 1]!.similarity < similarity) at--;
      best.splice(at, 0, { row, similarity });
    }
    return best;
  }
}
