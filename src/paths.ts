/** Where the project keeps things, from the package root (npm scripts run there; users may not). */
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");
export const FIXTURES = join(ROOT, "fixtures");
export const OUT = join(ROOT, "out");
