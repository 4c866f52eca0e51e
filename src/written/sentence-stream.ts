/**
 * Cuts a reply into sentences as it streams in, so that each can be checked and shown
 * as soon as it is complete: a sentence is complete once the next one has begun.
 */
import { splitSentences } from "../text/sentences.js";

/** Markers written after the full stop ("... war. [1]") belong before it ("... war [1]."). */
const MARKERS_AFTER_STOP = /([.!?])((?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])+)/g;

/**
 * The splitter reads a short sentence with a digit as a dateline ("BAKU, March 14.") and
 * joins it to the next, and sees no sentence begin at "@" or "<@"; a written sentence is
 * never a dateline, and a mention does start one. So the text is split with those
 * characters masked as capitals, and the sentences are cut from the text itself.
 */
function sentencesOf(text: string): { text: string; end: number }[] {
  return splitSentences(text.replace(/[\d@<>#&]/g, "X")).map(({ start, end }) => ({ text: text.slice(start, end), end }));
}

export class SentenceStream {
  private pending = "";

  /** Adds a piece of the reply; returns the sentences it completed. */
  push(piece: string): string[] {
    this.pending += piece;
    const text = this.pending.replace(MARKERS_AFTER_STOP, "$2$1");
    const sentences = sentencesOf(text);
    if (sentences.length < 2) return [];
    // The last sentence may go on. Until it holds more than a marker, that marker may still belong to the one before.
    const begun = /[\p{L}\p{N}]/u.test(sentences.at(-1)!.text.replace(/\[[\d,;\s]*\]?/g, ""));
    const complete = sentences.slice(0, begun ? -1 : -2);
    if (complete.length === 0) return [];
    this.pending = text.slice(complete.at(-1)!.end);
    return complete.map((sentence) => sentence.text);
  }

  /** The rest of the reply, once it has all come. */
  end(): string[] {
    const rest = sentencesOf(this.pending.replace(MARKERS_AFTER_STOP, "$2$1")).map((sentence) => sentence.text);
    this.pending = "";
    return rest;
  }
}
