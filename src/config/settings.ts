/**
 * All configuration comes from the environment (and `.env` through dotenv), is validated
 * once at start, and fails with a message that names the variable and what is wrong.
 */
import { resolve } from "node:path";
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .default(String(fallback))
    .transform((value, ctx) => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 0) {
        ctx.addIssue({ code: "custom", message: `must be a whole number of 0 or more, got "${value}"` });
        return z.NEVER;
      }
      return parsed;
    });

/** Minutes as a number, fractions allowed ("0.5" is thirty seconds); 0 turns the thing off, empty is the default. */
const minutes = (fallback: number) =>
  z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      const parsed = value === "" ? fallback : Number(value);
      if (!Number.isFinite(parsed) || parsed < 0) {
        ctx.addIssue({ code: "custom", message: `must be a number of minutes, 0 or more, got "${value}"` });
        return z.NEVER;
      }
      return parsed;
    });

/** true or false; empty is false. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .default("")
  .refine((value) => ["true", "false", ""].includes(value), { message: "must be true or false" })
  .transform((value) => value === "true");

const isHttpUrl = (value: string) => /^https?:\/\/[^\s]+$/.test(value);
const httpUrl = { message: "must be an http:// or https:// URL" };
const optionalUrl = optionalText.refine((value) => value === undefined || isHttpUrl(value), httpUrl);
const urlWithDefault = (fallback: string) => z.string().trim().default(fallback).refine(isHttpUrl, httpUrl);

const snowflake = optionalText.refine((value) => value === undefined || /^\d{15,22}$/.test(value), {
  message: "must be a Discord id (15 to 22 digits)",
});

/** "auto" (as many as Discord recommends) or a whole number of 1 or more; empty is one process, no ShardingManager. */
const shardCount = optionalText.transform((value, ctx): "auto" | number | undefined => {
  if (value === undefined) return undefined;
  if (value.toLowerCase() === "auto") return "auto";
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    ctx.addIssue({ code: "custom", message: `must be auto or a whole number of 1 or more, got "${value}"` });
    return z.NEVER;
  }
  return parsed;
});

/** A whole number of 1 or more; empty is undefined (the caller's default). */
const optionalCount = optionalText.transform((value, ctx): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    ctx.addIssue({ code: "custom", message: `must be a whole number of 1 or more, got "${value}"` });
    return z.NEVER;
  }
  return parsed;
});

