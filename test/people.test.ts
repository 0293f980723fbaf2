/** People: titles, name parts, nicknames and aliases, short mentions, and what is no person. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchPeople } from "../src/extract/entities/people/index.ts";
import { TokenLayer } from "../src/extract/entities/tokens.ts";
import { load } from "../src/load/index.ts";
import type { EntityMention, SegmentedDoc } from "../src/model.ts";
import { normalize } from "../src/normalize/index.ts";
import type { StageContext } from "../src/pipeline/stage.ts";
import type { Entity, Extraction } from "../src/schema.ts";
import { segment } from "../src/segment/index.ts";
import { extractText } from "./helpers/documents.ts";
import { corpusPath, HAS_SHARED, SEED, sharedTitle } from "./helpers/shared.ts";
import { extractDocument } from "../src/index.ts";

const people = (x: Extraction): Entity[] => x.entities.filter((e) => e.type === "person");
const names = async (text: string, path?: string) => people(await extractText(text, path)).map((e) => e.name);
const person = (x: Extraction, name: string) => people(x).find((e) => e.name === name);
const names0 = (x: Extraction) => people(x).map((e) => e.name);

/** The segmented document, for calling the matcher with mentions found before it. */
async function segmented(text: string): Promise<SegmentedDoc> {
  const ctx: StageContext = { pipeline: { name: "test", version: "1" }, limits: { maxBytes: 1 << 20 }, timings: new Map() };
  const loaded = await load.run({ path: "case.txt", bytes: Buffer.from(text, "utf8") }, ctx);
  return segment.run(await normalize.run(loaded, ctx), ctx);
}

describe("titles before names", () => {
  it("keeps the title apart from the name", async () => {
    const x = await extractText("Today, Secretary of State Antony Blinken met Attorney General Merrick B. Garland in Washington.");
    expect(person(x, "Antony Blinken")?.title).toBe("Secretary of State");
    expect(person(x, "Merrick B. Garland")?.title).toBe("Attorney General");
    expect(person(x, "Antony Blinken")?.mentions.map((m) => m.text)).toEqual(["Antony Blinken"]);
  });

  it("reads portfolios in front of and after the head, and demonyms", async () => {
    const x = await extractText(
      "He met Homeland Security Secretary Alejandro Mayorkas, Deputy Secretary of the Treasury Wally Adeyemo and Costa Rican President Carlos Alvarado Quesada.",
    );
    expect(people(x).map((e) => [e.name, e.title])).toEqual([
      ["Alejandro Mayorkas", "Homeland Security Secretary"],
      ["Wally Adeyemo", "Deputy Secretary of the Treasury"],
      ["Carlos Alvarado Quesada", "Costa Rican President"],
    ]);
  });

  it("reads a series of portfolios up to the name, and a name after a comma as no portfolio", async () => {
    const x = await extractText("Attending were Undersecretary of Human Rights, Population and Migration Arturo Medina; and Minister of Foreign Affairs, Marcelo Ebrard and his deputy.");
    expect(people(x).map((e) => e.name)).toEqual(["Arturo Medina", "Marcelo Ebrard"]);
    expect(person(x, "Arturo Medina")?.title).toBe("Undersecretary of Human Rights, Population and Migration");
  });

  it("reads the title of a field office's head", async () => {
    const x = await extractText("Special Agent in Charge Farid K. Haddad of Homeland Security Investigations said so.");
    expect(people(x).map((e) => [e.name, e.title])).toEqual([["Farid K. Haddad", "Special Agent in Charge"]]);
  });

  it("reads a plural title before a list of names", async () => {
    const x = await extractText("The delegation included National Security Council Senior Directors Juan González and Tiffany Eppelheimer.");
    expect(people(x).map((e) => e.name)).toEqual(["Juan González", "Tiffany Eppelheimer"]);
    expect(person(x, "Juan González")?.title).toBe("National Security Council Senior Directors");
  });

  it("reads Mexican titles", async () => {
    const x = await extractText("El Secretario de Relaciones Exteriores Marcelo Ebrard Casaubón y la Secretaria de Seguridad y Protección Ciudadana Rosa Icela Rodríguez Velázquez.");
    expect(person(x, "Marcelo Ebrard Casaubón")?.title).toBe("Secretario de Relaciones Exteriores");
    expect(person(x, "Rosa Icela Rodríguez Velázquez")?.title).toBe("Secretaria de Seguridad y Protección Ciudadana");
  });

  it("reads military and police ranks", async () => {
    const x = await extractText("The briefing was given by Rear Admiral John Kirby and Lt. Col. Maria Lopez of the state police.");
    expect(person(x, "John Kirby")?.title).toBe("Rear Admiral");
    expect(person(x, "Maria Lopez")?.title).toBe("Lt. Col.");
  });

  it("reads portfolios that end in a portfolio word and titles behind a body's name, the body in the title", async () => {
    const x = await extractText(
      "Assistant Secretary of State for Western Hemisphere Affairs Brian A. Nichols spoke with Public Safety Canada Associate Deputy Minister Tricia Geddes.",
    );
    expect(people(x).map((e) => [e.name, e.title])).toEqual([
      ["Brian A. Nichols", "Assistant Secretary of State for Western Hemisphere Affairs"],
      ["Tricia Geddes", "Public Safety Canada Associate Deputy Minister"],
    ]);
  });

  it("takes a surname that is also a place after a title, and a name after a word that is also a rank", async () => {
    const x = await extractText("Deputy Attorney General Lisa Monaco met Foreign Minister Wang Yi and Coordinator Gene Sperling.");
    expect(people(x).map((e) => [e.name, e.title])).toEqual([
      ["Lisa Monaco", "Deputy Attorney General"],
      ["Wang Yi", "Foreign Minister"],
      ["Gene Sperling", "Coordinator"],
    ]);
  });

  it("reads an agency's name before a title's head as part of an office", async () => {
    const x = await extractText("Today, OMB Director Shalanda Young and CFTC Chairman Rostin Behnam met reporters.");
    expect(people(x).map((e) => [e.name, e.title])).toEqual([
      ["Shalanda Young", "OMB Director"],
      ["Rostin Behnam", "CFTC Chairman"],
    ]);
  });

  it("reads an office after a name and a comma, as lists of attendees write it", async () => {
    const x = await extractText("Attendees included Shalanda Young, Director of the Office of Management and Budget, and Brian Deese.");
    expect(person(x, "Shalanda Young")?.title).toBe("Director of the Office of Management and Budget");
  });

  it("reads spouses' titles", async () => {
    const x = await extractText("Today, First Lady Melania Trump welcomed Second Gentleman Douglas Emhoff and Mrs. Laura Bush.");
    expect(people(x).map((e) => [e.name, e.title])).toEqual([
      ["Melania Trump", "First Lady"],
      ["Douglas Emhoff", "Second Gentleman"],
      ["Laura Bush", "Mrs."],
    ]);
  });

  it("a title in the possessive titles no one", async () => {
    expect(await names("Congress funded the President’s Budget Request in full.")).toEqual([]);
  });
});

