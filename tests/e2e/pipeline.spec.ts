// The leadership pipeline (issue 19 §3–4): a teacher records an aspiration and their head endorses it with
// a readiness, the teacher then reading the note; the form with JavaScript off; a head keeps the SENCO
// post's succession plan (its holder refused as successor); a teacher records an NPQ and the head
// verifies it; the trust admin sees a post with no ready successor, trustees the counts. The people are
// this spec's own (people.ts), or the demo admin and trustee, who only read. Axe on every page; 375 px.
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import pg from "pg";
import { storageState } from "./accounts";
import { personName, personState } from "./people";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const PHONE = { width: 375, height: 740 };
/** Chooses the option naming `name`: its label also carries a job title, which governance-names.spec may change. */
async function chooseByName(select: Locator, name: string) {
  await select.selectOption((await select.locator("option", { hasText: name }).getAttribute("value")) ?? "");
}
const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

test("a teacher records an aspiration and their head endorses it; the teacher reads the note", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const wants = `Lead the reading community ${randomUUID().slice(0, 6)}`;
  const teacher = await (await browser.newContext({ storageState: personState("pipelineTeacher"), viewport: PHONE })).newPage();
  await teacher.goto("/development/aspirations");
  await expect(teacher.getByRole("heading", { level: 1, name: "My aspirations" })).toBeVisible();
  await axe(teacher);
  const form = teacher.locator("#aspiration");
  await form.getByLabel("Role you aspire to").selectOption({ label: "Senior leader" });
  await form.getByRole("button", { name: "Record aspiration" }).click();
  await expect(form.getByRole("alert")).toContainText("Say what development you want towards it.");
  await form.getByLabel("Development you want").fill(wants);
  await form.getByRole("button", { name: "Record aspiration" }).click();
  await expect(teacher.getByRole("heading", { level: 3, name: "Senior leader" })).toBeVisible();
  await expect(teacher.getByText("Waiting for your head's endorsement.")).toBeVisible();
  await noSidewaysScroll(teacher);
  await axe(teacher);

  const head = await (await browser.newContext({ storageState: personState("pipelineHead") })).newPage();
  await head.goto("/succession");
  await expect(head.getByRole("heading", { level: 1, name: /^Succession and talent: / })).toBeVisible();
  const name = personName("pipelineTeacher");
  await head.getByText(`Endorse for ${name}`).click();
  const endorse = head.getByRole("form", { name: `Endorse ${name}` });
  await endorse.getByLabel("Readiness").selectOption({ label: "Ready in 1–2 years" });
  await endorse.getByLabel(`Note for ${name}`).fill("Lead the phonics review this year; then we talk about NPQSL.");
  await endorse.getByRole("button", { name: "Save endorsement" }).click();
  await expect(endorse.getByRole("status")).toHaveText("Endorsement saved.");
  await axe(head);

  await teacher.reload();
  await expect(teacher.getByText("Your head's view: Ready in 1–2 years")).toBeVisible();
  await expect(teacher.getByText("Note from your head: Lead the phonics review this year; then we talk about NPQSL.")).toBeVisible();
});

test.describe("the aspiration form with JavaScript off", () => {
  test.use({ storageState: personState("pipelineNoScript"), javaScriptEnabled: false });

  test("refuses an empty development next to the field, then records it", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/development/aspirations");
    const form = page.locator("#aspiration");
    await form.getByLabel("Role you aspire to").selectOption({ label: "Lead practitioner (classroom route)" });
    await form.getByRole("button", { name: "Record aspiration" }).click();
    await expect(page.locator("#aspiration").getByRole("alert")).toContainText("Say what development you want towards it.");
    await expect(page.locator("#aspiration").getByLabel("Role you aspire to")).toHaveValue("LEAD_PRACTITIONER");
    await page.locator("#aspiration").getByLabel("Development you want").fill("Coach early career teachers in questioning.");
    await page.locator("#aspiration").getByRole("button", { name: "Record aspiration" }).click();
    // Axe runs on this page with JavaScript on, in the journey above: it cannot run in a page without it.
    await expect(page.getByRole("heading", { level: 3, name: "Lead practitioner (classroom route)" })).toBeVisible();
  });
});

