/** Properties: dates rendered in every supported written form parse back to their interval; no input breaks the invariants. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/extract/dates/index.ts";
import { DateMention } from "../src/schema.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

const year = fc.integer({ min: 1990, max: 2040 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => ({ y, m, d: Math.min(d, lastDay(y, m)) }));

interface Case {
  written: string;
  from: string;
  to: string;
}

const dayForms = day.chain(({ y, m, d }) => {
  const at = iso(y, m, d);
  return fc.constantFrom<Case>(
    { written: `${MONTHS[m - 1]} ${d}, ${y}`, from: at, to: at },
    { written: `${d} ${MONTHS[m - 1]} ${y}`, from: at, to: at },
    { written: `${MONTHS[m - 1]} ${ordinal(d)}, ${y}`, from: at, to: at },
    { written: `${SHORT[m - 1]} ${d}, ${y}`, from: at, to: at },
    { written: at, from: at, to: at },
    { written: `${m}/${d}/${y}`, from: at, to: at },
  );
});

const monthForms = fc.tuple(year, month).chain(([y, m]) => {
  const [from, to] = [iso(y, m, 1), iso(y, m, lastDay(y, m))];
  return fc.constantFrom<Case>(
    { written: `${MONTHS[m - 1]} ${y}`, from, to },
    { written: `${MONTHS[m - 1]} of ${y}`, from, to },
    { written: `${SHORT[m - 1]} ${y}`, from, to },
  );
});

const yearForms = year.chain((y) => {
  const calendar = { from: iso(y, 1, 1), to: iso(y, 12, 31) };
  const fiscal = { from: iso(y - 1, 10, 1), to: iso(y, 9, 30) };
  return fc.constantFrom<Case>(
    { written: `${y}`, ...calendar },
    { written: `FY${y}`, ...fiscal },
    { written: `FY ${y}`, ...fiscal },
    { written: `FY${String(y).slice(2)}`, ...fiscal },
    { written: `fiscal year ${y}`, ...fiscal },
    { written: `Fiscal Year (FY) ${y}`, ...fiscal },
  );
});

const rangeForms = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), month, fc.integer({ min: 1, max: 4 }))
  .chain(([first, span, m, q]) => {
    const last = first + span;
    const years = { from: iso(first, 1, 1), to: iso(last, 12, 31) };
    const quarter = { from: iso(first, 3 * q - 2, 1), to: iso(first, 3 * q, lastDay(first, 3 * q)) };
    return fc.constantFrom<Case>(
      { written: `${first}-${last}`, ...years },
      { written: `between ${first} and ${last}`, ...years },
      { written: `from ${first} to ${last}`, ...years },
      { written: `from January to ${MONTHS[m - 1]} ${first}`, from: iso(first, 1, 1), to: iso(first, m, lastDay(first, m)) },
      { written: `FY${first}-FY${last}`, from: iso(first - 1, 10, 1), to: iso(last, 9, 30) },
      { written: `since ${first}`, from: iso(first, 1, 1), to: "2041-01-15" },
      { written: `Q${q} ${first}`, ...quarter },
      { written: `the ${["first", "second", "third", "fourth"][q - 1]} quarter of ${first}`, ...quarter },
    );
  });

const dayRangeForms = fc.tuple(day, fc.integer({ min: 1, max: 27 })).chain(([{ y, m, d }, length]) => {
  const first = Math.min(d, lastDay(y, m) - 1);
  const last = Math.min(first + length, lastDay(y, m));
  const next = m === 12 ? null : { m: m + 1, d: Math.min(d, lastDay(y, m + 1)) };
  const forms: Case[] = [
    { written: `${MONTHS[m - 1]} ${first}-${last}, ${y}`, from: iso(y, m, first), to: iso(y, m, last) },
    { written: `${first}-${last} ${MONTHS[m - 1]}, ${y}`, from: iso(y, m, first), to: iso(y, m, last) },
  ];
  if (next) forms.push({ written: `${MONTHS[m - 1]} ${first}–${MONTHS[next.m - 1]} ${next.d}, ${y}`, from: iso(y, m, first), to: iso(y, next.m, next.d) });
  return fc.constantFrom(...forms);
});

const spanForms = fc.tuple(year, month, fc.integer({ min: 1, max: 24 }), fc.constantFrom("spring", "summer", "fall")).chain(([y, m, n, season]) => {
  const back = (y * 12 + m - 1 - (n - 1));
  const start = { y: Math.floor(back / 12), m: (back % 12) + 1 };
  const first = { spring: 3, summer: 6, fall: 9 }[season];
  return fc.constantFrom<Case>(
    { written: `the ${n} months leading up to ${MONTHS[m - 1]} ${y}`, from: iso(start.y, start.m, 1), to: iso(y, m, lastDay(y, m)) },
    { written: `${season} ${y}`, from: iso(y, first, 1), to: iso(y, first + 2, lastDay(y, first + 2)) },
    { written: `Fiscal Year ${y} to date`, from: iso(y - 1, 10, 1), to: "2041-01-15" },
  );
});

describe("dates in their written forms", () => {
  it("parse back to their interval", () => {
    fc.assert(
      fc.property(fc.oneof(dayForms, monthForms, yearForms, rangeForms, dayRangeForms, spanForms), ({ written, from, to }) => {
        // Published after every generated date, so that open ranges end on it.
        const text = `The Department reported the figures for ${written}, officials said.`;
        const found = extractDates({ text, published: "2041-01-15" }, []);
        expect(found, text).toHaveLength(1);
        const [date] = found;
        expect(date!.text.endsWith(written.replace(/^the /, "")), text).toBe(true);
        expect(text.slice(date!.span[0], date!.span[1])).toBe(date!.text);
        expect({ from: date!.from, to: date!.to }, text).toEqual({ from, to });
      }),
      { numRuns: 500 },
    );
  });

  it("give a month without a year the published year or the one before, never a later one", () => {
    fc.assert(
      fc.property(day, month, ({ y, m, d }, named) => {
        const published = iso(y, m, d);
        const [date] = extractDates({ text: `In ${MONTHS[named - 1]}, the agency acted.`, published }, []);
        expect([String(y - 1), String(y)]).toContain(date!.from!.slice(0, 4));
      }),
    );
  });
});

describe("any text", () => {
  const published = fc.option(day.map(({ y, m, d }) => iso(y, m, d)), { nil: null });
  const prose = fc.array(
    fc.oneof(
      fc.constantFrom("In", "since", "between", "and", "from", "to", "FY", "fiscal year", "Q3", "the", "first quarter of", "Today", "last", "this"),
      fc.constantFrom("May", "April 2021", "2019", "2022-23", "17", "June 1-2,", "1990s", "$2022", "No.", "2,000", "summer", "year"),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 30 },
  );

  it("yields only valid, exact, closed intervals", () => {
    fc.assert(
      fc.property(prose, published, (words, day) => {
        const text = words.join(" ");
        for (const d of extractDates({ text, published: day }, [])) {
          expect(DateMention.omit({ segment: true, subject: true, entities: true }).safeParse(d).success).toBe(true);
          expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
          if (d.from !== null && d.to !== null) expect(d.from <= d.to, d.text).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