describe("name parts", () => {
  it("keeps accents, Hispanic particles, hyphens and initials", async () => {
    expect(await names("Officials met Juan Ramón de la Fuente, Osiel Cardenas-Guillén and Antony J. Blinken on Monday.")).toEqual([
      "Juan Ramón de la Fuente",
      "Osiel Cardenas-Guillén",
      "Antony J. Blinken",
    ]);
  });

  it("keeps generational suffixes as distinguishing", async () => {
    const x = await extractText("Othon Marban, Sr., and Othon Marban, Jr., pleaded guilty.");
    expect(people(x).map((e) => [e.name, e.mentions[0]!.text])).toEqual([
      ["Othon Marban, Sr.", "Othon Marban, Sr."],
      ["Othon Marban, Jr.", "Othon Marban, Jr."],
    ]);
    expect(new Set(people(x).map((e) => e.key)).size).toBe(2);
  });

  it("takes a name with a patronymic between given name and surname, without a title", async () => {
    expect(await names("The Department designated Aleksey Leonidovich Fisun and Ksenia Gennadevna Frank today.")).toEqual([
      "Aleksey Leonidovich Fisun", "Ksenia Gennadevna Frank",
    ]);
  });

  it("takes a second surname that compromise does not know after a given name, and no common noun after a name", async () => {
    expect(await names("The Department designated Brenda Isabel Rocha Chacon, and Gustavo Eduardo Porras Cortes, for their roles.")).toEqual([
      "Brenda Isabel Rocha Chacon", "Gustavo Eduardo Porras Cortes",
    ]);
    expect(await names("Funds went to the Caño Martín Peña Channel Restoration in San Juan.")).toEqual([]);
  });

  it("takes a name that a description after a comma says is a person's, and no body so described", async () => {
    expect(await names("The group killed Hevrin Khalaf, a Syrian Kurdish politician, in 2019, and Juan Pablo Ruiz, a Mexican national who fled.")).toEqual([
      "Hevrin Khalaf", "Juan Pablo Ruiz",
    ]);
    expect(await names("Rethink Food, a national nonprofit, will provide meals.")).toEqual([]);
    expect(await names("Also charged is Li Zhenhua, 45, a Chinese national residing in Mexico City.")).toEqual(["Li Zhenhua"]);
  });

  it("takes nicknames in quotes and a.k.a. names as aliases", async () => {
    const x = await extractText(
      "Police arrested Juan “El Huevo” Gerardo Treviño Chávez. OFAC designated Sergio Armando Orozco Rodriguez (a.k.a. “Chocho”) and Juan Pérez Luna, a.k.a. 'El Flaco', today.",
    );
    expect(person(x, "Juan Gerardo Treviño Chávez")?.aliases).toContain("El Huevo");
    expect(person(x, "Juan Gerardo Treviño Chávez")?.mentions[0]!.text).toBe("Juan “El Huevo” Gerardo Treviño Chávez");
    expect(person(x, "Sergio Armando Orozco Rodriguez")?.aliases).toContain("Chocho");
    expect(person(x, "Juan Pérez Luna")?.aliases).toContain("El Flaco");
  });

  it("leaves a possessive out of the span", async () => {
    const x = await extractText("The agency thanked Secretary Mayorkas’s team.");
    expect(people(x)[0]?.mentions[0]?.text).toBe("Mayorkas");
  });
});

