// School improvement priorities (issue 18 §1): the head of the demo school writes a priority owned by a
// teacher, adds a milestone and records the term's progress; the school's governor reads it with the
// owner shown by role, never by name. Both people are this spec's own (people.ts) or the demo governor,
// who only reads. Axe on every page.
import { randomUUID } from "node:crypto";
import { storageState } from "./accounts";
import { personName, personState } from "./people";
import { expect, test } from "./test";

test("a head writes a priority and records progress; the governor sees it with the owner's role", async ({ browser, axe }) => {
  test.setTimeout(120_000);
  const title = `Oracy across the curriculum ${randomUUID().slice(0, 6)}`;
  const as = async (state: string) => (await browser.newContext({ storageState: state })).newPage();

  // The head's section link leads to their school's priorities for this year.
  const head = await as(personState("priorityHead"));
  await head.goto("/priorities");
  await expect(head.getByRole("heading", { level: 1, name: /: improvement priorities \d{4}\/\d{2}$/ })).toBeVisible();
  await axe(head);

  // A refused form keeps what was typed and names the missing field.
  const form = head.locator("#create-priority");
  await form.getByLabel("Priority", { exact: true }).fill(title);
  await form.getByRole("button", { name: "Add priority" }).click();
  await expect(form.getByRole("alert")).toContainText("Say why this is a priority for the school.");
  await form.getByLabel("Why this is a priority").fill("Pupils' spoken language lags their reading.");
  await form.getByLabel("Improvement strand").selectOption({ label: "Professional learning" });
  await form.getByLabel("Owner").selectOption({ label: `${personName("priorityOwner")}, Reading lead (e2e)` });
  await form.getByLabel("Success criteria").fill("Every class uses talk partners; drop-ins see structured talk in 9 lessons of 10.");
  await form.getByRole("button", { name: "Add priority" }).click();

  await expect(head.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(head.getByRole("status").filter({ hasText: "Priority added." })).toBeVisible();
  await expect(head.getByText(`Owner: ${personName("priorityOwner")}.`, { exact: false })).toBeVisible();
  const priorityPath = new URL(head.url()).pathname;

  const progress = head.locator("#record-progress");
  await progress.getByLabel("Rating").selectOption({ label: "Watch" });
  await progress.getByLabel("Progress note").fill("Talk partners started in Key Stage 1; Key Stage 2 next term.");
  await progress.getByRole("button", { name: "Record progress" }).click();
  await expect(progress.getByRole("status")).toHaveText("Progress recorded.");
  const history = head.getByRole("table", { name: "Progress by term, latest first" });
  await expect(history.getByRole("row").filter({ hasText: "Talk partners started" })).toContainText("Watch");
  await axe(head);

  // The school's governor reads the priority and its progress, the owner by role only.
  const governor = await as(storageState("governor"));
  await governor.goto("/priorities");
  const row = governor.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Reading lead (e2e)");
  await expect(row).toContainText("Watch");
  await expect(row).not.toContainText(personName("priorityOwner"));
  await axe(governor);
  await governor.goto(priorityPath);
  await expect(governor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(governor.getByText("Owner: Reading lead (e2e).", { exact: false })).toBeVisible();
  await expect(governor.locator("main")).not.toContainText("Priorityowner");
  await expect(governor.locator("#record-progress")).toHaveCount(0);
  await axe(governor);
});
