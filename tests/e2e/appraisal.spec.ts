// Performance development (issue 18 §2): a teacher and their line manager, who reviews them, agree two
// objectives linked to the school's priorities (the objective form with JavaScript on and off), then write
// and sign off the mid-year review; the reviewer records a pay recommendation the teacher never sees; the
// head reads the school's completion, the trustee and the admin the trust's. The people are this spec's own
// (people.ts opens every window of this year's cycle on London's today). Axe on every page; 375 px wide.
import type { Browser, Page } from "@playwright/test";
import { storageState } from "./accounts";
import { personName, personState } from "./people";
import { expect, test } from "./test";

const TEACHER = personName("appraisalTeacher");
/** Nothing wider than a 375 px screen (a table scrolls in its own box); a failure names what sticks out. */
async function noSidewaysScroll(page: Page) {
  const { width, wide } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 376 && !e.closest(".overflow-x-auto")).slice(0, 5).map((e) => `${e.tagName}.${e.className}`),
  }));
  expect(width, wide.join(" | ")).toBeLessThanOrEqual(375);
}
const open = async (browser: Browser, state: string, opts: { phone?: boolean; javaScriptEnabled?: boolean } = {}) =>
  (await browser.newContext({ storageState: state, javaScriptEnabled: opts.javaScriptEnabled ?? true, ...(opts.phone ? { viewport: { width: 375, height: 740 } } : {}) })).newPage();

