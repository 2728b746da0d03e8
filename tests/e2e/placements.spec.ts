// Issue 11's secondment journey (decision 017): the trust admin seconds a teacher with CPD to another
// school; that school's head finds them in the staff directory, marked as on secondment from home,
// and opens their record with the CPD history that stayed with them; the home school's head sees
// them marked as on secondment. The teacher and both heads are this spec's own people (people.ts).
import pg from "pg";
import { isoDay, londonToday } from "../../lib/dates";
import { storageState } from "./accounts";
import { personEmail, personName, personState, PEOPLE } from "./people";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

/** The school names of the teacher (home) and of the host school's head. */
async function schools() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const name = async (email: string) =>
      (await client.query<{ name: string }>(`SELECT sc.name FROM "StaffMember" s JOIN "School" sc ON sc.id = s."schoolId" WHERE s.email = $1`, [email])).rows[0]!.name;
    return { home: await name(personEmail("placementTeacher")), host: await name(personEmail("placementHostHead")) };
  } finally {
    await client.end();
  }
}

test("the admin seconds a teacher; the host head sees them and their CPD, the home head sees them on secondment", async ({ browser, axe }) => {
  test.setTimeout(90_000);
  const teacher = personName("placementTeacher");
  const { home, host } = await schools();
  const today = isoDay(londonToday());
  const later = (days: number) => isoDay(new Date(londonToday().getTime() + days * 86_400_000));
  const until = later(60);

  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto(`/staff?q=${PEOPLE.placementTeacher.last}`);
  await admin.getByRole("link", { name: `${PEOPLE.placementTeacher.last}, ${PEOPLE.placementTeacher.first}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: teacher })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Transfers, secondments and swaps" })).toContainText("No transfers, secondments or swaps.");
  await axe(admin);

  await admin.getByRole("link", { name: "Record a transfer, secondment or swap" }).click();
  const form = admin.locator("#secondment");
  await form.getByLabel("School they are seconded to").selectOption({ label: host });
  // The end must come after the start: caught in the browser by the server's own rule.
  await form.getByLabel("First day there").fill(today);
  await form.getByLabel("Last day there").fill(today);
  await form.getByRole("button", { name: "Record the secondment" }).click();
  await expect(form.getByText("The end date must be after the start date.").first()).toBeVisible();
  await form.getByLabel("Last day there").fill(until);
  await form.getByRole("button", { name: "Record the secondment" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Secondment recorded" })).toBeVisible();
  const history = admin.getByRole("table", { name: "Transfers, secondments and swaps" });
  await expect(history.getByRole("row", { name: /Secondment/ })).toContainText(host);
  await expect(admin.getByText(`On secondment to ${host}`)).toBeVisible();
  await axe(admin);

  // A second secondment, planned for later, is cancelled before it begins; the first stays.
  await form.getByLabel("School they are seconded to").selectOption({ label: host });
  await form.getByLabel("First day there").fill(later(70));
  await form.getByLabel("Last day there").fill(later(90));
  await form.getByRole("button", { name: "Record the secondment" }).click();
  await expect(history.getByRole("row", { name: /Secondment/ })).toHaveCount(2);
  await history.getByRole("button", { name: "Cancel the secondment" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Cancelled before it began." })).toBeVisible();
  await expect(history.getByRole("row", { name: /Secondment/ })).toHaveCount(1);
  await expect(history.getByRole("button", { name: "Cancel the secondment" })).toHaveCount(0);

  const hostHead = await (await browser.newContext({ storageState: personState("placementHostHead") })).newPage();
  await hostHead.goto(`/staff?q=${PEOPLE.placementTeacher.last}`);
  const row = hostHead.getByRole("row", { name: new RegExp(PEOPLE.placementTeacher.last) });
  await expect(row).toContainText(`On secondment from ${home}`);
  await axe(hostHead);
  await row.getByRole("link", { name: `${PEOPLE.placementTeacher.last}, ${PEOPLE.placementTeacher.first}` }).click();
  await expect(hostHead.getByRole("heading", { level: 1, name: teacher })).toBeVisible();
  await expect(hostHead.getByRole("region", { name: "Activities" })).toContainText(PEOPLE.placementTeacher.cpd);
  // Logged at the home school, it is verified there: the host's head reads it in the list, with no link to a page they may not open.
  await expect(hostHead.getByRole("region", { name: "Activities" }).getByRole("link", { name: PEOPLE.placementTeacher.cpd })).toHaveCount(0);
  await expect(hostHead.getByRole("table", { name: "Transfers, secondments and swaps" })).toContainText(host);
  // The host's head reads the record; moving the person is for someone who manages both schools.
  await expect(hostHead.getByRole("button", { name: "Record the secondment" })).toHaveCount(0);
  await axe(hostHead);

  const homeHead = await (await browser.newContext({ storageState: personState("placementHomeHead") })).newPage();
  await homeHead.goto(`/staff?q=${PEOPLE.placementTeacher.last}`);
  await expect(homeHead.getByRole("row", { name: new RegExp(PEOPLE.placementTeacher.last) })).toContainText(`On secondment to ${host}`);
  await axe(homeHead);
});
