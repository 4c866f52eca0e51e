/**
 * HTML parsed into a DOM by linkedom, which is loaded when the first page is parsed: it
 * takes about a third of a second to load, which a command that reads no web page (ask,
 * search, an ingest of Markdown) should not pay.
 */
import { createRequire } from "node:module";

type Linkedom = typeof import("linkedom");
export type HtmlDocument = ReturnType<Linkedom["parseHTML"]>["document"];

let linkedom: Linkedom | undefined;

export function parseHtmlDocument(html: string): HtmlDocument {
  linkedom ??= createRequire(import.meta.url)("linkedom") as Linkedom;
  return linkedom.parseHTML(html).document;
}
