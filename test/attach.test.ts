/**
 * Figures and dates tied to what they measure: segment, the entities of the
 * sentence, and the subject. Entities are built by hand here (their
 * matchers are tested on their own); the sentences are small cases and real
 * corpus text.
 */
import { describe, expect, it } from "vitest";
import { extractAmounts } from "../src/extract/amounts/index.ts";
import { load } from "../src/load/index.ts";
import type { DateFact, SegmentedDoc, SourceInput } from "../src/model.ts";
import { normalize } from "../src/normalize/index.ts";
import type { StageContext } from "../src/pipeline/stage.ts";
import { attach } from "../src/resolve/attach.ts";
import type { Amount, Entity } from "../src/schema.ts";
import { segment } from "../src/segment/index.ts";
import { corpusPath, HAS_SHARED, SEED, sharedTitle } from "./helpers/shared.ts";

const CTX: StageContext = { pipeline: { name: "test", version: "0" }, limits: { maxBytes: 1 << 24 }, timings: new Map() };

/** The document after the segment stage: text, segments and sentences. */
async function segmented(input: SourceInput): Promise<SegmentedDoc> {
  return segment.run(await normalize.run(await load.run(input, CTX), CTX), CTX);
}

const textDoc = (text: string) => segmented({ path: "case.txt", bytes: Buffer.from(text, "utf8") });

