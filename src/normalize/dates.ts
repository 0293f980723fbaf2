/**
 * Publication dates as documents state them: metadata values ("2022-10-13",
 * "2022-10-13 19:52:45-04:00", "Thu, 13 Oct 2022 19:52:45 -0400", Date
 * objects from YAML) and datelines, the line of a release that holds only its
 * date ("October 13, 2022", "Release Date: May 6, 2024").
 */

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?`;
/** "October 13, 2022", "Thursday, Oct. 13, 2022" */
const MONTH_DAY_YEAR = String.raw`${MONTH}\s+(\d{1,2}),?\s+(\d{4})`;
/** "13 October 2022" */
const DAY_MONTH_YEAR = String.raw`(\d{1,2})\s+${MONTH},?\s+(\d{4})`;
/** A full date as text states it, for patterns elsewhere. */
export const DATE_SOURCE = String.raw`(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})`;
/** What a dateline may say before its date: "Release Date: May 6, 2024", "For Immediate Release: March 12, 2024". */
const DATELINE_LABEL = String.raw`(?:(?:release\s+date|date\s+released|released|issued|published|posted|date|for\s+immediate\s+release)\s*[:|–—-]?\s*)?`;
const DATELINE = new RegExp(String.raw`^${DATELINE_LABEL}${WEEKDAY}${DATE_SOURCE}\.?$`, "i");
/** "April 2022", "October 13": a date without the rest of a day. */
const PARTIAL_DATE = new RegExp(String.raw`^${WEEKDAY}(?:${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)\.?$`, "i");
const STATED = new RegExp(String.raw`\b${DATE_SOURCE}\b`, "i");
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function day(year: string, month: number, date: string): string | null {
  const d = Number(date);
  const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || d < 1 || d > last) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The day of a month-name match: groups 1-3 are month, day, year; 4-6 day, month, year. */
function namedDay(m: RegExpExecArray): string | null {
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  return m[1] ? day(m[3]!, month(m[1]), m[2]!) : day(m[6]!, month(m[5]!), m[4]!);
}

/** YYYY-MM-DD of a line that is only a date, else null. */
export function datelineDay(line: string): string | null {
  const text = line.trim();
  const named = DATELINE.exec(text);
  if (named) return namedDay(named);
  const iso = ISO.exec(text);
  return iso && text.length === 10 ? day(iso[1]!, Number(iso[2]), iso[3]!) : null;
}

/** A line that is only a date, a month or a day of a month: a dateline, never a heading. */
export function isDateOnly(line: string): boolean {
  const text = line.trim();
  return datelineDay(text) !== null || PARTIAL_DATE.test(text);
}

/** Metadata dates to YYYY-MM-DD: the day as the value states it, not as UTC sees it. */
export function isoDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const iso = ISO.exec(value);
  if (iso) return day(iso[1]!, Number(iso[2]), iso[3]!);
  const named = STATED.exec(value);
  return named ? namedDay(named) : null;
}
