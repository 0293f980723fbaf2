/** Date rules, one small case each (GUIDELINES "Dates"), and what is not a date. */
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/extract/dates/index.ts";
import type { EntityMention } from "../src/model.ts";

/** The dates of a sentence, without spans (the corpus tests check spans). */
function dates(text: string, published: string | null = null, mentions: EntityMention[] = []) {
  return extractDates({ text, published }, mentions).map(({ text, from, to, grain }) => ({ text, from, to, grain }));
}

/** The one date of a sentence. */
function date(text: string, published: string | null = null) {
  const found = dates(text, published);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

const PUBLISHED = "2022-10-13";

describe("days, months and years", () => {
  it("reads a day, a month and a year as closed intervals", () => {
    expect(date("It was surrendered on May 17, 2022.")).toEqual({ text: "May 17, 2022", from: "2022-05-17", to: "2022-05-17", grain: "day" });
    expect(date("Launched in October 2021, it grew.")).toEqual({ text: "October 2021", from: "2021-10-01", to: "2021-10-31", grain: "month" });
    expect(date("In 2022, coalitions formed.")).toEqual({ text: "In 2022", from: "2022-01-01", to: "2022-12-31", grain: "year" });
  });

  it("reads little-endian days, abbreviations and ordinals", () => {
    expect(date("They met in Rome on 22 July 2021 to talk.")).toMatchObject({ text: "22 July 2021", from: "2021-07-22" });
    expect(date("Documents are valid through Dec. 31, 2022.")).toMatchObject({ text: "Dec. 31, 2022", from: "2022-12-31" });
    expect(date("We were liberated on the 8th of May, 1945.")).toMatchObject({ from: "1945-05-08", to: "1945-05-08" });
  });

  it("reads a date label that opens a bullet", () => {
    expect(dates("Arms trafficking cases include:\n  • April 2022: The U.S. Attorney’s Office charged five people.")).toEqual([
      { text: "April 2022", from: "2022-04-01", to: "2022-04-30", grain: "month" },
    ]);
  });

  it("gives a day or month without a year the published year", () => {
    expect(date("In April, the Administration released a strategy.", PUBLISHED)).toEqual({ text: "In April", from: "2022-04-01", to: "2022-04-30", grain: "month" });
    expect(date("On July 12, the Presidents met.", PUBLISHED)).toMatchObject({ text: "July 12", from: "2022-07-12" });
  });

  it("never guesses a year after the published one", () => {
    // chrono alone would put April after an October release into the next year.
    expect(date("In April, the Administration acted.", "2022-10-13").from).toBe("2022-04-01");
    // A January release's December is the December before.
    expect(date("In December, DEA seized pills.", "2023-01-05").from).toBe("2022-12-01");
  });

  it("takes the latest stated year when the published date is unknown, and never the clock", () => {
    const found = dates("In 2019 and in 2021 it grew. In June, it launched a plan.");
    expect(found.at(-1)).toEqual({ text: "In June", from: "2021-06-01", to: "2021-06-30", grain: "month" });
    expect(dates("In June, it launched a plan.")).toEqual([{ text: "In June", from: null, to: null, grain: "month" }]);
  });

  it("does not take a goal year or a fiscal year for the year of writing", () => {
    expect(dates("By 2030, emissions fall. In 2021 we began. In June, we met.").at(-1)!.from).toBe("2021-06-01");
    expect(dates("Flaring ends no later than 2030. In 2021 gas leaked. On June 15, they met.").at(-1)!.from).toBe("2021-06-15");
    expect(dates("The 2022-2026 Joint Strategic Plan is out. In 2021 we began. In April, it will be released.").at(-1)!.from).toBe("2021-04-01");
    // A fiscal year N places the document in year N-1 at the earliest: "since 1980" says less.
    expect(dates("Over 3 million refugees since 1980. The target for Fiscal Year 2021 is set. This year we meet.").at(-1)!.from).toBe("2020-01-01");
  });

  it("places a date without a year no later than the latest month stated, when a later year is only a bare year (a plan)", () => {
    const found = dates("On March 22, officials met. Training ran in November 2021. In April 2022, a workshop will be held. Two boats will be donated in 2023.");
    expect(found[0]).toMatchObject({ text: "March 22", from: "2022-03-22" });
  });

  it("shares a year within a list and with a relative year", () => {
    expect(dates("In September and October 2024, Treasury announced awards.")).toEqual([
      { text: "In September", from: "2024-09-01", to: "2024-09-30", grain: "month" },
      { text: "October 2024", from: "2024-10-01", to: "2024-10-31", grain: "month" },
    ]);
    expect(date("Kerry traveled to India in April of this year.", "2021-05-20")).toMatchObject({ text: "April of this year", from: "2021-04-01" });
  });
});

describe("fiscal years, quarters and seasons", () => {
  it("reads U.S. fiscal years in their written forms", () => {
    for (const text of ["fiscal year 2021", "Fiscal Year (FY) 2021", "FY2021", "FY 2021", "FY21", "Fiscal ’21"]) {
      expect(date(`Seizures rose in ${text}.`), text).toEqual({ text, from: "2020-10-01", to: "2021-09-30", grain: "fiscal_year" });
    }
  });

  it("reads spans of fiscal years, a bare year after a fiscal year included", () => {
    expect(date("Funding FY2021-FY2023 grew.")).toMatchObject({ from: "2020-10-01", to: "2023-09-30", grain: "range" });
    expect(date("From FY 2021 to 2023, the Department trained judges.")).toEqual({ text: "From FY 2021 to 2023", from: "2020-10-01", to: "2023-09-30", grain: "range" });
    expect(date("Over the next three years (Fiscal Years 2022-2024 funds).")).toMatchObject({ from: "2021-10-01", to: "2024-09-30" });
  });

  it("resolves this and last fiscal year against the published day", () => {
    expect(date("Admissions for the remainder of this fiscal year.", "2022-10-13")).toMatchObject({ from: "2022-10-01", to: "2023-09-30" });
    expect(date("Businesses won awards last fiscal year.", "2022-06-01")).toMatchObject({ from: "2020-10-01", to: "2021-09-30" });
  });

  it("reads calendar and fiscal quarters and halves", () => {
    expect(date("It topped $81 million in the first quarter of 2021.")).toEqual({ text: "first quarter of 2021", from: "2021-01-01", to: "2021-03-31", grain: "quarter" });
    expect(date("Sales rose in Q3 FY2022.")).toMatchObject({ from: "2022-04-01", to: "2022-06-30", grain: "quarter" });
    expect(date("Visas for the first half of FY 2022.")).toMatchObject({ from: "2021-10-01", to: "2022-03-31", grain: "range" });
  });

  it("reads seasons of a stated year and of the published one", () => {
    expect(date("The first cohort will begin in spring 2025.")).toMatchObject({ from: "2025-03-01", to: "2025-05-31" });
    expect(date("Winter 2022 was long.")).toMatchObject({ from: "2022-12-01", to: "2023-02-28" });
    expect(date("The countries will meet again this summer.", "2023-01-10")).toMatchObject({ from: "2023-06-01", to: "2023-08-31" });
  });
});

describe("ranges", () => {
  it("reads ranges of years, months and days as one interval", () => {
    const cases: [string, string, string, string][] = [
      ["crimes between 2019 and 2022 fell", "between 2019 and 2022", "2019-01-01", "2022-12-31"],
      ["pills from January to August 2022 and", "from January to August 2022", "2022-01-01", "2022-08-31"],
      ["the Summit on 7-8 July, 2022 met", "7-8 July, 2022", "2022-07-07", "2022-07-08"],
      ["San Jose on June 1-2, 2021, to meet", "June 1-2, 2021", "2021-06-01", "2021-06-02"],
      ["beginning in 2000 and continuing through 2012, he", "beginning in 2000 and continuing through 2012", "2000-01-01", "2012-12-31"],
      ["in the 2019-2022 period", "2019-2022", "2019-01-01", "2022-12-31"],
      ["the 1995-96 school year", "1995-96", "1995-01-01", "1996-12-31"],
      ["From October 2021 to August 2022, tips came", "From October 2021 to August 2022", "2021-10-01", "2022-08-31"],
      ["met on October 31–November 1, 2022 in", "October 31–November 1, 2022", "2022-10-31", "2022-11-01"],
      ["Between August 31, 2021 and September 12, 2022, the", "Between August 31, 2021 and September 12, 2022", "2021-08-31", "2022-09-12"],
      ["during the 1990s it", "1990s", "1990-01-01", "1999-12-31"],
    ];
    for (const [sentence, text, from, to] of cases) {
      expect(date(sentence), sentence).toEqual({ text, from, to, grain: "range" });
    }
  });

  it("ends an open range on the published day, or leaves it open", () => {
    expect(date("Since 2020, forensics assistance helped.", PUBLISHED)).toEqual({ text: "Since 2020", from: "2020-01-01", to: PUBLISHED, grain: "range" });
    expect(date("Since 2020, forensics assistance helped.")).toMatchObject({ from: "2020-01-01", to: null });
    expect(date("actions since October 2021 to implement", PUBLISHED)).toMatchObject({ text: "since October 2021", to: PUBLISHED });
  });

  it("runs a range from the date of the event that 'since' names", () => {
    expect(date("Since the 2021 reopening, the United States admitted 130 applicants.", PUBLISHED)).toEqual({ text: "Since the 2021", from: "2021-01-01", to: PUBLISHED, grain: "range" });
    expect(date("since the August 2021 earthquake, aid rose")).toMatchObject({ from: "2021-08-01", to: null, grain: "range" });
    // What an event's own phrase dates stays that date: "since its adoption in October 2021".
    expect(date("each goal since its adoption in October 2021.", PUBLISHED)).toMatchObject({ text: "October 2021", to: "2021-10-31" });
  });

  it("joins a second date of a range that starts early, mid or late in it", () => {
    expect(date("admitted beginning in FY 2018 through early June 2022 and")).toEqual({
      text: "beginning in FY 2018 through early June 2022", from: "2017-10-01", to: "2022-06-30", grain: "range",
    });
  });

  it("reads a second day listed by its number: two days in a row as one span, two apart as two dates", () => {
    expect(date("Having gathered virtually on October 13 and 14 to discuss", PUBLISHED)).toEqual({ text: "October 13 and 14", from: "2022-10-13", to: "2022-10-14", grain: "range" });
    expect(date("talks held in Doha on July 17 and 18, 2021 between")).toMatchObject({ text: "July 17 and 18, 2021", from: "2021-07-17", to: "2021-07-18" });
    expect(dates("Votes on June 1 and 15 were held.", PUBLISHED).map((d) => d.from)).toEqual(["2022-06-01", "2022-06-15"]);
    expect(dates("On May 3 and 17 countries joined.", PUBLISHED).map((d) => d.text)).toEqual(["May 3"]);
  });

  it("reads a span stated relative to a date as that span", () => {
    expect(date("Seizures in the 12 months leading up to April 2021 rose.")).toEqual({ text: "the 12 months leading up to April 2021", from: "2020-05-01", to: "2021-04-30", grain: "range" });
    expect(date("In the thirty days before May 1, 2022, prices rose.")).toMatchObject({ from: "2022-04-01", to: "2022-04-30" });
    expect(date("In Fiscal Year 2023 to date, CBP seized more.", "2023-03-15")).toEqual({ text: "Fiscal Year 2023 to date", from: "2022-10-01", to: "2023-03-15", grain: "range" });
    expect(date("It is the largest seizure so far this fiscal year.", "2024-03-11")).toMatchObject({ text: "so far this fiscal year", from: "2023-10-01", to: "2024-03-11" });
    expect(date("Seizures so far in fiscal year 2024 rose.", "2024-03-11")).toMatchObject({ from: "2023-10-01", to: "2024-03-11" });
    expect(date("Since the start of fiscal year 2024, agents made 500 arrests.", "2024-07-18")).toMatchObject({ text: "Since the start of fiscal year 2024", from: "2023-10-01", to: "2024-07-18" });
  });
});

describe("relative dates", () => {
  it("resolves this year, last year and by 2025 against the published date", () => {
    expect(dates("This year we celebrate. Last year’s HLED launched a plan. We will finish by 2025.", PUBLISHED)).toEqual([
      { text: "This year", from: "2022-01-01", to: "2022-12-31", grain: "year" },
      { text: "Last year", from: "2021-01-01", to: "2021-12-31", grain: "year" },
      { text: "by 2025", from: "2025-01-01", to: "2025-12-31", grain: "year" },
    ]);
  });

  it("resolves last and next named months from the published month", () => {
    expect(date("We welcomed the election last October of a member.", "2022-06-15")).toMatchObject({ text: "last October", from: "2021-10-01" });
    expect(date("This past August, the White House hosted a summit.", "2022-10-13")).toMatchObject({ from: "2022-08-01" });
  });

  it("makes Today the published day, unknown when that is", () => {
    expect(date("Today, the United States and Mexico met.", "2021-10-08")).toEqual({ text: "Today", from: "2021-10-08", to: "2021-10-08", grain: "day" });
    expect(date("Today, the United States and Mexico met.")).toEqual({ text: "Today", from: null, to: null, grain: "day" });
    expect(date("Yesterday, the President convened the Council.", "2021-10-08")).toMatchObject({ from: "2021-10-07" });
  });

  it("keeps relative spans of time that are durations out", () => {
    expect(dates("Over the past year, the CRI grew. Over the next year, it will grow. In the last year, it did.", PUBLISHED)).toEqual([]);
  });

  it("reads the closing date of a proclamation written in words", () => {
    const text = "I have hereunto set my hand this thirtieth day of September, in the year of our Lord two thousand twenty-one, and of";
    expect(date(text)).toMatchObject({ from: "2021-09-30", to: "2021-09-30", grain: "day" });
  });
});

describe("not dates", () => {
  const none = [
    "He served 30 years in prison and a 12-month sentence under a multi-year plan.",
    "The 2,000 officers seized $2022 in cash and 2000 tons of fentanyl.",
    "Executive Order 14059 and Section 2022 of the Act, No. 2022-25, PD 2021-05.",
    "UN Security Council Resolution 2231 was adopted.",
    "The 3.1-3.45 GHz band and the 5.03-5.091 GHz band.",
    "The meeting starts at 10:00 a.m. and ends at 5 p.m. tonight, now.",
    "Read https://www.whitehouse.gov/briefing-room/2022/10/13/fact-sheet/ for more.",
    "We march forward; we may decide. May God bless our troops.",
    "Under the new Agenda 2030 Partnership, the two countries will revitalize the alliance through NATO 2030.",
    "Working 24/7 on 9/11 response, half of them 1/2 of the time.",
    "The students of today are the leaders of tomorrow, facing today’s challenges.",
    "It is more important today than ever.",
    "Together we build a brighter tomorrow.",
  ];
  for (const text of none) {
    it(`finds none in "${text.slice(0, 60)}"`, () => expect(dates(text, PUBLISHED)).toEqual([]));
  }

  it("reads tomorrow after a name as the next day", () => {
    expect(date("The rule will be published in the Federal Register tomorrow.", PUBLISHED)).toMatchObject({ text: "tomorrow", from: "2022-10-14" });
  });

  it("skips a number inside an entity name, and a person named like a month", () => {
    const text = "Treasurer April Verrett cited the Inflation Reduction Act of 2022.";
    const mention = (type: EntityMention["type"], s: string): EntityMention => {
      const start = text.indexOf(s);
      return { type, span: [start, start + s.length], name: s, acronym: null, key: null, aliases: [], country: null, title: null, parent: null };
    };
    expect(dates(text, PUBLISHED).map((d) => d.text)).toContain("2022");
    expect(dates(text, PUBLISHED, [mention("person", "April Verrett"), mention("law", "Inflation Reduction Act of 2022")])).toEqual([]);
  });

  it("reads a year after the name of a yearly event as that edition's year, not part of a name", () => {
    expect(date("To mark Pride Month 2022, the President signed an order.")).toMatchObject({ text: "2022", from: "2022-01-01" });
    expect(date("We marked World AIDS Day 2021 with events.")).toMatchObject({ text: "2021", from: "2021-01-01" });
    expect(dates("Leaders endorsed Agenda 2030 goals.")).toEqual([]);
  });

  it("takes no year from a record's field value or from a number that counts what follows it", () => {
    expect(dates("VESSEL FLAG: Russia\n\nVESSEL GROSS TONNAGE: 2081\n\nVESSEL NAME: Trubin")).toEqual([]);
    expect(dates("DATE OF BIRTH: 1961\n")).toMatchObject([{ text: "1961" }]);
    expect(dates("  • Oxygen Concentrators: 1700 oxygen concentrators to obtain oxygen.")).toEqual([]);
    expect(date("2022 marks 200 years of relations.")).toMatchObject({ text: "2022" });
  });

  it("keeps a year that opens a name: that year's event", () => {
    const text = "Following the 2022 U.S.-Mexico High-Level Security Dialogue, work began.";
    const start = text.indexOf("2022");
    const dialogue: EntityMention = {
      type: "program",
      span: [start, text.indexOf(",")],
      name: "2022 U.S.-Mexico High-Level Security Dialogue",
      acronym: null,
      key: null,
      aliases: [],
      country: null,
      title: null,
      parent: null,
    };
    expect(dates(text, PUBLISHED, [dialogue])).toEqual([{ text: "2022", from: "2022-01-01", to: "2022-12-31", grain: "year" }]);
  });
});
