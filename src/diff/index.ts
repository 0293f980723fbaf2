/**
 * What changed between two documents' extractions: goals and sections added,
 * removed or renamed, entities only in one, figures that changed, came or
 * went, and the period each covers. Pure and synchronous: the diff command,
 * the HTTP API and the report page all call it.
 *
 *   const d = diffExtractions(readExtraction(db, 12)!, readExtraction(db, 40)!);
 *   d.figures.changed.map((f) => `${f.old.text} -> ${f.new.text}`)
 */
import { SCHEMA_VERSION, type DiffSide, type DocumentDiff, type Extraction } from "../schema.ts";
import { indexDocument } from "./document.ts";
import { diffEntities } from "./entities.ts";
import { diffFigures } from "./figures.ts";
import { diffGoals, diffSections } from "./outline.ts";
import { periodOf } from "./period.ts";

export function diffExtractions(old: Extraction, neu: Extraction): DocumentDiff {
  const oldDoc = indexDocument(old);
  const newDoc = indexDocument(neu);
  const goals = diffGoals(oldDoc, newDoc);
  const diff = {
    goals: goals.diff,
    sections: diffSections(oldDoc, newDoc, goals.pairs),
    entities: diffEntities(old, neu),
    figures: diffFigures(oldDoc, newDoc),
  };
  const sides = { old: side(old), new: side(neu) };
  const samePeriod = JSON.stringify(sides.old.period) === JSON.stringify(sides.new.period);
  return { schemaVersion: SCHEMA_VERSION, ...sides, changed: !samePeriod || hasChanges(diff), ...diff };
}

function side(x: Extraction): DiffSide {
  return { source: x.source, sha256: x.sha256, title: x.title, published: x.published, period: periodOf(x) };
}

function hasChanges(d: Pick<DocumentDiff, "goals" | "sections" | "entities" | "figures">): boolean {
  const named = [d.goals, d.sections, d.entities].some((g) => g.added.length + g.removed.length + g.renamed.length > 0);
  return named || d.figures.changed.length + d.figures.added.length + d.figures.removed.length > 0;
}
