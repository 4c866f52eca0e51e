/**
 * The user's own model behind any OpenAI-compatible chat-completions API (Ollama,
 * llama.cpp's server, vLLM, LM Studio, a hosted API), through the `openai` client.
 * Every way a call can fail ends in an LlmFailure whose reason names what happened and
 * never holds message content, so it can be logged.
 */
import { setTimeout as sleep } from "node:timers/promises";
import OpenAI, { APIConnectionError, APIError } from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";

export interface LlmSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutSeconds: number;
}

/** Bounds on what the model may send back: a few short sentences need far less. */
const MAX_TOKENS = 600;
export const MAX_REPLY_CHARS = 3000;
/** A rate limit that gives no retry-after is waited out this long, once. */
const DEFAULT_RETRY_MS = 1000;

export class LlmFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "LlmFailure";
  }
}

/** How long a 429 asks to wait, from retry-after-ms or retry-after (seconds or an HTTP date). */
function retryAfterMs(headers: Headers | undefined): number {
  const ms = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms >= 0 && headers?.has("retry-after-ms")) return ms;
  const value = headers?.get("retry-after");
  if (!value) return DEFAULT_RETRY_MS;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? DEFAULT_RETRY_MS : Math.max(0, date - Date.now());
}

export class LlmClient {
  private readonly openai: OpenAI;

  constructor(readonly settings: LlmSettings) {
    this.openai = new OpenAI({
      baseURL: settings.baseUrl,
      // Local servers take any key; the client insists on one.
      apiKey: settings.apiKey ?? "none",
      // Retries are ours (one, after a 429), within the one deadline.
      maxRetries: 0,
      timeout: settings.timeoutSeconds * 1000,
      // The client's own logging prints what the model sent when a chunk does not parse.
      logLevel: "off",
    });
  }

  get model(): string {
    return this.settings.model;
  }

  /**
   * The model's reply to the messages, within LLM_TIMEOUT_SECONDS in all. With `onText` the
   * reply is streamed and each piece passed on as it arrives; without, it comes whole.
   */
  async complete(messages: ChatCompletionMessageParam[], onText?: (piece: string) => void): Promise<string> {
    const deadline = AbortSignal.timeout(this.settings.timeoutSeconds * 1000);
    const attempt = () => (onText ? this.streamed(messages, onText, deadline) : this.whole(messages, deadline));
    try {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof APIError) || error.status !== 429) throw error;
        // A rate limit is waited out once, as long as it asks, if the deadline allows.
        await sleep(retryAfterMs(error.headers), undefined, { signal: deadline });
        return await attempt();
      }
    } catch (error) {
      throw new LlmFailure(deadline.aborted ? `no complete reply within ${this.settings.timeoutSeconds} s` : failureReason(error));
    }
  }

  private request(messages: ChatCompletionMessageParam[]) {
    return { model: this.settings.model, messages, max_tokens: MAX_TOKENS, temperature: 0 };
  }

  private async whole(messages: ChatCompletionMessageParam[], signal: AbortSignal): Promise<string> {
    const completion: unknown = await this.openai.chat.completions.create({ ...this.request(messages), stream: false }, { signal });
    // The reply is parsed as untrusted data: a server may send anything.
    const content = (completion as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
    if (typeof content !== "string") throw new LlmFailure("the reply held no message text");
    return content.slice(0, MAX_REPLY_CHARS);
  }

  private async streamed(messages: ChatCompletionMessageParam[], onText: (piece: string) => void, signal: AbortSignal): Promise<string> {
    const stream = await this.openai.chat.completions.create({ ...this.request(messages), stream: true }, { signal });
    let text = "";
    let finished = false;
    for await (const chunk of stream) {
      const choice = (chunk as { choices?: { delta?: { content?: unknown }; finish_reason?: unknown }[] }).choices?.[0];
      const piece = choice?.delta?.content;
      if (typeof piece === "string" && piece) {
        const kept = piece.slice(0, MAX_REPLY_CHARS - text.length);
        text += kept;
        onText(kept);
      }
      if (choice?.finish_reason || text.length >= MAX_REPLY_CHARS) {
        finished = true;
        break;
      }
    }
    // The client ends the iteration quietly when the request is aborted.
    if (signal.aborted) throw new LlmFailure("aborted");
    if (!finished) throw new LlmFailure("the stream ended before the reply did");
    return text;
  }
}

/** What went wrong, without anything the server sent. */
function failureReason(error: unknown): string {
  if (error instanceof LlmFailure) return error.reason;
  if (error instanceof APIError && error.status !== undefined) return `the server answered HTTP ${error.status}${error.status === 429 ? " twice" : ""}`;
  if (error instanceof APIConnectionError) return "could not reach the server, or the connection dropped";
  if (error instanceof SyntaxError) return "the reply was not valid JSON";
  // fetch reports a connection closed while the body was read as TypeError("terminated").
  if (error instanceof TypeError && error.message === "terminated") return "the connection dropped before the reply ended";
  if (error instanceof APIError) return "the stream carried an error";
  return `unexpected failure (${error instanceof Error ? error.name : typeof error})`;
}
