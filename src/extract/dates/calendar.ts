/** Calendar arithmetic on whole days (UTC, so no time zone can shift a day). */

export interface Month {
  year: number;
  month: number;
}

/** A run of months: its first month and how many months it spans (a season, a quarter). */
export interface Period {
  month: number;
  months: number;
}

export interface Day extends Month {
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month `count` months after (or before, when negative) `from`. */
export function addMonths(from: Month, count: number): Month {
  const index = from.year * 12 + (from.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first and last month of a period that starts in `year` (winter runs into the next). */
export function monthsOf(period: Period, year: number): { first: Month; last: Month } {
  const first = { year, month: period.month };
  return { first, last: addMonths(first, period.months - 1) };
}

export function firstDayOf({ year, month }: Month): Day {
  return { year, month, day: 1 };
}

export function lastDayOf({ year, month }: Month): Day {
  return { year, month, day: daysInMonth(year, month) };
}

/** YYYY-MM-DD. */
export function isoDay({ year, month, day }: Day): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addDays(day: string, count: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + count);
  return d.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** The year, month and day of a YYYY-MM-DD string. */
export function partsOf(day: string): Day {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** `day` moved by `count` days, weeks, months or years; a day past a month's end stops at it. */
export function addUnits(day: string, unit: "day" | "week" | "month" | "year", count: number): string {
  if (unit === "day" || unit === "week") return addDays(day, unit === "week" ? 7 * count : count);
  const { year, month, day: d } = partsOf(day);
  const moved = addMonths({ year, month }, unit === "year" ? 12 * count : count);
  return isoDay({ ...moved, day: Math.min(d, daysInMonth(moved.year, moved.month)) });
}
