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

function decodeCp1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (isControl(b)) controls++;
  }
  return controls > sample.length * 0.02;
}

export function decode(file: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new DocumentError(file, "is empty");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(file, bytes.subarray(3));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { text: new TextDecoder(label).decode(bytes.subarray(2)), encoding: "utf-8" };
  }
  if (looksBinary(bytes)) throw new DocumentError(file, "is binary, not text");
  return utf8(file, bytes);
}

function utf8(file: string, bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (isPlausibleCp1252(bytes)) {
      return { text: decodeCp1252(bytes), encoding: "windows-1252" };
    }
    throw new DocumentError(file, `is not valid UTF-8 (byte 0x${bytes[bad]?.toString(16)} at offset ${bad}) nor Windows-1252 text`);
  }
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
