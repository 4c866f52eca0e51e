/**
 * An OpenAI-compatible chat-completions server for tests, on 127.0.0.1: each request is
 * answered by the next scripted step (or the default), streamed as server-sent events when
 * the request asks for a stream. A step may be a reply, a function of the request that
 * writes one (to cite passages by the number the prompt gave them), an HTTP error, a
 * body that is not JSON, or a stream that stops.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatRequest {
  model: string;
  stream?: boolean;
  max_tokens?: number;
  messages: { role: string; content: string }[];
}

export type Step =
  | { reply: string | ((request: ChatRequest) => string); pieceMs?: number }
  | { status: number; headers?: Record<string, string> }
  | { invalidJson: true }
  /** Streams `sent`, then sends nothing more and never ends (or, with `close`, drops the connection). */
  | { stall: string; close?: boolean };

export class FakeLlm {
  readonly requests: ChatRequest[] = [];
  private steps: Step[] = [];
  private server!: Server;
  private open = new Set<ServerResponse>();
  fallback: Step = { reply: "" };
  port = 0;

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next requests get these steps, in order. */
  script(...steps: Step[]): void {
    this.steps.push(...steps);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatRequest;
    this.requests.push(request);
    const step = this.steps.shift() ?? this.fallback;
    if ("status" in step) {
      res.writeHead(step.status, { "content-type": "application/json", ...step.headers }).end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
    } else if ("invalidJson" in step) {
      res.writeHead(200, { "content-type": request.stream ? "text/event-stream" : "application/json" });
      res.end(request.stream ? 'data: {"choices": [{"delta": {"content": "Half\n\n' : '{"choices": [{"message": {"content": "Half');
    } else if ("stall" in step) {
      this.open.add(res);
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(event(step.stall, null));
      if (step.close) setTimeout(() => res.destroy(), 50);
    } else {
      const text = typeof step.reply === "function" ? step.reply(request) : step.reply;
      if (!request.stream) {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(completion(request.model, text)));
        return;
      }
      this.open.add(res);
      res.writeHead(200, { "content-type": "text/event-stream" });
      // Word by word, as a model writes.
      for (const piece of text.match(/\S+\s*/g) ?? []) {
        res.write(event(piece, null));
        if (step.pieceMs) await new Promise((resolve) => setTimeout(resolve, step.pieceMs));
      }
      res.write(event("", "stop"));
      res.end("data: [DONE]\n\n");
      this.open.delete(res);
    }
  }
}

function event(content: string, finish: string | null): string {
  return `data: ${JSON.stringify({ id: "chatcmpl-test", object: "chat.completion.chunk", created: 0, model: "test", choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
}

function completion(model: string, content: string) {
  return { id: "chatcmpl-test", object: "chat.completion", created: 0, model, choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] };
}

/** The number the prompt gave the passage that holds `text`. */
export function passageWith(request: ChatRequest, text: string): number {
  const prompt = request.messages.at(-1)!.content;
  const blocks = [...prompt.matchAll(/<passage n="(\d+)"[^>]*>([\s\S]*?)<\/passage>/g)];
  const found = blocks.find((block) => block[0].includes(text));
  if (!found) throw new Error(`no passage in the prompt holds "${text}"`);
  return Number(found[1]);
}

/** How many passages the prompt numbered. */
export function passageCount(request: ChatRequest): number {
  return [...request.messages.at(-1)!.content.matchAll(/<passage n="/g)].length;
}