/** An entity whose mentions are every whole-word occurrence of its names in the text. */
function entity(doc: SegmentedDoc, key: string, ...names: string[]): Entity {
  const mentions = names.flatMap((name) => {
    const found = [];
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const whole = !/[\p{L}\p{N}]/u.test(doc.text[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(doc.text[at + name.length] ?? " ");
      if (whole) found.push({ text: name, span: [at, at + name.length] as [number, number], segment: null });
    }
    return found;
  });
  const type = key.slice(0, key.indexOf(":")) as Entity["type"];
  return { key, type, name: names[0]!, acronym: null, aliases: [], country: null, title: null, parent: null, mentions };
}

/** The amounts of the document tied to `entities`, by their text. */
function tied(doc: SegmentedDoc, entities: Entity[]): Map<string, Amount> {
  const { amounts } = attach(doc, entities, extractAmounts(doc, [], []), []);
  return new Map(amounts.map((a) => [a.text, a]));
}

describe("attach: the subject of a figure", () => {
  it("takes the body that acts through another: 'HHS, through SAMHSA, awarded nearly $1.5 billion' -> SAMHSA", async () => {
    const doc = await textDoc(
      "The U.S. Department of Health and Human Services (HHS), through the Substance Abuse and Mental Health Services Administration (SAMHSA), awarded nearly $1.5 billion to support states.",
    );
    const entities = [
      entity(doc, "agency:us:hhs", "U.S. Department of Health and Human Services", "HHS"),
      entity(doc, "agency:us:samhsa", "Substance Abuse and Mental Health Services Administration", "SAMHSA"),
    ];
    const a = tied(doc, entities).get("$1.5 billion")!;
    expect(a.subject).toBe("agency:us:samhsa");
    expect(a.entities).toEqual(["agency:us:hhs", "agency:us:samhsa"]);
  });

  it("takes the head of a possessive: 'The Department of State’s INL has provided $93 million' -> INL", async () => {
    const doc = await textDoc("The Department of State’s INL has provided $93 million to Mexico.");
    const entities = [
      entity(doc, "agency:us:dos", "Department of State"),
      entity(doc, "agency:us:inl", "INL"),
      entity(doc, "place:mexico", "Mexico"),
    ];
    expect(tied(doc, entities).get("$93 million")!.subject).toBe("agency:us:inl");
  });

  it("skips a possessor that holds a preposition: 'The Department of the Treasury’s OFAC designated 26 individuals'", async () => {
    const doc = await textDoc("The Department of the Treasury’s Office of Foreign Assets Control (OFAC) designated 26 individuals.");
    const entities = [
      entity(doc, "agency:us:treasury", "Department of the Treasury"),
      entity(doc, "agency:us:ofac", "Office of Foreign Assets Control", "OFAC"),
    ];
    expect(tied(doc, entities).get("26")!.subject).toBe("agency:us:ofac");
  });

  it("passes over objects of prepositions and verbs to the subject: 'USAID partnered with FEADLE to investigate 21 cases'", async () => {
    const doc = await textDoc("USAID also partnered with the federal Special Prosecutor (FEADLE) to investigate and prosecute 21 cases.");
    const entities = [entity(doc, "agency:us:usaid", "USAID"), entity(doc, "agency:mx:feadle", "Special Prosecutor", "FEADLE")];
    expect(tied(doc, entities).get("21")!.subject).toBe("agency:us:usaid");
  });

  it("gives no subject to coordinated bodies or to a place inside a prepositional phrase", async () => {
    const doc = await textDoc("INL and ATF trained 775 forensic experts. INL-donated canines in Mexico helped seize more than 75,000 fentanyl pills.");
    const entities = [entity(doc, "agency:us:inl", "INL"), entity(doc, "agency:us:atf", "ATF"), entity(doc, "place:mexico", "Mexico")];
    const byText = tied(doc, entities);
    expect(byText.get("775")!.subject).toBeNull();
    expect(byText.get("75,000")!.subject).toBeNull();
  });

  it("reads the clause that holds the figure: after 'which' the subject is the relative clause's", async () => {
    const doc = await textDoc("OFAC designated 26 individuals, which DEA had tracked for 5 years.");
    const entities = [entity(doc, "agency:us:ofac", "OFAC"), entity(doc, "agency:us:dea", "DEA")];
    const byText = tied(doc, entities);
    expect(byText.get("26")!.subject).toBe("agency:us:ofac");
    expect(byText.get("5 years")!.subject).toBe("agency:us:dea");
  });

  it("gives no subject to a figure in a clause with a verb of its own: 'Biden signed the Act, the first law Congress has passed in 30 years'", async () => {
    const doc = await textDoc("President Biden signed the Bipartisan Safer Communities Act, the first law Congress has passed in nearly 30 years.");
    const entities = [entity(doc, "person:joe-biden", "Biden"), entity(doc, "law:bipartisan-safer-communities-act", "Bipartisan Safer Communities Act")];
    expect(tied(doc, entities).get("30 years")!.subject).toBeNull();
  });

  it("takes the subject after a short opening phrase for a date in it: 'In 2021, DEA seized'", async () => {
    const doc = await textDoc("In 2021, DEA seized more than 20.4 million fake pills.");
    const at = doc.text.indexOf("2021");
    const date: DateFact = { text: "2021", span: [at, at + 4], from: "2021-01-01", to: "2021-12-31", grain: "year" };
    const entities = [entity(doc, "agency:us:dea", "DEA")];
    const { amounts, dates } = attach(doc, entities, extractAmounts(doc, [], [date]), [date]);
    expect(dates[0]!.subject).toBe("agency:us:dea");
    expect(amounts[0]!).toMatchObject({ text: "20.4 million", subject: "agency:us:dea" });
  });

  it("gives a row of a list its own label as subject, never the next row's", async () => {
    const doc = await textDoc("The ceilings are: Mexico: 20,000; Canada: 15,000. Ceilings:\nGuatemala . . . . . 300\nHonduras . . . . . 200\nAfrica 40,000, Canada receives 15,000.");
    const entities = [
      entity(doc, "place:mexico", "Mexico"), entity(doc, "place:canada", "Canada"), entity(doc, "place:guatemala", "Guatemala"), entity(doc, "place:honduras", "Honduras"),
    ];
    const { amounts } = attach(doc, entities, extractAmounts(doc, [], []), []);
    expect(amounts.map((a) => [a.text, a.subject])).toEqual([
      ["20,000", "place:mexico"], ["15,000", "place:canada"], ["300", "place:guatemala"], ["200", "place:honduras"],
      // A figure after a bare name is a row too: the next row's body is no subject of it.
      ["40,000", null], ["15,000", "place:canada"],
    ]);
  });

  it("has no subject when no entity stands before the verb", async () => {
    const doc = await textDoc("In 2022, a total of 745 community coalitions received over $93 million through ONDCP.");
    const byText = tied(doc, [entity(doc, "agency:us:ondcp", "ONDCP")]);
    expect(byText.get("745")!.subject).toBeNull();
    expect(byText.get("$93 million")!.subject).toBeNull();
    expect(byText.get("$93 million")!.entities).toEqual(["agency:us:ondcp"]);
  });
});

describe("attach: segment and sentence", () => {
  it("records the innermost segment and only the entities of the figure's own sentence", async () => {
    const doc = await textDoc("Safe Communities\n\n  • USAID trained 60 judges. DEA seized 5 kilograms of cocaine.\n");
    const entities = [entity(doc, "agency:us:usaid", "USAID"), entity(doc, "agency:us:dea", "DEA")];
    const byText = tied(doc, entities);
    const bullet = doc.segments.find((s) => s.kind === "bullet")!;
    expect(byText.get("60")).toMatchObject({ segment: bullet.id, entities: ["agency:us:usaid"], subject: "agency:us:usaid" });
    expect(byText.get("5 kilograms")).toMatchObject({ segment: bullet.id, entities: ["agency:us:dea"], subject: "agency:us:dea" });
  });
});

describe.skipIf(!HAS_SHARED)(sharedTitle("attach on real text"), () => {
  it("ties the seed's figures to the bodies that awarded, seized, trained and designated them", async () => {
    const doc = await segmented({ path: SEED });
    const entities = [
      entity(doc, "agency:us:hhs", "U.S. Department of Health and Human Services", "HHS"),
      entity(doc, "agency:us:samhsa", "Substance Abuse and Mental Health Services Administration", "SAMHSA"),
      entity(doc, "agency:us:inl", "Bureau of International Narcotics and Law Enforcement Affairs", "Bureau of International Narcotics and Law Enforcement", "INL"),
      entity(doc, "agency:us:dos", "Department of State", "State Department"),
      entity(doc, "agency:us:dea", "Drug Enforcement Administration", "DEA"),
      entity(doc, "agency:us:treasury", "Department of the Treasury"),
      entity(doc, "agency:us:ofac", "Office of Foreign Assets Control", "OFAC"),
      entity(doc, "agency:us:cbp", "Customs and Border Protection", "CBP"),
      entity(doc, "agency:us:atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF"),
      entity(doc, "agency:us:usaid", "U.S. Agency for International Development", "USAID"),
      entity(doc, "agency:us:ondcp", "Office of National Drug Control Policy", "ONDCP"),
      entity(doc, "law:bipartisan-infrastructure-law", "Bipartisan Infrastructure Law"),
      entity(doc, "place:mexico", "Mexico"),
    ];
    const { amounts } = attach(doc, entities, extractAmounts(doc, [], []), []);
    const subjectAfter = (context: string) => {
      const at = doc.text.indexOf(context) + context.length;
      return amounts.find((a) => a.span[0] === at)?.subject;
    };
    expect(subjectAfter("awarded nearly ")).toBe("agency:us:samhsa");
    expect(subjectAfter("Mexico also committed to invest ")).toBe("place:mexico");
    expect(subjectAfter("Infrastructure Law includes ")).toBe("law:bipartisan-infrastructure-law");
    expect(subjectAfter("(INL) trained more than ")).toBe("agency:us:inl");
    expect(subjectAfter("In 2021, DEA seized more than ")).toBe("agency:us:dea");
    expect(subjectAfter("(CBP) significantly increased the amount of fentanyl seized along the U.S. Southwest Border, seizing an average of more than ")).toBe("agency:us:cbp");
    expect(subjectAfter("(OFAC) designated ")).toBe("agency:us:ofac");
    expect(subjectAfter("Mexico expanded its chemical watchlist from ")).toBe("place:mexico");
    expect(subjectAfter("INL and ATF trained ")).toBeNull();
    expect(subjectAfter("a total of ")).toBeNull();
    expect(subjectAfter("all 50 states received over ")).toBeNull();
  });

  it("ties a State Department figure to the country that is the subject of its sentence", async () => {
    const doc = await segmented({ path: corpusPath("state/items/state-page-247783.html") });
    const entities = [entity(doc, "place:us", "United States"), entity(doc, "place:cr", "Costa Rica")];
    const { amounts } = attach(doc, entities, extractAmounts(doc, [], []), []);
    const fdi = amounts.find((a) => a.text === "$1.92 billion")!;
    expect(fdi.subject).toBe("place:us");
    expect(fdi.entities).toEqual(["place:us", "place:cr"]);
    expect(amounts.find((a) => a.text === "five million")!.subject).toBeNull();
  });
});
