/**
 * A Discord-compatible server for tests: REST (v10) and the gateway on one port of
 * 127.0.0.1, enough of both for the real discord.js client to log in, receive events,
 * answer interactions, send messages and register commands. It records every request,
 * can inject failures (429, 400, a connection closed mid-request), and can drop the gateway
 * connection to test resuming. Constructed with a shard count, it takes one connection per
 * shard, gives each the guilds it owns ((guild_id >> 22) % shard_count, as Discord does)
 * and dispatches a guild's events to that shard.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: any;
  at: number;
}

export type Failure =
  | { status: number; body: unknown; headers?: Record<string, string> }
  /** The connection is closed without an answer, as undici reports "other side closed". */
  | { drop: true };

let sequence = 0n;
/** Discord-style snowflake ids: milliseconds since 2015 shifted left, plus a counter. */
export function snowflake(ms = BigInt(Date.now()) - 1420070400000n): string {
  return ((ms << 22n) | (sequence++ & 0xfffn)).toString();
}

/** The shard that receives a guild's events, by Discord's rule. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function user(name: string, bot = false) {
  return { id: snowflake(), username: name, discriminator: "0", global_name: name, avatar: null, bot };
}
export type User = ReturnType<typeof user>;

export class FakeDiscord {
  readonly token = `test.${snowflake()}.token`;
  readonly application = { id: snowflake(), name: "newsdesk-test", flags: 0 };
  readonly botUser = { ...user("newsdesk", true), id: this.application.id };
  readonly guildId = snowflake();
  /** The guilds the bot is in, guildId first; guildOn() adds more. */
  readonly guildIds = [this.guildId];
  /** The shard ([id, count]) of each IDENTIFY, in order. */
  readonly identified: [number, number][] = [];
  readonly channelId = snowflake();
  readonly dmChannelId = snowflake();
  readonly requests: RecordedRequest[] = [];
  readonly gatewayLog: { op: number; d: any; at: number }[] = [];
  readonly messages = new Map<string, any>();
  commands: any[] = [];
  sessionId = "";
  private http!: Server;
  private wss!: WebSocketServer;
  /** Each shard's connection, by shard id: a connection becomes its shard's at IDENTIFY or RESUME. */
  private sockets = new Map<number, WebSocket>();
  private sessionShards = new Map<string, number>();
  private seq = 0;
  private failures: { match: (r: RecordedRequest) => boolean; failure: Failure }[] = [];
  private waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private originals = new Map<string, string>();
  port = 0;

  /** `shards` and `maxConcurrency` are what GET /gateway/bot recommends and allows. */
  constructor(readonly options: { shards?: number; maxConcurrency?: number } = {}) {}

  get shardCount(): number {
    return this.options.shards ?? 1;
  }

  /** A new guild the bot is in, owned by `shard`, with one channel of the same id; add it before the shard identifies. */
  guildOn(shard: number): string {
    const now = BigInt(Date.now()) - 1420070400000n;
    const count = BigInt(this.shardCount);
    const id = snowflake(now - (now % count) + BigInt(shard));
    this.guildIds.push(id);
    return id;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on("upgrade", (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws)));
    await new Promise<void>((resolve) => this.http.listen(0, "127.0.0.1", resolve));
    this.port = (this.http.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** The next request that matches gets this failure instead of its answer. */
  failNext(match: (r: RecordedRequest) => boolean, failure: Failure): void {
    this.failures.push({ match, failure });
  }

  /** Resolves with the first request, past or future, that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out waiting for a request")), timeoutMs);
      this.waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  waitForGateway(op: number, after = 0, timeoutMs = 20_000): Promise<{ op: number; d: any }> {
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      const poll = () => {
        const found = this.gatewayLog.find((m) => m.op === op && m.at >= after);
        if (found) resolve(found);
        else if (Date.now() > deadline) reject(new Error(`timed out waiting for gateway op ${op}`));
        else setTimeout(poll, 20);
      };
      poll();
    });
  }

  /** Sends a gateway event to the shard that owns its guild (DMs go to shard 0, as on Discord). */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    const socket = this.sockets.get(guildId ? shardOf(guildId, this.shardCount) : 0);
    if (!socket) throw new Error("no gateway connection");
    socket.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Cuts the gateway connections without a close frame, as a network failure would. */
  dropConnection(): void {
    for (const socket of this.sockets.values()) socket.terminate();
    this.sockets.clear();
  }

  // ---- payloads the tests dispatch ----

  member(u: User) {
    return { user: u, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: "2248473465835073", nick: null, avatar: null, premium_since: null, pending: false };
  }

  interaction(type: number, data: unknown, from: User, extra: Record<string, unknown> = {}) {
    const dm = extra.dm === true;
    const guildId = (extra.guildId as string) ?? this.guildId;
    return {
      id: snowflake(),
      application_id: this.application.id,
      type,
      data,
      token: `itoken-${snowflake()}`,
      version: 1,
      locale: "en-US",
      app_permissions: "2248473465835073",
      entitlements: [],
      authorizing_integration_owners: { 0: guildId },
      context: dm ? 1 : 0,
      ...(dm
        ? { user: from, channel_id: this.dmChannelId, channel: { id: this.dmChannelId, type: 1, recipients: [from] } }
        : {
            guild_id: guildId,
            guild_locale: "en-US",
            member: this.member(from),
            channel_id: (extra.channelId as string) ?? this.channelId,
            channel: { id: (extra.channelId as string) ?? this.channelId, type: 0, guild_id: guildId, name: "news", permissions: "2248473465835073" },
          }),
      ...(extra.message ? { message: extra.message } : {}),
    };
  }

  /** INTERACTION_CREATE for a slash command; returns the interaction (its token names its webhook). */
  slash(name: string, options: Record<string, string | boolean>, from: User, extra: Record<string, unknown> = {}) {
    const command = this.commands.find((c) => c.name === name);
    const typed = Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: typeof value === "boolean" ? 5 : 3, value }));
    const interaction = this.interaction(2, { id: command?.id ?? snowflake(), name, type: 1, options: typed }, from, extra);
    this.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  autocomplete(name: string, option: string, value: string, from: User) {
    const interaction = this.interaction(4, { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] }, from);
    this.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  click(customId: string, message: any, from: User) {
    const interaction = this.interaction(3, { custom_id: customId, component_type: 2 }, from, { message });
    this.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  /** MESSAGE_CREATE from a user, in the guild channel or (dm: true) in a DM. */
  say(content: string, from: User, options: { dm?: boolean; mentionBot?: boolean; replyTo?: string } = {}) {
    const channelId = options.dm ? this.dmChannelId : this.channelId;
    const message = {
      id: snowflake(),
      channel_id: channelId,
      channel_type: options.dm ? 1 : 0,
      ...(options.dm ? {} : { guild_id: this.guildId, member: { ...this.member(from), user: undefined } }),
      author: from,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: options.mentionBot ? [this.botUser] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: options.replyTo ? 19 : 0,
      flags: 0,
      ...(options.replyTo ? { message_reference: { message_id: options.replyTo, channel_id: channelId, guild_id: options.dm ? undefined : this.guildId } } : {}),
    };
    this.dispatch("MESSAGE_CREATE", message);
    return message;
  }

  // ---- gateway ----

  private send(ws: WebSocket, payload: unknown): void {
    ws.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket): void {
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
    ws.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as { op: number; d: any };
      this.gatewayLog.push({ ...message, at: Date.now() });
      if (message.op === 1) this.send(ws, { op: 11 });
      else if (message.op === 2) this.identify(ws, message.d);
      else if (message.op === 6) {
        const shard = this.sessionShards.get(message.d.session_id);
        if (message.d.token !== this.token || shard === undefined) {
          this.send(ws, { op: 9, d: false });
          return;
        }
        this.sockets.set(shard, ws);
        this.send(ws, { op: 0, t: "RESUMED", s: ++this.seq, d: {} });
      }
    });
  }

  private identify(ws: WebSocket, d: { token: string; shard?: [number, number] }): void {
    if (d.token !== this.token) {
      ws.close(4004, "Authentication failed.");
      return;
    }
    const shard = d.shard ?? [0, 1];
    this.identified.push(shard);
    this.sockets.set(shard[0], ws);
    this.sessionId = snowflake();
    this.sessionShards.set(this.sessionId, shard[0]);
    const guildIds = this.guildIds.filter((id) => shardOf(id, shard[1]) === shard[0]);
    this.send(ws, {
      op: 0,
      t: "READY",
      s: ++this.seq,
      d: {
        v: 10,
        user: this.botUser,
        guilds: guildIds.map((id) => ({ id, unavailable: true })),
        session_id: this.sessionId,
        resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
        shard,
        application: { id: this.application.id, flags: 0 },
        private_channels: [],
      },
    });
    for (const guildId of guildIds) this.guildCreate(ws, guildId);
  }

  private guildCreate(ws: WebSocket, guildId: string): void {
    const channelId = guildId === this.guildId ? this.channelId : guildId;
    const everyone = { id: guildId, name: "@everyone", permissions: "2248473465835073", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 };
    this.send(ws, {
      op: 0,
      t: "GUILD_CREATE",
      s: ++this.seq,
      d: {
        id: guildId,
        name: "Test server",
        icon: null,
        owner_id: snowflake(),
        roles: [everyone],
        channels: [{ id: channelId, type: 0, name: "news", guild_id: guildId, position: 0, permission_overwrites: [] }],
        members: [this.member(this.botUser)],
        member_count: 2,
        joined_at: new Date().toISOString(),
        unavailable: false,
        large: false,
        presences: [],
        voice_states: [],
        threads: [],
        stage_instances: [],
        guild_scheduled_events: [],
        emojis: [],
        stickers: [],
        features: [],
        premium_tier: 0,
        system_channel_flags: 0,
        verification_level: 0,
        default_message_notifications: 0,
        explicit_content_filter: 0,
        mfa_level: 0,
        nsfw_level: 0,
        preferred_locale: "en-US",
      },
    });
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const text = Buffer.concat(chunks).toString("utf8");
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/, "")),
      query: url.searchParams,
      headers: req.headers,
      body: text && req.headers["content-type"]?.includes("json") ? JSON.parse(text) : text,
      at: Date.now(),
    };
    this.requests.push(record);
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      if (body === undefined) res.writeHead(status, headers).end();
      else res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    };
    const failureIndex = this.failures.findIndex((f) => f.match(record));
    if (failureIndex !== -1) {
      const { failure } = this.failures.splice(failureIndex, 1)[0]!;
      if ("drop" in failure) req.socket.destroy();
      else reply(failure.status, failure.body, failure.headers);
      return;
    }
    const answered = this.route(record);
    reply(answered.status, answered.body);
    for (const waiter of this.waiters.filter((w) => w.match(record))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(record);
    }
  }

  private authorized(r: RecordedRequest): boolean {
    return r.headers.authorization === `Bot ${this.token}`;
  }

  private message(channelId: string, body: any, extra: Record<string, unknown> = {}) {
    const message = {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      type: body.message_reference ? 19 : 0,
      flags: body.flags ?? 0,
      ...(channelId === this.channelId ? { guild_id: this.guildId } : {}),
      ...extra,
    };
    this.messages.set(message.id, message);
    return message;
  }

  private route(r: RecordedRequest): { status: number; body?: unknown } {
    const unauthorized = { status: 401, body: { message: "401: Unauthorized", code: 0 } };
    let m: RegExpExecArray | null;
    if (r.method === "GET" && r.path === "/gateway/bot") {
      if (!this.authorized(r)) return unauthorized;
      return {
        status: 200,
        body: { url: `ws://127.0.0.1:${this.port}/gateway`, shards: this.shardCount, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: this.options.maxConcurrency ?? 1 } },
      };
    }
    if (r.method === "GET" && r.path === "/applications/@me") {
      return this.authorized(r) ? { status: 200, body: { ...this.application, bot: this.botUser } } : unauthorized;
    }
    if (r.method === "PUT" && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(r.path))) {
      if (!this.authorized(r)) return unauthorized;
      this.commands = (r.body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: m![1], guild_id: m![2], version: snowflake() }));
      return { status: 200, body: this.commands };
    }
    if (r.method === "POST" && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(r.path))) {
      const body = r.body as { type: number; data?: any };
      if (body.type === 4) this.originals.set(m[2]!, this.message(this.channelId, body.data ?? {}).id);
      return { status: 204 };
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(r.path))) {
      const token = m[2]!;
      if (r.method === "PATCH") {
        const id = this.originals.get(token);
        const message = this.message(this.channelId, r.body, id ? { id } : {});
        this.originals.set(token, message.id);
        return { status: 200, body: message };
      }
      const id = this.originals.get(token);
      return id ? { status: 200, body: this.messages.get(id) } : { status: 404, body: { message: "Unknown Message", code: 10008 } };
    }
    if (r.method === "POST" && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(r.path))) {
      return { status: 200, body: this.message(this.channelId, r.body, { webhook_id: m[1] }) };
    }
    if (r.method === "POST" && (m = /^\/channels\/(\d+)\/messages$/.exec(r.path))) {
      if (!this.authorized(r)) return unauthorized;
      return { status: 200, body: this.message(m[1]!, r.body) };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }
}
