/**
 * Web documents in whatever character set they come in. The charset is taken, in the order
 * browsers take it, from a byte order mark, then the HTTP header, then the document itself
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, or an XML declaration); with none
 * declared, UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise.
 */
import iconv from "iconv-lite";

/** How far into a document a charset declaration is looked for (browsers look at the first 1024 bytes; some pages put it later). */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/;

/**
 * Labels browsers read as another charset (the WHATWG Encoding Standard): pages marked
 * ISO-8859-1 or ASCII are in fact written in windows-1252, whose curly quotes and euro sign
 * ISO-8859-1 lacks.
 */
const READ_AS: Record<string, string> = { "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", latin1: "windows-1252", "us-ascii": "windows-1252", ascii: "windows-1252" };

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

export interface Decoded {
  text: string;
  /** The charset the text was read in. */
  charset: string;
}

/** The document as text; `declared` is the charset of the HTTP Content-Type header, if any. */
export function decodeDocument(bytes: Uint8Array, declared?: string): Decoded {
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom[0].length)), bom[1]), charset: bom[1] };
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  const charset = [declared, XML_ENCODING.exec(head)?.[1], META_CHARSET.exec(head)?.[1]].map(known).find(Boolean);
  if (charset) return { text: iconv.decode(Buffer.from(bytes), charset), charset };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), charset: "windows-1252" };
  }
}

/** The charset a label names, as it is read, if iconv-lite knows it; an unknown label is ignored. */
function known(label: string | undefined): string | undefined {
  const name = label?.trim().toLowerCase();
  if (!name) return undefined;
  const charset = READ_AS[name] ?? name;
  return iconv.encodingExists(charset) ? charset : undefined;
}
