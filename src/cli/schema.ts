/**
 * npm run schema [-- --out DIR]: the zod schemas as JSON Schema files, one
 * per record type, for downstream users.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { jsonSchemas } from "../export/json-schema.ts";
import { OUT } from "../paths.ts";
import { RECORD_SCHEMAS } from "../schema.ts";
import { EXIT, parseCommand, userPath } from "./args.ts";

const USAGE = `
usage: npm run schema [-- --out DIR]

Writes the JSON Schema of every record type (extraction, entity, amount, ...)
to DIR (default out/schema/).
`;

export const DEFAULT_SCHEMA_DIR = join(OUT, "schema");

function main(argv: string[]): number {
  const { values } = parseCommand(argv, { out: { type: "string" } }, USAGE);
  const dir = values.out ? userPath(values.out) : DEFAULT_SCHEMA_DIR;
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(dir, `${name}.schema.json`), JSON.stringify(schema, null, 2) + "\n");
  }
  process.stdout.write(`wrote ${Object.keys(RECORD_SCHEMAS).length} JSON Schemas to ${relative(process.env.INIT_CWD ?? process.cwd(), dir) || "."}\n`);
  return EXIT.ok;
}

process.exitCode = main(process.argv.slice(2));
