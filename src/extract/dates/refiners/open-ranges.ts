/**
 * Ranges that run to the document's date: "since 2020", "ever since October
 * 2021", "since the start of fiscal year 2024", "fiscal year 2023 to date",
 * "this year so far", "so far this fiscal year", "so far in fiscal year
 * 2024", and "since" an event the date names ("Since the 2021 reopening",
 * "since its 2022 enactment"), which runs from that date. The words join the span;
 * interval.ts ends the range on the published date, or leaves it open.
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { textAfter, textBefore } from "../context.ts";
import { OPEN } from "../tags.ts";

const SINCE = /\b(?:ever\s+)?since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:(?:the|its|their|our|his|her)\s+)?$/i;
const TO_DATE = /^\s+(?:to\s+date|so\s+far)\b/i;
const SO_FAR = /\b(?:so|thus)\s+far\s+(?:(?:in|during|for)\s+)?$/i;

export const openRangeRefiner: Refiner = {
  refine(context, results: ParsingResult[]) {
    return results.map((r) => {
      const before = textBefore(context.text, r.index);
      const since = SINCE.exec(before) ?? SO_FAR.exec(before);
      const toDate = TO_DATE.exec(textAfter(context.text, r.index + r.text.length));
      if (!since && !toDate) return r;
      const start = r.index - (since?.[0].length ?? 0);
      const end = r.index + r.text.length + (toDate?.[0].length ?? 0);
      return context.createParsingResult(start, end, r.start, r.end).addTag(OPEN);
    });
  },
};
