/**
 * Cross-document entity keys: `agency:us:dea`, `person:antony-blinken`,
 * `program:drug-free-communities-program`. A body the gazetteer knows has
 * its key there (gazetteer.ts, "Keys"); every other entity is keyed by its
 * name, written so that the variants documents use give one key: no
 * parenthesized acronym ("Drug-Free Communities (DFC) Program"), no
 * leading "the", no leading "U.S." or "United States" except in a place's
 * name, no possessive, no middle initials in a person's name ("Antony J.
 * Blinken"). An agency of a known country is keyed within it.
 */
import type { EntityType } from "../schema.ts";

export function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The words of a name that its key is made from. */
export function keyName(type: EntityType, name: string): string {
  let s = name.replace(/\s*\([^()]*\)/g, " ").replace(/\s+/g, " ").trim().replace(/^the /i, "");
  if (type !== "place") s = s.replace(/^(U\.S\.|United States) (?=\S)/, "");
  if (type === "person") s = s.replace(/ \p{Lu}\.(?= )/gu, "");
  return s;
}

export function entityKey(type: EntityType, name: string, country?: string | null): string {
  const s = slug(keyName(type, name)) || "unnamed";
  return type === "agency" && country ? `${type}:${country.toLowerCase()}:${s}` : `${type}:${s}`;
}
