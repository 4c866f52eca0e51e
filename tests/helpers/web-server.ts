/**
 * A news web site for tests on 127.0.0.1: serves tests/fixtures/web (feeds and article
 * pages; "{{base}}" in a file becomes the server's address), answers conditional requests
 * with 304, and has the hostile pages the fetcher must survive: a redirect loop, a redirect
 * to the cloud metadata address, a 50 MB page, a page that trickles a byte a second, a PDF,
 * a feed whose XML cannot be read.
 * It records every request, and how many ran at once.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import iconv from "iconv-lite";
import { ROOT } from "./fixtures.js";

export const WEB_FIXTURES = join(ROOT, "tests", "fixtures", "web");

export interface WebRequest {
  path: string;
  headers: IncomingMessage["headers"];
  at: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A fixed date for Last-Modified, so If-Modified-Since can match it. */
const LAST_MODIFIED = "Thu, 16 May 2024 12:00:00 GMT";
const HUGE_BYTES = 50 * 1024 * 1024;

export class WebServer {
  readonly requests: WebRequest[] = [];
  /** The most requests that were in progress at one time. */
  maxConcurrent = 0;
  /** Bytes of the 50 MB page written before the client hung up. */
  hugeBytesSent = 0;
  private active = 0;
  private readonly routes = new Map<string, Handler>();
  private readonly overrides = new Map<string, string>();
  private server!: Server;
  port = 0;

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  /** Requests for a path (without its query) so far. */
  hits(path: string): WebRequest[] {
    return this.requests.filter((r) => r.path.split("?")[0] === path);
  }

  /** Serves `text` (with {{base}} filled in) at `path` instead of the fixture file, as a site changes. */
  setFile(path: string, text: string): void {
    this.overrides.set(path, text);
  }

  route(path: string, handler: Handler): void {
    this.routes.set(path, handler);
  }

  async start(): Promise<void> {
    this.hostileRoutes();
    this.server = createServer((req, res) => this.onRequest(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? "/";
    this.requests.push({ path, headers: req.headers, at: Date.now() });
    this.active++;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.active);
    res.on("close", () => this.active--);
    const pathname = decodeURIComponent(path.split("?")[0]!);
    const handler = this.routes.get(pathname);
    if (handler) handler(req, res);
    else this.serveFile(pathname, req, res);
  }

  /** Fixture files, by extension; "x.windows-1251.html" and "x.latin1.html" are sent in those encodings. */
  private serveFile(pathname: string, req: IncomingMessage, res: ServerResponse): void {
    const file = normalize(join(WEB_FIXTURES, pathname));
    const override = this.overrides.get(pathname);
    if (override === undefined && (!file.startsWith(WEB_FIXTURES) || !existsSync(file) || !statSync(file).isFile())) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end("<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>");
      return;
    }
    const text = (override ?? readFileSync(file, "utf8")).replaceAll("{{base}}", this.base);
    let body: Buffer = Buffer.from(text, "utf8");
    let type = "text/html; charset=utf-8";
    if (pathname.endsWith(".windows-1251.html")) {
      body = iconv.encode(text, "windows-1251");
      type = "text/html; charset=windows-1251";
    } else if (pathname.endsWith(".latin1.html")) {
      // The charset is declared in the page only.
      body = iconv.encode(text, "latin1");
      type = "text/html";
    } else if (pathname.endsWith(".xml")) type = pathname.includes("atom") ? "application/atom+xml" : "application/rss+xml; charset=utf-8";
    else if (pathname.endsWith(".json")) type = "application/feed+json";
    else if (pathname.endsWith(".txt")) type = "text/plain; charset=utf-8";
    const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
    if (req.headers["if-none-match"] === etag || (!req.headers["if-none-match"] && req.headers["if-modified-since"] === LAST_MODIFIED && override === undefined)) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { "content-type": type, "content-length": body.length, etag, "last-modified": LAST_MODIFIED }).end(body);
  }

  private hostileRoutes(): void {
    const redirect = (location: string): Handler => (_req, res) => res.writeHead(302, { location }).end();
    this.route("/hostile/loop-a", redirect("/hostile/loop-b"));
    this.route("/hostile/loop-b", redirect("/hostile/loop-a"));
    this.route("/hostile/metadata", redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/"));
    this.route("/hostile/broken.xml", (_req, res) =>
      res.writeHead(200, { "content-type": "application/rss+xml" }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off</title><item><title>Half an item</item></channel></rss>'),
    );
    this.route("/hostile/report.pdf", (_req, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4 not an article"));
    // Fifty megabytes of paragraphs, sent as fast as the client reads, with no length declared.
    this.route("/hostile/huge", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      const chunk = Buffer.from(`<p>${"The harbour is open. ".repeat(3000)}</p>\n`);
      const write = () => {
        while (this.hugeBytesSent < HUGE_BYTES && !res.destroyed) {
          this.hugeBytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      write();
    });
    // One byte a second, for as long as the client waits.
    this.route("/hostile/trickle", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      const page = Buffer.from("<!DOCTYPE html><html><body><p>Slowly</p></body></html>");
      let sent = 0;
      const timer = setInterval(() => (sent < page.length ? res.write(page.subarray(sent, ++sent)) : res.end()), 1000);
      res.on("close", () => clearInterval(timer));
    });
  }
}