test("a head keeps the SENCO post's succession plan", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const head = await (await browser.newContext({ storageState: personState("pipelineHead"), viewport: PHONE })).newPage();
  await head.goto("/succession");
  const senco = head.getByRole("listitem").filter({ has: head.getByRole("heading", { level: 3, name: "SENCO", exact: true }) });
  await senco.getByText("Change SENCO").click();
  const holder = personName("pipelineTeacher");
  const post = head.getByRole("form", { name: "SENCO: holder and cover" });
  await chooseByName(post.getByLabel("SENCO: holder"), holder);
  await chooseByName(post.getByLabel("SENCO: emergency cover"), personName("pipelineNoScript"));
  await post.getByRole("button", { name: "Save holder and cover" }).click();
  await expect(post.getByRole("status")).toHaveText("Post saved.");
  await expect(senco.getByText(holder, { exact: true })).toBeVisible();

  // One form at a time: the successor's is a link away (each lists the school's every member of staff).
  await expect(head.getByRole("form", { name: "SENCO: add a successor" })).toHaveCount(0);
  await senco.getByRole("link", { name: "Add a successor for SENCO" }).click();
  await expect(head.getByRole("form", { name: "SENCO: holder and cover" })).toHaveCount(0);

  // The holder cannot be their own successor.
  const successor = head.getByRole("form", { name: "SENCO: add a successor" });
  await chooseByName(successor.getByLabel("SENCO: potential successor"), holder);
  await successor.getByLabel("SENCO: successor's readiness").selectOption({ label: "Ready now" });
  await successor.getByRole("button", { name: "Add successor" }).click();
  await expect(successor.getByRole("alert")).toContainText("They hold this post: choose someone else as its successor.");
  await chooseByName(successor.getByLabel("SENCO: potential successor"), personName("pipelineSuccessor"));
  await successor.getByRole("button", { name: "Add successor" }).click();
  await expect(senco.getByText(`${personName("pipelineSuccessor")}: Ready now`)).toBeVisible();
  await expect(senco.getByText("Successor ready within two years", { exact: true })).toBeVisible();
  await noSidewaysScroll(head);
  await axe(head);

  // While a post is changed the page is its card alone (its lists hold every member of staff); done, the rest is back.
  await expect(head.getByRole("heading", { level: 2, name: /^Aspirations and talent pool/ })).toHaveCount(0);
  await expect(head.getByRole("heading", { level: 3, name: "Headteacher", exact: true })).toHaveCount(0);
  await senco.getByRole("link", { name: "Done changing SENCO" }).click();
  await expect(head.getByRole("heading", { level: 2, name: /^Aspirations and talent pool/ })).toBeVisible();
  await expect(head.getByRole("heading", { level: 3, name: "Headteacher", exact: true })).toBeVisible();
  await expect(head.getByRole("form", { name: "SENCO: holder and cover" })).toHaveCount(0);
});

