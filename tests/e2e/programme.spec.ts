// The CPD programme (issue 19 §1–2). A head publishes a course needing approval; a teacher books it, the
// head approves, then takes the register on a 375 px phone and the teacher's verified hours rise by the
// session's 1.5 hours; six weeks on (moved forward in the database) the teacher answers the follow-up and
// it shows, without their name, in the course's impact report. A full course puts the next booker (with
// JavaScript off) on the waiting list and a cancellation offers them the place. Axe on every new page
// (with JavaScript on: axe runs in the page).
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { utcToLondonLocal } from "../../lib/dates";
import { storageState } from "./accounts";
import { personEmail, personName, personState, type PersonKey } from "./people";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const PHONE = { width: 375, height: 800 };
const open = async (browser: Browser, key: PersonKey, options: { viewport?: typeof PHONE; javaScriptEnabled?: boolean } = {}) =>
  (await browser.newContext({ storageState: personState(key), ...options })).newPage();

const verifiedHours = async (page: Page) => {
  await page.goto("/development");
  return Number(((await page.getByTestId("verified-hours").textContent()) ?? "").trim().split(" ")[0]);
};

/** The head publishes a course of their school with one 90-minute session starting in 40 minutes. */
async function publish(head: Page, axe: (p: Page) => Promise<void>, title: string, { places, approval }: { places: number; approval: boolean }) {
  await head.goto("/programme");
  await head.getByRole("link", { name: "Publish a course" }).click();
  await expect(head.getByRole("heading", { level: 1, name: "Publish a course" })).toBeVisible();
  await axe(head);
  const form = head.locator("#create-course");
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Save as a draft" }).click();
  await expect(form.getByRole("alert")).toContainText("Describe the course");
  await form.getByLabel("Description").fill("Questioning that makes every pupil think.");
  await form.getByLabel("Improvement strand").selectOption({ label: "Professional learning" });
  await form.getByLabel("Kind").selectOption({ label: "Course" });
  await form.getByLabel("External provider").fill("North Teaching School Hub");
  await form.getByLabel("Places").fill(String(places));
  if (approval) await form.getByLabel("Bookings need the booker's head's approval").check();
  await form.getByRole("button", { name: "Save as a draft" }).click();
  await expect(head.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const session = head.locator("#add-session");
  // The register opens on the session's day (London), so the session starts later today: 40 minutes on, or
  // 23:59 when that would be tomorrow (run after 23:20 the test found no register to take).
  const soon = utcToLondonLocal(new Date(Date.now() + 40 * 60_000));
  const today = utcToLondonLocal(new Date()).slice(0, 10);
  await session.getByLabel("Starts").fill(soon.startsWith(today) ? soon : `${today}T23:59`);
  await session.getByLabel("Length in minutes").fill("90");
  await session.getByLabel("Venue").fill("Library");
  await session.getByRole("button", { name: "Add session" }).click();
  await expect(session.getByRole("status")).toHaveText("Session added.");
  await head.locator("#publish-course").getByRole("button", { name: "Publish" }).click();
  await expect(head.getByRole("status").filter({ hasText: "Course published" })).toBeVisible();
  await axe(head);
  return new URL(head.url()).pathname;
}

test("a teacher books a course needing approval, the head approves and takes the register on a phone, and the follow-up reaches the impact report", async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const title = `Questioning for all ${randomUUID().slice(0, 6)}`;
  const head = await open(browser, "programmeHead");
  const coursePath = await publish(head, axe, title, { places: 5, approval: true });

  const teacher = await open(browser, "programmeTeacher");
  const before = await verifiedHours(teacher);
  await teacher.goto("/programme");
  await expect(teacher.getByRole("heading", { level: 1, name: "CPD programme" })).toBeVisible();
  await axe(teacher);
  await teacher.getByRole("link", { name: title }).click();
  await teacher.getByRole("button", { name: "Book a place" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Booked, awaiting your head's approval." })).toBeVisible();
  await expect(teacher.getByText("Your booking: Awaiting the head's approval")).toBeVisible();
  await axe(teacher);

  await head.goto("/programme/approvals");
  await axe(head);
  await head.getByRole("button", { name: `Approve ${personName("programmeTeacher")}` }).click();
  await expect(head.getByRole("status").filter({ hasText: "Booking approved." })).toBeVisible();

  // The register on a phone: the booked name, ticked and saved.
  const phone = await open(browser, "programmeHead", { viewport: PHONE });
  await phone.goto(coursePath);
  await phone.getByRole("link", { name: /^Take the register/ }).click();
  await expect(phone.getByRole("heading", { level: 1, name: /^Register: / })).toBeVisible();
  await phone.getByLabel(personName("programmeTeacher")).check();
  await phone.getByRole("button", { name: "Save register" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "Register saved: 1 present, 0 absent." })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await axe(phone);

  expect(await verifiedHours(teacher)).toBeCloseTo(before + 1.5, 5);

  // Straight after: a rating. Six weeks on (moved forward here), the follow-up from the programme page.
  await teacher.goto(coursePath);
  await teacher.getByLabel("Your rating, from 1 (poor) to 5 (excellent)").fill("5");
  await teacher.getByLabel("What will you try in your practice?").fill("Cold calling after thinking time.");
  await teacher.getByRole("button", { name: "Save my rating" }).click();
  await expect(teacher.locator("#rate-course").getByRole("status")).toHaveText("Thank you: your rating is saved.");
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  await client.query(
    `UPDATE "ImpactFollowUp" f SET "dueAt" = now(), "askedAt" = now() FROM "StaffMember" s JOIN "User" u ON u.id = s."userId"
     WHERE f."staffMemberId" = s.id AND u.email = $1 AND f."courseId" = $2::uuid`,
    [personEmail("programmeTeacher"), coursePath.split("/").at(-1)],
  );
  await client.end();
  await teacher.goto("/programme");
  await teacher.getByRole("link", { name: `Answer the follow-up: ${title}` }).click();
  await axe(teacher);
  await teacher.getByLabel("Yes").check();
  await teacher.getByLabel("What did you change in your practice?").fill("Every question now goes to a named pupil after thinking time.");
  await teacher.getByRole("button", { name: "Send my answer" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Thank you: your answer is saved." })).toBeVisible();

  await head.goto(`${coursePath}/impact`);
  await expect(head.getByText("Every question now goes to a named pupil after thinking time.", { exact: false })).toBeVisible();
  await expect(head.getByText("100% changed something in their practice (1 of 1 answered)")).toBeVisible();
  await expect(head.locator("main")).not.toContainText(personName("programmeTeacher"));
  await axe(head);
});

test("a full course puts the next booker on the waiting list, and a cancellation offers them the place (JavaScript off)", async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const title = `Behaviour routines ${randomUUID().slice(0, 6)}`;
  const head = await open(browser, "programmeHead");
  const coursePath = await publish(head, axe, title, { places: 1, approval: false });

  const first = await open(browser, "programmeFirst");
  await first.goto(coursePath);
  await first.getByRole("button", { name: "Book a place" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Your place is booked." })).toBeVisible();

  const second = await open(browser, "programmeSecond", { javaScriptEnabled: false });
  await second.goto(coursePath);
  await expect(second.getByText("Full: join the waiting list")).toBeVisible();
  await second.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(second.getByText("you are on the waiting list", { exact: false }).first()).toBeVisible();

  await first.goto(coursePath);
  await first.getByRole("button", { name: "Cancel my booking" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Booking cancelled." })).toBeVisible();

  await second.goto(coursePath);
  await expect(second.getByText("A place has come free for you.", { exact: false })).toBeVisible();
  await second.getByRole("button", { name: "Accept the place" }).click();
  await expect(second.getByText("Place accepted: you are booked.").first()).toBeVisible();
  await second.goto(coursePath);
  await expect(second.getByText("Your booking: Booked")).toBeVisible();

  // The organiser's list shows who holds the place and who cancelled.
  await head.goto(coursePath);
  const bookings = head.getByRole("table", { name: "Bookings in the order they were made" });
  await expect(bookings.getByRole("row").filter({ hasText: personName("programmeSecond") })).toContainText("Booked");
  await expect(bookings.getByRole("row").filter({ hasText: personName("programmeFirst") })).toContainText("Cancelled");
});

test("the calendar link, the trust's impact view and the edit form pass axe", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const teacher = await open(browser, "programmeTeacher");
  await teacher.goto("/programme/calendar");
  await teacher.getByRole("button", { name: "Make my calendar link" }).click();
  const url = teacher.getByLabel("Your private calendar address");
  await expect(url).toHaveValue(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  await axe(teacher);
  const feed = await teacher.request.get(new URL(await url.inputValue()).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/programme/impact");
  await expect(admin.getByRole("heading", { level: 1, name: "CPD impact across the trust" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Impact by strand" })).toBeVisible();
  await axe(admin);
  await admin.goto("/programme");
  await admin.getByRole("table", { name: "Courses, earliest first" }).getByRole("link").first().click();
  await admin.getByRole("link", { name: "Edit course" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: /^Edit: / })).toBeVisible();
  await axe(admin);
});
