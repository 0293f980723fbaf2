/**
 * The gazetteer and the pattern vocabulary compiled once into one token trie:
 * every name, alias, acronym and demonym of every entry, the component
 * offices, the generic national bodies, the judicial districts and the
 * phrases the patterns are built from. A document is matched by one walk
 * from each token (see trie.ts).
 */
import {
  COMPONENT_OFFICES,
  ENTRIES,
  JUDICIAL_DISTRICTS,
  NATIONAL_BODIES,
  type ComponentOffice,
  type GazetteerEntry,
  type JudicialDistrict,
  type NationalBody,
  type Place,
} from "../gazetteer.ts";
import { termTokens, type Token } from "../tokens.ts";
import { TokenTrie, type TermHit } from "./trie.ts";
import { VOCABULARY } from "./vocabulary.ts";

/** A phrase of the vocabulary, by the list it comes from. */
export type PhraseKind =
  | "agencyHead" | "weakAgencyHead" | "sharedHead" | "agencyHeadFirst" | "organizationHead" | "organizationHeadFirst" | "companionHead" | "otherHead" | "cartel"
  | "leadingHead" | "companySuffix" | "title" | "attorneyOffice" | "districtCourt" | "embassy" | "consulate" | "mission"
  | "geographicHead" | "geographicHeadFirst" | "directional";

export type Term =
  | {
      readonly kind: "entry"; readonly entry: GazetteerEntry; readonly flagged: boolean;
      /** The acronym, when the term is one. */
      readonly acronym: string | null;
      /** The term is an alias, not the entry's name or acronym. */
      readonly alias: boolean;
    }
  | { readonly kind: "demonym"; readonly place: Place }
  | { readonly kind: "office"; readonly office: ComponentOffice; readonly flagged: boolean }
  | { readonly kind: "generic"; readonly body: NationalBody }
  | { readonly kind: "district"; readonly district: JudicialDistrict }
  | { readonly kind: "phrase"; readonly phrase: PhraseKind };

export type Hit = TermHit<Term>;

const US_PREFIX = /^(U\.S\.|United States)\s+/;

/** Terms without a leading article: "the Kremlin" is matched as "Kremlin", "the" stays outside the span. */
function bare(text: string): string {
  return text.replace(/^the\s+/i, "");
}

function wordCount(text: string): number {
  return termTokens(text).filter((t) => t.word).length;
}

function compile(): TokenTrie<Term> {
  const trie = new TokenTrie<Term>();
  const names = new Set<string>();
  for (const e of ENTRIES) for (const t of [e.name, ...e.aliases.map((a) => a.text)]) names.add(bare(t).toLowerCase());

  for (const entry of ENTRIES) {
    const nameFlag = entry.type !== "organization" && entry.ambiguous;
    const named = [{ text: entry.name, ambiguous: nameFlag }, ...entry.aliases];
    const own = new Set(named.map((t) => bare(t.text).toLowerCase()));
    for (const [k, t] of named.entries()) {
      const text = bare(t.text);
      const alias = k > 0;
      // "DOJ's Criminal Division": the matcher finds the owner and the body as two mentions.
      const owned = /^\S.*?['’]s (.+)$/u.exec(text);
      if (owned && own.has(owned[1]!.toLowerCase())) continue;
      trie.add(text, { kind: "entry", entry, flagged: t.ambiguous, acronym: null, alias });
      // "U.S. Agency for International Development" is also written without "U.S."; one-word rests are too common.
      const rest = text.replace(US_PREFIX, "");
      if (entry.type === "agency" && rest !== text && wordCount(rest) >= 2 && !names.has(rest.toLowerCase())) {
        trie.add(rest, { kind: "entry", entry, flagged: t.ambiguous, acronym: null, alias });
      }
    }
    if (entry.type !== "place") {
      for (const a of entry.acronyms) trie.add(a.text, { kind: "entry", entry, flagged: a.ambiguous, acronym: a.text, alias: false }, true);
    } else {
      for (const d of entry.demonyms) trie.add(d.text, { kind: "demonym", place: entry });
    }
  }
  for (const office of COMPONENT_OFFICES) {
    for (const t of [{ text: office.name, ambiguous: false }, ...office.aliases]) trie.add(t.text, { kind: "office", office, flagged: t.ambiguous });
    for (const a of office.acronyms) trie.add(a.text, { kind: "office", office, flagged: a.ambiguous }, true);
  }
  for (const body of NATIONAL_BODIES) {
    for (const t of [{ text: body.name }, ...body.aliases]) trie.add(t.text, { kind: "generic", body });
  }
  for (const district of JUDICIAL_DISTRICTS) trie.add(district.name, { kind: "district", district });

  const phrases: [PhraseKind, readonly string[]][] = [
    ["agencyHead", VOCABULARY.agencyHeads], ["weakAgencyHead", VOCABULARY.weakAgencyHeads], ["sharedHead", VOCABULARY.sharedHeads],
    ["agencyHeadFirst", VOCABULARY.agencyHeadsFirst],
    ["organizationHead", VOCABULARY.organizationHeads], ["organizationHeadFirst", VOCABULARY.organizationHeadsFirst],
    ["companionHead", VOCABULARY.companionHeads],
    ["otherHead", VOCABULARY.otherHeads],
    ["cartel", VOCABULARY.cartelWords],
    ["companySuffix", VOCABULARY.companySuffixes], ["title", VOCABULARY.titleWords],
    ["attorneyOffice", VOCABULARY.attorneyOffices], ["districtCourt", VOCABULARY.districtCourts],
    ["embassy", VOCABULARY.embassies], ["consulate", VOCABULARY.consulates], ["mission", VOCABULARY.missions],
    ["leadingHead", VOCABULARY.leadingHeads],
    ["geographicHead", VOCABULARY.geographicHeads], ["geographicHeadFirst", VOCABULARY.geographicHeadsFirst], ["directional", VOCABULARY.directionals],
  ];
  for (const [phrase, words] of phrases) for (const w of words) trie.add(w, { kind: "phrase", phrase });
  return trie;
}

const TRIE = compile();

/** The terms that start at each token. */
export function lookUp(tokens: readonly Token[]): (readonly Hit[])[] {
  return tokens.map((_, i) => TRIE.matchAt(tokens, i));
}
