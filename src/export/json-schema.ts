/** The published JSON Schema: every record type's zod schema through z.toJSONSchema. */
import { z } from "zod";
import { RECORD_SCHEMAS } from "../schema.ts";

export type RecordName = keyof typeof RECORD_SCHEMAS;

export function jsonSchema(name: RecordName): Record<string, unknown> {
  return { $id: `govfacts/${name}.schema.json`, ...z.toJSONSchema(RECORD_SCHEMAS[name], { io: "output" }) };
}

export function jsonSchemas(): Record<RecordName, Record<string, unknown>> {
  return Object.fromEntries(Object.keys(RECORD_SCHEMAS).map((name) => [name, jsonSchema(name as RecordName)])) as Record<RecordName, Record<string, unknown>>;
}
