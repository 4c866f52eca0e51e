/**
 * The dense half of retrieval: an HNSW graph (hnswlib-node, cosine space) over chunk
 * vectors, labelled by chunk row. The raw vectors are kept beside it, so an incremental
 * ingest can reuse them and fusion can score any candidate exactly.
 */
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;
type Graph = InstanceType<typeof HierarchicalNSW>;

const M = 16;
const EF_CONSTRUCTION = 200;
const SEED = 100;

export interface VectorHit {
  row: number;
  similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly graph: Graph,
    /** Row-major, `count x dimension`, unit length. */
    readonly vectors: Float32Array,
    readonly dimension: number,
  ) {}

  static build(vectors: Float32Array, dimension: number): VectorIndex {
    const count = vectors.length / dimension;
    const graph = new HierarchicalNSW("cosine", dimension);
    graph.initIndex(Math.max(1, count), M, EF_CONSTRUCTION, SEED);
    for (let row = 0; row < count; row++) graph.addPoint(Array.from(vectors.subarray(row * dimension, (row + 1) * dimension)), row);
    return new VectorIndex(graph, vectors, dimension);
  }

  static read(graphPath: string, vectors: Float32Array, dimension: number): VectorIndex {
    const graph = new HierarchicalNSW("cosine", dimension);
    graph.readIndexSync(graphPath);
    if (graph.getCurrentCount() !== vectors.length / dimension) {
      throw new Error(`the HNSW graph holds ${graph.getCurrentCount()} vectors, the vector file ${vectors.length / dimension}`);
    }
    return new VectorIndex(graph, vectors, dimension);
  }

  write(graphPath: string): void {
    this.graph.writeIndexSync(graphPath);
  }

  get size(): number {
    return this.vectors.length / this.dimension;
  }

  vector(row: number): Float32Array {
    return this.vectors.subarray(row * this.dimension, (row + 1) * this.dimension);
  }

  /** Cosine similarity of a unit query vector with a stored row. */
  similarity(query: Float32Array, row: number): number {
    let dot = 0;
    const offset = row * this.dimension;
    for (let d = 0; d < this.dimension; d++) dot += query[d]! * this.vectors[offset + d]!;
    return dot;
  }

  /** The `limit` nearest rows that pass `filter`. */
  query(query: Float32Array, limit: number, filter?: (row: number) => boolean): VectorHit[] {
    const k = Math.min(limit, this.size);
    if (k === 0) return [];
    this.graph.setEf(Math.max(k, 100));
    const { neighbors, distances } = this.graph.searchKnn(Array.from(query), k, filter);
    return neighbors.map((row, i) => ({ row, similarity: 1 - distances[i]! }));
  }
}
