import { extract } from "../src/extract/index.ts";
import { load } from "../src/load/index.ts";
import { normalize } from "../src/normalize/index.ts";
import { definePipeline } from "../src/pipeline/stage.ts";
import { resolve } from "../src/resolve/index.ts";
import { segment } from "../src/segment/index.ts";
import { store } from "../src/store/stage.ts";
import { validate } from "../src/validate/index.ts";

export default definePipeline({
  name: "default",
  version: "1",
  description: "Fact sheets and press releases: text, Markdown or HTML to validated records in SQLite.",
  stages: [load, normalize, segment, extract, resolve, validate, store],
});
