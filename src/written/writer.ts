/**
 * Turns an extractive answer into a written one: asks the user's model to answer from
 * the same passages, checks each sentence as it arrives, and keeps only those that pass.
 * Whatever goes wrong (the model fails, refuses, or writes nothing that passes), the
 * reply is the extractive answer, and the log says why without any message content.
 */
import type { Answer, AskOptions } from "../answer/answer.js";
import type { Passage } from "../search/retrieve.js";
import type { Logger } from "../util/logger.js";
import { LlmClient, LlmFailure, type LlmSettings } from "./llm-client.js";
import { buildPrompt, promptPassages } from "./prompt.js";
import { saysNotAnswered } from "./refusal.js";
import { extractiveReply, type Draft, type Dropped, type Reply, type WrittenSentence, type WrittenSource } from "./reply.js";
import { checkSentence, supportOf } from "./sentence-check.js";
import { SentenceStream } from "./sentence-stream.js";
import { withoutLinksAndMentions } from "./untrusted-text.js";

export interface WriteOptions {
  /** The earlier question of a follow-up. */
  context?: AskOptions["context"];
  /** Called with the checked sentences so far each time one is added; asking for it streams the reply. */
  onDraft?: (draft: Draft) => void;
}

/** The sentences of one reply as they are checked, with the sources they cite numbered in order of first citation. */
class CheckedSentences implements Draft {
  readonly sentences: WrittenSentence[] = [];
  readonly sources: WrittenSource[] = [];
  readonly dropped: Dropped[] = [];
  refused = false;
  private readonly supports;

  constructor(private readonly passages: Passage[]) {
    this.supports = passages.map(supportOf);
  }

  /** Checks one sentence; true when it was kept. */
  add(written: string): boolean {
    const sentence = withoutLinksAndMentions(written);
    if (this.refused || !sentence) return false;
    if (saysNotAnswered(sentence)) {
      // A reply that opens by saying the articles do not answer is taken at its word.
      if (this.sentences.length === 0 && this.dropped.length === 0) this.refused = true;
      this.dropped.push({ sentence, why: "says the articles do not answer" });
      return false;
    }
    const verdict = checkSentence(sentence, this.supports);
    if (!verdict.kept) {
      this.dropped.push({ sentence, why: verdict.why });
      return false;
    }
    const cites = [...new Set(verdict.cites.map((n) => this.sourceNumber(this.passages[n - 1]!)))];
    this.sentences.push({ text: verdict.claim, cites });
    return true;
  }

  private sourceNumber(passage: Passage): number {
    const at = this.sources.findIndex((source) => source.article.id === passage.article.id);
    if (at === -1) return this.sources.push({ article: passage.article, passages: [passage] });
    if (!this.sources[at]!.passages.includes(passage)) this.sources[at]!.passages.push(passage);
    return at + 1;
  }
}

export class Writer {
  constructor(
    private readonly client: LlmClient,
    private readonly log: Logger,
  ) {}

  get model(): string {
    return this.client.model;
  }

  async write(answer: Answer, options: WriteOptions = {}): Promise<Reply> {
    // Small talk needs no writing, and where the passages hold no answer the model is not asked for one.
    if (answer.kind !== "answer" && answer.kind !== "digest") return extractiveReply(answer, this.model);
    const started = performance.now();
    const passages = promptPassages(answer);
    const checked = new CheckedSentences(passages);
    const stream = new SentenceStream();
    const { onDraft } = options;
    const take = (sentences: string[]) => {
      for (const sentence of sentences) if (checked.add(sentence)) onDraft?.({ sentences: [...checked.sentences], sources: [...checked.sources] });
    };
    const fallBack = (why: string) => {
      this.log.warn({ event: "written-fallback", model: this.model, why, dropped: checked.dropped.length, ms: Math.round(performance.now() - started) }, `gave the extractive answer: ${why}`);
      return extractiveReply(answer, this.model, checked.dropped);
    };
    try {
      const text = await this.client.complete(buildPrompt(answer.question, passages, options.context), onDraft && ((piece) => take(stream.push(piece))));
      take(onDraft ? stream.end() : [...stream.push(text), ...stream.end()]);
    } catch (error) {
      if (error instanceof LlmFailure) return fallBack(error.reason);
      throw error;
    }
    if (checked.refused) return fallBack("the model said the articles do not answer");
    if (checked.sentences.length === 0) return fallBack("no written sentence passed the checks");
    this.log.info({ event: "written", model: this.model, kept: checked.sentences.length, dropped: checked.dropped.length, ms: Math.round(performance.now() - started) });
    return { answer, mode: "generated", model: this.model, sentences: checked.sentences, sources: checked.sources, dropped: checked.dropped };
  }
}

/** The writer for the configured model, or null when none is configured. */
export function writerFor(settings: LlmSettings | undefined, log: Logger): Writer | null {
  return settings ? new Writer(new LlmClient(settings), log) : null;
}

/** The reply to an answer: written when a writer is configured, otherwise the extractive answer itself. */
export function replyTo(writer: Writer | null, answer: Answer, options: WriteOptions = {}): Promise<Reply> {
  return writer ? writer.write(answer, options) : Promise.resolve(extractiveReply(answer));
}