describe("short mentions", () => {
  it("ties a later surname to the full name, the nearest one before it", async () => {
    const x = await extractText(
      "Carlos Arturo Quintana was surrendered on Monday. Quintana is alleged to lead a cell. Osiel Cárdenas Salinas, Jr. was convicted. Cárdenas is the son of Mario Cárdenas Guillén. Cárdenas Guillén was extradited.",
    );
    expect(person(x, "Carlos Arturo Quintana")?.mentions.map((m) => m.text)).toEqual(["Carlos Arturo Quintana", "Quintana"]);
    expect(person(x, "Osiel Cárdenas Salinas, Jr.")?.mentions.map((m) => m.text)).toEqual(["Osiel Cárdenas Salinas, Jr.", "Cárdenas"]);
    expect(person(x, "Mario Cárdenas Guillén")?.mentions.map((m) => m.text)).toEqual(["Mario Cárdenas Guillén", "Cárdenas Guillén"]);
  });

  it("ties a titled surname to a spouse's full name only under a spouse's title or an honorific", async () => {
    const x = await extractText("President Joe Biden and First Lady Jill Biden hosted the summit. President Biden spoke first. Dr. Biden, a lifelong educator, spoke next.");
    expect(person(x, "Joe Biden")?.mentions.map((m) => m.text)).toEqual(["Joe Biden", "Biden"]);
    expect(person(x, "Jill Biden")?.mentions.map((m) => m.text)).toEqual(["Jill Biden", "Biden"]);
    const y = await extractText("First Lady Emine Erdogan received a note. President Erdogan thanked the donors.");
    expect(people(y).map((e) => [e.name, e.title])).toEqual([["Emine Erdogan", "First Lady"], ["Erdogan", "President"]]);
  });

  it("ties a two-surname name written without its second surname to the full name", async () => {
    const x = await extractText("The Secretary met President Laurentino Cortizo Cohen in Panama. Later, President Laurentino Cortizo thanked her.");
    expect(people(x).map((e) => [e.name, e.mentions.length])).toEqual([["Laurentino Cortizo Cohen", 2]]);
  });

  it("takes no middle name of a three-word name for its surname", async () => {
    const x = await extractText("Valerie Biden Owens spoke at the event. Later, President Biden signed the bill.");
    expect(person(x, "Valerie Biden Owens")?.mentions.map((m) => m.text)).toEqual(["Valerie Biden Owens"]);
    expect(person(x, "Biden")?.title).toBe("President");
  });

  it("finds a person named in full only in the title, and leaves headline words out of names", async () => {
    const x = await extractText("Readout of President Biden’s Meeting with President Sergio Mattarella of Italy\n\nPresident Biden met today with President Mattarella in Rome.");
    expect(person(x, "Sergio Mattarella")?.mentions.map((m) => m.text)).toEqual(["Sergio Mattarella", "Mattarella"]);
    const y = await extractText("Statement from President Joe Biden on the Shooting in Allen, Texas\n\nJill and I are praying for the families.");
    expect(names0(y)).toEqual(["Joe Biden"]);
    const z = await extractText("FACT SHEET: Vice President Harris Announces New Initiatives to Strengthen Partnerships\n\nToday, the Vice President will announce new steps.");
    expect(names0(z).filter((n) => /Announces|Initiatives/.test(n))).toEqual([]);
  });

  it("reads a first name that is also a particle as a given name", async () => {
    const x = await extractText("Born in Baltimore, Senator Ben Cardin has served for decades. Senator Cardin is the lead author of the act. Mohammed bin Salman met former Vice President Al Gore. Gore spoke.");
    expect(person(x, "Ben Cardin")?.mentions.map((m) => m.text)).toEqual(["Ben Cardin", "Cardin"]);
    expect(person(x, "Cardin")).toBeUndefined();
    expect(person(x, "Al Gore")?.mentions.map((m) => m.text)).toEqual(["Al Gore", "Gore"]);
    expect(person(x, "Mohammed bin Salman")).toBeDefined();
  });

  it("prefers a last name to the first of two Hispanic surnames", async () => {
    const x = await extractText("Minister Alexandra Hill Tinoco met Senator Karen Hill. Hill thanked the minister.");
    expect(person(x, "Karen Hill")?.mentions.map((m) => m.text)).toEqual(["Karen Hill", "Hill"]);
    expect(person(x, "Alexandra Hill Tinoco")?.mentions.map((m) => m.text)).toEqual(["Alexandra Hill Tinoco"]);
    const y = await extractText("Senator Karen Hill met Minister Alexandra Hill Tinoco. Hill thanked the minister.");
    expect(person(y, "Karen Hill")?.mentions.map((m) => m.text)).toEqual(["Karen Hill", "Hill"]);
  });

  it("ties the first of two Hispanic surnames to the full name", async () => {
    const x = await extractText("Secretary Blinken met President Carlos Alvarado Quesada. Alvarado thanked him.");
    expect(person(x, "Carlos Alvarado Quesada")?.mentions.map((m) => m.text)).toEqual(["Carlos Alvarado Quesada", "Alvarado"]);
  });

  it("ties a titled surname to the full name, accents aside, and keeps the title", async () => {
    const x = await extractText("President Andrés Manuel López Obrador spoke. Later, President Lopez Obrador and Biden met.");
    const amlo = person(x, "Andrés Manuel López Obrador");
    expect(amlo?.mentions.map((m) => m.text)).toEqual(["Andrés Manuel López Obrador", "Lopez Obrador"]);
    expect(amlo?.title).toBe("President");
  });

  it("ties a surname alone to the person a title made of it, not a word no title made one", async () => {
    const x = await extractText("President Putin launched the war. Sanctions target the elites close to Putin. Critics of Pushkin spoke.");
    expect(people(x).map((e) => [e.name, e.title, e.mentions.map((m) => m.text)])).toEqual([["Putin", "President", ["Putin", "Putin"]]]);
  });

  it("keeps a titled surname alone when the full name is not in the document", async () => {
    const x = await extractText("In June, President Biden signed the bill.");
    expect(people(x).map((e) => [e.name, e.title, e.key])).toEqual([["Biden", "President", "person:biden"]]);
  });

  it("gives a name with a middle initial the key of the name without it", async () => {
    const x = await extractText("Secretary of State Antony J. Blinken traveled to Mexico.");
    expect(people(x)[0]?.key).toBe("person:antony-blinken");
  });
});

