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

const isHttpUrl = (value: string) => /^https?:\/\/[^\s]+$/.test(value);
const httpUrl = { message: "must be an http:// or https:// URL" };
const optionalUrl = optionalText.refine((value) => value === undefined || isHttpUrl(value), httpUrl);
const urlWithDefault = (fallback: string) => z.string().trim().default(fallback).refine(isHttpUrl, httpUrl);

const snowflake = optionalText.refine((value) => value === undefined || /^\d{15,22}$/.test(value), {
  message: "must be a Discord id (15 to 22 digits)",
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
  ASK_COOLDOWN_SECONDS: positiveInt(10),
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
  denseWeight?: number;
  logLevel: string;
  discord: {
    token?: string;
    guildId?: string;
    apiBase: string;
    allowedChannels: string[];
    askCooldownSeconds: number;
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
  return {
    corpusDir: resolve(s.CORPUS_DIR),
    indexDir: resolve(s.INDEX_DIR),
    dataDir: resolve(s.DATA_DIR),
    modelsDir: resolve(s.MODELS_DIR),
    corpusBaseUrl: s.CORPUS_BASE_URL?.replace(/\/+$/, ""),
    embeddingModel: s.EMBEDDING_MODEL,
    modelHubUrl: s.MODEL_HUB_URL.endsWith("/") ? s.MODEL_HUB_URL : `${s.MODEL_HUB_URL}/`,
    modelCacheDir: resolve(s.MODEL_CACHE_DIR),
    denseWeight: s.DENSE_WEIGHT === undefined ? undefined : Number(s.DENSE_WEIGHT),
    logLevel: s.LOG_LEVEL,
    discord: {
      token: s.DISCORD_TOKEN,
      guildId: s.DISCORD_GUILD_ID,
      apiBase: s.DISCORD_API_BASE.replace(/\/+$/, ""),
      allowedChannels: s.DISCORD_ALLOWED_CHANNELS?.split(",").map((id) => id.trim()) ?? [],
      askCooldownSeconds: s.ASK_COOLDOWN_SECONDS,
    },
  };
}
