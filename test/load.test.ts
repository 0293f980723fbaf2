import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../src/load/decode.ts";
import { detectFormat } from "../src/load/format.ts";
import { DocumentError } from "../src/pipeline/errors.ts";

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decode", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decode("a.txt", utf8("DEA’s agents")).text).toBe("DEA’s agents");
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Mexico")]);
    expect(decode("a.txt", withBom)).toEqual({ text: "Mexico", encoding: "utf-8" });
  });

  it("recognises Windows-1252 when the bytes are not UTF-8", () => {
    // "Secretaría ‘SEMAR’ – 5 €" in Windows-1252
    const cp1252 = bytes(0x53, 0x65, 0x63, 0x72, 0x65, 0x74, 0x61, 0x72, 0xed, 0x61, 0x20, 0x91, 0x53, 0x45, 0x4d, 0x41, 0x52, 0x92, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80);
    expect(decode("w.txt", cp1252)).toEqual({ text: "Secretaría ‘SEMAR’ – 5 €", encoding: "windows-1252" });
  });

  it("reads UTF-16 with a BOM", () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[..."FGR"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decode("u.txt", le).text).toBe("FGR");
    const be = Uint8Array.from([0xfe, 0xff, ...[..."Secretaría"].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decode("u.txt", be).text).toBe("Secretaría");
  });

  it("refuses a UTF-16 BOM followed by bytes that are not UTF-16 text", () => {
    // Well-formed code units, but private-use characters: U+E512 U+F39A U+EA47 U+E0C3.
    expect(() => decode("pua.txt", bytes(0xff, 0xfe, 0x12, 0xe5, 0x9a, 0xf3, 0x47, 0xea, 0xc3, 0xe0))).toThrow(/pua\.txt: is binary, not text/);
    // A high surrogate with no low one after it; half a code unit.
    expect(() => decode("lone.txt", bytes(0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00))).toThrow(/lone\.txt: starts with a UTF-16LE byte-order mark but is not UTF-16LE/);
    expect(() => decode("odd.txt", bytes(0xfe, 0xff, 0x00, 0x41, 0x00))).toThrow(/odd\.txt: starts with a UTF-16BE byte-order mark/);
    // Arbitrary high bytes after the mark decode to surrogates, private-use and other characters no text is made of.
    fc.assert(
      fc.property(fc.uint8Array({ min: 0x80, max: 0xff, minLength: 128, maxLength: 512 }), (body) => {
        expect(() => decode("random.txt", Uint8Array.from([0xff, 0xfe, ...body]))).toThrow(DocumentError);
      }),
    );
  });

  it("refuses empty, binary and undecodable input with a reason that names the file", () => {
    expect(() => decode("empty.txt", bytes())).toThrow(new DocumentError("empty.txt", "is empty"));
    expect(() => decode("img.png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toThrow(/img\.png: is binary/);
    // 0x81 is undefined in Windows-1252 and starts no UTF-8 sequence.
    expect(() => decode("bad.txt", bytes(0x41, 0x81, 0x42))).toThrow(/bad\.txt: is not valid UTF-8 \(byte 0x81 at offset 1\)/);
  });
});

describe("detectFormat", () => {
  it("tells HTML, Markdown and text apart by content", () => {
    expect(detectFormat("<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt")).toBe("html");
    expect(detectFormat("<p>Office of the Spokesperson</p>\n<p>The Secretary met...</p>\n<ul><li>One</li></ul>", "item")).toBe("html");
    expect(detectFormat("---\ntitle: 'FACT SHEET'\ndate: '2022-10-13'\n---\n\nText.", "a.txt")).toBe("markdown");
    expect(detectFormat("-   **Public Health –** Prevent abuse.\n-   [Strategy](https://x.gov/a.pdf)\n", "a")).toBe("markdown");
    expect(detectFormat("Today, the Secretary met counterparts.\n\n  • The Department awarded $5 million.\n", "a.md")).toBe("markdown");
    expect(detectFormat("Today, the Secretary met counterparts.\n\n  • The Department awarded $5 million.\n", "a")).toBe("text");
  });

  it("does not take a few inline tags in text for HTML", () => {
    const text = "The <b>bold</b> claim appears once.\n".repeat(1) + "Plain line.\n".repeat(30);
    expect(detectFormat(text, "notes.txt")).toBe("text");
  });
});
