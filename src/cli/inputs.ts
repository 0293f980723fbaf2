/** Expands the paths a user names into the documents to process. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { describeFsError } from "../load/read.ts";

const DOCUMENT_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml)$/i;
/** A folder's own notes about itself are not documents to ingest. */
const FOLDER_NOTES = /^(readme|sources|license|licence|changelog|contributing)\b/i;

export interface Expanded {
  files: string[];
  /** Paths that could not be listed: reported like failed documents. */
  errors: { file: string; reason: string }[];
}

/** Files are taken as named; directories are walked recursively for document files, in a stable order. */
export async function expandInputs(paths: readonly string[]): Promise<Expanded> {
  const files: string[] = [];
  const errors: Expanded["errors"] = [];
  for (const path of paths) {
    if (path === "-") {
      files.push(path);
      continue;
    }
    try {
      const st = await stat(path);
      if (st.isDirectory()) files.push(...(await walk(path)));
      else files.push(path);
    } catch (err) {
      errors.push({ file: path, reason: `cannot be read: ${describeFsError(err)}` });
    }
  }
  return { files: [...new Set(files)], errors };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && DOCUMENT_EXTENSIONS.test(entry.name) && !FOLDER_NOTES.test(entry.name)) out.push(full);
    }
  }
  return out.sort();
}
