import "server-only";
// A member of staff's development portfolio as their school's leaders (and the trust admin) see it:
// the same reads as their own "My development", minus drafts, which only the owner sees. Anyone
// else, governors and trustees included, gets "not found", as for a missing person.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requireAny } from "@/lib/access/where";
import { staffVisibleTo } from "@/lib/people/access";
import { db } from "@/lib/db/client";
import { ACTIVITIES_PER_PAGE, activityPage, activityYears, developmentOf } from "../queries";
import type { ActivityFilters } from "../reports/params";
import { isId } from "@/lib/validation/fields";


/** The person, their development and one page of their activities (25 a page; `activityPages`: the count over all that match). */
export async function staffPortfolio(viewer: Viewer, staffMemberId: string, filters: ActivityFilters = {}, page = 1) {
  requireAny(viewer, "staff:view");
  if (!isId(staffMemberId)) notFound();
  const person = await db().staffMember.findFirst({
    where: { id: staffMemberId, ...staffVisibleTo(viewer) },
    select: {
      id: true, firstName: true, lastName: true, jobTitle: true, category: true, careerStage: true, startDate: true, leaveDate: true,
      school: { select: { id: true, name: true } },
    },
  });
  if (!person) notFound();
  const [development, activities, years] = await Promise.all([
    developmentOf(viewer, person.id),
    activityPage(viewer, person.id, { ...filters, shared: true }, page, ACTIVITIES_PER_PAGE),
    activityYears(viewer, person.id),
  ]);
  const { rows, ...activityPages } = activities;
  return { person, ...development, activities: rows, activityPages, years };
}
