/** Amounts: one case per rule, what is not an amount, real documents, the gold threshold and a round-trip property. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractAmounts } from "../src/extract/amounts/index.ts";
import { extractDocument } from "../src/index.ts";
import type { AmountFact, DateFact, EntityMention, SegmentedDoc } from "../src/model.ts";
import type { Amount, Extraction } from "../src/schema.ts";
import { corpusDocuments, corpusPath, GOLD, HAS_SHARED, readGold, SEED, SHARED, sharedTitle } from "./helpers/shared.ts";

/** A document that is only text: extractAmounts reads nothing else. */
function docOf(text: string): SegmentedDoc {
  return {
    source: "case.txt", sha256: "", bytes: text.length, encoding: "utf-8", format: "text", text, blocks: [],
    title: null, titleSpan: null, published: null, segments: [], sentences: [],
  };
}

function amounts(text: string, mentions: EntityMention[] = [], dates: DateFact[] = []): AmountFact[] {
  return extractAmounts(docOf(text), mentions, dates);
}

/** The one amount of `text`. */
function only(text: string): AmountFact {
  const found = amounts(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

type Expected = Partial<Pick<AmountFact, "text" | "kind" | "value" | "valueMax" | "unit" | "qualifier" | "item">>;

describe("amounts: one rule each", () => {
  it.each<[string, Expected]>([
    ["SAMHSA awarded $1.5 billion to states.", { text: "$1.5 billion", kind: "money", value: 1.5e9, unit: "USD" }],
    ["It received $93 million.", { text: "$93 million", value: 93e6, unit: "USD" }],
    ["The fund holds USD 10 million.", { text: "USD 10 million", kind: "money", value: 10e6, unit: "USD" }],
    ["Mexico set aside MXN 500 million.", { text: "MXN 500 million", value: 500e6, unit: "MXN" }],
    ["Mexico set aside 500 million pesos.", { text: "500 million pesos", value: 500e6, unit: "MXN" }],
    ["The EU gave €20 million.", { text: "€20 million", value: 20e6, unit: "EUR" }],
    ["The EU gave 20 million euros.", { text: "20 million euros", value: 20e6, unit: "EUR" }],
    ["The UK pledged £4 billion.", { text: "£4 billion", value: 4e9, unit: "GBP" }],
    ["A grant of $25M per year.", { text: "$25M", value: 25e6, unit: "USD" }],
    ["A family keeps nineteen cents of every dollar.", { text: "nineteen cents", kind: "money", value: 0.19, unit: "USD" }],
  ])("money: %s", (text, expected) => expect(only(text)).toMatchObject(expected));

  it.each<[string, Expected]>([
    ["In all, 745 community coalitions applied.", { text: "745", kind: "count", value: 745, item: "community coalitions" }],
    ["DEA seized 20.4 million fake pills.", { text: "20.4 million", value: 20.4e6, item: "fake pills" }],
    ["It reached five Mexican states.", { text: "five", value: 5, item: "Mexican states" }],
    ["It reached twenty-six states.", { text: "twenty-six", value: 26, item: "states" }],
    ["A dozen agencies signed.", { text: "A dozen", value: 12, item: "agencies" }],
    ["Over two dozen agencies signed.", { text: "two dozen", value: 24, qualifier: "over" }],
    ["It reached half a million people.", { text: "half a million", value: 5e5, item: "people" }],
    ["It trained one hundred and fifty officers.", { text: "one hundred and fifty", value: 150 }],
    ["The line received one tip that helped.", { text: "one", value: 1, item: "tip" }],
    ["Nine more states are planning courts.", { text: "Nine", value: 9, item: "states" }],
    ["They trained 3,000 at-risk youth.", { text: "3,000", value: 3000, item: "at-risk youth" }],
    ["Police made 100 domestic and international arrests.", { item: "domestic and international arrests" }],
    ["They cut 440,000,000 deadly doses of fentanyl.", { value: 4.4e8, item: "deadly doses of fentanyl" }],
    ["The 745 Drug-Free Communities coalitions met.", { item: "Drug-Free Communities coalitions" }],
    ["It trained 119 forensics experts and investigators.", { item: "forensics experts" }],
    ["It donated roughly 500,000 safe, effective COVID-19 vaccine doses, and more.", { item: "safe, effective COVID-19 vaccine doses" }],
    ["It trained 5 federal, state and local officers.", { item: "federal, state and local officers" }],
  ])("count: %s", (text, expected) => expect(only(text)).toMatchObject({ kind: "count", ...expected }));

  it.each<[string, Expected]>([
    ["CBP seized 800 pounds of fentanyl.", { text: "800 pounds", value: 800, unit: "lb", item: "fentanyl" }],
    ["Police seized 71 metric tons of drugs.", { text: "71 metric tons", value: 71, unit: "t", item: "drugs" }],
    ["He held five kilograms of cocaine.", { text: "five kilograms", value: 5, unit: "kg" }],
    ["They found 3 gallons of fuel.", { text: "3 gallons", unit: "gal" }],
    ["The border runs 10 miles east.", { text: "10 miles", unit: "mi" }],
    ["The wall is 10 km long.", { text: "10 km", unit: "km" }],
    ["They planted 200 acres of land.", { text: "200 acres", unit: "acre", item: "land" }],
    ["The nearly 2,000-mile border.", { text: "2,000-mile", unit: "mi", qualifier: "nearly", item: "border" }],
    ["Limit warming to 1.5°C this century.", { text: "1.5°C", value: 1.5, unit: "°C" }],
  ])("quantity: %s", (text, expected) => expect(only(text)).toMatchObject({ kind: "quantity", ...expected }));

  it.each<[string, Expected]>([
    ["Traces rose 40 percent.", { text: "40 percent", value: 40, unit: "%" }],
    ["Turnout was 65.8% in May.", { text: "65.8%", value: 65.8, unit: "%" }],
    ["The rate fell 11 percentage points.", { text: "11 percentage points", value: 11, unit: "pp" }],
    ["Seventy-three percent of adults agree.", { text: "Seventy-three percent", value: 73, unit: "%" }],
  ])("percent: %s", (text, expected) => expect(only(text)).toMatchObject({ kind: "percent", ...expected }));

  it.each<[string, Expected]>([
    ["A 12-year prison sentence for him.", { text: "12-year", value: 12, unit: "year", item: "prison sentence" }],
    ["The first law in 30 years.", { text: "30 years", value: 30, unit: "year" }],
    ["For two decades, nations met.", { text: "two decades", value: 2, unit: "decade" }],
    ["A 30-day supply of medicine.", { text: "30-day", value: 30, unit: "day", item: "supply of medicine" }],
    ["Youth ages 16-24 applied.", { text: "16-24", value: 16, valueMax: 24, unit: "year" }],
  ])("duration: %s", (text, expected) => expect(only(text)).toMatchObject({ kind: "duration", ...expected }));

  it.each<[string, Expected]>([
    ["It seized twice as much as in 2020.", { text: "twice", value: 2 }],
    ["It is four times the amount seized.", { text: "four times", value: 4 }],
    ["A threefold increase in traces.", { text: "threefold", value: 3 }],
    ["Women are up to six times more likely to fall ill.", { text: "six times", value: 6, qualifier: "up_to" }],
  ])("multiplier: %s", (text, expected) => expect(only(text)).toMatchObject({ kind: "multiplier", ...expected }));

  it("counts occasions when nothing is compared: 'released twice', 'extended three times'", () => {
    expect(only("He was arrested and released twice before.")).toMatchObject({ kind: "count", value: 2 });
    expect(only("It extended the moratorium three times – and more.")).toMatchObject({ kind: "count", value: 3, item: "times" });
  });

  it.each<[string, Expected]>([
    ["They trained between 10 and 20 officers.", { text: "10 and 20", kind: "count", value: 10, valueMax: 20, item: "officers" }],
    ["Savings of $4.3 to $4.7 million a year.", { text: "$4.3 to $4.7 million", kind: "money", value: 4.3e6, valueMax: 4.7e6 }],
    ["Sentences of 10-15 years.", { text: "10-15 years", kind: "duration", value: 10, valueMax: 15 }],
    ["They use 10 to 40 percent fewer drugs.", { text: "10 to 40 percent", kind: "percent", value: 10, valueMax: 40 }],
    ["Vaccines for 5-to-12 year-olds.", { kind: "duration", value: 5, valueMax: 12, unit: "year" }],
  ])("range: %s", (text, expected) => expect(only(text)).toMatchObject(expected));

  it("keeps 'from A to B' as two figures (a change), the first taking the second's measure", () => {
    expect(amounts("The watchlist grew from 14 to72.").map((a) => [a.text, a.value])).toEqual([["14", 14], ["72", 72]]);
    expect(amounts("Prices fell from 30 to 19 percent.").map((a) => [a.kind, a.value, a.unit])).toEqual([
      ["percent", 30, "%"],
      ["percent", 19, "%"],
    ]);
    expect(amounts("The cap rose from $500,000 to $2 million.").map((a) => a.value)).toEqual([5e5, 2e6]);
    expect(amounts("It grew its missions from six to nine across the region.").map((a) => a.value)).toEqual([6, 9]);
  });

  it.each<[string, AmountFact["qualifier"], string]>([
    ["INL trained more than 10,000 officers.", "over", "10,000"],
    ["It received over $93 million.", "over", "$93 million"],
    ["It awarded nearly $1.5 billion.", "nearly", "$1.5 billion"],
    ["It has almost 30,000 migrants.", "nearly", "30,000"],
    ["They moved approximately 50 guns.", "approx", "50"],
    ["It accounts for around 40 percent of trade.", "approx", "40 percent"],
    ["They hosted at least 21 events.", "at_least", "21"],
    ["It admits up to 125,000 refugees.", "up_to", "125,000"],
    ["It has fewer than 10,000 officers.", "under", "10,000"],
    ["Families with 3 or more children qualified.", "at_least", "3"],
    ["The Center provided 3,500+ hours of advice.", "at_least", "3,500+ hours"],
  ])("qualifier, outside the span: %s", (text, qualifier, spanText) => {
    expect(only(text)).toMatchObject({ qualifier, text: spanText });
  });

  it("reads the item past a qualifier written after the number", () => {
    expect(only("Families with 3 or more children qualified.").item).toBe("children");
  });

  it("takes no number that is part of a name, and keeps one that counts", () => {
    expect(amounts("We are celebrating America 250 and reviewing Nord Stream 2 since World War 1.")).toEqual([]);
    expect(amounts("Another 212 were confirmed, and in Guatemala 5 clinics opened.").map((a) => a.value)).toEqual([212, 5]);
    expect(amounts("Ceilings: East Asia 150; Europe 40,000; Near East 2,000.").map((a) => a.value)).toEqual([150, 40000, 2000]);
  });

  it("takes no person's age after a name", () => {
    expect(amounts("Also charged are Jorge Luis Mendez, 56, of Culiacan, and Maria Soto, 31, who fled with 12 couriers.").map((a) => a.value)).toEqual([12]);
    expect(amounts("Luis Cárdenas, a.k.a. “El Güero,” 45, a Mexican national, led 12 cells.").map((a) => a.value)).toEqual([12]);
  });

  it("counts a part of a group, two or more, and no rank", () => {
    expect(only("Sanctions also target two of its leaders.")).toMatchObject({ kind: "count", value: 2, item: "leaders" });
    expect(amounts("Albania was one of the first countries to act. It is one of the world’s largest firms, and two of the strongest.")).toEqual([]);
  });

  it("reads a count whose head noun is a unit of time as a duration", () => {
    expect(only("CBP flew 6,590 maritime patrol hours with partners.")).toMatchObject({ kind: "duration", value: 6590, unit: "hour", item: "maritime patrol" });
    expect(only("It will host Defender-Europe 23 next year.")).toMatchObject({ kind: "count", item: "next year" });
  });

  it("takes what a figure alone after a label counts, or its unit, from the label", () => {
    expect(only("  • Tents: 1,500\n")).toMatchObject({ kind: "count", value: 1500, item: "Tents" });
    expect(only("  • Hours flown: 310\n")).toMatchObject({ kind: "duration", value: 310, unit: "hour", item: null });
    expect(only("  • Funding ($): 5,000\n")).toMatchObject({ kind: "money", unit: "USD" });
  });

  it("reads a ratio as one figure that counts the part", () => {
    expect(only("It reaches 1 in 6 households across the country.")).toMatchObject({ text: "1 in 6", kind: "count", value: 1, item: "households" });
    expect(only("Almost one in five people had no limit.")).toMatchObject({ text: "one in five", value: 1, item: "people" });
    expect(only("Currently, 18 out of 20 major issuers charge it.")).toMatchObject({ text: "18 out of 20", value: 18 });
  });

  it("reads money said without its sign where the words ask for it or its passage states money", () => {
    expect(amounts("The Budget requests $58.5 billion. The FY23 budget requests 60.4 billion – with a B – for State.")[1]).toMatchObject({ kind: "money", value: 60.4e9, unit: "USD" });
    expect(amounts("It gave $5 million. The number in need grew from 135 million in 2019 to 193 million in 2021.").slice(1).map((a) => a.kind)).toEqual(["count", "count"]);
    expect(amounts("Need grew from 135 million to 193 million.").map((a) => a.kind)).toEqual(["count", "count"]);
  });

  it("keeps its own measure for each of two figures a dash sets side by side", () => {
    expect(amounts("an increase of 1.7 billion – 6 percent of last year’s request").map((a) => a.kind)).toEqual(["count", "percent"]);
  });

  it("gives no item that starts with an adverb or ends in a verb", () => {
    // "two fatally wounded" names no noun, so "two" counts nothing.
    expect(amounts("Three civilians were dead, two fatally wounded.").map((a) => [a.value, a.item])).toEqual([[3, "civilians"]]);
    expect(only("The admission of up to 15,000 refugees remains justified.").item).toBe("refugees");
    expect(only("In total, four Tribal consortium representing the Tribes applied.").item).toBe("Tribal consortium");
    expect(only("It provides $6.5 billion in mandatory funding for State.").item).toBe("mandatory funding");
  });

  it("counts with a number that opens a list item and counts what follows, year-like as it is", () => {
    expect(only("  • Oxygen Concentrators: 1700 oxygen concentrators to obtain oxygen.")).toMatchObject({ value: 1700, item: "oxygen concentrators" });
  });

  it("reads 'over' before a duration that follows another figure as a span of time", () => {
    expect(amounts("He served over 5 years.")[0]).toMatchObject({ text: "5 years", qualifier: "over" });
    expect(amounts("It gives $12 million over 4 years.")[1]).toMatchObject({ text: "4 years", qualifier: null });
  });
});

describe("amounts: not amounts", () => {
  it.each([
    "In 2022, the agency met; in 1787 the treaty was signed.",
    "The bill passed in fiscal year 2021 and FY2023 and FY 2023.",
    "Executive Order (EO) 14059 and EO 14060 and Executive Orders 14017 and 14001 apply.",
    "GOAL 1: PROTECT OUR PEOPLE",
    "Section 3 of Title 42 and Sections 3 and 4 apply under 8 U.S.C. 1157 and section 101(a)(42).",
    "COVID-19 and COVID -19 spread; G20 and 5G and the 1990s.",
    "Call 202-456-1111 or 1-800-621-FEMA or (202) 646-3272, open 24/7.",
    "The 38th member joined in the first year, and the forty-fifth.",
    "One-third of people and two-thirds of states and one half of them.",
    "They met on May 17, 2022, on June 1-2, 2021, on 7-8 July, 2022 and on October 13 and 14.",
    "The call starts at 10:30 a.m. and ends at 3 p.m.",
    "Several agencies, dozens of cases, multiple kilograms and hundreds of thousands of dollars.",
    "Tens of millions of people and several dozen convictions.",
    "It is one of the strongest voices; no one knows.",
    "The leaders, including Erick “el 85” Valencia, left.",
    "We met at COP26 and read PD 2021-02 in Fiscal ’22.",
    "Focus on: 1) prosecutions; 2) targeting; and 3) health.",
    "Visit https://www.state.gov/2021/report or the%20American%20Rescue%20Plan.",
    "The GLLP is a comprehensive One Health program of the Four Forest Restoration Initiative.",
    "The two also discussed the plan.",
    "It is a tool that empowers, not one used for repression.",
    "It was signed in the year of our Lord two thousand twenty-one.",
  ])("%s", (text) => expect(amounts(text)).toEqual([]));

  it("leaves numbers inside entity and date spans to them", () => {
    const text = "Operation 100 Days targeted 26 officials in the 12 months leading up to April 2021.";
    const name = "Operation 100 Days";
    const date = "the 12 months leading up to April 2021";
    const mention: EntityMention = {
      type: "program", span: [0, name.length], name, acronym: null, key: null, aliases: [], country: null, title: null, parent: null,
    };
    const at = text.indexOf(date);
    const dateFact: DateFact = { text: date, span: [at, at + date.length], from: "2020-05-01", to: "2021-04-30", grain: "range" };
    expect(amounts(text).map((a) => a.text)).toEqual(["100 Days", "26", "12 months"]);
    expect(amounts(text, [mention], [dateFact]).map((a) => a.text)).toEqual(["26"]);
  });

  it("holds a number only in a span that holds it whole; a day listed after a date is that date's", () => {
    const text = "It gave the $500,000 Rural Challenge on October 13 and 14 with 26 states.";
    const cut = "000 Rural Challenge";
    const at = text.indexOf(cut);
    const mention: EntityMention = {
      type: "program", span: [at, at + cut.length], name: cut, acronym: null, key: null, aliases: [], country: null, title: null, parent: null,
    };
    const day = text.indexOf("October 13");
    const dateFact: DateFact = { text: "October 13", span: [day, day + 10], from: "2022-10-13", to: "2022-10-13", grain: "day" };
    expect(amounts(text, [mention], [dateFact]).map((a) => a.text)).toEqual(["$500,000", "26"]);
  });
});

/** Checks the amount that `spanText` is inside `context` of the document text: span, value, unit, qualifier, item. */
function expectAt(x: Extraction, context: string, spanText: string, expected: Expected): void {
  const at = x.text.indexOf(context);
  expect(at, context).toBeGreaterThanOrEqual(0);
  const start = at + context.indexOf(spanText);
  const found = x.amounts.find((a) => a.span[0] === start);
  expect(found, context).toBeDefined();
  expect(found).toMatchObject({ span: [start, start + spanText.length], text: spanText, ...expected });
}

interface GoldAmount {
  text: string;
  kind: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
}

const shape = (a: GoldAmount | Amount) => [a.text, a.kind, a.value, a.unit, a.qualifier];

describe.skipIf(!HAS_SHARED)(sharedTitle("amounts on real text"), () => {
  it("finds in the seed exactly the amounts of its gold file, in order, with their text, unit and qualifier", async () => {
    const x = await extractDocument({ path: SEED });
    const gold = readGold("000_f6d3ac11ccc41d31.gold.json").amounts as GoldAmount[];
    expect(x.amounts.map(shape)).toEqual(gold.map(shape));
  });

  it("gives the seed's figures exact spans, items and qualifiers", async () => {
    const x = await extractDocument({ path: SEED });
    expectAt(x, "awarded nearly $1.5 billion to support", "$1.5 billion", { kind: "money", value: 1.5e9, unit: "USD", qualifier: "nearly", item: null });
    expectAt(x, "a total of 745 community coalitions", "745", { kind: "count", value: 745, item: "community coalitions" });
    expectAt(x, "received over $93 million through", "$93 million", { qualifier: "over" });
    expectAt(x, "more than 20.4 million fake pills", "20.4 million", { value: 20.4e6, qualifier: "over", item: "fake pills" });
    expectAt(x, "15,000 pounds of fentanyl powder", "15,000 pounds", { kind: "quantity", unit: "lb", item: "fentanyl powder" });
    expectAt(x, "more than twice as much", "twice", { kind: "multiplier", value: 2, qualifier: "over" });
    expectAt(x, "four times the amount", "four times", { kind: "multiplier", value: 4 });
    expectAt(x, "a 12-year prison sentence", "12-year", { kind: "duration", unit: "year", item: "prison sentence" });
    expectAt(x, "a nearly 40 percent increase", "40 percent", { kind: "percent", unit: "%", qualifier: "nearly" });
    expectAt(x, "from 14 to72", "14", { value: 14 });
    expectAt(x, "from 14 to72", "72", { value: 72 });
    expectAt(x, "more than five kilograms of cocaine", "five kilograms", { kind: "quantity", unit: "kg", item: "cocaine" });
    expectAt(x, "Six Mexican states have", "Six", { value: 6, item: "Mexican states" });
    expectAt(x, "and one tip that", "one", { value: 1, item: "tip" });
  });

  it("reads the Markdown of the same fact sheet as the plain text", async () => {
    const md = await extractDocument({
      path: corpusPath("whitehouse/statements-releases/2022-10/2022-10-13-fact-sheet-second-meeting-of-the-u-s-mexico-high-level-security-dialogue.md"),
    });
    const seed = await extractDocument({ path: SEED });
    expect(md.amounts.map(shape)).toEqual(seed.amounts.map(shape));
  });

  it("finds the amounts of the Costa Rica State page and none of its dates, ordinals or 'COVID-19'", async () => {
    const x = await extractDocument({ path: corpusPath("state/items/state-page-247783.html") });
    const gold = readGold("state-247783-costa-rica.gold.json").amounts as GoldAmount[];
    expect(x.amounts.map(shape)).toEqual(gold.map(shape));
  });

  it("finds nothing in the 2021 dialogue, whose only numbers are a date and goal labels", async () => {
    const x = await extractDocument({
      path: corpusPath("whitehouse/statements-releases/2021-10/2021-10-08-fact-sheet-u-s-mexico-high-level-security-dialogue.md"),
    });
    expect(x.amounts).toEqual([]);
  });

  it("reads pounds sterling, U.S. and Australian dollars written as codes", async () => {
    const x = await extractDocument({ path: corpusPath("whitehouse/statements-releases/2024-09/2024-09-17-joint-leaders-statement-to-mark-the-third-anniversary-of-aukus.md") });
    expectAt(x, "nearly £4 billion", "£4 billion", { kind: "money", value: 4e9, unit: "GBP", qualifier: "nearly" });
    expectAt(x, "invest USD 17.5 billion", "USD 17.5 billion", { value: 17.5e9, unit: "USD" });
    expectAt(x, "over AUD 30 billion", "AUD 30 billion", { value: 30e9, unit: "AUD", qualifier: "over" });
  });

  it("reads euros and degrees Celsius, and no money in 'COP26'", async () => {
    const x = await extractDocument({ path: corpusPath("state/items/state-page-254074.html") });
    expectAt(x, "1.5 billion euros to COVAX", "1.5 billion euros", { kind: "money", value: 1.5e9, unit: "EUR" });
    expectAt(x, "limiting warming to 1.5 degrees Celsius", "1.5 degrees Celsius", { kind: "quantity", unit: "°C" });
    expect(x.amounts.some((a) => a.text.includes("26"))).toBe(false);
  });

  it("takes the refugee ceilings of a determination and none of its citations", async () => {
    const x = await extractDocument({
      path: corpusPath("whitehouse/statements-releases/2021-10/2021-10-08-memorandum-for-the-secretary-of-state-on-presidential-determination-on-refugee-admissions-for-fiscal-year-2022.md"),
    });
    expectAt(x, "up to 125,000 refugees", "125,000", { kind: "count", qualifier: "up_to", item: "refugees" });
    expect(x.amounts.filter((a) => [8, 22, 101, 1157, 2601].includes(a.value))).toEqual([]);
  });

  it("takes no clock times or phone numbers from a disaster declaration", async () => {
    const x = await extractDocument({
      path: corpusPath("whitehouse/statements-releases/2021-08/2021-08-29-president-joseph-r-biden-jr-approves-louisiana-disaster-declaration-3.md"),
    });
    expect(x.amounts.map((a) => a.text)).toEqual(["30 days", "100 percent", "seven days"]);
  });

  it("reads '$25M', percentage points, cents in words and a range of percents in the Latino equity fact sheets", async () => {
    const latino = "whitehouse/statements-releases/%s-fact-sheet-the-biden-harris-administration-advances-equity-and-opportunity-for-latino-communities-across-the-country";
    const y2022 = await extractDocument({ path: corpusPath(`${latino.replace("%s", "2022-10/2022-10-19")}-2.md`) });
    expectAt(y2022, "up to $25M per year", "$25M", { kind: "money", value: 25e6, qualifier: "up_to" });
    expectAt(y2022, "decreased by 11 percentage points", "11 percentage points", { kind: "percent", unit: "pp" });
    const y2021 = await extractDocument({ path: corpusPath(`${latino.replace("%s", "2021-10/2021-10-14")}.md`) });
    expectAt(y2021, "use 10 to 40 percent fewer", "10 to 40 percent", { value: 10, valueMax: 40, unit: "%" });
    expectAt(y2021, "just nineteen cents for every dollar", "nineteen cents", { kind: "money", value: 0.19, unit: "USD" });
  });

  it("keeps every amount of the corpus sound: exact span, unit by kind, no bare year, qualifier outside", async () => {
    const money = /^[A-Z]{3}$/;
    let checked = 0;
    for (const path of corpusDocuments()) {
      const x = await extractDocument({ path });
      let end = -1;
      for (const a of x.amounts) {
        expect(x.text.slice(a.span[0], a.span[1]), path).toBe(a.text);
        expect(a.span[0], `${path}: ${a.text} overlaps the amount before it`).toBeGreaterThanOrEqual(end);
        end = a.span[1];
        if (a.kind === "money") expect(a.unit, a.text).toMatch(money);
        if (a.kind === "percent") expect(["%", "pp", "bp"], a.text).toContain(a.unit);
        if (a.kind === "count" || a.kind === "multiplier") expect(a.unit, a.text).toBeNull();
        if (a.valueMax !== null) expect(a.valueMax, a.text).toBeGreaterThan(a.value);
        // A year-like number is an amount only where it counts something ("1700 oxygen concentrators").
        if (a.item === null) expect(a.text, path).not.toMatch(/^(?:1[5-9]|20)\d\d$/);
        expect(a.text, path).not.toMatch(/^(?:more than|over|nearly|about|approximately|at least|up to)\s/i);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});

interface ScoredField {
  gold: number;
  pred: number;
  match: number;
}

describe.skipIf(!HAS_SHARED)(sharedTitle("amounts against the gold files"), () => {
  it("scores amount F1 >= 0.95 micro-averaged over ../shared/eval/gold, every matched money and percent with its unit", async () => {
    const scorer = (await import(pathToFileURL(join(SHARED, "eval", "score.mjs")).href)) as {
      scoreDocument: (gold: unknown, pred: unknown) => { fields: Record<string, ScoredField> };
    };
    const total = { gold: 0, pred: 0, match: 0 };
    for (const file of readdirSync(GOLD).filter((f) => f.endsWith(".gold.json"))) {
      const gold = JSON.parse(readFileSync(join(GOLD, file), "utf8")) as { source: string; amounts: (GoldAmount & { optional?: boolean })[] };
      const x = await extractDocument({ path: join(SHARED, gold.source) });
      const { amount } = scorer.scoreDocument(gold, x).fields;
      total.gold += amount!.gold;
      total.pred += amount!.pred;
      total.match += amount!.match;
      for (const g of gold.amounts.filter((a) => a.kind === "money" || a.kind === "percent")) {
        const same = x.amounts.filter((a) => a.kind === g.kind && Math.abs(a.value - g.value) <= 1e-6 * Math.max(1, g.value));
        expect(same.length, `${file}: ${g.text}`).toBeGreaterThan(0);
        expect(same.map((a) => a.unit), `${file}: ${g.text}`).toContain(g.unit);
      }
    }
    const p = total.match / total.pred;
    const r = total.match / total.gold;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.95);
  });
});

const ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [[1e9, "billion"], [1e6, "million"], [1e3, "thousand"]];

/** English words for 1 <= n < 10^12: 123456 -> "one hundred twenty-three thousand four hundred fifty-six". */
function inWords(n: number, and: boolean): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : "");
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred` + (n % 100 ? `${and ? " and" : ""} ${inWords(n % 100, and)}` : "");
  const [scale, name] = SCALES.find(([s]) => n >= s)!;
  return `${inWords(Math.floor(n / scale), and)} ${name}` + (n % scale ? ` ${inWords(n % scale, and)}` : "");
}

interface Rendered {
  form: string;
  kind: AmountFact["kind"];
  value: number;
  unit: string | null;
}

/** One number in one written form, and what it must parse back to. */
const rendered: fc.Arbitrary<Rendered> = fc.oneof(
  fc.integer({ min: 1, max: 999_999_999 }).map((n) => ({ form: n.toLocaleString("en-US"), kind: "count" as const, value: n, unit: null })),
  fc.integer({ min: 1, max: 999 }).map((n) => ({ form: String(n), kind: "count" as const, value: n, unit: null })),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(["million", 1e6], ["billion", 1e9]) as fc.Arbitrary<[string, number]>)
    .chain(([tenths, [scale, factor]]) => {
      const written = `${tenths / 10} ${scale}`;
      const value = Number(`${tenths / 10}e${Math.log10(factor)}`);
      return fc.constantFrom<Rendered>(
        { form: written, kind: "count", value, unit: null },
        { form: `$${written}`, kind: "money", value, unit: "USD" },
        { form: `USD ${written}`, kind: "money", value, unit: "USD" },
        { form: `€${written}`, kind: "money", value, unit: "EUR" },
        { form: `${written} pesos`, kind: "money", value, unit: "MXN" },
      );
    }),
  fc
    .tuple(fc.integer({ min: 1, max: 999_999 }).filter((n) => n <= 2000 || n > 2100), fc.boolean())
    .map(([n, and]) => ({ form: inWords(n, and), kind: "count" as const, value: n, unit: null })),
  fc.integer({ min: 1, max: 999 }).chain((n) =>
    fc.constantFrom<Rendered>(
      { form: `${n} percent`, kind: "percent", value: n, unit: "%" },
      { form: `${n / 10}%`, kind: "percent", value: n / 10, unit: "%" },
      { form: `${n} years`, kind: "duration", value: n, unit: "year" },
      { form: `${n}-year`, kind: "duration", value: n, unit: "year" },
      { form: `${n.toLocaleString("en-US")} pounds`, kind: "quantity", value: n, unit: "lb" },
    ),
  ),
);

describe("amounts: every written form parses back to its value", () => {
  it("numerals, scale words, currencies, number words, percents, durations and units", () => {
    fc.assert(
      fc.property(rendered, ({ form, kind, value, unit }) => {
        const found = amounts(`Officials counted ${form} vehicles in the region.`);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ text: form, kind, value, unit });
      }),
      { numRuns: 500 },
    );
  });
});
