/**
 * Character references in Markdown text ("&amp;", "&#8217;", "&#x2019;"):
 * numeric ones, and the named ones of HTML 4 (Latin-1, symbols and
 * punctuation), which cover what English releases write. An unknown name
 * stays as written, as CommonMark leaves it.
 */

/** HTML 4's Latin-1 names, for U+00A0 to U+00FF in order. */
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

/** HTML 4's other names: markup-significant, Latin Extended-A, spacing, punctuation and common symbols. */
const OTHER: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122,
  larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212, le: 0x2264, ge: 0x2265,
  ne: 0x2260, asymp: 0x2248, infin: 0x221e,
};

const NAMED = new Map<string, string>([
  ...LATIN1.split(" ").map((name, i) => [name, String.fromCharCode(0xa0 + i)] as [string, string]),
  ...Object.entries(OTHER).map(([name, code]) => [name, String.fromCharCode(code)] as [string, string]),
]);

/** "&name;", "&#123;" or "&#x7B;" at the start of `s` from `start`. */
const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z0-9]{1,31}));/y;

/** The character a reference at `start` ("&") stands for and its length, or null when there is none. */
export function characterReferenceAt(s: string, start: number): { length: number; value: string } | null {
  REFERENCE.lastIndex = start;
  const m = REFERENCE.exec(s);
  if (!m) return null;
  if (m[3] !== undefined) {
    const value = NAMED.get(m[3]);
    return value === undefined ? null : { length: m[0].length, value };
  }
  return { length: m[0].length, value: fromCodePoint(m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10)) };
}

/** A numeric reference's character; code points HTML forbids become U+FFFD. */
function fromCodePoint(code: number): string {
  const forbidden =
    code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) || (code > 55295 && code < 57344) ||
    (code > 64975 && code < 65008) || (code & 65535) === 65535 || (code & 65535) === 65534 || code > 1114111;
  return forbidden ? "\uFFFD" : String.fromCodePoint(code);
}
