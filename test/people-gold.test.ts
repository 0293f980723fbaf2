/**
 * The gold thresholds of issue 4 for people, programs and laws, scored by
 * ../shared/eval/score.mjs itself over every gold file, micro-averaged as
 * its last table is.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/index.ts";
import { GOLD, HAS_SHARED, readGold, SHARED, sharedTitle } from "./helpers/shared.ts";

interface FieldScore {
  gold: number;
  pred: number;
  match: number;
}
type Scorer = (gold: unknown, pred: unknown) => { fields: Record<string, FieldScore> };

const THRESHOLDS = { person: 0.95, program: 0.85, law: 0.85 } as const;

describe.skipIf(!HAS_SHARED)(sharedTitle("gold F1 for people, programs and laws"), () => {
  it("meets issue 4's thresholds over all gold files", async () => {
    const { scoreDocument } = (await import(join(SHARED, "eval", "score.mjs"))) as { scoreDocument: Scorer };
    const total: Record<string, FieldScore> = {};
    const files = readdirSync(GOLD).filter((f) => f.endsWith(".gold.json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const gold = readGold(file);
      const pred = await extractDocument({ path: join(SHARED, gold.source) });
      for (const [field, s] of Object.entries(scoreDocument(gold, pred).fields)) {
        const t = (total[field] ??= { gold: 0, pred: 0, match: 0 });
        t.gold += s.gold;
        t.pred += s.pred;
        t.match += s.match;
      }
    }
    for (const [field, min] of Object.entries(THRESHOLDS)) {
      const t = total[field]!;
      const p = t.pred > 0 ? t.match / t.pred : t.gold === 0 ? 1 : 0;
      const r = t.gold > 0 ? t.match / t.gold : 1;
      const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
      expect(f1, `${field}: ${t.match} of ${t.gold} gold, ${t.pred} predicted`).toBeGreaterThanOrEqual(min);
    }
  });
});
