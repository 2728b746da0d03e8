// Who opened whose record (issue 21 §3), as the people would try it: a head opens a teacher's
// development portfolio from the staff directory; the teacher finds "Who opened my records" in the
// account menu and sees the head, as headteacher; the trust admin finds the entry in the access log.
// Axe on both new pages.
import { storageState } from "./accounts";
import { personName, personState } from "./people";
import { expect, test } from "./test";

test("a head opens a teacher's portfolio; the teacher and the trust admin see who did", async ({ browser, axe }) => {
  test.setTimeout(90_000);
  const as = async (state: string) => (await browser.newContext({ storageState: state })).newPage();
  const teacherName = personName("accessTeacher");
  const headName = personName("accessHead");

  const teacher = await as(personState("accessTeacher"));
  await teacher.goto("/");
  await teacher.locator("summary", { hasText: "Account menu for" }).click();
  await teacher.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Who opened my records" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Who opened my records" })).toBeVisible();
  await expect(teacher.getByText("Nobody else has opened your records in the last year.")).toBeVisible();
  await axe(teacher);

  const head = await as(personState("accessHead"));
  await head.goto(`/staff?q=${encodeURIComponent("Accessteacher")}`);
  await head.getByRole("link", { name: new RegExp(`Accessteacher, Theo|${teacherName}`) }).first().click();
  await expect(head.getByRole("heading", { level: 1, name: teacherName })).toBeVisible();

  // Written in a batch a moment after the page: the teacher's list shows it on the next look.
  await expect(async () => {
    await teacher.reload();
    await expect(teacher.getByRole("table", { name: /Each time one of your records was opened/ }).getByRole("row", { name: new RegExp(`${headName}.*Headteacher.*Your development portfolio`) })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await axe(teacher);

  const admin = await as(storageState("admin"));
  await admin.goto("/admin/access-log");
  await admin.getByLabel("Whose record").fill(teacherName);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByRole("row", { name: new RegExp(`${headName}.*${teacherName}.*Development portfolio`) })).toBeVisible();
  await axe(admin);
});
