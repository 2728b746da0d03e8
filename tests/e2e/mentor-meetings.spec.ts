// The ECT mentor meeting journey (issue 18 §4): the mentor logs a meeting from the induction page, with
// JavaScript on and off (a meeting without a framework area is refused next to the field first); the
// ECT reads it on their induction and their verified hours rise by its length; the induction tutor
// reads the log and the framework coverage beside the termly reviews; a head sees lapses on the dashboard
// and the overview (the demo school has one), and reads the log. Axe-clean, no sideways scroll
// at 375 px. The mentor, tutor and ECT are this spec's own people (people.ts); their induction is
// written before the journey, as the head would have started it (inductions.spec covers that).
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { londonIsoDay } from "../support/days";
import { personEmail, personName, personState, type PersonKey } from "./people";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const ect = personName("meetingEct");

/** The induction (idempotent): started 1 September 2025, the autumn review held, the spring one due. */
async function writeInduction() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const staff = async (key: PersonKey) =>
      (await client.query<{ id: string; trustId: string }>(`SELECT s.id, s."trustId" FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`, [personEmail(key)])).rows[0]!;
    const [e, mentor, tutor] = [await staff("meetingEct"), await staff("meetingMentor"), await staff("meetingTutor")];
    const id = randomUUID();
    const made = await client.query(
      `INSERT INTO "EarlyCareerInduction" (id, "trustId", "staffMemberId", "inductionYear", "mentorId", "inductionTutorId", "startDate", "expectedCompletion", "expectedTerms", "appropriateBody")
       VALUES ($1, $2, $3, 2, $4, $5, DATE '2025-09-01', DATE '2027-07-15', 6, 'Northbridge Teaching School Hub') ON CONFLICT ("staffMemberId") DO NOTHING`,
      [id, e.trustId, e.id, mentor.id, tutor.id],
    );
    if (made.rowCount === 0) return;
    await client.query(
      `INSERT INTO "InductionReview" (id, "trustId", "inductionId", kind, "dueOn", "heldOn", outcome, notes) VALUES
       ($1, $3, $4, 'PROGRESS_REVIEW', DATE '2025-12-15', DATE '2025-12-10', 'ON_TRACK', 'Routines are secure; next, adaptive teaching.'),
       ($2, $3, $4, 'PROGRESS_REVIEW', DATE '2026-03-25', NULL, NULL, NULL)`,
      [randomUUID(), randomUUID(), e.trustId, id],
    );
  } finally {
    await client.end();
  }
}

const open = async (browser: Browser, key: PersonKey, javaScriptEnabled = true) =>
  (await browser.newContext({ storageState: personState(key), javaScriptEnabled, viewport: { width: 375, height: 740 } })).newPage();

const verifiedHours = async (page: Page) => {
  await page.goto("/development");
  return Number(((await page.getByTestId("verified-hours").textContent()) ?? "").trim().split(" ")[0]);
};

/** From /inductions to the ECT's induction page, as the person would go. */
async function openInduction(page: Page, table: string) {
  await page.goto("/inductions");
  await page.getByRole("table", { name: table }).getByRole("link", { name: ect }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Induction: ${ect}` })).toBeVisible();
}

const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test("a mentor logs meetings (JavaScript on and off); the ECT's hours rise; the tutor reads the log beside the reviews", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  await writeInduction();
  const own = await open(browser, "meetingEct");

  for (const javaScriptEnabled of [true, false]) {
    const step = `Cold call three pupils (${javaScriptEnabled ? "JavaScript on" : "JavaScript off"}) ${Date.now()}`;
    const before = await verifiedHours(own);
    const mentor = await open(browser, "meetingMentor", javaScriptEnabled);
    await openInduction(mentor, "The ECTs you mentor or tutor");
    await mentor.getByRole("link", { name: "Log a meeting" }).click();
    await expect(mentor.getByRole("heading", { level: 1, name: "Log a mentor meeting" })).toBeVisible();
    if (javaScriptEnabled) await axe(mentor);
    await noSidewaysScroll(mentor);

    await mentor.getByLabel("Date of the meeting").fill(londonIsoDay(-1));
    await mentor.getByLabel("Length in minutes").fill("45");
    await mentor.getByLabel("Next step").fill(step);
    // No area ticked: refused next to the group (in the browser, or by the server without JavaScript).
    await mentor.getByRole("button", { name: "Log the meeting" }).click();
    await expect(mentor.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
    await expect(mentor.getByText("Choose at least one area of the framework the meeting worked on.").first()).toBeVisible();
    await mentor.getByLabel("Classroom practice").check();
    await mentor.getByLabel("Managing behaviour").check();
    await mentor.getByLabel("Next step").fill(step);
    await mentor.getByRole("button", { name: "Log the meeting" }).click();

    await expect(mentor.getByRole("heading", { level: 1, name: `Induction: ${ect}` })).toBeVisible();
    await expect(mentor.getByRole("status").filter({ hasText: "Meeting logged." })).toBeVisible();
    await expect(mentor.getByRole("list", { name: "Mentor meetings, latest first" })).toContainText(step);
    await noSidewaysScroll(mentor);
    expect(await verifiedHours(own)).toBeCloseTo(before + 0.75, 2);
    await mentor.context().close();
  }

  // The ECT reads the log on their own induction.
  await openInduction(own, "Your induction");
  const log = own.getByRole("list", { name: "Mentor meetings, latest first" });
  await expect(log.getByRole("listitem")).toHaveCount(2);
  await expect(log.getByRole("listitem").first()).toContainText("Focus: Classroom practice, Managing behaviour");
  await expect(own.getByRole("link", { name: "Log a meeting" })).toHaveCount(0);
  await axe(own);
  await noSidewaysScroll(own);

  // The tutor: the termly reviews and, beside them, the log and which framework areas it has covered.
  const tutor = await open(browser, "meetingTutor");
  await openInduction(tutor, "The ECTs you mentor or tutor");
  await expect(tutor.getByRole("table", { name: "Reviews and assessments, by term" })).toContainText("Routines are secure");
  await expect(tutor.getByRole("list", { name: "Mentor meetings, latest first" }).getByRole("listitem")).toHaveCount(2);
  const coverage = tutor.getByRole("table", { name: "Early Career Framework areas covered by mentor meetings" });
  await expect(coverage.getByRole("row", { name: /Classroom practice/ })).toContainText("2");
  await expect(coverage.getByRole("row", { name: /Assessment/ })).toContainText("Not yet discussed");
  await expect(tutor.getByTestId("meeting-summary")).toContainText("6 of the 8 framework areas not yet discussed.");
  await axe(tutor);
  await noSidewaysScroll(tutor);

  // A head of the school: the dashboard counts lapsed meetings (the demo school has one), the overview
  // lists them, and the ECT's log reads as the tutor's does, without the mentor's links.
  const head = await open(browser, "meetingHead");
  await head.goto("/");
  await head.getByRole("link", { name: /^ECT mentor meetings lapsed: [1-9]/ }).click();
  await expect(head.getByRole("heading", { name: /^Mentor meetings lapsed: [1-9]/ })).toBeVisible();
  await expect(head.getByTestId("lapsed-meetings").getByRole("link", { name: ect })).toHaveCount(0);
  await axe(head);
  await noSidewaysScroll(head);
  await openInduction(head, "Inductions, behind first");
  await expect(head.getByRole("list", { name: "Mentor meetings, latest first" }).getByRole("listitem")).toHaveCount(2);
  await expect(head.getByRole("link", { name: /Correct or delete/ })).toHaveCount(0);
});
