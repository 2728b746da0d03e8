// The notifications journey (issue 17 §2): a head returns a teacher's CPD record; the teacher sees the
// unread count in the header, opens the notification and lands on the record; the admin's outbox holds
// the email, whose one link leads to the same record. The worker beside the server sends it.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { storageState } from "./accounts";
import { personEmail, personState } from "./people";
import { expect, test } from "./test";

const axe = async (page: Page) => {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
};

test("a head returns a CPD record: the teacher sees the count, opens the notification and the email's link to the record", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Questioning course ${Date.now()}`;
  const teacher = await (await browser.newContext({ storageState: personState("notifyTeacher") })).newPage();
  await teacher.goto("/development/new");
  await teacher.getByLabel("Title").fill(title);
  await teacher.getByLabel("Type of activity").selectOption("COURSE");
  await teacher.getByLabel("Hours").fill("1.5");
  await teacher.getByRole("button", { name: "Submit for verification" }).click();
  await expect(teacher.getByRole("status")).toHaveText("Saved and sent for verification.");
  const recordPath = new URL(teacher.url()).pathname;
  const unreadBefore = Number(/\((\d+)/.exec((await teacher.getByTestId("notifications-link").textContent()) ?? "")![1]);

  const head = await (await browser.newContext({ storageState: personState("notifyHead") })).newPage();
  // Newest first: the demo school's queue runs to several pages (coaching given, courses…).
  await head.goto("/verification?dir=desc");
  await head.getByRole("checkbox", { name: new RegExp(`Select ${title}`) }).check();
  await head.getByLabel("Reason for returning (needed to return)").fill("Please add what you will change in class.");
  await head.getByRole("button", { name: "Return selected with reason" }).click();
  await expect(head.getByRole("status")).toHaveText("Returned 1 activity with your reason.");

  // The header's count beside the signed-in name, named for what it counts; the account menu leads on.
  await teacher.goto("/development");
  await expect(teacher.getByTestId("unread-badge")).toHaveText(`${unreadBefore + 1} unread notifications`);
  await teacher.locator("summary", { hasText: "Account menu for" }).click();
  await teacher.getByRole("link", { name: `Notifications (${unreadBefore + 1} unread)` }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await axe(teacher);
  await teacher.getByRole("link", { name: `Returned for changes: ${title}` }).click();
  await expect(teacher).toHaveURL(new RegExp(`${recordPath}$`));
  await expect(teacher.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await teacher.getByTestId("notifications-link").textContent()).toBe(`Notifications (${unreadBefore} unread)`);

  // The email, written to the outbox by the worker within seconds.
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  const message = admin.getByRole("listitem").filter({ hasText: personEmail("notifyTeacher") }).filter({ hasText: title }).first();
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(message.getByRole("heading")).toContainText(`: Returned for changes: ${title}`);
  const text = (await message.textContent()) ?? "";
  const mailed = /Open the record: (\S+)/.exec(text)?.[1];
  expect(mailed, "the record's link in the email").toBeTruthy();
  await teacher.goto(new URL(mailed!).pathname);
  await expect(teacher.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(teacher.getByText("Please add what you will change in class.").first()).toBeVisible();

  // The email's unsubscribe link asks first, then stops that kind at once; a second use changes nothing.
  const unsubscribe = /\/unsubscribe\/[A-Za-z0-9_-]+/.exec(text)![0];
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(unsubscribe);
  await axe(visitor);
  await visitor.getByRole("button", { name: "Stop these emails" }).click();
  await expect(visitor.getByRole("status")).toHaveText(/You are unsubscribed/);
  await visitor.goto(unsubscribe);
  await expect(visitor.getByRole("status")).toHaveText("This unsubscribe link has already been used. Nothing has changed.");
  await teacher.goto("/notifications/preferences");
  await expect(teacher.getByLabel("A CPD record of yours is returned for changes")).toHaveValue("PORTAL_ONLY");
});