describe("what is no person", () => {
  it.each([
    ["month names", "In June, the agency met. August Intergovernmental Panel results came out in May."],
    ["titles alone", "The Secretary of State and the Attorney General met the President. The First Lady spoke."],
    ["capitalized common words", "Public Health and Safe Communities are goals. Human Rights Watch and Secure Modes of Commerce were named."],
    ["bodies whose names hold a name", "The Vicente Carrillo Fuentes Organization and the Biden Administration met at Tyson Foods."],
    ["storms and ships", "Hurricane Fiona hit Puerto Rico. The Yacht Lena was seized."],
    ["a rank before a word", "General Motors and Major League Baseball signed on."],
    ["acronyms", "The DEA and CJNG were named. FBI Director spoke."],
  ])("%s", async (_what, text) => {
    expect(await names(text)).toEqual([]);
  });

  it("takes no characters or mascots for people", async () => {
    expect(await names("The event features PBS KIDS Characters: Daniel Tiger and Elinor Wonders, with host Jimmy Fallon.")).toEqual([]);
    expect(await names("Host Jimmy Fallon will greet the Peanuts Characters.")).toEqual(["Jimmy Fallon"]);
  });

  it("takes no plural for a name after an office", async () => {
    expect(await names("The Department of Justice will name a Coordinator for Caribbean Firearms Prosecutions who will serve.")).toEqual([]);
  });

  it("takes no untitled name from a heading's Title Case", async () => {
    const md = "# Fact Sheet\n\n## Foster Secure and Humane Management of Borders\n\nThe work goes on.\n\n## Gene Therapy Access\n\nMore work.\n";
    expect(await names(md, "case.md")).toEqual([]);
  });

  it("never takes a word inside a mention an earlier matcher found", async () => {
    const doc = await segmented("Officials in Colima Aldrin Miguel Jarquín Jarquín were named.");
    const at = doc.text.indexOf("Colima");
    const colima: EntityMention = {
      type: "place", span: [at, at + 6], name: "Colima", acronym: null, key: "place:colima", aliases: [], country: "MX", title: null, parent: null,
    };
    const layer = new TokenLayer(doc);
    layer.mark([colima]);
    expect(matchPeople(doc, layer).map((m) => doc.text.slice(m.span[0], m.span[1]))).toEqual(["Aldrin Miguel Jarquín Jarquín"]);
  });
});

