// Issue 11's journey: the trust admin imports a GIAS extract and a school joins; imports its staff from
// an MIS export (choosing one column by hand) and makes one of them head; that head sets a password
// from the outbox link, sets up two-step verification and sees their school; the head records a
// leaver, who leaves the staff list and counts in the school's turnover; an invited governor sets a
// password from the outbox link and signs in.
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { totpCode } from "../../lib/account/totp";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import { giasCsv, giasSchool } from "../support/gias";
import { storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { type Axe, expect, test } from "./test";

const UID = "TR09876";
const PHASE: Record<string, string> = { NURSERY: "Nursery", PRIMARY: "Primary", SECONDARY: "Secondary", ALL_THROUGH: "All-through", SPECIAL: "Not applicable", ALTERNATIVE_PROVISION: "Not applicable" };
const TYPE: Record<string, string> = { ACADEMY_CONVERTER: "Academy converter", ACADEMY_SPONSOR_LED: "Academy sponsor led", FREE_SCHOOL: "Free schools", SPECIAL_ACADEMY: "Academy special converter" };

/** The trust's schools as GIAS lists them (so nothing of theirs changes), plus one joining. */
async function extract(joining: { urn: number; name: string }): Promise<string> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ urn: number; name: string; phase: string; type: string; pupilsOnRoll: number; postcode: string; hasSixthForm: boolean; hasEarlyYears: boolean }>(
      `SELECT s.urn, s.name, s.phase, s.type, s."pupilsOnRoll", s.postcode, s."hasSixthForm", s."hasEarlyYears" FROM "School" s
       WHERE s."archivedAt" IS NULL AND s."trustId" = (SELECT u."trustId" FROM "User" u WHERE u.email = $1)`,
      [DEMO_EMAILS.admin],
    );
    const listed = rows.map((s) =>
      giasSchool(s.urn, UID, {
        EstablishmentName: s.name, "PhaseOfEducation (name)": PHASE[s.phase] ?? "Primary",
        "TypeOfEstablishment (name)": s.phase === "SPECIAL" ? TYPE.SPECIAL_ACADEMY! : (TYPE[s.type] ?? "Academy converter"),
        NumberOfPupils: String(s.pupilsOnRoll), Postcode: s.postcode, Easting: "", Northing: "", "OfstedRating (name)": "",
        "OfficialSixthForm (name)": s.hasSixthForm ? "Has a sixth form" : "Does not have a sixth form",
        "NurseryProvision (name)": s.hasEarlyYears ? "Has Nursery Classes" : "No Nursery Classes",
      }),
    );
    return giasCsv([...listed, giasSchool(joining.urn, UID, { EstablishmentName: joining.name }), giasSchool(joining.urn + 1, "TR05555", { EstablishmentName: "Another trust's school" })]);
  } finally {
    await client.end();
  }
}

/** Follows the newest set-password link mailed to `email` (from the outbox), sets the password and signs in. */
async function acceptInvitation(admin: Page, browser: Browser, axe: Axe, email: string, password: string): Promise<Page> {
  // The mail is a job: the worker beside the server sends it within seconds of the invitation.
  const message = admin.getByRole("listitem").filter({ hasText: email }).first();
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const text = (await message.textContent()) ?? "";
  const link = /\/invite\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link, "a set-password link in the outbox").toBeTruthy();
  const page = await (await browser.newContext()).newPage();
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await axe(page);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Set my password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

