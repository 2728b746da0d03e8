// Coaching and drop-in visits (issue 18 §3). A head pairs a teacher of their school with a coach of
// another school; the coach sets a step and records sessions (JavaScript on, then off, on a phone-sized
// screen) and the coachee's verified hours rise on their My development page; the head sees the pairing
// on track but never the notes (the pairing's page is not found for them). The head drops in on a
// teacher, who reads the visit and replies; the head sees the reply. People are this spec's own. Axe on every page.
import type { Page } from "@playwright/test";
import { storageState } from "./accounts";
import { personName, personRecord, personState, type PersonKey } from "./people";
import { expect, test } from "./test";

const NOTES = `Talked through cold calling ${Date.now()}`;

const verifiedHours = async (page: Page) => {
  await page.goto("/development");
  const text = (await page.getByTestId("verified-hours").textContent()) ?? "";
  return Number(text.trim().split(" ")[0]);
};
const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
const option = async (key: PersonKey) => `${personName(key)} (Teacher of English, ${(await personRecord(key)).school})`;

test("a coach and coachee record sessions and the coachee's verified hours rise; the head sees the cadence, not the notes", async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const as = async (key: PersonKey, opts: { javaScriptEnabled?: boolean; phone?: boolean } = {}) =>
    (await browser.newContext({ storageState: personState(key), javaScriptEnabled: opts.javaScriptEnabled ?? true, ...(opts.phone ? { viewport: { width: 375, height: 740 } } : {}) })).newPage();

  const coachee = await as("coachingCoachee", { phone: true });
  const before = await verifiedHours(coachee);

  // The head sets the pairing up; a pairing of one person with themselves is refused next to the field.
  const head = await as("coachingHead");
  await head.goto("/coaching");
  await expect(head.getByRole("heading", { level: 1, name: "Coaching" })).toBeVisible();
  await axe(head);
  const form = head.locator("#create-pairing");
  await form.getByLabel("Coachee").selectOption({ label: await option("coachingCoachee") });
  await form.getByLabel("Coach", { exact: true }).selectOption({ label: await option("coachingCoachee") });
  await form.getByLabel("Focus").fill("Questioning that makes every pupil think");
  await form.getByLabel("Target cadence").selectOption({ label: "Fortnightly" });
  await form.getByRole("button", { name: "Set up pairing" }).click();
  await expect(form.getByRole("alert")).toContainText("Choose a coach other than the person coached.");
  // The coach works at another school: the head finds them by name, and the form offers the matches.
  const search = head.getByRole("search", { name: "Find a coach" });
  await search.getByLabel("Find a coach at any school").fill(personName("coachingCoach"));
  await search.getByRole("button", { name: "Find coaches" }).click();
  await expect(search.getByRole("status")).toContainText("choose the coach below");
  await axe(head);
  await form.getByLabel("Coachee").selectOption({ label: await option("coachingCoachee") });
  await form.getByLabel("Coach", { exact: true }).selectOption({ label: await option("coachingCoach") });
  await form.getByLabel("Focus").fill("Questioning that makes every pupil think");
  await form.getByLabel("Target cadence").selectOption({ label: "Fortnightly" });
  await form.getByRole("button", { name: "Set up pairing" }).click();
  await expect(head.getByRole("status").filter({ hasText: "Pairing set up." })).toBeVisible();
  const row = head.getByRole("table", { name: "Coaching pairings, newest first" }).getByRole("row").filter({ hasText: personName("coachingCoachee") });
  await expect(row).toContainText(personName("coachingCoach"));
  await expect(row).toContainText("On track");

  // The coach opens the pairing from their coaching page, sets a step and records a session.
  const coach = await as("coachingCoach");
  await coach.goto("/coaching");
  await axe(coach);
  await coach.getByRole("link", { name: new RegExp(`Coaching ${personName("coachingCoachee")}`) }).click();
  await expect(coach.getByRole("heading", { level: 1, name: "Questioning that makes every pupil think" })).toBeVisible();
  await coach.getByLabel("Next action step").fill("Cold call three pupils before taking hands up");
  await coach.getByRole("button", { name: "Set step" }).click();
  await expect(coach.getByRole("status").filter({ hasText: "Action step set." })).toBeVisible();
  await coach.getByRole("button", { name: "Mark step secure" }).click();
  await expect(coach.getByRole("status").filter({ hasText: "Step marked secure." })).toBeVisible();
  await expect(coach.getByRole("region", { name: "Current action step" })).toContainText("Cold call three pupils");
  await coach.getByLabel("Next action step").fill("Wait five seconds after asking a question");
  await coach.getByRole("button", { name: "Set step" }).click();
  await expect(coach.getByRole("region", { name: "Current action step" })).toContainText("Wait five seconds");
  const session = coach.locator("#record-session");
  await session.getByLabel("Duration (minutes)").fill("45");
  await session.getByLabel("Notes").fill(NOTES);
  await session.getByRole("button", { name: "Record session" }).click();
  await expect(session.getByRole("status")).toHaveText("Session recorded. It counts as CPD for you both.");
  await expect(coach.getByRole("region", { name: "Sessions" })).toContainText(NOTES);
  await axe(coach);
  const pairingPath = new URL(coach.url()).pathname;

  // The same form with JavaScript off, on a phone-sized screen.
  const plain = await as("coachingCoach", { javaScriptEnabled: false, phone: true });
  await plain.goto(pairingPath);
  await noSidewaysScroll(plain);
  const plainSession = plain.locator("#record-session");
  await plainSession.getByLabel("Duration (minutes)").fill("30");
  await plainSession.getByLabel("Notes").fill("A second, shorter session.");
  await plainSession.getByRole("button", { name: "Record session" }).click();
  await expect(plain.getByRole("status").filter({ hasText: "Session recorded." })).toBeVisible();
  await expect(plain.getByRole("region", { name: "Sessions" })).toContainText("A second, shorter session.");

  // The coachee reads the step and notes, and their verified hours rose by the two sessions.
  await coachee.goto(pairingPath);
  await expect(coachee.getByRole("region", { name: "Current action step" })).toContainText("Wait five seconds");
  await expect(coachee.getByRole("region", { name: "Current action step" })).toContainText("Cold call three pupils");
  await expect(coachee.getByRole("region", { name: "Sessions" })).toContainText(NOTES);
  await expect(coachee.getByRole("button", { name: "Record session" })).toHaveCount(0);
  await noSidewaysScroll(coachee);
  await axe(coachee);
  expect((await verifiedHours(coachee)) - before).toBeCloseTo(1.25, 5);

  // The head: the pairing keeps its cadence, the notes are nowhere, the pairing's page is not found.
  await head.goto("/coaching");
  await expect(row).toContainText("On track");
  await expect(head.locator("main")).not.toContainText(NOTES);
  expect((await head.goto(pairingPath))?.status()).toBe(404);
});

