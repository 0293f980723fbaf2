/**
 * CSV (RFC 4180) for the export records, with the columns read off the
 * record's zod schema so that the header follows the schema. Flattening:
 *
 * - a span [start, end) is two integer columns, `span.start` and `span.end`
 *   (`titleSpan.start`, `titleSpan.end`);
 * - an array (aliases, entities, titles) is one cell holding its JSON text;
 * - null is an empty cell, the empty string a quoted empty cell ("");
 * - a cell is quoted when it holds a comma, a quote, CR or LF, quotes
 *   doubled; rows end with CRLF.
 */
import { z } from "zod";
import { Span } from "../schema.ts";

export interface CsvColumn {
  name: string;
  value(record: Record<string, unknown>): unknown;
}

/** The record's fields, with nullable ones unwrapped to the type they hold. */
function fieldType(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodNullable ? fieldType(field.unwrap() as z.ZodType) : field;
}

export function csvColumns(schema: z.ZodObject): CsvColumn[] {
  return Object.entries(schema.shape).flatMap(([key, field]): CsvColumn[] => {
    const type = fieldType(field as z.ZodType);
    if (type === Span) {
      const end = (i: 0 | 1) => (r: Record<string, unknown>) => (r[key] as Span | null)?.[i] ?? null;
      return [
        { name: `${key}.start`, value: end(0) },
        { name: `${key}.end`, value: end(1) },
      ];
    }
    if (type instanceof z.ZodArray) return [{ name: key, value: (r) => JSON.stringify(r[key]) }];
    if (type instanceof z.ZodObject || type instanceof z.ZodTuple) throw new Error(`CSV has no flattening for the nested field ${key}`);
    return [{ name: key, value: (r) => r[key] }];
  });
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return text === "" || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}
