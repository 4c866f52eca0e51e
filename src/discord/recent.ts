/** A bounded map that forgets its oldest entries: recent answers and searches, by key. */
export class Recent<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }
}