test("a school joins from GIAS, gets staff and a head who signs in; a leaver counts in turnover; an invited governor signs in", async ({ browser, axe }) => {
  test.setTimeout(240_000);
  const stamp = Date.now() % 100_000;
  const school = { urn: 800_000 + stamp * 2, name: `Journey Academy ${stamp}` };
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();

  // The register: the trust's group UID, then the extract, previewed and applied.
  await admin.goto("/admin/imports");
  await axe(admin);
  await admin.getByLabel("The trust's GIAS group UID").fill(UID);
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "GIAS group UID saved" })).toBeVisible();
  await admin.getByLabel("Establishment file (CSV)").setInputFiles({ name: "extract.csv", mimeType: "text/csv", buffer: Buffer.from(await extract(school), "utf8") });
  await admin.getByRole("button", { name: "Upload and preview" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Preview of extract.csv" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Schools joining" })).toContainText(school.name);
  await expect(admin.getByRole("table", { name: "Schools leaving" })).toContainText("None.");
  await axe(admin);
  await admin.getByRole("button", { name: "Apply these changes" }).click();
  await expect(admin.getByText("Applied: the school register now matches GIAS.")).toBeVisible();
  await admin.goto("/schools");
  await expect(admin.getByRole("link", { name: school.name })).toBeVisible();

  // Its staff, imported from the MIS: a head-to-be and a teacher. The file's email column has a name
  // the portal does not guess, so the admin chooses it.
  const headEmail = `hana.journeyhead${stamp}@northbridge.example`;
  const mis = [
    "Staff Code,Forename,Surname,Contact mailbox,Role,Staff Category,Career Stage,FTE,Start Date",
    `J${stamp}A,Hana,Journeyhead${stamp},${headEmail},Headteacher,Leadership,Headteacher,1,01/09/2024`,
    `J${stamp}B,Leo,Journeyleaver${stamp},leo.journeyleaver${stamp}@northbridge.example,Teacher of science,Teacher,Established,1,2024-09-01`,
  ].join("\r\n");
  await admin.goto("/staff/new");
  await axe(admin);
  await admin.goto("/staff");
  await admin.getByRole("link", { name: "Import staff from a CSV" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Import staff from a CSV" })).toBeVisible();
  await axe(admin);
  await admin.getByLabel("School", { exact: true }).selectOption({ label: school.name });
  await admin.getByLabel("Staff file (CSV)").setInputFiles({ name: "mis-export.csv", mimeType: "text/csv", buffer: Buffer.from(mis, "utf8") });
  await admin.getByRole("button", { name: "Upload and match columns" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Match the columns of mis-export.csv" })).toBeVisible();
  await expect(admin.getByLabel("First name", { exact: true })).toHaveValue("Forename");
  await expect(admin.getByLabel("Work email", { exact: true })).toHaveValue("");
  await axe(admin);
  await admin.getByLabel("Work email", { exact: true }).selectOption("Contact mailbox");
  await admin.getByRole("button", { name: "Preview the import" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Preview of mis-export.csv" })).toBeVisible();
  const adding = admin.getByRole("table", { name: "Staff to add" });
  await expect(adding).toContainText(`Hana Journeyhead${stamp}`);
  await expect(adding).toContainText(`Leo Journeyleaver${stamp}`);
  await axe(admin);
  await admin.getByRole("button", { name: "Apply the import" }).click();
  await expect(admin.getByText("Imported: 2 added, 0 updated, 0 unchanged. No emails were sent.")).toBeVisible();
  // The trust's list of imports opens a staff import on its own page.
  await admin.goto("/admin/imports");
  const listed = admin.getByRole("table", { name: "Recent imports" }).getByRole("row").filter({ hasText: "mis-export.csv" }).first();
  await expect(listed.getByRole("cell").nth(1)).toHaveText("Staff");
  await listed.getByRole("link", { name: "mis-export.csv" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Preview of mis-export.csv" })).toBeVisible();

  // Make her head, from her account.
  await admin.goto(`/accounts?q=Journeyhead${stamp}`);
  await admin.getByRole("link", { name: `Hana Journeyhead${stamp}` }).click();
  await admin.getByLabel("Role", { exact: true }).selectOption("HEADTEACHER");
  await admin.getByLabel("School", { exact: true }).selectOption({ label: school.name });
  await admin.getByRole("button", { name: "Grant the role" }).click();
  await expect(admin.getByRole("table", { name: "Roles" })).toContainText("Headteacher");
  await axe(admin);
  // Imported without an email: the admin sends her the set-password link from her account.
  await admin.getByRole("button", { name: "Send a set-password link" }).click();
  await expect(admin.getByText("Invitation sent again.")).toBeVisible();

  // She sets her password from the outbox, sets up two-step verification, and sees her school.
  const head = await acceptInvitation(admin, browser, axe, headEmail, "journey-head-password-1");
  await expect(head).toHaveURL(/\/signin\/two-step/);
  await head.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = ((await head.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "");
  await head.getByLabel("Code from your authenticator app").fill(totpCode(secret));
  await head.getByRole("button", { name: "Turn on two-step verification" }).click();
  await head.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(head.getByRole("heading", { level: 1, name: "Headteacher dashboard" })).toBeVisible();
  await expect(head.getByText(`${school.name}, academic year`)).toBeVisible();

  // She records Leo's leaving: out of the staff list, into the school's turnover.
  await head.goto("/staff");
  await head.getByRole("link", { name: new RegExp(`Journeyleaver${stamp}`) }).click();
  await head.getByRole("link", { name: /Edit record/ }).click();
  await axe(head);
  await head.getByLabel("Reason").selectOption("RESIGNATION");
  await head.getByRole("button", { name: "Record leaving" }).click();
  await expect(head.getByText("Leaving recorded.")).toBeVisible();
  await head.goto("/staff");
  await expect(head.getByRole("link", { name: new RegExp(`Journeyleaver${stamp}`) })).toHaveCount(0);
  await admin.goto("/trust-development/retention");
  const row = admin.getByRole("table", { name: /Staff turnover by school/ }).getByRole("row").filter({ hasText: school.name });
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
  await expect(admin.getByText(/Turnover is the number of staff who left/).first()).toBeVisible();
  await axe(admin);

  // A governor without a staff record: invited, sets a password from the outbox link, signs in.
  const governorEmail = `gita.journeygovernor${stamp}@governors.example`;
  await admin.goto("/accounts/invite");
  await axe(admin);
  await admin.getByLabel("Full name").fill(`Gita Journeygovernor${stamp}`);
  await admin.getByLabel("Email address").fill(governorEmail);
  await admin.getByLabel("Role", { exact: true }).selectOption("LOCAL_GOVERNOR");
  await admin.getByLabel("School", { exact: true }).selectOption({ label: school.name });
  await admin.getByRole("button", { name: "Send the invitation" }).click();
  await expect(admin.getByText(`Invitation sent to ${governorEmail}.`)).toBeVisible();
  await admin.goto("/admin/outbox");
  await axe(admin);
  const governor = await acceptInvitation(admin, browser, axe, governorEmail, "journey-governor-password-1");
  await expect(governor.getByRole("heading", { level: 1, name: "Local governor dashboard" })).toBeVisible();
  await expect(governor.getByText(school.name).first()).toBeVisible();
});
