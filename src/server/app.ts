/**
 * The read-only JSON API over a govfacts database (Hono). Every list is paged
 * (limit up to MAX_LIMIT, and a `next` link); errors are JSON with the status
 * that fits: 400 for bad parameters, 404 for unknown things and routes, 405
 * for methods other than GET and HEAD, 500 (no stack) for the rest.
 */
import { Hono, type Context, type Handler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { diffExtractions } from "../diff/index.ts";
import { jsonSchema, jsonSchemas, type RecordName } from "../export/json-schema.ts";
import { renderDiffPage } from "../report/diff.ts";
import { renderReport } from "../report/document.ts";
import { REPORT_CSP } from "../report/page.ts";
import { AmountKind, EntityKey, EntityType, RECORD_SCHEMAS } from "../schema.ts";
import type { DB } from "../store/db.ts";
import { amountsPage, documentsPage, entitiesPage, entityDocumentsPage, findEntity, ftsQuery, searchSegments } from "../store/query.ts";
import { findStored, readExtraction } from "../store/read.ts";
import { badRequest, nextLink, nextPage, notFound, Offset, Paged, queryOf } from "./params.ts";

export interface AppOptions {
  /** Where internal errors are reported (their details never reach the client). */
  log?: (message: string) => void;
}

const ALLOWED = "GET, HEAD";

function errorBody(status: number, message: string) {
  return { error: { status, message } };
}

/** A path parameter through its schema; `invalid` says what it should have been. */
function param<T>(c: Context, name: string, schema: z.ZodType<T>, invalid: string): T {
  const parsed = schema.safeParse(c.req.param(name));
  if (!parsed.success) throw badRequest(invalid);
  return parsed.data;
}

const DocumentIdParam = z.coerce.number().int().positive();

export function createApp(db: DB, options: AppOptions = {}): Hono {
  const log = options.log ?? ((message: string) => process.stderr.write(message + "\n"));
  const app = new Hono();
  const routes: string[] = [];

  /** A GET route (HEAD comes with it); any other method on its path is a 405 naming the allowed ones. */
  const get = (path: string, handler: Handler) => {
    routes.push(path);
    app.get(path, handler);
    app.all(path, (c) => {
      c.header("Allow", ALLOWED);
      return c.json(errorBody(405, `${c.req.method} is not allowed here; use GET`), 405);
    });
  };

  const storedDocument = (c: Context) => {
    const id = param(c, "id", DocumentIdParam, "document id must be a positive whole number");
    const found = findStored(db, id);
    if (!found) throw notFound(`no document ${id}`);
    return found;
  };

  get("/", (c) => c.json({ name: "govfacts", endpoints: routes }));

  get("/documents", (c) => {
    const { limit, cursor } = queryOf(c, Paged);
    const page = documentsPage(db, { limit, after: cursor });
    return c.json({ items: page.items, next: nextPage(c, page.after) });
  });

  get("/documents/:id", (c) => {
    const { id, pipelineVersion, ingestedAt } = storedDocument(c);
    return c.json({ id, pipelineVersion, ingestedAt, ...readExtraction(db, id)! });
  });

  get("/documents/:id/report", (c) => {
    const { id } = storedDocument(c);
    c.header("Content-Security-Policy", REPORT_CSP);
    return c.html(renderReport(readExtraction(db, id)!, { id }));
  });

  get("/entities", (c) => {
    const { type, q, limit, cursor } = queryOf(c, { type: EntityType.optional(), q: z.string().optional(), ...Paged });
    const page = entitiesPage(db, { type, q }, { limit, after: cursor });
    return c.json({ items: page.items, next: nextPage(c, page.after) });
  });

  get("/entities/:key", (c) => {
    const key = param(c, "key", EntityKey, "an entity key is type:slug, as in agency:us:dea");
    const { limit, cursor } = queryOf(c, Paged);
    const entity = findEntity(db, key);
    if (!entity) throw notFound(`no entity ${key}`);
    const page = entityDocumentsPage(db, key, { limit, after: cursor });
    return c.json({ entity, documents: page.items, next: nextPage(c, page.after) });
  });

  get("/amounts", (c) => {
    const { entity, kind, limit, cursor } = queryOf(c, { entity: EntityKey.optional(), kind: AmountKind.optional(), ...Paged });
    if (entity && !findEntity(db, entity)) throw notFound(`no entity ${entity}`);
    const page = amountsPage(db, { entity, kind }, { limit, after: cursor });
    return c.json({ items: page.items, next: nextPage(c, page.after) });
  });

  get("/search", (c) => {
    const { q, limit, offset } = queryOf(c, { q: z.string({ error: "is required" }), ...Offset });
    const match = ftsQuery(q);
    if (match === null) throw badRequest("q: has no word to search for");
    const { items, more } = searchSegments(db, match, { limit, offset });
    return c.json({ q, items, next: more ? nextLink(c, { offset: String(offset + limit) }) : null });
  });

  /** The two stored documents of a diff, by id or source path. */
  const diffOf = (c: Context) => {
    const refs = queryOf(c, { old: z.string({ error: "is required" }), new: z.string({ error: "is required" }) });
    const [old, neu] = (["old", "new"] as const).map((side) => {
      const found = findStored(db, refs[side]);
      if (!found) throw notFound(`${side}: no document ${refs[side]}`);
      return found.id;
    }) as [number, number];
    return { ids: { old, new: neu }, diff: diffExtractions(readExtraction(db, old)!, readExtraction(db, neu)!) };
  };

  get("/diff", (c) => c.json(diffOf(c).diff));

  get("/diff/report", (c) => {
    const { ids, diff } = diffOf(c);
    c.header("Content-Security-Policy", REPORT_CSP);
    return c.html(renderDiffPage(diff, { ids }));
  });

  get("/schema", (c) => c.json(jsonSchemas()));

  get("/schema/:name", (c) => {
    const name = c.req.param("name") ?? "";
    if (!Object.hasOwn(RECORD_SCHEMAS, name)) throw notFound(`no record type ${name}; see /schema`);
    return c.json(jsonSchema(name as RecordName));
  });

  app.notFound((c) => c.json(errorBody(404, `no route ${c.req.path}; see /`), 404));

  app.onError((err, c) => {
    if (err instanceof HTTPException) return c.json(errorBody(err.status, err.message), err.status as ContentfulStatusCode);
    log(`internal error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.message : String(err)}`);
    return c.json(errorBody(500, "internal error"), 500);
  });

  return app;
}
