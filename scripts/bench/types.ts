import type { Viewer } from "../../lib/access/policy";
import type { Db } from "../../lib/db/client";

/** What a benchmark case gets: the seeded database and signed-in viewers of the demo accounts. */
export type BenchContext = {
  prisma: Db;
  viewer: (email: string) => Promise<Viewer>;
};

/** A page measured over HTTP (signed in as `email`) beside its queries run alone in-process. */
export type BenchPage = {
  name: string;
  email: string;
  /** The page's path; may look up ids in the seeded data. */
  path: (ctx: BenchContext) => Promise<string> | string;
  /** The page's reads, exactly as the page calls them. */
  sql: (ctx: BenchContext, viewer: Viewer) => Promise<unknown>;
  /** The p95 target in ms, printed beside the figure. */
  targetMs?: number;
};

/** A write measured in-process (the server action's command with a viewer), e.g. saving a CPD activity. */
export type BenchAction = {
  name: string;
  email: string;
  run: (ctx: BenchContext, viewer: Viewer, i: number) => Promise<unknown>;
  targetMs?: number;
  /** Runs before timing (default 10) and timed runs (default up to 100), for a write that takes seconds. */
  warmup?: number;
  timed?: number;
};
