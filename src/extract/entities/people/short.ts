/**
 * Later short mentions ("Biden", "Quintana", "Cárdenas Guillén", "President
 * Lopez Obrador") name a person the document names in full elsewhere. The
 * short forms of a full name are its surnames: the last word, and for names
 * of three words or more the two last and the second to last (Hispanic names
 * carry two surnames). A short mention goes to the nearest full name before
 * it that has the form, else the nearest after it.
 */
import { keyOf } from "../lexemes.ts";

export interface FullName {
  name: string;
  /** Where its first mention starts. */
  at: number;
  /** The words of the name that carry it: no particles, initials or suffix. */
  words: readonly string[];
}

const key = (words: readonly string[]) => words.map(keyOf).join(" ");

function shortForms(words: readonly string[]): string[] {
  const n = words.length;
  if (n < 2) return [];
  const forms = [key(words.slice(n - 1))];
  if (n >= 3) forms.push(key(words.slice(n - 2)), key(words.slice(n - 2, n - 1)));
  return forms;
}

export class ShortForms {
  private readonly byForm = new Map<string, FullName[]>();

  constructor(names: Iterable<FullName>) {
    for (const n of names) {
      for (const f of shortForms(n.words)) {
        const list = this.byForm.get(f) ?? [];
        if (!list.some((x) => x.name === n.name)) list.push(n);
        this.byForm.set(f, list);
      }
    }
  }

  /** The full name a mention of these words at `at` stands for, or null. */
  resolve(words: readonly string[], at: number): FullName | null {
    const list = this.byForm.get(key(words));
    if (!list) return null;
    let before: FullName | null = null;
    let after: FullName | null = null;
    for (const n of list) {
      if (n.at <= at && (!before || n.at > before.at)) before = n;
      if (n.at > at && (!after || n.at < after.at)) after = n;
    }
    return before ?? after;
  }
}
