/**
 * Politeness: at most one request at a time to a host, and a pause after each before the
 * next to that host starts. Requests to different hosts do not wait for each other.
 */
import { setTimeout as sleep } from "node:timers/promises";

export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** `pauseMs` is asked after each request, so a robots.txt Crawl-delay learnt meanwhile counts. */
  constructor(private readonly pauseMs: (host: string) => number) {}

  /** Runs `task` when the host is free and its pause is over; the pause ends early when `signal` aborts. */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const result = previous.then(() => {
      signal?.throwIfAborted();
      return task();
    });
    const tail = result.then(
      () => this.pause(host, signal),
      () => this.pause(host, signal),
    );
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return result;
  }

  private async pause(host: string, signal?: AbortSignal): Promise<void> {
    const ms = this.pauseMs(host);
    if (ms > 0) await sleep(ms, undefined, { signal }).catch(() => undefined);
  }
}
