// Subject access and portability (issue 21 §1) in the browser: a teacher puts together their own
// development record and downloads it, and its summary opens as a page; the trust admin finds the
// teacher, exports everything about them and sees the export's review of names. Axe on each page.
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { storageState } from "./accounts";
import { personName, personState } from "./people";
import { expect, test } from "./test";

test("a teacher downloads their development record; the admin exports everything about them", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const as = async (state: string) => (await browser.newContext({ storageState: state })).newPage();

  const teacher = await as(personState("accessTeacher"));
  await teacher.goto("/development");
  await teacher.getByRole("link", { name: "Download my record" }).first().click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Download my development record" })).toBeVisible();
  await axe(teacher);
  await teacher.getByRole("button", { name: "Put together my development record" }).click();
  const download = teacher.getByRole("link", { name: /^Download \(ZIP/ });
  // Built by the worker in the background; the page reads itself again until it is ready.
  await expect(download).toBeVisible({ timeout: 60_000 });
  await axe(teacher);
  const [file] = await Promise.all([teacher.waitForEvent("download"), download.click()]);
  const zip = unzipSync(new Uint8Array(readFileSync(await file.path())));
  expect(Object.keys(zip)).toEqual(expect.arrayContaining(["summary.html", "data/CpdActivity.json"]));
  await teacher.setContent(strFromU8(zip["summary.html"]!));
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(`Development record of: ${personName("accessTeacher")}`);

  const admin = await as(storageState("admin"));
  await admin.goto("/admin/exports");
  await admin.getByLabel("Name").fill(personName("accessTeacher"));
  await admin.getByRole("button", { name: "Find" }).click();
  await admin.getByRole("button", { name: `Export everything about ${personName("accessTeacher")}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Everything held about ${personName("accessTeacher")}` })).toBeVisible();
  await expect(admin.getByRole("link", { name: /^Download \(ZIP/ })).toBeVisible({ timeout: 60_000 });
  await expect(admin.getByRole("heading", { name: "Review before release" })).toBeVisible();
  await axe(admin);
});
