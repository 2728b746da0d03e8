// Governors and trustees see people by role, not by name (issue 15 §3): signed in as each, the test
// follows every internal link from home (GET only, same origin, to a bounded depth; no sign-out, no
// downloads) and reads each page as the server sends it, markup and the data behind it alike, for
// the name of any member of staff who is not a head. A review action owned by a deputy at the
// governed school makes sure there is a name to leak, and that its page was read (the role shows).
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { londonIsoDay } from "../support/days";
import { DEMO_EMAILS, storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const MARKER = `Action owned by a deputy ${randomUUID().slice(0, 8)}`;
const DEPUTY_TITLE = "Deputy headteacher (e2e)";
/** At most this many pages per route shape (ids replaced), so 120 schools do not mean 120 fetches each. */
const PER_SHAPE = 3;
const MAX_DEPTH = 3;
const SKIP = /^\/(api|files|signin|invite)\b|sign-?out|export|download|template|\.(csv|pdf|xlsx|zip)$/i;

type Seeded = { schoolPath: string; names: string[]; deputy: string };

/** The governed school's deputy owns an action; every non-head staff name of the e2e database. */
async function seed(): Promise<Seeded> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows: [school] } = await client.query<{ schoolId: string; trustId: string }>(
      `SELECT r."schoolId", r."trustId" FROM "RoleAssignment" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1 AND r.role = 'LOCAL_GOVERNOR' LIMIT 1`,
      [DEMO_EMAILS.governor],
    );
    if (!school) throw new Error("The demo governor governs no school.");
    const { rows: [deputy] } = await client.query<{ id: string; name: string }>(
      `SELECT id, "firstName" || ' ' || "lastName" AS name FROM "StaffMember"
       WHERE "schoolId" = $1 AND "leaveDate" IS NULL AND "careerStage" <> 'HEADTEACHER'
         AND ("userId" IS NULL OR "userId" NOT IN (SELECT "userId" FROM "RoleAssignment" WHERE role <> 'STAFF')) ORDER BY "lastName" LIMIT 1`,
      [school.schoolId],
    );
    const { rows: [review] } = await client.query<{ id: string }>(
      `SELECT id FROM "SchoolReview" WHERE "schoolId" = $1 AND status = 'PUBLISHED' AND "supersededAt" IS NULL ORDER BY "publishedAt" DESC LIMIT 1`,
      [school.schoolId],
    );
    if (!deputy) throw new Error("The governed school has no member of staff.");
    if (!review) throw new Error("The governed school has no published review.");
    await client.query(`UPDATE "StaffMember" SET "jobTitle" = $2 WHERE id = $1`, [deputy.id, DEPUTY_TITLE]);
    await client.query(
      `INSERT INTO "ReviewAction" (id, "trustId", "schoolId", "reviewId", description, "ownerId", "dueOn", "supportPeople")
       VALUES ($1, $2, $3, $4, $5, $6, $8, $7)`,
      [randomUUID(), school.trustId, school.schoolId, review.id, MARKER, deputy.id, deputy.name, londonIsoDay(30)],
    );
    // Heads are named as the school's leaders. Governors, trustees and the trust admin are named in
    // that capacity (a governor's visit says who visited), and the seed's random names can give one of
    // them the same name as a member of staff: a name held by such a person is not counted.
    const { rows } = await client.query<{ name: string }>(
      `SELECT DISTINCT s."firstName" || ' ' || s."lastName" AS name FROM "StaffMember" s
       WHERE s."careerStage" <> 'HEADTEACHER'
         AND NOT EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."userId" = s."userId" AND r.role = 'HEADTEACHER')
         AND s."firstName" || ' ' || s."lastName" NOT IN (
           SELECT u.name FROM "User" u JOIN "RoleAssignment" r ON r."userId" = u.id WHERE r.role IN ('LOCAL_GOVERNOR', 'TRUSTEE', 'TRUST_ADMIN'))`,
    );
    return { schoolPath: `/reviews/schools/${school.schoolId}`, names: rows.map((r) => r.name), deputy: deputy.name };
  } finally {
    await client.end();
  }
}

/** The page as sent, with React's text separators and the common entities undone, so "First<!-- --> Last" reads as it shows. */
const readable = (html: string) =>
  html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("\\u0027", "'");

const shapeOf = (path: string) => path.split("?")[0]!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ":id");

/** Breadth first from the starting pages: every internal GET link, a few of each route shape, to MAX_DEPTH. */
async function crawl(request: APIRequestContext, starts: string[]): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const perShape = new Map<string, number>();
  let frontier = starts;
  for (let depth = 0; depth <= MAX_DEPTH && frontier.length; depth++) {
    const next: string[] = [];
    for (const path of frontier) {
      if (pages.has(path)) continue;
      const shape = shapeOf(path);
      if ((perShape.get(shape) ?? 0) >= PER_SHAPE && !starts.includes(path)) continue;
      perShape.set(shape, (perShape.get(shape) ?? 0) + 1);
      const response = await request.get(path, { maxRedirects: 0 });
      if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
      const html = readable(await response.text());
      pages.set(path, html);
      for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="(\/[^"#]*)/g)) {
        if (href && !href.startsWith("//") && !SKIP.test(href) && !pages.has(href)) next.push(href);
      }
    }
    frontier = [...new Set(next)];
  }
  return pages;
}

let seeded: Seeded;
test.beforeAll(async () => {
  seeded = await seed();
});

for (const role of ["governor", "trustee"] as const) {
  test(`a ${role} reads no non-head member of staff's name on any page they can reach`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ storageState: storageState(role) });
    const pages = await crawl(context.request, ["/", seeded.schoolPath]);
    expect(pages.size).toBeGreaterThan(5);
    // The deputy's action was read, by role.
    expect(pages.get(seeded.schoolPath)).toContain(MARKER);
    expect(pages.get(seeded.schoolPath)).toContain(`owner ${DEPUTY_TITLE}`);
    expect(seeded.names).toContain(seeded.deputy);
    const leaks = [...pages].flatMap(([path, html]) => seeded.names.filter((name) => html.includes(name)).map((name) => `${path}: ${name}`));
    expect(leaks).toEqual([]);
    await context.close();
  });
}
