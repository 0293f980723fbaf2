import type { ExtractedDoc, ResolvedDoc } from "../model.ts";
import { defineStage } from "../pipeline/stage.ts";
import { attach } from "./attach.ts";
import { resolveEntities } from "./entities.ts";

/** Entities merged across their mentions and keyed; figures and dates tied to them. */
export const resolve = defineStage<ExtractedDoc, ResolvedDoc>("resolve", (doc) => {
  const { mentions, amounts, dates, ...rest } = doc;
  const entities = resolveEntities(doc, mentions);
  return { ...rest, entities, ...attach(doc, entities, amounts, dates) };
});
