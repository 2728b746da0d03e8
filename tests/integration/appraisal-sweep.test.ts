// The daily performance development sweep: a review window opening within a week is told to both parties
// of a plan with agreed objectives; a step undone when its window closed is told to both as overdue; a
// rerun adds nothing.
import { describe, expect, it } from "vitest";
import { setReviewer, startPlan } from "@/lib/appraisal/commands";
import { agreeObjectives, saveObjective } from "@/lib/appraisal/objectives/commands";
import { appraisalWindows } from "@/lib/appraisal/sweep/mutations";
import { db } from "@/lib/db/client";
import { londonDayFromToday } from "../support/days";
import { runForm } from "../support/form";
import { appraisalTrust, priorityOf, YEAR } from "./appraisal-fixture";

const told = (userId: string, title: string) => db().notification.count({ where: { userId, kind: "appraisal.window", title: { contains: title } } });

describe("the appraisal sweep", () => {
  it("tells both parties of a window opening soon and of a step overdue, once", async () => {
    const t = await appraisalTrust();
    const priority = await priorityOf(t.schoolId, t.a.id, t.v.head.userId);
    const planA = ((await runForm(startPlan, t.A, { staffMemberId: t.a.id })) as { data: { id: string } }).data.id;
    for (const title of ["One", "Two"]) await runForm(saveObjective, t.A, { planId: planA, title, successIndicators: "Seen.", timeframe: "This year", priorityId: priority.id });
    await runForm(agreeObjectives, t.A, { planId: planA });
    await runForm(agreeObjectives, t.M, { planId: planA });
    expect(await runForm(setReviewer, t.v.head, { staffMemberId: t.b.id, reviewerId: t.v.head.userId })).toMatchObject({ ok: true });
    await db().appraisalCycle.updateMany({
      where: { academicYear: YEAR },
      data: { objectivesTo: londonDayFromToday(-2), midYearFrom: londonDayFromToday(3), midYearTo: londonDayFromToday(30), endYearFrom: londonDayFromToday(31) },
    });

    expect(await appraisalWindows(new Date())).toBeGreaterThan(0);
    for (const userId of [t.a.userId!, t.m.userId!]) expect(await told(userId, "Mid-year review opens on")).toBe(1);
    for (const userId of [t.b.userId!, t.v.head.userId]) expect(await told(userId, "Overdue: agreeing objectives")).toBe(1);
    // A's objectives are agreed: nothing overdue for them; B's are not: no review window announced.
    expect(await told(t.a.userId!, "Overdue")).toBe(0);
    expect(await told(t.b.userId!, "opens on")).toBe(0);
    expect(await appraisalWindows(new Date())).toBe(0);
  });
});
