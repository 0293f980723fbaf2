/** Cross-document entity keys: `agency:us:dea`, `person:antony-blinken`. */
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

export function entityKey(type: EntityType, name: string, country?: string | null): string {
  const s = slug(name) || "unnamed";
  return type === "agency" && country ? `${type}:${country.toLowerCase()}:${s}` : `${type}:${s}`;
}
