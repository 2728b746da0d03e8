// The CSI journey: the trust admin assigns a peer review, the reviewing head (another cluster's)
// writes and submits it, the admin publishes it, the reviewed school's head adds an action, a progress
// note and completes it; the CSI board shows the new grades. Both heads are this spec's own people,
// written into the e2e portal's database here, so no other spec moves their figures. Axe on every page.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/account/password";
import { totpCode } from "../../lib/account/totp";
import { DEMO_EMAILS, demoEmail } from "../../prisma/seed/demo";
import { storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PASSWORD = "e2e-csi-journey-2026";
const SECRET = "KRSXG5CTMVRXEZLUKNSXG4TFOQ2DAMBR";

const axe = async (page: Page) => {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
};

/** A head with a sign-in and a second factor at the demo school (`reviewed`) or at a school of another cluster. */
async function createHead(local: string, name: [string, string], where: "demo" | "otherCluster") {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows: [demo] } = await client.query<{ trustId: string; schoolId: string; clusterId: string; name: string }>(
      `SELECT s."trustId", s."schoolId", sc."clusterId", sc.name FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" JOIN "School" sc ON sc.id = s."schoolId" WHERE u.email = $1`,
      [DEMO_EMAILS.teacher],
    );
    if (!demo) throw new Error("The e2e database has no demo school");
    const { rows: [school] } =
      where === "demo"
        ? { rows: [{ id: demo.schoolId, name: demo.name }] }
        : await client.query<{ id: string; name: string }>(`SELECT id, name FROM "School" WHERE "trustId" = $1 AND "clusterId" <> $2 ORDER BY name LIMIT 1`, [demo.trustId, demo.clusterId]);
    if (!school) throw new Error("No school in another cluster");
    const email = demoEmail(`e2e.${local}.${randomUUID().slice(0, 8)}`);
    const userId = randomUUID();
    await client.query("BEGIN");
    await client.query(`INSERT INTO "User" (id, "trustId", email, name, "passwordHash", "mfaSecret", "mfaEnabledAt") VALUES ($1, $2, $3, $4, $5, $6, now())`, [userId, demo.trustId, email, name.join(" "), await hashPassword(PASSWORD), SECRET]);
    await client.query(
      `INSERT INTO "StaffMember" (id, "trustId", "schoolId", "userId", "firstName", "lastName", email, "jobTitle", category, "careerStage", fte, "startDate", subjects)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'Headteacher', 'LEADERSHIP', 'HEADTEACHER', 1, DATE '2020-09-01', ARRAY[]::text[])`,
      [randomUUID(), demo.trustId, school.id, userId, name[0], name[1], email],
    );
    for (const [role, schoolId] of [["STAFF", null], ["HEADTEACHER", school.id]] as const) {
      await client.query(`INSERT INTO "RoleAssignment" (id, "trustId", "userId", role, "schoolId") VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), demo.trustId, userId, role, schoolId]);
    }
    await client.query("COMMIT");
    return { email, userId, name: name.join(" "), school };
  } finally {
    await client.end();
  }
}

async function signIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code from your authenticator app").fill(totpCode(SECRET));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  return page;
}

test("a peer review from assignment to a completed action, shown on the CSI board", async ({ browser }) => {
  test.setTimeout(180_000);
  const reviewed = await createHead("csi.head", ["Rhona", "Reviewedhead"], "demo");
  const reviewerHead = await createHead("csi.reviewer", ["Victor", "Reviewinghead"], "otherCluster");

  // The admin assigns the peer review.
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/reviews");
  await expect(admin.getByRole("heading", { level: 1, name: /Reviews: challenge, support and intervention/ })).toBeVisible();
  await axe(admin);
  await admin.getByRole("link", { name: /^Head peer review/ }).first().click();
  await expect(admin.getByRole("heading", { level: 2, name: "Assign a reviewer" })).toBeVisible();
  await axe(admin);
  const form = admin.locator("#assign");
  await form.getByLabel("School to review").selectOption({ label: reviewed.school.name });
  await form.getByLabel("Lead reviewer").selectOption(reviewerHead.userId);
  await form.getByRole("button", { name: "Assign reviewer" }).click();
  await expect(form.getByRole("status")).toHaveText("Reviewer assigned.");

  // The reviewing head finds it on their home page, writes it and submits it.
  const reviewer = await signIn(browser, reviewerHead.email);
  await reviewer.getByRole("link", { name: new RegExp(`^${escape(reviewed.school.name)}: Head peer review`) }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: `${reviewed.school.name}: Head peer review` })).toBeVisible();
  await axe(reviewer);
  const today = new Date().toISOString().slice(0, 10);
  await reviewer.getByLabel("Visit date").fill(today);
  for (const select of await reviewer.locator('select[name^="grade_"]').all()) await select.selectOption({ label: "Urgent improvement" });
  await reviewer.getByLabel("Safeguarding").selectOption("met");
  await reviewer.getByRole("button", { name: "Submit to the trust" }).click();
  await expect(reviewer.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await reviewer.getByLabel("Strengths").fill("A calm, purposeful school.");
  await reviewer.getByLabel("Areas for development").fill("Attendance of disadvantaged pupils.");
  await reviewer.getByLabel("Evidence notes").fill("Six lesson visits.");
  await reviewer.getByRole("button", { name: "Submit to the trust" }).click();
  await expect(reviewer.getByRole("status")).toHaveText("Review submitted to the trust.");
  const reviewUrl = new URL(reviewer.url()).pathname;

  // The admin publishes it.
  await admin.goto(reviewUrl);
  await admin.getByRole("button", { name: "Publish review" }).click();
  await expect(admin.getByRole("status")).toHaveText("Review published.");

  // The reviewed head adds an action from it, a progress note, and completes it.
  const head = await signIn(browser, reviewed.email);
  await expect(head.getByRole("heading", { level: 2, name: "Reviews and actions" })).toBeVisible();
  await head.goto(reviewUrl);
  await expect(head.getByText("Six lesson visits.")).toBeVisible();
  await axe(head);
  const description = `Attendance plan ${Date.now()}`;
  await head.getByLabel("Action", { exact: true }).fill(description);
  await head.getByLabel("Owner").selectOption({ label: `${reviewed.name}, Headteacher` });
  await head.getByLabel("Due date").fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await head.getByRole("button", { name: "Add action" }).click();
  await expect(head.getByRole("status")).toHaveText("Action added.");
  await head.getByRole("link", { name: "The school's CSI page" }).click();
  await axe(head);
  const item = head.getByRole("listitem").filter({ has: head.getByRole("heading", { name: description }) });
  await item.getByLabel("Progress note").fill("Attendance officer appointed.");
  await item.getByRole("button", { name: "Add note" }).click();
  await expect(item.getByRole("status")).toHaveText("Progress note added.");
  await expect(item.getByText("Attendance officer appointed.")).toBeVisible();
  await item.getByLabel("Status").selectOption("DONE");
  await item.getByRole("button", { name: "Save status" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Action marked done." })).toBeVisible();

  // The CSI board shows the new grades for the school.
  await admin.goto("/reviews/board");
  await axe(admin);
  const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: new RegExp(escape(reviewed.school.name)) }) });
  await expect(row.getByRole("cell", { name: "Urgent improvement" }).first()).toBeVisible();
  await admin.goto("/reviews/capacity");
  await axe(admin);
});
