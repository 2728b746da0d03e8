// The governance journey: the trust admin imports a CSV through its preview; a trustee sees the new
// value on their home dashboard with its RAG in words as well as colour; the board pack renders for
// print; a governor records a visit and the school's head reads it. Demo accounts (the governor, the
// head of the governor's school, a trustee, the admin); the value imported is the demo school's own.
import pg from "pg";
import { recentTerms } from "../../lib/governance/periods";
import { storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

/** The school the demo governor governs (its head is the demo head). */
async function governedSchool(): Promise<{ id: string; urn: number; name: string }> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; urn: number; name: string }>(
      `SELECT s.id, s.urn, s.name FROM "School" s JOIN "RoleAssignment" r ON r."schoolId" = s.id JOIN "User" u ON u.id = r."userId"
       WHERE u.email = 'governor@northbridge.example' AND r.role = 'LOCAL_GOVERNOR' LIMIT 1`,
    );
    if (!rows[0]) throw new Error("The demo governor governs no school.");
    return rows[0];
  } finally {
    await client.end();
  }
}

test("the admin imports metric values, a trustee sees them with RAG, the board pack prints, a governor's visit reaches the head", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const school = await governedSchool();
  // The newest termly figures are last term's: the value lands in the period the dashboard shows.
  const term = recentTerms(2)[0]!.label;
  const value = `${(86 + (Date.now() % 9) / 10).toFixed(1)}`;

  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/governance/import");
  await expect(admin.getByRole("heading", { level: 1, name: "Import metric values" })).toBeVisible();
  await axe(admin);
  const csv = `urn,metric,period,value\n${school.urn},attendance,${term},${value}\n`;
  await admin.getByLabel("CSV file").setInputFiles({ name: "attendance.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await admin.getByRole("button", { name: "Check the file" }).click();
  await expect(admin.getByText(/1 rows checked in \d+ ms: 0 with errors, 1 to write/)).toBeVisible();
  await expect(admin.getByRole("table", { name: /Values to write/ })).toContainText(school.name);
  await axe(admin);
  await admin.getByRole("button", { name: "Import 1 values" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Governance" })).toBeVisible();

  const trustee = await (await browser.newContext({ storageState: storageState("trustee") })).newPage();
  await trustee.goto("/");
  const grid = trustee.getByRole("table", { name: /Pupils and outcomes by school/ });
  const row = grid.getByRole("row").filter({ has: trustee.getByRole("rowheader", { name: school.name }) });
  await expect(row).toContainText(`${value}%`);
  await expect(row).toContainText("Below threshold");
  await axe(trustee);

  await trustee.emulateMedia({ media: "print" });
  await trustee.goto("/governance/board-pack");
  await expect(trustee.getByRole("heading", { level: 1, name: "Board pack: governance metrics" })).toBeVisible();
  await expect(trustee.getByText(/Board pack: governance metrics · generated .* · figures as of/)).toBeVisible();
  await expect(trustee.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(trustee.getByRole("table", { name: /Attendance over time/ })).toBeVisible();
  await trustee.emulateMedia({ media: "screen" });
  await axe(trustee);

  const governor = await (await browser.newContext({ storageState: storageState("governor") })).newPage();
  await governor.goto("/");
  await expect(governor.getByRole("heading", { name: `${school.name}: key metrics` })).toBeVisible();
  await axe(governor);
  const report = `Attendance follow-up ${Date.now()}: the plan is working in Year 4.`;
  await governor.getByText("Record a visit").click();
  await governor.getByLabel("Focus").selectOption("ATTENDANCE");
  await governor.getByLabel("Who you met").fill("the headteacher and the attendance lead");
  await governor.getByLabel("Short report").fill(report);
  await governor.getByRole("button", { name: "Record visit" }).click();
  await expect(governor.getByRole("status")).toHaveText("Visit recorded.");
  await expect(governor.getByText(report)).toBeVisible();

  const head = await (await browser.newContext({ storageState: storageState("head") })).newPage();
  await head.goto(`/governance/schools/${school.id}`);
  await expect(head.getByText(report)).toBeVisible();
  await expect(head.getByRole("button", { name: "Record visit" })).toHaveCount(0);
  await axe(head);
});
