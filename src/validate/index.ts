import type { ResolvedDoc, ValidatedDoc } from "../model.ts";
import { defineStage } from "../pipeline/stage.ts";
import { z } from "zod";
import { DocumentError } from "../pipeline/errors.ts";
import { Extraction, SCHEMA_VERSION, segmentsOfKind } from "../schema.ts";

const CheckedExtraction = Extraction.superRefine((x, issue) => {
  const check = (path: (string | number)[], span: [number, number], text?: string) => {
    if (span[1] > x.text.length) issue.addIssue({ code: "custom", path, message: `span ${span} lies outside the text (${x.text.length} characters)` });
    else if (text !== undefined && x.text.slice(span[0], span[1]) !== text) issue.addIssue({ code: "custom", path, message: `span ${span} does not slice to its text "${text.slice(0, 40)}"` });
  };
  x.bullets.forEach((b, i) => check(["bullets", i, "span"], b.span, b.text));
  x.paragraphs.forEach((p, i) => check(["paragraphs", i, "span"], p.span, p.text));
  x.sections.forEach((s, i) => check(["sections", i, "span"], s.span));
  x.goals.forEach((g, i) => check(["goals", i, "titleSpan"], g.titleSpan, g.title));
  x.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(["entities", i, "mentions", j, "span"], m.span, m.text)));
  x.amounts.forEach((a, i) => check(["amounts", i, "span"], a.span, a.text));
  x.dates.forEach((d, i) => check(["dates", i, "span"], d.span, d.text));
});

/**
 * Assembles the published record and checks it against the schema, including
 * that every span lies inside the text and slices to the record's own text.
 */
export const validate = defineStage<ResolvedDoc, ValidatedDoc>("validate", (doc, ctx) => {
  const record = {
    schemaVersion: SCHEMA_VERSION,
    source: doc.source,
    sha256: doc.sha256,
    format: doc.format,
    pipeline: ctx.pipeline.name,
    title: doc.title,
    titleSpan: doc.titleSpan,
    published: doc.published,
    text: doc.text,
    goals: segmentsOfKind(doc.segments, "goal"),
    sections: segmentsOfKind(doc.segments, "section"),
    bullets: segmentsOfKind(doc.segments, "bullet"),
    paragraphs: segmentsOfKind(doc.segments, "paragraph"),
    entities: doc.entities,
    amounts: doc.amounts,
    dates: doc.dates,
  };
  const result = CheckedExtraction.safeParse(record);
  if (!result.success) {
    throw new DocumentError(doc.source, `failed validation: ${z.prettifyError(result.error).replace(/\s*\n\s*/g, "; ")}`);
  }
  return { extraction: result.data, bytes: doc.bytes, encoding: doc.encoding };
});
