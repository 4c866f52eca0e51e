/** A per-user cooldown: one ask per user every `seconds`. */
export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(private readonly seconds: number) {}

  /** Seconds left to wait, or 0 after recording this use. */
  take(userId: string, now = Date.now()): number {
    if (this.seconds <= 0) return 0;
    const until = this.until.get(userId) ?? 0;
    if (until > now) return Math.ceil((until - now) / 1000);
    this.until.set(userId, now + this.seconds * 1000);
    // Forget expired entries now and then so the map does not grow without bound.
    if (this.until.size > 10_000) for (const [id, t] of this.until) if (t <= now) this.until.delete(id);
    return 0;
  }
}
