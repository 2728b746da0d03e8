// Where the browser tests' own portal keeps its data: playwright.config.ts starts `npm start` with
// it, and `npm start` writes the database's address there (database-url) for the people fixture.
import { readFileSync } from "node:fs";
import path from "node:path";

export const E2E_DATA_DIR = ".data/e2e";

export const e2eDatabaseUrl = () => readFileSync(path.join(E2E_DATA_DIR, "database-url"), "utf8").trim();
