// Closing a support agreement (issue 15 §4): the trust admin records how it ended, when, and its outcome on the
// agreement's page (a bad end date is a field error); the giving school's head then reads the outcome on their
// school's CSI page and the agreement's page; the school's governor sees the agreement but not the outcome or
// the staff deployed. The agreement is this spec's own, written into the e2e portal's database. Axe on every page.
import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import pg from "pg";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import { londonIsoDay } from "../support/days";
import { type DemoRole, storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const FOCUS = `Assessment in science (${randomUUID().slice(0, 6)})`;
const DEPLOYED = "Imani Deployedteacher";
const OUTCOME = "Science assessments are now moderated across both schools; the receiving school runs them alone.";

const as = async (browser: Browser, role: DemoRole) => (await browser.newContext({ storageState: storageState(role) })).newPage();

/** An open agreement: the demo head's school supports another school of the trust, since 60 days ago. */
async function createAgreement() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows: [head] } = await client.query<{ trustId: string; schoolId: string; userId: string }>(
      `SELECT r."trustId", r."schoolId", r."userId" FROM "RoleAssignment" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1 AND r.role = 'HEADTEACHER'`,
      [DEMO_EMAILS.head],
    );
    if (!head) throw new Error("The e2e database has no demo head");
    const { rows: [receiver] } = await client.query<{ id: string }>(`SELECT id FROM "School" WHERE "trustId" = $1 AND id <> $2 ORDER BY name LIMIT 1`, [head.trustId, head.schoolId]);
    const id = randomUUID();
    await client.query(
      `INSERT INTO "SupportAgreement" (id, "trustId", "giverSchoolId", "receiverSchoolId", focus, "staffDeployed", "startsOn", status, "createdById")
       VALUES ($1, $2, $3, $4, $5, $6, $8, 'ACTIVE', $7)`,
      [id, head.trustId, head.schoolId, receiver?.id, FOCUS, DEPLOYED, head.userId, londonIsoDay(-60)],
    );
    return { id, schoolId: head.schoolId };
  } finally {
    await client.end();
  }
}

test("the trust closes a support agreement; the giving school's head reads its outcome, the governor does not", async ({ browser, axe }) => {
  test.setTimeout(90_000);
  const agreement = await createAgreement();

  const admin = await as(browser, "admin");
  await admin.goto(`/reviews/agreements/${agreement.id}`);
  await expect(admin.getByRole("heading", { level: 2, name: "Outcome" })).toBeVisible();
  await axe(admin);
  const form = admin.locator("#close-agreement");
  await form.getByLabel("How the support ended").selectOption("COMPLETED");
  const longAgo = londonIsoDay(-365);
  await form.getByLabel("End date").fill(longAgo);
  await form.getByLabel("Outcome").fill(OUTCOME);
  await form.getByRole("button", { name: "Close agreement" }).click();
  await expect(form.locator("#close-agreement-endsOn-error")).toContainText("must be on or after the agreement's start");
  await axe(admin);
  await form.getByLabel("End date").fill(londonIsoDay());
  await form.getByRole("button", { name: "Close agreement" }).click();
  await expect(admin.getByText(OUTCOME)).toBeVisible();
  await expect(admin.locator("#close-agreement")).toHaveCount(0);

  const head = await as(browser, "head");
  await head.goto(`/reviews/schools/${agreement.schoolId}`);
  const item = head.getByRole("listitem").filter({ hasText: FOCUS });
  await expect(item.getByText(OUTCOME)).toBeVisible();
  await expect(item.getByText(DEPLOYED)).toBeVisible();
  await axe(head);
  await item.getByRole("link", { name: /supports/ }).click();
  await expect(head.getByText(OUTCOME)).toBeVisible();
  await expect(head.getByText("Completed", { exact: true })).toBeVisible();
  await axe(head);

  const governor = await as(browser, "governor");
  await governor.goto(`/reviews/schools/${agreement.schoolId}`);
  const seen = governor.getByRole("listitem").filter({ hasText: FOCUS });
  await expect(seen).toContainText("Completed");
  await expect(seen.getByText(OUTCOME)).toHaveCount(0);
  await expect(seen.getByText(DEPLOYED)).toHaveCount(0);
  await expect(seen.getByRole("link")).toHaveCount(0);
  const response = await governor.goto(`/reviews/agreements/${agreement.id}`);
  expect(response?.status()).toBe(404);
});