test("a teacher records an NPQ and the head verifies it", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const teacher = await (await browser.newContext({ storageState: personState("pipelineSuccessor") })).newPage();
  await teacher.goto("/development");
  await teacher.getByRole("link", { name: "Record an NPQ" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Record an NPQ" })).toBeVisible();
  await axe(teacher);
  await teacher.getByLabel("NPQ", { exact: true }).selectOption({ label: "NPQ for SENCOs (NPQSENCO)" });
  await teacher.getByLabel("Cohort").fill("next year");
  await teacher.getByLabel("Provider").fill("Ambition Institute");
  await teacher.getByLabel("Funding").selectOption({ label: "Funded (DfE scholarship)" });
  await teacher.getByLabel("Status").selectOption({ label: "Started" });
  await teacher.getByRole("button", { name: "Record NPQ" }).click();
  await expect(teacher.locator("#npq").getByRole("alert")).toContainText("Enter the cohort as a term and year, for example Autumn 2026.");
  await teacher.getByLabel("Cohort").fill("Autumn 2026");
  await teacher.getByRole("button", { name: "Record NPQ" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "My development" })).toBeVisible();
  const item = teacher.getByRole("listitem").filter({ hasText: "NPQ for SENCOs" });
  await expect(item).toContainText("Autumn 2026 cohort");
  await expect(item).not.toContainText("verified");
  // It opens in the NPQ's own form.
  await item.getByRole("link", { name: "NPQ for SENCOs" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Edit an NPQ" })).toBeVisible();
  await expect(teacher.getByLabel("Cohort")).toHaveValue("Autumn 2026");
  await axe(teacher);

  const head = await (await browser.newContext({ storageState: personState("pipelineHead") })).newPage();
  await head.goto("/succession");
  const name = personName("pipelineSuccessor");
  await head.getByRole("button", { name: `Verify ${name}'s NPQ for SENCOs (NPQSENCO)` }).click();
  await expect(head.getByRole("listitem").filter({ hasText: `${name}: NPQ for SENCOs` })).toContainText("Verified");
  await teacher.goto("/development");
  await expect(teacher.getByRole("listitem").filter({ hasText: "NPQ for SENCOs" })).toContainText("verified");
});

/** A key post of a school other than the demo teacher's (which the journeys above change) with no successor ready within two years. */
async function uncoveredPost() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows: [row] } = await client.query<{ school: string; post: string }>(
      `SELECT sc.name AS school, p.post::text AS post FROM "SuccessionPost" p JOIN "School" sc ON sc.id = p."schoolId"
       WHERE p."schoolId" <> (SELECT s."schoolId" FROM "StaffMember" s WHERE s."lastName" = 'Aspiring' LIMIT 1)
         AND NOT EXISTS (SELECT 1 FROM "SuccessionCandidate" c WHERE c."postId" = p.id AND c.readiness IN ('READY_NOW', 'ONE_TO_TWO_YEARS'))
       ORDER BY sc.name, p.post LIMIT 1`,
    );
    if (!row) throw new Error("The seed left every post covered.");
    return row;
  } finally {
    await client.end();
  }
}

const POST_LABEL: Record<string, string> = {
  HEADTEACHER: "Headteacher", DEPUTY_HEAD: "Deputy headteacher", SENCO: "SENCO", DESIGNATED_SAFEGUARDING_LEAD: "Designated safeguarding lead",
  BUSINESS_MANAGER: "School business manager", HEAD_OF_ENGLISH: "Head of English", HEAD_OF_MATHEMATICS: "Head of mathematics",
};

test("the trust admin sees a post with no ready successor; trustees see counts", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const { school, post } = await uncoveredPost();
  const admin = await (await browser.newContext({ storageState: storageState("admin"), viewport: PHONE })).newPage();
  await admin.goto("/trust-pipeline");
  await expect(admin.getByRole("heading", { level: 1, name: "Leadership pipeline" })).toBeVisible();
  const table = admin.getByRole("table", { name: "Key posts with no successor ready within two years" });
  await expect(table.getByRole("row").filter({ hasText: school }).filter({ has: admin.getByRole("rowheader", { name: POST_LABEL[post], exact: true }) }).first()).toBeVisible();
  await expect(admin.getByRole("table", { name: /^Staff aspiring to lead/ }).getByRole("row").nth(1)).toBeVisible();
  await noSidewaysScroll(admin);
  await axe(admin);
  await admin.goto("/succession");
  await expect(admin.getByRole("link", { name: school })).toBeVisible();
  await axe(admin);

  const trustee = await (await browser.newContext({ storageState: storageState("trustee") })).newPage();
  await trustee.goto("/governance/pipeline");
  const figures = trustee.getByRole("table", { name: /^Leaders lacking an expected qualification/ });
  await expect(figures.getByRole("row").filter({ hasText: school })).toBeVisible();
  await expect(trustee.getByRole("table", { name: "Key posts with no successor ready within two years" })).toHaveCount(0);
  await expect(trustee.locator("main")).not.toContainText(personName("pipelineTeacher"));
  await axe(trustee);
  await trustee.goto("/trust-pipeline");
  await expect(trustee.getByRole("heading", { level: 1, name: "Leadership pipeline" })).toHaveCount(0);
});
