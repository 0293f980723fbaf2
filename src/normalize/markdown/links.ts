/**
 * Link syntax shared by reference definitions and inline links: labels,
 * destinations and titles, read as CommonMark (and micromark) read them.
 * Each function takes a position and returns where the construct ends, or
 * -1 when it is not there.
 */

const SPACE = 32;
const LINE_FEED = 10;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const LESS_THAN = 60;
const GREATER_THAN = 62;
/** A label holds at most this many characters. */
const MAX_LABEL = 999;
/** Parentheses nest at most this deep in an inline link's destination. */
export const MAX_DESTINATION_PARENS = 32;

export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

const isControl = (code: number) => code < 32 || code === 127;

/** The key a label matches definitions by: whitespace collapsed, case folded. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

/** Skips spaces and line endings. */
export function skipWhitespace(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === LINE_FEED)) i++;
  return i;
}

export function skipSpaces(s: string, i: number): number {
  while (s.charCodeAt(i) === SPACE) i++;
  return i;
}

/** A label "[...]" opening at `start`: no unescaped brackets inside, some text, at most 999 characters. */
export function labelEnd(s: string, start: number): number {
  let size = 0;
  let seen = false;
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === OPEN_BRACKET || size > MAX_LABEL) return -1;
    if (c === CLOSE_BRACKET) return seen ? i + 1 : -1;
    if (c === LINE_FEED) continue;
    size++;
    if (c !== SPACE) seen = true;
    const next = s.charCodeAt(i + 1);
    if (c === BACKSLASH && (next === OPEN_BRACKET || next === CLOSE_BRACKET || next === BACKSLASH)) {
      i++;
      size++;
    }
  }
  return -1;
}

/** A destination: "<...>" on one line, or raw text without spaces whose parentheses balance. */
export function destinationEnd(s: string, start: number, maxParens = Infinity): number {
  if (s.charCodeAt(start) === LESS_THAN) {
    for (let i = start + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === GREATER_THAN) return i + 1;
      if (c === LESS_THAN || c === LINE_FEED) return -1;
      const next = s.charCodeAt(i + 1);
      if (c === BACKSLASH && (next === LESS_THAN || next === GREATER_THAN || next === BACKSLASH)) i++;
    }
    return -1;
  }
  const first = s.charCodeAt(start);
  if (start >= s.length || first === SPACE || first === CLOSE_PAREN || isControl(first)) return -1;
  let balance = 0;
  for (let i = start; ; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    if (balance === 0 && (c === -1 || c === CLOSE_PAREN || c === SPACE || c === LINE_FEED)) return i;
    if (c === OPEN_PAREN && balance < maxParens) balance++;
    else if (c === CLOSE_PAREN) balance--;
    else if (c === -1 || c === SPACE || c === OPEN_PAREN || isControl(c)) return -1;
    else if (c === BACKSLASH) {
      const next = s.charCodeAt(i + 1);
      if (next === OPEN_PAREN || next === CLOSE_PAREN || next === BACKSLASH) i++;
    }
  }
}

/** A title in double quotes, single quotes or parentheses. */
export function titleEnd(s: string, start: number): number {
  const open = s.charCodeAt(start);
  if (open !== 34 && open !== 39 && open !== OPEN_PAREN) return -1;
  const close = open === OPEN_PAREN ? CLOSE_PAREN : open;
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === close) return i + 1;
    if (c === BACKSLASH && (s.charCodeAt(i + 1) === close || s.charCodeAt(i + 1) === BACKSLASH)) i++;
  }
  return -1;
}

/** An inline link's resource "(destination "title")" opening at `start`. */
export function resourceEnd(s: string, start: number): number {
  let i = skipWhitespace(s, start + 1);
  if (s.charCodeAt(i) === CLOSE_PAREN) return i + 1;
  const destination = destinationEnd(s, i, MAX_DESTINATION_PARENS);
  if (destination < 0) return -1;
  i = destination;
  if (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === LINE_FEED) {
    i = skipWhitespace(s, i);
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39 || c === OPEN_PAREN) {
      const title = titleEnd(s, i);
      if (title < 0) return -1;
      i = skipWhitespace(s, title);
    }
  }
  return s.charCodeAt(i) === CLOSE_PAREN ? i + 1 : -1;
}

const atLineEnd = (s: string, i: number) => i >= s.length || s.charCodeAt(i) === LINE_FEED;

/**
 * A link reference definition "[label]: destination "title"" opening at
 * `start`: where it ends (after its line ending) and its label's key.
 */
export function definitionAt(s: string, start: number): { end: number; key: string } | null {
  if (s.charCodeAt(start) !== OPEN_BRACKET) return null;
  const label = labelEnd(s, start);
  if (label < 0 || s.charCodeAt(label) !== 58) return null;
  const destination = destinationEnd(s, skipWhitespace(s, label + 1));
  if (destination < 0) return null;
  let end = -1;
  const c = s.charCodeAt(destination);
  if (c === SPACE || c === LINE_FEED) {
    const title = titleEnd(s, skipWhitespace(s, destination));
    if (title >= 0 && atLineEnd(s, skipSpaces(s, title))) end = skipSpaces(s, title);
  }
  if (end < 0) {
    end = skipSpaces(s, destination);
    if (!atLineEnd(s, end)) return null;
  }
  return { end: Math.min(s.length, end + 1), key: normalizeLabel(s.slice(start + 1, label - 1)) };
}
