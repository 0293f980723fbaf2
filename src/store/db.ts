import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { OUT } from "../paths.ts";
import { MIGRATIONS, SCHEMA_USER_VERSION } from "./migrations.ts";

export const DEFAULT_DB = join(OUT, "govfacts.db");

export type DB = Database.Database;

export class DatabaseVersionError extends Error {}

/** Opens (creating if needed) a database for writing: WAL, foreign keys, busy timeout, migrated. */
export function openDatabase(path: string = DEFAULT_DB): DB {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 30_000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return db;
}

/** Opens an existing database read-only (the API, exports, diff of stored documents). */
export function openReadOnly(path: string = DEFAULT_DB): DB {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 30_000 });
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version !== SCHEMA_USER_VERSION) {
    db.close();
    throw new DatabaseVersionError(`${path} has schema version ${version}, expected ${SCHEMA_USER_VERSION}: run npm run ingest to migrate it`);
  }
  return db;
}

export function migrate(db: DB): void {
  // IMMEDIATE: two processes opening a new database at once must not both migrate it.
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_USER_VERSION) {
      throw new DatabaseVersionError(`database schema version ${version} is newer than this govfacts (${SCHEMA_USER_VERSION})`);
    }
    for (let v = version; v < SCHEMA_USER_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${SCHEMA_USER_VERSION}`);
  }).immediate();
}