test("a teacher and their reviewer agree objectives linked to a priority and sign off the mid-year review", async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const teacher = await open(browser, personState("appraisalTeacher"), { phone: true });
  await teacher.goto("/performance");
  await expect(teacher.getByRole("heading", { level: 1, name: "Performance development" })).toBeVisible();
  await axe(teacher);
  await noSidewaysScroll(teacher);
  await teacher.getByRole("button", { name: "Start your objectives" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Objectives: ${TEACHER}` })).toBeVisible();
  const planPath = new URL(teacher.url()).pathname;

  // JavaScript on: the browser's check names the missing success indicators, then the objective is added.
  const form = teacher.locator("#new-objective");
  await form.getByLabel("Objective", { exact: true }).fill("Every Year 2 pupil reads fluently by the summer");
  await form.getByLabel("Timeframe").fill("By the summer half-term");
  const priority = form.getByLabel("School improvement priority");
  const priorityTitle = ((await priority.locator("option").nth(1).textContent()) ?? "").trim();
  await priority.selectOption({ index: 1 });
  await form.getByRole("button", { name: "Add objective" }).click();
  await expect(form.getByRole("alert")).toContainText("Enter the success indicators: how you will both know it is met.");
  await form.getByLabel("Success indicators").fill("85% of the class at the expected standard in the phonics check.");
  await form.getByRole("button", { name: "Add objective" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Objective added." })).toBeVisible();
  await expect(teacher.getByText(`School priority: ${priorityTitle}`)).toBeVisible();
  await axe(teacher);
  await noSidewaysScroll(teacher);

  // JavaScript off: the server refuses the same gap next to the field, then takes the objective, linked to a trust priority.
  const plain = await open(browser, personState("appraisalTeacher"), { javaScriptEnabled: false });
  await plain.goto(planPath);
  const noJs = plain.locator("#new-objective");
  await noJs.getByLabel("Objective", { exact: true }).fill("Lead a reading CPD session for teaching assistants");
  await noJs.getByLabel("Timeframe").fill("By Easter");
  await noJs.getByLabel("Or a trust priority (optional)").fill("Professional learning for all staff");
  await noJs.getByRole("button", { name: "Add objective" }).click();
  await expect(plain.locator("#new-objective").getByRole("alert")).toContainText("Enter the success indicators");
  await plain.locator("#new-objective").getByLabel("Success indicators").fill("Session delivered; two assistants use the strategy.");
  await plain.locator("#new-objective").getByRole("button", { name: "Add objective" }).click();
  await expect(plain.getByText("Trust priority: Professional learning for all staff")).toBeVisible();

  // One objective's change form at a time: opened by its link, saved, closed again (JavaScript off).
  await expect(plain.getByRole("button", { name: "Save objective" })).toHaveCount(0);
  await plain.getByRole("link", { name: "Change objective 2" }).click();
  await expect(plain.getByRole("heading", { name: "Change objective 2" })).toBeVisible();
  await expect(plain.getByRole("link", { name: "Change objective 1" })).toBeVisible();
  const change = plain.locator("form").filter({ has: plain.getByRole("button", { name: "Save objective" }) });
  await change.getByLabel("Timeframe").fill("By the end of the spring term");
  await change.getByRole("button", { name: "Save objective" }).click();
  await expect(plain.getByText("By the end of the spring term")).toBeVisible();
  await expect(plain.getByRole("button", { name: "Save objective" })).toHaveCount(0);

  await teacher.reload();
  await teacher.getByRole("button", { name: "Agree these objectives" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "You have agreed the objectives." })).toBeVisible();

  // The reviewer finds the teacher among the people they review, agrees, and writes the mid-year review.
  const reviewer = await open(browser, personState("appraisalReviewer"));
  await reviewer.goto("/performance");
  await reviewer.getByRole("table", { name: "People you review" }).getByRole("link", { name: TEACHER, exact: true }).click();
  await reviewer.getByRole("button", { name: "Agree these objectives" }).click();
  await expect(reviewer.getByText("Agreed by both.", { exact: false })).toBeVisible();
  await reviewer.getByRole("link", { name: "Mid-year review" }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: `Mid-year review: ${TEACHER}` })).toBeVisible();
  for (const n of [1, 2]) {
    await reviewer.getByLabel(`Progress on objective ${n}`).selectOption({ label: "On track" });
    await reviewer.getByLabel(`Your comment on objective ${n}`).fill(`Seen in drop-ins (objective ${n}).`);
  }
  await reviewer.getByLabel("Workload").fill("Manageable since the marking policy changed.");
  await reviewer.getByLabel("Wellbeing").fill("Well.");
  await reviewer.getByLabel("Flexible working").fill("No request.");
  await reviewer.getByLabel("Career aspirations").fill("Key Stage 1 lead in two years.");
  await reviewer.getByLabel("Your comment on the year so far").fill("A strong first half of the year.");
  await reviewer.getByRole("button", { name: "Save", exact: true }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Review saved." })).toBeVisible();
  await axe(reviewer);

  // The teacher adds their side and signs off; the reviewer signs off too, and the review is read-only.
  await teacher.goto(`${planPath}/reviews/mid-year`);
  for (const n of [1, 2]) await teacher.getByLabel(`Your comment on objective ${n}`).fill(`Pupils' reading logs show it (objective ${n}).`);
  await teacher.getByLabel("Your comment on the year so far").fill("Good progress; I want more time for the CPD session.");
  await teacher.getByRole("button", { name: "Save and sign off" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Review signed off." })).toBeVisible();
  await noSidewaysScroll(teacher);
  await reviewer.reload();
  await reviewer.getByRole("button", { name: "Save and sign off" }).click();
  await expect(reviewer.getByRole("heading", { name: "Signed off (version 1)" })).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Save and sign off" })).toHaveCount(0);
  await axe(reviewer);

  // The pay recommendation sits on its own page: the reviewer records it; the teacher can reach none of it.
  await reviewer.goto("/performance");
  await reviewer.getByRole("link", { name: `Pay recommendation for ${TEACHER}` }).click();
  await reviewer.getByRole("combobox", { name: "Recommendation" }).selectOption({ label: "Pay progression recommended" });
  await reviewer.getByRole("textbox", { name: "Reason" }).fill("Objectives on track with clear impact on reading.");
  await reviewer.getByRole("button", { name: "Record the recommendation" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Pay recommendation recorded." })).toBeVisible();
  await axe(reviewer);
  const payPath = new URL(reviewer.url()).pathname;
  await teacher.goto(planPath);
  await expect(teacher.locator("main")).not.toContainText("Pay");
  await teacher.goto(payPath);
  await expect(teacher.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the head sees the school's completion and who is overdue; the trust sees rates per school", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const head = await open(browser, personState("appraisalHead"), { phone: true });
  await head.goto("/performance");
  await head.getByRole("link", { name: "Your school’s completion, and who is overdue" }).click();
  await expect(head.getByRole("heading", { level: 1, name: /^Performance development: / })).toBeVisible();
  await expect(head.getByRole("table", { name: /in the performance development cycle/ }).getByRole("columnheader", { name: "Objectives agreed?" })).toBeVisible();
  await axe(head);
  await noSidewaysScroll(head);

  for (const role of ["trustee", "admin"] as const) {
    const page = await open(browser, storageState(role));
    await page.goto("/performance/trust");
    await expect(page.getByRole("table", { name: /^Completion by school/ })).toBeVisible();
    await axe(page);
    if (role === "trustee") {
      await expect(page.getByRole("navigation", { name: "Across the trust: views" })).toHaveCount(0);
      continue;
    }
    // The admin's cycle and heads' reviewers are tabs (decision 040); one head's reviewer and panel open at a time.
    const views = page.getByRole("navigation", { name: "Across the trust: views" });
    await views.getByRole("link", { name: "The cycle" }).click();
    await expect(page.getByRole("button", { name: "Save the cycle" })).toBeVisible();
    await expect(page.getByRole("table", { name: /^Completion by school/ })).toHaveCount(0);
    await axe(page);
    await views.getByRole("link", { name: "Heads' reviewers and panels" }).click();
    const heads = page.getByRole("table", { name: /^Heads' reviewers and panels/ });
    await expect(page.getByLabel(/^Reviewer of /)).toHaveCount(0);
    const change = heads.getByRole("link", { name: /^Change the reviewer and panel of / }).first();
    const name = ((await change.textContent()) ?? "").replace(/^Change the reviewer and panel of /, "");
    await change.click();
    await expect(page.getByLabel(`Reviewer of ${name}`)).toBeVisible();
    await expect(page.getByLabel(/^Reviewer of /)).toHaveCount(1);
    await axe(page);
    await page.getByRole("link", { name: `Close the form for ${name}` }).click();
    await expect(page.getByLabel(/^Reviewer of /)).toHaveCount(0);
  }
});
