// Staff surveys (issue 20 §1): a head builds a survey of their school; on a 375 px phone a teacher answers
// it in a few taps (one colleague with JavaScript off); the head sees "not enough answers yet" until the
// fifth answer, then the figures, and records "you said, we did". Everyone is this spec's own (people.ts,
// the trust's last school, which no other spec uses). Axe on every page.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { personState, type PersonKey } from "./people";
import { expect, test } from "./test";

const PHONE = { width: 375, height: 812 };
const title = `Autumn pulse ${randomUUID().slice(0, 6)}`;

const phone = async (browser: Browser, key: PersonKey, javaScriptEnabled = true) =>
  (await browser.newContext({ storageState: personState(key), viewport: PHONE, javaScriptEnabled, isMobile: javaScriptEnabled, hasTouch: javaScriptEnabled })).newPage();

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

/** Answers every question of the survey: the scale statements, eNPS, hours, a task, no comment. */
async function answer(page: Page, scale: string, enps: string) {
  await page.goto("/voice");
  await page.getByRole("link", { name: title }).click();
  for (const statement of ["I feel valued and recognised for the work I do.", "I can keep a reasonable balance between work and home.", "My workload is manageable.", "Leaders support me to do my job well.", "I have good opportunities for professional development."]) {
    await page.getByRole("group", { name: statement }).getByLabel(scale, { exact: true }).check();
  }
  await page.getByRole("group", { name: "How likely are you to recommend this school as a place to work?" }).getByLabel(enps, { exact: true }).check();
  await page.getByLabel("About how many hours did you work last week, in total?").fill("49");
  await page.getByRole("group", { name: "Which of these take time that adds little for pupils?" }).getByLabel("Data entry and data drops").check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Thank you: your answers are saved, anonymously.")).toBeVisible();
}

test("a teacher answers on a phone; the head sees figures only from the fifth answer", async ({ browser, axe }) => {
  test.setTimeout(240_000);
  const head = await (await browser.newContext({ storageState: personState("voiceHead") })).newPage();
  await head.goto("/voice/results");
  await axe(head);
  await head.getByRole("link", { name: "Build a survey" }).click();
  await expect(head.getByRole("heading", { level: 1, name: "Build a staff survey" })).toBeVisible();
  await axe(head);
  const build = head.locator("#build-survey");
  await build.getByLabel("Title").fill(title);
  await build.getByRole("button", { name: "Save survey" }).click();
  await expect(head.getByRole("status").filter({ hasText: "Survey saved." })).toBeVisible();
  await head.getByRole("link", { name: title }).click();
  await expect(head.getByText("Not enough answers yet", { exact: false })).toBeVisible();
  await axe(head);
  const results = head.url();

  // The teacher, on a phone: a refused send names the question left out, then the answers go.
  const teacher = await phone(browser, "voiceTeacher");
  await teacher.goto("/voice");
  await expect(teacher.getByRole("heading", { level: 1, name: "Staff survey" })).toBeVisible();
  await noSidewaysScroll(teacher);
  await axe(teacher);
  await teacher.getByRole("link", { name: title }).click();
  await teacher.getByRole("button", { name: "Send my answers" }).click();
  await expect(teacher.locator("#answer-survey").getByRole("alert")).toContainText("Choose an answer.");
  await noSidewaysScroll(teacher);
  await axe(teacher);
  await answer(teacher, "Agree", "9");
  await expect(teacher.getByText(`${title}: answered, thank you.`, { exact: false })).toBeVisible();
  await noSidewaysScroll(teacher);

  // Three colleagues, one without JavaScript: four answers are still too few.
  await answer(await phone(browser, "voiceColleague1", false), "Disagree", "4");
  await answer(await phone(browser, "voiceColleague2"), "Strongly agree", "10");
  await answer(await phone(browser, "voiceColleague3"), "Neither agree nor disagree", "7");
  await head.goto(results);
  await expect(head.getByText("Not enough answers yet", { exact: false })).toBeVisible();
  await expect(head.getByRole("heading", { name: "Question by question" })).toHaveCount(0);

  // The fifth answer: figures, with the caution for fewer than 20.
  await answer(await phone(browser, "voiceColleague4"), "Agree", "8");
  await head.goto(results);
  await expect(head.getByRole("heading", { name: "Question by question" })).toBeVisible();
  await expect(head.getByText("Caution: these figures come from 5 answers", { exact: false })).toBeVisible();
  await expect(head.getByText("Not enough answers yet", { exact: false })).toHaveCount(0);
  await axe(head);

  // "You said, we did", which staff see beside the next survey: its own part of the results (decision 041).
  const parts = head.getByRole("navigation", { name: "Parts of the results" });
  await expect(parts.getByRole("link", { name: "Question by question" })).toHaveAttribute("aria-current", "page");
  await parts.getByRole("link", { name: "You said, we did" }).click();
  await expect(parts.getByRole("link", { name: "You said, we did" })).toHaveAttribute("aria-current", "page");
  await expect(head.getByRole("heading", { name: "Question by question" })).toHaveCount(0);
  await axe(head);
  const record = head.locator("#record-action");
  await record.getByLabel("You said").fill("Data drops take time that adds little.");
  await record.getByLabel("We did").fill("One data drop a term from January.");
  await record.getByRole("button", { name: "Record action" }).click();
  await expect(record.getByRole("status")).toHaveText("Recorded: staff see it beside the next survey.");
  await expect(head.getByText("One data drop a term from January.")).toBeVisible();

  // A second answer is refused: the survey page says so.
  await teacher.goto("/voice");
  await expect(teacher.getByRole("link", { name: title })).toHaveCount(0);
});
