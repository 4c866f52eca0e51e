/**
 * Values computed once per key and remembered, up to `limit` keys; past it the memory starts
 * again, so that a long-running process holds no more than that however many keys it meets.
 */
export class BoundedMemo<K, V extends NonNullable<unknown> | null> {
  private readonly values = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K, compute: (key: K) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      value = compute(key);
      this.values.set(key, value);
    }
    return value;
  }
}
