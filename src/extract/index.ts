import type { ExtractedDoc, SegmentedDoc } from "../model.ts";
import { defineStage } from "../pipeline/stage.ts";
import { extractAmounts } from "./amounts/index.ts";
import { extractDates } from "./dates/index.ts";
import { extractEntities } from "./entities/index.ts";

/**
 * Runs every matcher over the segmented document. Dates go before amounts so
 * that "fiscal year 2021" is a date and never the number 2021; entity spans
 * go to both so that numbers inside names ("Executive Order 14059") are not
 * figures.
 */
export const extract = defineStage<SegmentedDoc, ExtractedDoc>("extract", (doc) => {
  const mentions = extractEntities(doc);
  const dates = extractDates(doc, mentions);
  const amounts = extractAmounts(doc, mentions, dates);
  return { ...doc, mentions, dates, amounts };
});