const schema = z.object({
  CORPUS_DIR: z.string().trim().min(1).default("corpus"),
  INDEX_DIR: z.string().trim().min(1).default("embeddings"),
  DATA_DIR: z.string().trim().min(1).default("data"),
  MODELS_DIR: z.string().trim().min(1).default("models"),
  CORPUS_BASE_URL: optionalUrl,
  EMBEDDING_MODEL: optionalText,
  MODEL_HUB_URL: urlWithDefault("https://huggingface.co/"),
  MODEL_CACHE_DIR: z.string().trim().min(1).default(".cache/models"),
  INGEST_WORKERS: optionalCount,
  DENSE_WEIGHT: optionalText.refine(
    (value) => value === undefined || (Number.isFinite(Number(value)) && Number(value) >= 0 && Number(value) <= 1),
    { message: "must be a number from 0 to 1" },
  ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DISCORD_TOKEN: optionalText,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_BASE: urlWithDefault("https://discord.com/api"),
  DISCORD_ALLOWED_CHANNELS: optionalText.refine(
    (value) => value === undefined || value.split(",").every((id) => /^\d{15,22}$/.test(id.trim())),
    { message: "must be a comma-separated list of Discord channel ids" },
  ),
  DISCORD_SHARDS: shardCount,
  ASK_COOLDOWN_SECONDS: positiveInt(10),
  INDEX_CHECK_SECONDS: positiveInt(30).refine((value) => value >= 1, { message: "must be at least 1 second" }),
  FEED_POLL_MINUTES: minutes(30),
  FETCH_ALLOW_PRIVATE_NETWORKS: flag,
  FETCH_MAX_BYTES: positiveInt(10 * 1024 * 1024).refine((value) => value >= 1024, { message: "must be at least 1024 bytes" }),
  FETCH_TIMEOUT_SECONDS: positiveInt(30).refine((value) => value >= 1, { message: "must be at least 1 second" }),
  FETCH_HOST_DELAY_MS: positiveInt(1000),
  FETCH_CONTACT: optionalText.refine((value) => value === undefined || /^(https?:\/\/|mailto:)?[^\s()<>;]+$/.test(value), {
    message: "must be a web address or an e-mail address, without spaces",
  }),
  LLM_BASE_URL: optionalUrl,
  LLM_MODEL: optionalText,
  LLM_API_KEY: optionalText,
  LLM_TIMEOUT_SECONDS: positiveInt(30).refine((value) => value >= 1, { message: "must be at least 1 second" }),
});

export interface Settings {
  corpusDir: string;
  indexDir: string;
  dataDir: string;
  modelsDir: string;
  corpusBaseUrl?: string;
  embeddingModel?: string;
  modelHubUrl: string;
  modelCacheDir: string;
  /** Worker threads an ingest cuts, reads and embeds articles in; absent, one per core (os.availableParallelism()). */
  ingestWorkers?: number;
  denseWeight?: number;
  logLevel: string;
  discord: {
    token?: string;
    guildId?: string;
    apiBase: string;
    allowedChannels: string[];
    askCooldownSeconds: number;
    /** Runs one process per gateway shard under discord.js's ShardingManager; absent, the bot is one process. */
    shards?: "auto" | number;
    /** Seconds between looks for an index built by another process (`npm run ingest`, another shard's fetch). */
    indexCheckSeconds: number;
  };
  /** Minutes between feed polls while `npm start` runs; 0 is off. */
  feedPollMinutes: number;
  fetch: {
    /** Loopback, private-network and carrier-grade NAT addresses may be fetched (tests, intranets). */
    allowPrivateNetworks: boolean;
    maxBytes: number;
    timeoutSeconds: number;
    hostDelayMs: number;
    /** Named in the User-Agent, for site owners to reach whoever runs the bot. */
    contact?: string;
  };
  /** The user's own language model, which writes answers from the passages; absent, answers are extractive only. */
  llm?: {
    /** An OpenAI-compatible API ("http://localhost:11434/v1" for Ollama). */
    baseUrl: string;
    model: string;
    apiKey?: string;
    /** The longest a written answer may take, waits for a rate limit included. */
    timeoutSeconds: number;
  };
}

export class SettingsError extends Error {}

/** Reads settings from `env` (default: process.env), throwing a SettingsError that names each bad variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new SettingsError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const s = parsed.data;
  if (s.LLM_BASE_URL && !s.LLM_MODEL) throw new SettingsError("Invalid configuration:\n  LLM_MODEL: must name the model when LLM_BASE_URL is set");
  return {
    corpusDir: resolve(s.CORPUS_DIR),
    indexDir: resolve(s.INDEX_DIR),
    dataDir: resolve(s.DATA_DIR),
    modelsDir: resolve(s.MODELS_DIR),
    corpusBaseUrl: s.CORPUS_BASE_URL?.replace(/\/+$/, ""),
    embeddingModel: s.EMBEDDING_MODEL,
    modelHubUrl: s.MODEL_HUB_URL.endsWith("/") ? s.MODEL_HUB_URL : `${s.MODEL_HUB_URL}/`,
    modelCacheDir: resolve(s.MODEL_CACHE_DIR),
    ingestWorkers: s.INGEST_WORKERS,
    denseWeight: s.DENSE_WEIGHT === undefined ? undefined : Number(s.DENSE_WEIGHT),
    logLevel: s.LOG_LEVEL,
    discord: {
      token: s.DISCORD_TOKEN,
      guildId: s.DISCORD_GUILD_ID,
      apiBase: s.DISCORD_API_BASE.replace(/\/+$/, ""),
      allowedChannels: s.DISCORD_ALLOWED_CHANNELS?.split(",").map((id) => id.trim()) ?? [],
      askCooldownSeconds: s.ASK_COOLDOWN_SECONDS,
      shards: s.DISCORD_SHARDS,
      indexCheckSeconds: s.INDEX_CHECK_SECONDS,
    },
    feedPollMinutes: s.FEED_POLL_MINUTES,
    fetch: {
      allowPrivateNetworks: s.FETCH_ALLOW_PRIVATE_NETWORKS,
      maxBytes: s.FETCH_MAX_BYTES,
      timeoutSeconds: s.FETCH_TIMEOUT_SECONDS,
      hostDelayMs: s.FETCH_HOST_DELAY_MS,
      contact: s.FETCH_CONTACT,
    },
    llm: s.LLM_BASE_URL
      ? { baseUrl: s.LLM_BASE_URL.replace(/\/+$/, ""), model: s.LLM_MODEL!, apiKey: s.LLM_API_KEY, timeoutSeconds: s.LLM_TIMEOUT_SECONDS }
      : undefined,
  };
}
