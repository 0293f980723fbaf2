/**
 * Request parameters: validated with zod (unknown ones refused, so a typo is
 * a 400 rather than a silently unfiltered list), and the opaque cursors that
 * page through lists.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import type { PageKey } from "../store/query.ts";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message });
}

export function notFound(message: string): HTTPException {
  return new HTTPException(404, { message });
}

/** A cursor is the last row's key, base64url-encoded: clients pass it back, never build it. */
export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const CursorKey = z.union([z.number().int(), z.string()]);

const Cursor = z.string().transform((cursor, ctx): PageKey => {
  try {
    return CursorKey.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    ctx.addIssue({ code: "custom", message: "is not a cursor this server gave" });
    return z.NEVER;
  }
});

const Limit = z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT);

export const Paged = { limit: Limit, cursor: Cursor.optional() };
export const Offset = { limit: Limit, offset: z.coerce.number().int().min(0).default(0) };

/** The query string through a strict schema; empty values count as absent (an empty form field). */
export function queryOf<S extends z.ZodRawShape>(c: Context, shape: S): z.infer<z.ZodObject<S>> {
  const given = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ""));
  const parsed = z.strictObject(shape).safeParse(given);
  if (!parsed.success) {
    throw badRequest(
      parsed.error.issues
        .map((i) => (i.code === "unrecognized_keys" ? `unknown parameter ${i.keys.join(", ")}` : `${i.path.join(".") || "query"}: ${i.message}`))
        .join("; "),
    );
  }
  return parsed.data;
}

/** The same request with the next page's parameters: the `next` link a list response carries. */
export function nextLink(c: Context, params: Record<string, string>): string {
  const url = new URL(c.req.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return `${url.pathname}${url.search}`;
}

/** A list's `next` link from the page's last key (null on the last page). */
export function nextPage(c: Context, after: PageKey | null): string | null {
  return after === null ? null : nextLink(c, { cursor: encodeCursor(after) });
}
