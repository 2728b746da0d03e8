// Workload impact checks (issue 20 §2), from proposal to reported hours: the head of the trust's last
// school proposes a new demand and approves it; half a term later (the approval is moved back, and the
// check sent to five teachers as the daily sweep would) each answers the one question on a phone; the
// head then reads expected against reported hours. This spec's own people (people.ts). Axe on every page.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { storageState } from "./accounts";
import { personEmail, personState, type PersonKey } from "./people";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

const TEACHERS: PersonKey[] = ["voiceTeacher", "voiceColleague1", "voiceColleague2", "voiceColleague3", "voiceColleague4"];

/** What the sweep does half a term after approval: a check, and an invitation for each teacher. */
async function sendCheck(title: string): Promise<string> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows: [d] } = await client.query<{ id: string; trustId: string }>(`SELECT id, "trustId" FROM "WorkloadDemand" WHERE title = $1`, [title]);
    const checkId = randomUUID();
    await client.query(`UPDATE "WorkloadDemand" SET "decidedOn" = CURRENT_DATE - 43 WHERE id = $1`, [d!.id]);
    await client.query(`INSERT INTO "WorkloadCheck" (id, "trustId", "demandId", "sentOn", "closesOn") VALUES ($1, $2, $3, CURRENT_DATE, CURRENT_DATE + 14)`, [checkId, d!.trustId, d!.id]);
    await client.query(`INSERT INTO "WorkloadCheckInvite" ("trustId", "checkId", "userId") SELECT $1, $2, id FROM "User" WHERE email = ANY($3)`, [d!.trustId, checkId, TEACHERS.map(personEmail)]);
    return checkId;
  } finally {
    await client.end();
  }
}

test("a head proposes and approves a demand; staff report how long it took; the head sees expected against reported", async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const title = `Weekly learning walks ${randomUUID().slice(0, 6)}`;
  const head = await (await browser.newContext({ storageState: personState("voiceHead") })).newPage();
  await head.goto("/workload");
  await expect(head.getByRole("heading", { level: 1, name: /: workload impact$/ })).toBeVisible();
  await axe(head);

  // Negative hours are refused next to the field.
  const form = head.locator("#propose-demand");
  await form.getByLabel("The new demand").fill(title);
  await form.getByLabel("Kind").selectOption({ label: "Meeting pattern" });
  await form.getByLabel("Teachers").check();
  await form.getByLabel("Expected hours per term, for each person it falls on").fill("-2");
  await form.getByLabel("What it replaces").fill("Termly book looks");
  await form.getByLabel("Hours it frees per term, for each person").fill("1");
  await form.getByLabel("Review date").fill(new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("cannot be negative");
  await form.getByLabel("Expected hours per term, for each person it falls on").fill("3");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByRole("status")).toHaveText("Demand proposed: it waits for approval.");

  await head.getByRole("form", { name: `Decide: ${title}` }).getByRole("button", { name: /^Approve/ }).click();
  await expect(head.getByRole("row").filter({ hasText: title })).toContainText("Live");
  await expect(head.getByRole("row").filter({ hasText: title })).toContainText("Not checked yet");
  await axe(head);

  const checkId = await sendCheck(title);
  for (const [i, key] of TEACHERS.entries()) {
    const page = await (await browser.newContext({ storageState: personState(key), viewport: { width: 375, height: 812 } })).newPage();
    await page.goto("/voice");
    await page.getByRole("link", { name: `How long has “${title}” taken you?` }).click();
    await expect(page).toHaveURL(new RegExp(`/workload/checks/${checkId}$`));
    if (i === 0) await axe(page);
    await page.getByLabel(`Since it started (about half a term), how many hours has “${title}” taken you?`).fill("2");
    await page.getByRole("button", { name: "Send my answer" }).click();
    await expect(page.getByText("Thank you: your answer is saved, anonymously.")).toBeVisible();
  }

  // Five answers of 2 hours in half a term: 4 hours a term reported, against 3 expected.
  await head.goto("/workload");
  const row = head.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("3 h");
  await expect(row).toContainText("4 h (5 answers)");
  await axe(head);
});

test("the trust's workload shows its demands or each school's load, one at a time, also without JavaScript", async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/workload");
  const parts = admin.getByRole("navigation", { name: "Parts of the trust's workload" });
  await expect(parts.getByRole("link", { name: "Demands" })).toHaveAttribute("aria-current", "page");
  await expect(admin.getByRole("heading", { name: "Demands", exact: true })).toBeVisible();
  await expect(admin.getByRole("table", { name: /^Demands, expected against reported hours/ })).toBeVisible();
  await axe(admin);
  await parts.getByRole("link", { name: "Each school’s load" }).click();
  await expect(admin).toHaveURL(/[?&]show=schools/);
  await expect(parts.getByRole("link", { name: "Each school’s load" })).toHaveAttribute("aria-current", "page");
  await expect(admin.getByRole("heading", { name: "Each school’s load per full-time teacher per term" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "The ten heaviest demands" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Demands", exact: true })).toHaveCount(0);
  // The figures above are over every demand on either part.
  await expect(admin.getByRole("term").filter({ hasText: "Live demands" })).toBeVisible();
  await axe(admin);

  // The tabs are links: the same without JavaScript.
  const plain = await (await browser.newContext({ storageState: storageState("admin"), javaScriptEnabled: false })).newPage();
  await plain.goto("/workload");
  await plain.getByRole("navigation", { name: "Parts of the trust's workload" }).getByRole("link", { name: "Each school’s load" }).click();
  await expect(plain).toHaveURL(/[?&]show=schools/);
  await expect(plain.getByRole("heading", { name: "Each school’s load per full-time teacher per term" })).toBeVisible();
});
