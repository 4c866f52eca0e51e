/** Prints the reply to an answer on a terminal, its checked sentences as they are written. */
import type { Answer } from "../answer/answer.js";
import { replyToText } from "../render/text.js";
import { citedSentence } from "../written/reply.js";
import { replyTo, type Writer } from "../written/writer.js";

export async function printReply(writer: Writer | null, answer: Answer, options: { quotes?: boolean } = {}): Promise<void> {
  let printed = "";
  let shown = 0;
  const reply = await replyTo(writer, answer, {
    onDraft: (draft) => {
      for (; shown < draft.sentences.length; shown++) {
        const text = `${shown > 0 ? " " : ""}${citedSentence(draft.sentences[shown]!)}`;
        process.stdout.write(text);
        printed += text;
      }
    },
  });
  const text = replyToText(reply, options);
  // What streamed is the start of the written reply; when the writing failed part way, the extractive answer follows on its own.
  process.stdout.write(text.startsWith(printed) ? `${text.slice(printed.length)}\n` : `\n\n${text}\n`);
}
