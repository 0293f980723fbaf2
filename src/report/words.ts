/**
 * Which words of two versions of a text differ, for marking a renamed
 * heading or entity in place: a longest common subsequence over words and
 * punctuation.
 */

export interface Piece {
  text: string;
  /** Not in the other version. */
  changed: boolean;
}

/** Beyond this many word pairs the texts are marked whole: LCS is quadratic, and such texts are not names. */
const MAX_PAIRS = 40_000;

/** Words, runs of space, and each other character alone: "TAGGED</I>," and "TAGGED</I>" share their word. */
const words = (s: string) => s.match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];

/** Runs of equal marking joined: the fewest elements to mark up. */
function joined(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && last.changed === p.changed) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

export function wordDiff(oldText: string, newText: string): { old: Piece[]; new: Piece[] } {
  const a = words(oldText);
  const b = words(newText);
  if (a.length * b.length > MAX_PAIRS) return { old: [{ text: oldText, changed: true }], new: [{ text: newText, changed: true }] };
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const old: Piece[] = [];
  const neu: Piece[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      old.push({ text: a[i++]!, changed: false });
      neu.push({ text: b[j++]!, changed: false });
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      neu.push({ text: b[j++]!, changed: true });
    } else {
      old.push({ text: a[i++]!, changed: true });
    }
  }
  // Whitespace between two changed words reads as part of the change.
  const settle = (pieces: Piece[]) =>
    pieces.map((p, k) => (p.changed || /\S/.test(p.text) ? p : { ...p, changed: Boolean(pieces[k - 1]?.changed && pieces[k + 1]?.changed) }));
  return { old: joined(settle(old)), new: joined(settle(neu)) };
}
