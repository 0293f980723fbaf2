/**
 * Bytes to a JavaScript string: UTF-8 with or without BOM, UTF-16 with BOM,
 * and Windows-1252 recognised when the bytes are not valid UTF-8 but read
 * as Western text. Binary data and undecodable bytes are refused.
 */
import { DocumentError } from "../pipeline/errors.ts";

export type Encoding = "utf-8" | "windows-1252";

/** Bytes that Windows-1252 leaves undefined: their presence rules it out. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252's characters for bytes 0x80-0x9F (the rest is Latin-1). Node's
 * TextDecoder("windows-1252") decodes these as C1 controls, so we map them.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const C1 = /[\u0080-\u009f]/g;
const LATIN1 = new TextDecoder("latin1");
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The start of a file that the binary checks read. */
const SAMPLE = 64 * 1024;
/** Text has a stray control character now and then; binary data has them throughout. */
const MAX_CONTROL_SHARE = 0.02;

export function decode(file: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new DocumentError(file, "is empty");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(file, bytes.subarray(3));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return utf16(file, bytes);
  if (looksBinary(bytes)) throw new DocumentError(file, "is binary, not text");
  return utf8(file, bytes);
}

/** UTF-16 after its byte-order mark: whole code units, paired surrogates, and the characters text is made of. */
function utf16(file: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  const label = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
  const text = bytes.length % 2 === 0 ? strictly(label, bytes.subarray(2)) : null;
  if (text === null) throw new DocumentError(file, `starts with a ${label.toUpperCase()} byte-order mark but is not ${label.toUpperCase()}`);
  if (looksGarbled(text)) throw new DocumentError(file, "is binary, not text");
  return { text, encoding: "utf-8" };
}

function strictly(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf8(file: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (isPlausibleCp1252(bytes)) {
      return { text: decodeCp1252(bytes), encoding: "windows-1252" };
    }
    throw new DocumentError(file, `is not valid UTF-8 (byte 0x${bytes[bad]?.toString(16)} at offset ${bad}) nor Windows-1252 text`);
  }
}

function decodeCp1252(bytes: Uint8Array): string {
  return LATIN1.decode(bytes).replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Bytes that hold a NUL, or control characters (other than tab, line and page breaks) more than now and then. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && (b < 0x09 || b === 0x0b || b > 0x0d)) || b === 0x7f) controls++;
  }
  return controls > end * MAX_CONTROL_SHARE;
}

/**
 * Decoded UTF-16 that is not text: NULs, or control, private-use or
 * non-characters more than now and then, which is what arbitrary bytes after
 * a byte-order mark decode to.
 */
function looksGarbled(text: string): boolean {
  const end = Math.min(text.length, SAMPLE);
  let odd = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0);
    if (control || (c >= 0xe000 && c < 0xf900) || (c >= 0xfdd0 && c <= 0xfdef) || c >= 0xfffe) odd++;
  }
  return odd > end * MAX_CONTROL_SHARE;
}

/**
 * Western text in Windows-1252 has its high bytes one at a time (an accented
 * letter, a curly quote) and never an undefined one; other encodings and
 * binary data come in runs of high bytes.
 */
function isPlausibleCp1252(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (CP1252_UNDEFINED.has(b)) return false;
    high++;
    if ((bytes[i + 1] ?? 0) >= 0x80) paired++;
  }
  return paired <= high * 0.3;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
