// Retention insight (issue 20 §3): a head reads their school's five years, records a teacher's leaving with
// a reason, a note and the exit survey; the leaver follows the emailed link on a 375 px phone, is told what is
// missing, answers once, and the link then reads as used. The trust admin, a trustee and a governor read
// their pages. This spec's own people (people.ts). Axe on every page.
import { expect, test } from "./test";
import { storageState } from "./accounts";
import { personEmail, personState } from "./people";

test("a head records a leaving with its reason; the leaver answers the exit survey once; the trust's people read the figures", async ({ browser, axe }) => {
  test.setTimeout(300_000);
  const head = await (await browser.newContext({ storageState: personState("retentionHead") })).newPage();
  await head.goto("/retention");
  await expect(head.getByRole("heading", { level: 1, name: /^Retention at / })).toBeVisible();
  await expect(head.getByRole("table", { name: /^Turnover at (?!.* by career stage)[^,]+, \d{4}\/\d{2} to \d{4}\/\d{2}$/ })).toBeVisible();
  await expect(head.getByRole("table", { name: /Staff turnover and stability at .* \(table\)$/ }).getByRole("row")).toHaveCount(6);
  await expect(head.getByRole("heading", { name: "Early-career teachers" })).toBeVisible();
  await axe(head);

  // Leaving: the reason from the list, a note, and the exit survey (ticked by default).
  await head.goto("/staff?q=Retentionleaver");
  await head.getByRole("link", { name: /Retentionleaver, Lark/ }).click();
  await head.getByRole("link", { name: /Edit record/ }).click();
  await head.getByLabel("Reason").selectOption({ label: "Workload or wellbeing" });
  await head.getByLabel("Note (optional)").fill("Moving to a part-time post nearer home.");
  await expect(head.getByLabel(/Email them the optional exit survey/)).toBeChecked();
  await axe(head);
  await head.getByRole("button", { name: "Record leaving" }).click();
  await expect(head.getByText("Leaving recorded.")).toBeVisible();

  // The link arrives by email (the worker sends it within seconds): the outbox, as the trust admin reads it.
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  const message = admin.getByRole("listitem").filter({ hasText: personEmail("retentionLeaver") }).filter({ hasText: "exit-survey" }).first();
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const link = /\/exit-survey\/[A-Za-z0-9_-]+/.exec((await message.textContent()) ?? "")?.[0];
  expect(link, "an exit survey link in the outbox").toBeTruthy();

  // On a phone, signed in as no one: nothing ticked is refused next to the question, then answered once.
  const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
  await phone.goto(link!);
  await expect(phone.getByRole("heading", { level: 1, name: "Before you go: a few questions" })).toBeVisible();
  await axe(phone);
  await phone.getByRole("button", { name: "Send my answers" }).click();
  await expect(phone.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Tick at least one reason.");
  await phone.getByLabel("Workload").check();
  await phone.getByLabel("Lack of flexible working").check();
  for (const statement of ["I felt valued", "My workload was manageable", "Leaders supported me", "I had good opportunities", "I would consider working"]) {
    await phone.getByRole("group", { name: new RegExp(statement) }).getByLabel("Agree", { exact: true }).check();
  }
  await phone.getByRole("group", { name: /How likely are you to recommend the trust/ }).getByLabel("7", { exact: true }).check();
  await phone.getByRole("button", { name: "Send my answers" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await axe(phone);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await phone.goto(link!);
  await expect(phone.getByText(/This link has expired, has been used/)).toBeVisible();

  // The trust admin: the trust's page with every school, then one school's.
  await admin.goto("/retention");
  await expect(admin.getByRole("heading", { level: 1, name: "Retention" })).toBeVisible();
  await expect(admin.getByRole("table", { name: /^Turnover by school/ })).toContainText("Whole trust");
  await axe(admin);
  // One view at a time (decision 040): the trust's leavers' reasons, then its exit survey, each with each school's.
  const views = admin.getByRole("navigation", { name: "Retention views" });
  await views.getByRole("link", { name: "Why people left" }).click();
  await expect(views.getByRole("link", { name: "Why people left" })).toHaveAttribute("aria-current", "page");
  await expect(admin.getByRole("table", { name: /^Leavers' reasons, / })).toContainText("Whole trust");
  await expect(admin.getByRole("table", { name: /^Leavers' reasons by school/ }).getByRole("row").nth(1)).toContainText("Whole trust");
  await expect(admin.getByRole("table", { name: /^Turnover by school/ })).toHaveCount(0);
  await axe(admin);
  await views.getByRole("link", { name: "Exit survey" }).click();
  await expect(views.getByRole("link", { name: "Exit survey" })).toHaveAttribute("aria-current", "page");
  const exitBySchool = admin.getByRole("table", { name: /^Exit survey by school/ });
  await expect(exitBySchool.getByRole("row").nth(1)).toContainText("Whole trust");
  await axe(admin);
  await exitBySchool.getByRole("link").first().click();
  await expect(admin.getByRole("heading", { level: 1, name: /^Retention at / })).toBeVisible();
  await axe(admin);

  for (const role of ["trustee", "governor"] as const) {
    const page = await (await browser.newContext({ storageState: storageState(role) })).newPage();
    await page.goto("/retention");
    await expect(page.getByRole("heading", { level: 1, name: role === "trustee" ? "Retention" : /^Retention at / })).toBeVisible();
    await axe(page);
  }
  // A teacher has no retention page.
  const teacher = await (await browser.newContext({ storageState: storageState("teacher") })).newPage();
  const response = await teacher.goto("/retention");
  expect(response?.status()).toBe(404);
});
