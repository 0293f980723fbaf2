/** Programs and laws: head words, tails, left trimming, clauses and possessives, short names, executive orders. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/index.ts";
import type { Entity, EntityType, Extraction } from "../src/schema.ts";
import { extractText } from "./helpers/documents.ts";
import { HAS_SHARED, SEED, sharedTitle } from "./helpers/shared.ts";

const ofType = (x: Extraction, type: EntityType): Entity[] => x.entities.filter((e) => e.type === type);
const named = async (text: string) =>
  (await extractText(text)).entities.filter((e) => e.type === "program" || e.type === "law").map((e) => `${e.type}: ${e.name}`);

describe("programs", () => {
  it("ends a name with a program head and trims it at the left", async () => {
    expect(await named("In April, the Administration released its National Drug Control Strategy. The Global Health Worker Initiative grew.")).toEqual([
      "program: National Drug Control Strategy",
      "program: Global Health Worker Initiative",
    ]);
  });

  it("keeps a tail after the head, across a list", async () => {
    expect(await named("They discussed the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities at length.")).toEqual([
      "program: U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities",
    ]);
    expect(await named("The countries convened the Strategic Dialogue on Illicit Finance in May.")).toEqual(["program: Strategic Dialogue on Illicit Finance"]);
    expect(await named("Today the undersigned foreign ministers for country members of the Global Partnership for Action on Gender-Based Online Harassment and Abuse call attention to it.")).toEqual([
      "program: Global Partnership for Action on Gender-Based Online Harassment and Abuse",
    ]);
    expect(await named("They released the U.S. National Strategy to Counter Antisemitism on May 25, 2023, and the Clean Energy Partnership for Growth on Monday.")).toEqual([
      "program: U.S. National Strategy to Counter Antisemitism", "program: Clean Energy Partnership for Growth",
    ]);
  });

  it("needs more than a generic word before the head", async () => {
    expect(await named("The National Strategy was updated. A new Federal Program began. The Plan worked.")).toEqual([]);
  });

  it("starts a name with Operation, small words inside", async () => {
    expect(await named("Operation Without a Trace spearheaded a campaign; DEA’s Operation Overdrive, an initiative, grew.")).toEqual([
      "program: Operation Without a Trace",
      "program: Operation Overdrive",
    ]);
  });

  it("takes a lower-case head after two capitalized words, and named systems", async () => {
    expect(await named("The FBI’s Legal Attaché program helped; investigators were trained on eTrace.")).toEqual([
      "program: Legal Attaché program",
      "program: eTrace",
    ]);
    const [fund] = ofType(await extractText("The $300 million Centroamérica Local initiative empowers local organizations."), "program");
    expect([fund?.name, fund?.aliases]).toEqual(["Centroamérica Local initiative", ["Centroamérica Local"]]);
    // A named system alone is its own head: no name without it.
    expect(await named("eTrace")).toEqual(["program: eTrace"]);
  });

  it("names a recurring meeting without the year of one meeting, and keeps the year of a target", async () => {
    const x = await extractText("The 2021 High-Level Security Dialogue led to the 2022 High-Level Security Dialogue, which backed the 2030 Agenda for Sustainable Development.");
    expect(ofType(x, "program").map((p) => [p.name, p.aliases])).toEqual([
      ["High-Level Security Dialogue", ["2021 High-Level Security Dialogue", "2022 High-Level Security Dialogue"]],
      ["2030 Agenda for Sustainable Development", []],
    ]);
  });

  it("leaves a title's head out of a program's name, and its portfolio out of programs", async () => {
    expect(await named("The Director of the Fulbright Program met the Director of Political Strategy.")).toEqual(["program: Fulbright Program"]);
  });

  it("makes a name that a chief executive heads an organization's, in every mention", async () => {
    const x = await extractText("We heard from Kurt Foreman, CEO of the Delaware Prosperity Partnership. The Delaware Prosperity Partnership grew.");
    expect(ofType(x, "program")).toEqual([]);
    expect(ofType(x, "organization").map((e) => [e.name, e.mentions.length])).toEqual([["Delaware Prosperity Partnership", 2]]);
  });

  it("takes an acronym inside a name and ties the short name to the long one", async () => {
    const x = await extractText("Coalitions received funds through the Drug-Free Communities (DFC) Program. The DFC Program supports communities.");
    const [dfc] = ofType(x, "program");
    expect(dfc?.name).toBe("Drug-Free Communities Program");
    expect(dfc?.acronym).toBe("DFC");
    expect(dfc?.mentions.map((m) => m.text)).toEqual(["Drug-Free Communities (DFC) Program", "DFC Program"]);
  });

  it("starts a name before a series where its acronym says so", async () => {
    const x = await extractText("Grants fund the Comprehensive Opioid, Stimulant, and Substance Use Program (COSSUP) in 40 states.");
    expect(ofType(x, "program").map((e) => [e.name, e.acronym])).toEqual([["Comprehensive Opioid, Stimulant, and Substance Use Program", "COSSUP"]]);
  });

  it("ties the end of a long name to it", async () => {
    const x = await extractText("They met on the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities. The Bicentennial Framework guides them.");
    expect(ofType(x, "program").map((e) => e.mentions.map((m) => m.text))).toEqual([
      ["U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities", "Bicentennial Framework"],
    ]);
  });

  it("splits two names joined by 'and'", async () => {
    expect(await named("They follow the Root Causes Strategy and the Collaborative Migration Management Strategy.")).toEqual([
      "program: Root Causes Strategy",
      "program: Collaborative Migration Management Strategy",
    ]);
    expect(await named("The rule is issued under the Trade Act of 2002 and the Homeland Security Act of 2002, as amended.")).toEqual([
      "law: Trade Act", "law: Homeland Security Act",
    ]);
  });

  it("takes no head inside a longer name", async () => {
    expect(await named("Law Enforcement Affairs officers and the Plan Review Board met.")).toEqual([]);
  });

  it("keeps a group's possessive inside a name, but not an owner's", async () => {
    expect(await named("Funds went to the Young Women’s Empowerment Initiative and the Children’s Health Insurance Program, and to DEA’s Operation Overdrive.")).toEqual([
      "program: Young Women’s Empowerment Initiative",
      "program: Children’s Health Insurance Program",
      "program: Operation Overdrive",
    ]);
  });

  it("takes a slogan-like name that holds a copula, not a clause before a name", async () => {
    expect(await named("It will fund a national Food is Medicine Research Initiative.")).toEqual(["program: Food is Medicine Research Initiative"]);
    expect(await named("He said Smith is Bipartisan Infrastructure Law counsel.")).toEqual(["law: Bipartisan Infrastructure Law"]);
  });

  it("drops a verb phrase or a clause before a determiner in a Title Case lead-in", async () => {
    expect(await named("Expanding the Central American Minors Program. Critical Investments in Latino Families in the American Rescue Plan. Help followed.")).toEqual([
      "program: Central American Minors Program",
      "program: American Rescue Plan",
    ]);
    // A head before the determiner makes what follows its tail.
    expect(await named("They signed the Roadmap for a Renewed U.S.-Canada Partnership in February.")).toEqual(["program: Roadmap for a Renewed U.S.-Canada Partnership"]);
  });

  it("drops a sentence's first verb with the verb joined to it", async () => {
    expect(await named("Reinstating and Expanding Central American Minors (CAM) Program. The program grew.")).toEqual(["program: Central American Minors Program"]);
  });

  it("cuts a clause before a name that the document gives alone", async () => {
    expect(await named("The American Rescue Plan passed. Cities used Water Infrastructure Investments with American Rescue Plan funds.")).toEqual([
      "program: American Rescue Plan",
    ]);
    // Unattested, the words after a preposition stay in the name.
    expect(await named("The Housing Opportunities for People with AIDS Program helps.")).toEqual(["program: Housing Opportunities for People with AIDS Program"]);
  });

  it("ends a name that a start head opens before 'and', and a tail before 'and the'", async () => {
    expect(await named("Operation Overdrive and Biden’s team met. The National Strategy on Gender Equity and Equality and the Administration agree.")).toEqual([
      "program: Operation Overdrive",
      "program: National Strategy on Gender Equity and Equality",
    ]);
  });
});

describe("laws", () => {
  it("ends a name with Act or Law; U.S. and the year go to the aliases", async () => {
    const x = await extractText("In June, President Biden signed the Bipartisan Safer Communities Act. The U.S. Bipartisan Infrastructure Law and the CHIPS and Science Act of 2022 followed.");
    expect(ofType(x, "law").map((e) => [e.name, e.aliases])).toEqual([
      ["Bipartisan Safer Communities Act", []],
      ["Bipartisan Infrastructure Law", ["U.S. Bipartisan Infrastructure Law"]],
      ["CHIPS and Science Act", ["CHIPS and Science Act of 2022"]],
    ]);
  });

  it("takes a constitution, which keeps its country", async () => {
    const x = await extractText("The visit honors the U.S. Constitution, and Mexico amended the Mexican Constitution.");
    expect(ofType(x, "law").map((e) => e.name)).toEqual(["U.S. Constitution", "Mexican Constitution"]);
  });

  it("names every form of an executive order 'Executive Order N', one law", async () => {
    const x = await extractText("OFAC acted under Executive Order (EO) 14059. E.O. 14059 and EO 14059 are the same as Executive Order 14059. Executive Orders 14024 and 14066 differ.");
    expect(ofType(x, "law").map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Executive Order 14059", ["Executive Order (EO) 14059", "E.O. 14059", "EO 14059", "Executive Order 14059"]],
      ["Executive Order 14024", ["Executive Orders 14024"]],
      ["Executive Order 14066", ["14066"]],
    ]);
  });

  it("names a section's act by the act, and a public law by its number", async () => {
    expect(await named("Tariffs under Section 232 of the Trade Expansion Act rose. Public Law 117-58 funds roads.")).toEqual([
      "law: Trade Expansion Act",
      "law: Public Law 117-58",
    ]);
  });

  it("names an executive order by its title, commas inside, a date after it left out", async () => {
    expect(await named("He signed the Executive Order on Diversity, Equity, Inclusion, and Accessibility in the Federal Workforce in June 2021.")).toEqual([
      "law: Executive Order on Diversity, Equity, Inclusion, and Accessibility in the Federal Workforce",
    ]);
  });

  it("leaves a leading year out of an act's name", async () => {
    const x = await extractText("The 1964 Civil Rights Act still stands.");
    expect(ofType(x, "law").map((e) => [e.name, e.aliases])).toEqual([["Civil Rights Act", ["1964 Civil Rights Act"]]]);
  });

  it("takes no executive order without a number", async () => {
    expect(await named("President Biden announced two Executive Orders. Many sanctions under this EO followed.")).toEqual([]);
  });
});

describe("every program and law mention's span slices to its text", () => {
  it("on arbitrary text", async () => {
    const word = fc.constantFrom("The", "National", "Drug", "Control", "Strategy", "for", "Security", ",", "and", "Act", "Operation", "Overdrive",
      "(DFC)", "Program", "Executive", "Order", "14059", "EO", "of", "2022", "’s", "\n", ".", "eTrace", "program", "Law");
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 40 }), async (words) => {
        const x = await extractText(`Note. ${words.join(" ")}`);
        for (const e of [...ofType(x, "program"), ...ofType(x, "law")]) for (const m of e.mentions) expect(x.text.slice(m.span[0], m.span[1])).toBe(m.text);
      }),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(!HAS_SHARED)(sharedTitle("programs and laws in the seed"), () => {
  it("finds them with exact spans", async () => {
    const x = await extractDocument({ path: SEED });
    const at = (s: string, from = 0) => [x.text.indexOf(s, from), x.text.indexOf(s, from) + s.length];
    const find = (type: EntityType, name: string) => ofType(x, type).find((e) => e.name === name);
    expect(find("program", "Operation Overdrive")?.mentions.map((m) => m.span)).toEqual([at("Operation Overdrive")]);
    expect(find("program", "Operation Without a Trace")?.mentions.map((m) => m.span)).toEqual([at("Operation Without a Trace")]);
    expect(find("program", "National Strategy to Prevent Addictions")?.mentions[0]?.span).toEqual(at("National Strategy to Prevent Addictions"));
    expect(find("law", "Executive Order 14059")?.mentions[0]?.span).toEqual(at("Executive Order (EO) 14059"));
    // The refiner adds the act's acronym, "(SCA)", as a fourth mention.
    expect(find("law", "Bipartisan Safer Communities Act")?.mentions.filter((m) => m.text.startsWith("Bipartisan"))).toHaveLength(3);
    expect(find("program", "U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities")?.mentions.length).toBe(6);
  });
});
