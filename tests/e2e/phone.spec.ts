// Issue 23: on a 375 px phone no page a teacher, a head or a network leader reaches is wider than the
// screen, even with a meeting, a resource and an activity of 80-character titles (one with a
// 40-character word) in their lists. The pages are the ones their navigation offers, and the pages of
// the long-titled records themselves.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";
import { DEMO_EMAILS, demoCommunity } from "../../prisma/seed/demo";
import { londonIsoDay } from "../support/days";
import { type DemoRole, storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const WORD = "Antidisestablishmentarianismcurriculumxx"; // 40 letters, no break
const MEETING = `Reading for pleasure workshop, spring term follow-up: ${WORD}`.padEnd(80, "!");
const RESOURCE = "Reading for pleasure: a whole-school approach to choosing class novels, spring 26";
const ACTIVITY = "Leading reading for pleasure across a multi-academy trust, a spring term follow-up";
const ENGLISH = demoCommunity("English Subject Community").id;

type Made = { meetingId: string; activityId: string; teacherStaffId: string };

/** The demo teacher's verified activity, and a meeting and a resource of the English community (the demo network leader's). */
async function makeLongTitles(): Promise<Made> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows: [t] } = await client.query<{ trustId: string; schoolId: string; staffId: string }>(
      `SELECT s."trustId", s."schoolId", s.id AS "staffId" FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
      [DEMO_EMAILS.teacher],
    );
    const made = { meetingId: randomUUID(), activityId: randomUUID(), teacherStaffId: t!.staffId };
    await client.query(
      `INSERT INTO "Meeting" (id, "trustId", "communityId", title, "startsAt", "durationMinutes", location) VALUES ($1, $2, $3, $4, now() + interval '3 days', 75, $5)`,
      [made.meetingId, t!.trustId, ENGLISH, MEETING, "Castleford Academy, Library and the long corridor beyond the science block"],
    );
    await client.query(
      `INSERT INTO "Resource" (id, "trustId", "communityId", title, description, kind, url, tags, "authorId") VALUES ($1, $2, $3, $4, $5, 'LESSON_RESOURCE', $6, ARRAY['reading', $7], $8)`,
      [randomUUID(), t!.trustId, ENGLISH, RESOURCE, `See ${WORD} for the detail.`, `https://example.org/${WORD}/${WORD}`, WORD, t!.staffId],
    );
    await client.query(
      `INSERT INTO "CpdActivity" (id, "trustId", "schoolId", "staffMemberId", title, type, strand, provider, "startDate", "endDate", minutes, status, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'COURSE', 'PROFESSIONAL_LEARNING', $6, $7, $7, 90, 'VERIFIED', now())`,
      [made.activityId, t!.trustId, t!.schoolId, t!.staffId, ACTIVITY, WORD, londonIsoDay(-3)],
    );
    return made;
  } finally {
    await client.end();
  }
}

/** Every page the navigation offers (the phone menu's links), then the extra pages, each no wider than 375 px. */
async function assertFits(page: Page, extra: string[]) {
  await page.goto("/");
  await page.locator("summary", { hasText: /^Menu/ }).click();
  const offered = await page.getByRole("navigation", { name: "Main" }).getByRole("link").evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
  const wide: string[] = [];
  for (const path of [...new Set([...offered, "/account/security", ...extra])]) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) wide.push(`${path}: ${width} px`);
  }
  expect(wide, "pages wider than a 375 px phone").toEqual([]);
}

let made: Made;
test.beforeAll(async () => {
  made = await makeLongTitles();
});

const PHONE = { width: 375, height: 800 };
const extras: Record<"teacher" | "head" | "networkLeader", (m: Made) => string[]> = {
  teacher: (m) => [`/communities/${ENGLISH}`, `/communities/${ENGLISH}/meetings/${m.meetingId}`, `/development/${m.activityId}`],
  head: (m) => [`/communities/${ENGLISH}`, `/communities/${ENGLISH}/meetings/${m.meetingId}`, `/staff/${m.teacherStaffId}`],
  networkLeader: (m) => [`/communities/${ENGLISH}`, `/communities/${ENGLISH}/meetings/${m.meetingId}`, `/communities/${ENGLISH}/manage`],
};

for (const role of Object.keys(extras) as ("teacher" | "head" | "networkLeader")[]) {
  test.describe(`${role} on a phone`, () => {
    test.use({ storageState: storageState(role as DemoRole), viewport: PHONE });

    test("no page is wider than the screen, long titles and all", async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/communities/${ENGLISH}`);
      await expect(page.getByRole("link", { name: MEETING }).first()).toBeVisible();
      await assertFits(page, extras[role](made));
    });
  });
}

test.describe("the long titles themselves", () => {
  test.use({ storageState: storageState("teacher"), viewport: PHONE });

  test("wrap within the screen in the lists of meetings, resources and activities", async ({ page }) => {
    for (const [path, title] of [[`/communities/${ENGLISH}`, MEETING], ["/resources", RESOURCE], ["/development", ACTIVITY]] as const) {
      await page.goto(path);
      const link = page.getByRole("link", { name: title }).first();
      await expect(link).toBeVisible();
      const box = await link.boundingBox();
      expect(box!.x + box!.width, `${title} on ${path}`).toBeLessThanOrEqual(375);
    }
  });
});
