// The CSI journey: the trust admin assigns a peer review, the reviewing head (another cluster's)
// writes and submits it, the admin publishes it, the reviewed school's head adds an action, a progress
// note and completes it; the CSI board shows the new grades. Both heads are this spec's own people
// (people.ts), so no other spec moves their figures. Axe on every page.
import { londonIsoDay } from "../support/days";
import { storageState } from "./accounts";
import { personName, personRecord, personState } from "./people";
import { expect, test } from "./test";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a peer review from assignment to a completed action, shown on the CSI board", async ({ browser, axe }) => {
  test.setTimeout(180_000);
  const reviewed = { ...(await personRecord("csiReviewedHead")), name: personName("csiReviewedHead") };
  const reviewerHead = await personRecord("csiReviewerHead");
  const as = async (state: string) => (await browser.newContext({ storageState: state })).newPage();

  // The admin assigns the peer review.
  const admin = await as(storageState("admin"));
  await admin.goto("/reviews");
  await expect(admin.getByRole("heading", { level: 1, name: /Reviews: challenge, support and intervention/ })).toBeVisible();
  await axe(admin);
  await admin.getByRole("link", { name: /^Head peer review/ }).first().click();
  await expect(admin.getByRole("heading", { level: 2, name: "Reviews" })).toBeVisible();
  await axe(admin);
  // One view at a time: the form is its own tab, and its reviewer lists hold the ones found by name.
  await admin.getByRole("navigation", { name: "Cycle views" }).getByRole("link", { name: "Assign a reviewer" }).click();
  await expect(admin.getByRole("heading", { level: 2, name: "Assign a reviewer" })).toBeVisible();
  await admin.getByLabel("Find the reviewers by name or school").fill(personName("csiReviewerHead"));
  await admin.getByRole("button", { name: "Find", exact: true }).click();
  await expect(admin.getByText(/1 of 1 reviewer matches/)).toBeVisible();
  await axe(admin);
  const form = admin.locator("#assign");
  await form.getByLabel("School to review").selectOption({ label: reviewed.school });
  await form.getByLabel("Lead reviewer").selectOption(reviewerHead.userId);
  await form.getByRole("button", { name: "Assign reviewer" }).click();
  await expect(form.getByRole("status")).toHaveText("Reviewer assigned.");

  // The reviewing head finds it on their home page, writes it and submits it.
  const reviewer = await as(personState("csiReviewerHead"));
  await reviewer.goto("/");
  await reviewer.getByRole("link", { name: new RegExp(`^${escape(reviewed.school)}: Head peer review`) }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: `${reviewed.school}: Head peer review` })).toBeVisible();
  await axe(reviewer);
  await reviewer.getByLabel("Visit date").fill(londonIsoDay());
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
  const head = await as(personState("csiReviewedHead"));
  await head.goto("/");
  await expect(head.getByRole("heading", { level: 2, name: "Reviews and actions" })).toBeVisible();
  await head.goto(reviewUrl);
  await expect(head.getByText("Six lesson visits.")).toBeVisible();
  await axe(head);
  const description = `Attendance plan ${Date.now()}`;
  await head.getByLabel("Action", { exact: true }).fill(description);
  await head.getByLabel("Owner").selectOption({ label: `${reviewed.name}, Headteacher` });
  await head.getByLabel("Due date").fill(londonIsoDay(30));
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
  const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: new RegExp(escape(reviewed.school)) }) });
  await expect(row.getByRole("cell", { name: "Urgent improvement" }).first()).toBeVisible();
  await admin.goto("/reviews/capacity");
  await axe(admin);
});
