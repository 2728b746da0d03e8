// The demo seed's staff surveys: three terms of trust-wide surveys, the latest open and unanswered by the
// demo accounts, 60–85% of each school's staff answering, actions on the closed ones; results, trends and
// the staff page read them through the queries.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { termKey } from "@/lib/dates";
import { mySurveys } from "@/lib/voice/queries";
import { surveyResults } from "@/lib/voice/results/view";
import { seedVoice } from "@/prisma/seed/voice";
import { seedSmallTrust } from "../support/fixtures";

describe("the demo seed's staff surveys", () => {
  it("gives three terms of surveys, 60–85% answering, actions, and lived-in pages", async () => {
    const trust = await seedSmallTrust();
    await seedVoice(db(), trust.built, new Date());
    const surveys = await db().survey.findMany({ orderBy: { term: "asc" } });
    const now = termKey(new Date());
    expect(surveys.map((s) => s.term)).toEqual([now - 2, now - 1, now]);
    for (const s of surveys) {
      const answered = await db().surveyParticipation.groupBy({ by: ["schoolId"], where: { surveyId: s.id }, _count: { _all: true } });
      expect(answered).toHaveLength(trust.built.schools.length);
      for (const a of answered) {
        const staff = trust.built.staff.filter((x) => x.schoolId === a.schoolId && !x.leaveDate && x.userId).length;
        expect(a._count._all / staff).toBeGreaterThanOrEqual(0.5);
        expect(a._count._all / staff).toBeLessThanOrEqual(0.86);
      }
      expect(await db().surveyResponse.count({ where: { surveyId: s.id } })).toBe(answered.reduce((n, a) => n + a._count._all, 0));
      // The tallies results are read from count every answer with a value, once.
      const tallied = await db().surveyTally.aggregate({ where: { surveyId: s.id }, _sum: { n: true } });
      expect(tallied._sum.n).toBe(await db().surveyAnswer.count({ where: { surveyId: s.id, value: { not: null } } }));
    }
    expect(await db().surveyAction.count({ where: { surveyId: { in: surveys.slice(0, 2).map((s) => s.id) }, schoolId: null } })).toBe(2);

    const v = await trust.viewers();
    // The demo teacher has the open survey still to answer, and last term's actions beside it.
    const mine = await mySurveys(v.teacher);
    expect(mine.open).toEqual([expect.objectContaining({ id: surveys[2]!.id, answered: false })]);
    expect(mine.youSaidWeDid.length).toBeGreaterThan(0);
    // The admin reads the trust's figures with a trend over three terms and each school's headline.
    const trustView = await surveyResults(v.admin, surveys[2]!.id, {});
    expect(trustView.verdict.shown).toBe(true);
    expect(trustView.trend?.terms).toHaveLength(3);
    expect(trustView.schools).toHaveLength(trust.built.schools.length);
    // The head reads their school against the trust.
    const head = await surveyResults(v.head, surveys[1]!.id, {});
    expect(head.verdict.shown).toBe(true);
    expect(head.questions.some((q) => q.trust !== null)).toBe(true);
  });
});
