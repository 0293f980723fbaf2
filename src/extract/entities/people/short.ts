/**
 * Later short mentions ("Biden", "Quintana", "Cárdenas Guillén", "President
 * Lopez Obrador") name a person the document names in full elsewhere. The
 * short forms of a full name are its surnames: the end forms, the last word
 * and for names of three words or more the two last; and the paternal form,
 * the second to last word, only for names that look like they carry two
 * Hispanic surnames ("Carlos Alvarado Quesada" → "Alvarado"), not for a
 * middle name ("Valerie Biden Owens" is no "Biden"); such a name also goes
 * without its second surname ("Carlos Alvarado"). A short mention goes to
 * the nearest full name before it with that end form, else the nearest
 * after it; the paternal form counts only when no end form does. A titled
 * short mention never goes to a spouse's full name unless it is a spouse's
 * title too: "President Erdogan" is not "First Lady Emine Erdogan"; "Dr." or
 * "Mrs." may go with either. Other titles may differ ("Ambassador Tai" is "U.S. Trade Representative
 * Katherine Tai").
 */
import { keyOf } from "../lexemes.ts";

export interface FullName {
  name: string;
  /** Where its first mention starts. */
  at: number;
  /** The words of the name that carry it: no particles, initials or suffix. */
  words: readonly string[];
  /** The title of its mention, or null. */
  title: string | null;
}

const key = (words: readonly string[]) => words.map(keyOf).join(" ");

/** An accent, or an ending Spanish surnames share: -ez, -az, -iz, -oz, -a, -o, -as, -os ("Quesada", "Ramos", "Pérez"). */
const HISPANIC = /[áéíóúñü]|(?:[aio]z|ez|[ao]s?)$/i;

function endForms(words: readonly string[]): string[] {
  const n = words.length;
  if (n < 2) return [];
  return n >= 3 ? [key(words.slice(n - 1)), key(words.slice(n - 2))] : [key(words.slice(n - 1))];
}

/** The second to last word, for a name of four words or more or whose two last words look Hispanic. */
function paternalForm(words: readonly string[]): string | null {
  const n = words.length;
  if (n < 3) return null;
  if (n < 4 && !words.slice(n - 2).some((w) => HISPANIC.test(w))) return null;
  return key(words.slice(n - 2, n - 1));
}

/** A spouse's title: "First Lady Jill Biden" is not "President Biden", whatever else a person is called. */
const SPOUSE = /\b(?:first|second)\s+(?:lady|gentleman)\b/i;

/** "Dr. Biden" may be either: an honorific says nothing of the office. */
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|mx|sir|dame)\.?$/i;

/** Whether a short mention's title may belong to the full name's person: one a spouse's title and the other an office says no. */
function sameTitle(short: string | null, full: string | null): boolean {
  if (short === null || full === null || HONORIFIC.test(short.trim()) || HONORIFIC.test(full.trim())) return true;
  return SPOUSE.test(short) === SPOUSE.test(full);
}

class FormIndex {
  private readonly byForm = new Map<string, FullName[]>();

  add(form: string, n: FullName): void {
    const list = this.byForm.get(form) ?? [];
    if (!list.some((x) => x.name === n.name)) list.push(n);
    this.byForm.set(form, list);
  }

  /** The nearest full name with this form and a title that fits before `at`, else the nearest after it. */
  nearest(form: string, at: number, title: string | null): FullName | null {
    const list = this.byForm.get(form);
    if (!list) return null;
    let before: FullName | null = null;
    let after: FullName | null = null;
    for (const n of list) {
      if (!sameTitle(title, n.title)) continue;
      if (n.at <= at && (!before || n.at > before.at)) before = n;
      if (n.at > at && (!after || n.at < after.at)) after = n;
    }
    return before ?? after;
  }
}

export class ShortForms {
  private readonly ends = new FormIndex();
  private readonly paternal = new FormIndex();
  /** A two-surname name without its second surname: "Laurentino Cortizo" for "Laurentino Cortizo Cohen". */
  private readonly given = new FormIndex();

  constructor(names: Iterable<FullName>) {
    for (const n of names) {
      for (const f of endForms(n.words)) this.ends.add(f, n);
      const p = paternalForm(n.words);
      if (p !== null) {
        this.paternal.add(p, n);
        this.given.add(key(n.words.slice(0, -1)), n);
      }
    }
  }

  /** The full name a mention of these words at `at`, under `title`, stands for, or null. */
  resolve(words: readonly string[], at: number, title: string | null): FullName | null {
    const form = key(words);
    return this.ends.nearest(form, at, title) ?? this.paternal.nearest(form, at, title) ?? (words.length >= 2 ? this.given.nearest(form, at, title) : null);
  }
}