describe("every mention's span slices to its text", () => {
  it("on arbitrary text", async () => {
    const word = fc.constantFrom("Secretary", "of", "State", "Antony", "J.", "Blinken", "“El Huevo”", ",", "Jr.", "de", "la", "Cruz", "President", "Biden’s", "(a.k.a.", "“Chocho”)", "María", "Pérez-Gómez", "\n", ".", "June", "the");
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 40 }), async (words) => {
        const text = `Note. ${words.join(" ")}`;
        const doc = await segmented(text);
        for (const m of matchPeople(doc, new TokenLayer(doc))) {
          expect(m.span[0]).toBeLessThan(m.span[1]);
          expect(doc.text.slice(m.span[0], m.span[1]).trim()).toBe(doc.text.slice(m.span[0], m.span[1]));
        }
        const x = await extractText(text);
        for (const e of people(x)) for (const m of e.mentions) expect(x.text.slice(m.span[0], m.span[1])).toBe(m.text);
      }),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(!HAS_SHARED)(sharedTitle("people in real documents"), () => {
  it("finds the seed's officials with their titles and exact spans", async () => {
    const x = await extractDocument({ path: SEED });
    const at = (s: string) => [x.text.indexOf(s), x.text.indexOf(s) + s.length];
    for (const [name, title] of [
      ["Antony Blinken", "Secretary of State"],
      ["Merrick Garland", "Attorney General"],
      ["Alejandro Mayorkas", "Secretary of Homeland Security"],
    ] as const) {
      const e = person(x, name);
      expect(e?.title).toBe(title);
      expect(e?.mentions[0]?.span).toEqual(at(name));
    }
    expect(person(x, "Juan Gerardo Treviño Chávez")?.mentions[0]?.span).toEqual(at("Juan “El Huevo” Gerardo Treviño Chávez"));
    expect(person(x, "Carlos Arturo Quintana")?.mentions.map((m) => m.span)).toEqual([at("Carlos Arturo Quintana"), at("Quintana is").map((n, i) => (i ? n - 3 : n))]);
    expect(person(x, "Biden")?.mentions.length).toBeGreaterThanOrEqual(4);
  });

  it("finds the people of a State Department release and links the short mention", async () => {
    const x = await extractDocument({ path: corpusPath("state/items/state-page-247783.html") });
    expect(people(x).map((e) => [e.name, e.title, e.mentions.map((m) => m.text)])).toEqual([
      ["Antony J. Blinken", "Secretary of State", ["Antony J. Blinken"]],
      ["Carlos Alvarado Quesada", "Costa Rican President", ["Carlos Alvarado Quesada", "Alvarado"]],
      ["Rodolfo Solano Quirós", "Foreign Minister", ["Rodolfo Solano Quirós"]],
    ]);
  });

  it("finds no person in the title-case headings of a White House release", async () => {
    const x = await extractDocument({ path: corpusPath("whitehouse/statements-releases/2021-10/2021-10-08-fact-sheet-u-s-mexico-high-level-security-dialogue.md") });
    expect(people(x).map((e) => e.name)).toEqual([
      "Joe Biden", "Antony Blinken", "Alejandro Mayorkas", "Merrick Garland", "Wally Adeyemo", "Andrés Manuel Lopez Obrador",
    ]);
  });
});
