// The ECT induction journey (issue 11 §5): a head starts a new teacher's induction (checked in the
// browser first), records the first term's progress review, and sees it behind for the reviews since;
// the mentor signs in, finds the ECT under My ECTs and reads the induction, without its forms, and
// the ECT finds their own under My induction. The head, mentor and ECT are this spec's own people
// (people.ts).
import { personName, personState } from "./people";
import { expect, test } from "./test";

test("a head starts an ECT's induction and records a progress review; the mentor sees their ECT", async ({ browser, axe }) => {
  test.setTimeout(90_000);
  const ect = personName("inductionEct");
  const head = await (await browser.newContext({ storageState: personState("inductionHead") })).newPage();
  await head.goto("/");
  await head.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My school" }).click();
  await head.getByRole("navigation", { name: "My school pages" }).getByRole("link", { name: "Inductions" }).click();
  await expect(head.getByRole("heading", { level: 1, name: "Early career inductions" })).toBeVisible();
  await axe(head);

  await head.getByRole("link", { name: "Start an induction" }).click();
  await expect(head.getByRole("heading", { level: 1, name: "Start an induction" })).toBeVisible();
  await axe(head);
  await head.getByLabel("Early career teacher").selectOption({ label: "Inductionect, Ezra (ECT)" });
  await head.getByLabel("Start date").fill("2025-09-01");
  await head.getByLabel("Mentor").selectOption({ label: "Inductionmentor, Mina" });
  await head.getByLabel("Induction tutor").selectOption({ label: "Inductionhead, Ines" });
  // A bad entry is caught next to its field, in the browser, by the server's own rules.
  await head.getByLabel("Expected terms").fill("1");
  await head.getByRole("button", { name: "Start the induction" }).click();
  await expect(head.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(head.getByText("The expected terms must be a whole number from 2 to 18.").first()).toBeVisible();
  await head.getByLabel("Expected terms").fill("6");
  await head.getByLabel("Appropriate body").fill("Northbridge Teaching School Hub");
  await head.getByRole("button", { name: "Start the induction" }).click();

  await expect(head.getByRole("heading", { level: 1, name: `Induction: ${ect}` })).toBeVisible();
  await expect(head.getByRole("status").filter({ hasText: "Induction started" })).toBeVisible();
  const schedule = head.getByRole("table", { name: "Reviews and assessments, by term" });
  await expect(schedule.getByRole("row")).toHaveCount(7);
  await expect(head.getByTestId("induction-status")).toContainText("Behind");
  await axe(head);

  await head.getByLabel("Review", { exact: true }).selectOption({ label: "Autumn 2025 progress review (due 15 Dec 2025)" });
  await head.getByLabel("Outcome", { exact: true }).selectOption("ON_TRACK");
  await head.getByLabel("Held on").first().fill("2025-12-10");
  await head.getByLabel("Notes (optional)").first().fill("Routines are secure; next, adaptive teaching.");
  await head.getByRole("button", { name: "Record the review" }).click();
  await expect(head.getByRole("status").filter({ hasText: "Review recorded." })).toBeVisible();
  await expect(schedule.getByRole("row", { name: /Autumn 2025/ })).toContainText("On track");
  await expect(head.getByTestId("induction-status")).not.toContainText("Autumn 2025 progress review");
  // One form at a time (decision 043): a recorded review's correction and the people form open on asking.
  await expect(head.getByLabel("Mentor", { exact: true })).toHaveCount(0);
  await head.getByRole("link", { name: "Correct the Autumn 2025 progress review" }).click();
  await expect(head.getByRole("heading", { level: 3, name: "Correct the Autumn 2025 progress review" })).toBeVisible();
  await expect(head.getByRole("button", { name: "Save the correction" })).toHaveCount(1);
  await head.getByRole("link", { name: "Change the mentor, induction tutor or appropriate body" }).click();
  await expect(head.getByLabel("Mentor", { exact: true })).toHaveValue(/./);
  await expect(head.getByRole("button", { name: "Save the correction" })).toHaveCount(0);
  await axe(head);

  await head.goto("/inductions");
  await expect(head.getByRole("table", { name: "Inductions, behind first" }).getByRole("row", { name: new RegExp(ect) })).toContainText("Behind");
  // Paged (15 a page; the demo school's fit on one): a page past the last shows the last.
  await expect(head.getByRole("navigation", { name: "Pages of inductions" })).toContainText("page 1 of 1");
  await head.goto("/inductions?page=9");
  await expect(head.getByRole("table", { name: "Inductions, behind first" }).getByRole("row", { name: new RegExp(ect) })).toContainText("Behind");

  const mentor = await (await browser.newContext({ storageState: personState("inductionMentor") })).newPage();
  await mentor.goto("/inductions");
  const mine = mentor.getByRole("table", { name: "The ECTs you mentor or tutor" });
  await expect(mine.getByRole("row", { name: new RegExp(ect) })).toContainText("Mentor");
  await axe(mentor);
  await mine.getByRole("link", { name: ect }).click();
  await expect(mentor.getByRole("heading", { level: 1, name: `Induction: ${ect}` })).toBeVisible();
  await expect(mentor.getByRole("table", { name: "Reviews and assessments, by term" })).toContainText("Routines are secure");
  await expect(mentor.getByRole("heading", { name: "Record a review" })).toHaveCount(0);
  await axe(mentor);

  // The ECT reads their own induction, without its forms either.
  const own = await (await browser.newContext({ storageState: personState("inductionEct") })).newPage();
  await own.goto("/inductions");
  await expect(own.getByRole("table", { name: "Your induction" }).getByRole("row", { name: new RegExp(ect) })).toContainText("Behind");
  await axe(own);
  await own.getByRole("table", { name: "Your induction" }).getByRole("link", { name: ect }).click();
  await expect(own.getByRole("heading", { level: 1, name: `Induction: ${ect}` })).toBeVisible();
  await expect(own.getByRole("heading", { name: "Final assessment" })).toHaveCount(0);
});