test("a drop-in visit is shared with the teacher, who replies; the head reads the reply", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const focus = `Year 8 English ${Date.now()}`;
  const head = await (await browser.newContext({ storageState: personState("coachingHead") })).newPage();
  await head.goto("/drop-ins");
  await expect(head.getByRole("heading", { level: 1, name: "Drop-in visits" })).toBeVisible();
  await axe(head);
  const form = head.locator("#record-drop-in");
  await form.getByLabel("Teacher").selectOption({ label: await option("dropInTeacher") });
  await form.getByLabel("Class or subject").fill(focus);
  await form.getByRole("button", { name: "Share with the teacher" }).click();
  await expect(form.getByRole("alert")).toContainText("Say what went well.");
  await form.getByLabel("What went well").fill("Every pupil answered on a mini whiteboard.");
  await form.getByLabel("One next step").fill("Follow up the wrong answers before moving on.");
  await form.getByRole("button", { name: "Share with the teacher" }).click();
  await expect(head.getByRole("heading", { level: 1, name: `Drop-in visit: ${focus}` })).toBeVisible();
  await expect(head.getByRole("status").filter({ hasText: "Visit recorded and shared with the teacher." })).toBeVisible();
  const visitPath = new URL(head.url()).pathname;
  await axe(head);

  const teacher = await (await browser.newContext({ storageState: personState("dropInTeacher"), viewport: { width: 375, height: 740 } })).newPage();
  await teacher.goto("/notifications");
  await teacher.getByRole("link", { name: new RegExp(`Drop-in visit by ${personName("coachingHead")}`) }).first().click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Drop-in visit: ${focus}` })).toBeVisible();
  await expect(teacher.getByRole("region", { name: "Next step" })).toContainText("Follow up the wrong answers");
  await expect(teacher.locator("main")).not.toContainText(/grade|outstanding|requires improvement/i);
  await teacher.getByLabel("Your reply").fill("Thank you: I will add a hinge question.");
  await teacher.getByRole("button", { name: "Send reply" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Reply sent." })).toBeVisible();
  await expect(teacher.getByRole("region", { name: "Replies" })).toContainText("Thank you: I will add a hinge question.");
  await noSidewaysScroll(teacher);
  await axe(teacher);
  await teacher.goto("/drop-ins");
  await expect(teacher.getByRole("table", { name: "Drop-in visits to your lessons, newest first" })).toContainText(focus);
  await axe(teacher);

  await head.goto(visitPath);
  await expect(head.getByRole("region", { name: "Replies" })).toContainText("Thank you: I will add a hinge question.");
  await head.goto("/drop-ins");
  const counts = head.getByRole("table", { name: /Drop-in visits per member of staff/ });
  await expect(counts.getByRole("row").filter({ hasText: personName("dropInTeacher") })).toContainText("1");
});

test("the trust admin finds the coachee and the coach by name; the form lists no one before", async ({ browser, axe }) => {
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/coaching");
  const form = admin.locator("#create-pairing");
  await expect(form.getByLabel("Coachee").locator("option")).toHaveCount(1);
  await expect(form.getByLabel("Coachee")).toHaveAccessibleDescription("Find the coachee above by name.");
  const coachee = admin.getByRole("search", { name: "Find a coachee" });
  await coachee.getByLabel("Find the coachee").fill(personName("coachingCoachee"));
  await coachee.getByRole("button", { name: "Find coachees" }).click();
  await expect(coachee.getByRole("status")).toContainText("choose the coachee below");
  const coach = admin.getByRole("search", { name: "Find a coach", exact: true });
  await coach.getByLabel("Find the coach").fill(personName("coachingCoach"));
  await coach.getByRole("button", { name: "Find coaches" }).click();
  await expect(coach.getByRole("status")).toContainText("choose the coach below");
  // The coachee found first is still offered after the coach's search.
  await form.getByLabel("Coachee").selectOption({ label: await option("coachingCoachee") });
  await form.getByLabel("Coach", { exact: true }).selectOption({ label: await option("coachingCoach") });
  await axe(admin);
});
