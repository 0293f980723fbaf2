import type { ValidatedDoc } from "../model.ts";
import { defineStage } from "../pipeline/stage.ts";
import type { StoreStatus } from "./write.ts";
import { storeExtraction } from "./write.ts";

export interface StoredDoc extends ValidatedDoc {
  id: number;
  status: StoreStatus;
}

/** Writes the validated record to the context's database, in one transaction. */
export const store = defineStage<ValidatedDoc, StoredDoc>(
  "store",
  (doc, ctx) => {
    if (!ctx.db) throw new Error("the store stage needs a database");
    const { id, status } = storeExtraction(ctx.db, doc.extraction, {
      bytes: doc.bytes,
      encoding: doc.encoding,
      pipelineVersion: ctx.pipeline.version,
    });
    return { ...doc, id, status };
  },
  { writes: true },
);
