// Communities: the resource library and expertise directory searches (target p95 < 50 ms) and
// the network leader's dashboard (target p95 < 150 ms), on the scale-10 seed.
import { DEMO_EMAILS, demoCommunity } from "../../prisma/seed/demo";
import { leaderDashboard } from "../../lib/communities/dashboard/queries";
import { saveRegister } from "../../lib/communities/meetings/commands";
import { expertiseSearchParams, resourceSearchParams } from "../../lib/communities/schema";
import { expertiseFilters, resourceFilters, searchExpertise, searchResources } from "../../lib/communities/search/queries";
import type { BenchAction, BenchPage } from "./types";

const english = demoCommunity("English Subject Community").id;
const maths = demoCommunity("Trust Mathematics Community").id;

export const communitiesPages: BenchPage[] = [
  {
    name: "Communities: resource search 'phonics' (teacher)",
    email: DEMO_EMAILS.teacher,
    path: () => "/resources?q=phonics",
    sql: (_ctx, viewer) => Promise.all([resourceFilters(viewer), searchResources(viewer, resourceSearchParams.parse({ q: "phonics" }))]),
    targetMs: 50,
  },
  {
    name: "Communities: resource search 'assessment' in research, page 2 (teacher)",
    email: DEMO_EMAILS.teacher,
    path: () => "/resources?q=assessment&kind=RESEARCH&page=2",
    sql: (_ctx, viewer) => Promise.all([resourceFilters(viewer), searchResources(viewer, resourceSearchParams.parse({ q: "assessment", kind: "RESEARCH", page: "2" }))]),
    targetMs: 50,
  },
  {
    name: "Communities: expertise search 'A-level chemistry' (teacher)",
    email: DEMO_EMAILS.teacher,
    path: () => "/expertise?q=A-level+chemistry",
    sql: (_ctx, viewer) => Promise.all([expertiseFilters(viewer), searchExpertise(viewer, expertiseSearchParams.parse({ q: "A-level chemistry" }))]),
    targetMs: 50,
  },
  {
    name: "Communities: expertise search 'phonics', willing to support, experienced (teacher)",
    email: DEMO_EMAILS.teacher,
    path: () => "/expertise?q=phonics&willing=1&level=EXPERIENCED",
    sql: (_ctx, viewer) =>
      Promise.all([expertiseFilters(viewer), searchExpertise(viewer, expertiseSearchParams.parse({ q: "phonics", willing: "1", level: "EXPERIENCED" }))]),
    targetMs: 50,
  },
  {
    name: "Communities: leader dashboard (network leader home, English community)",
    email: DEMO_EMAILS.networkLeader,
    path: () => "/",
    sql: (_ctx, viewer) => leaderDashboard(viewer, english),
    targetMs: 150,
  },
  {
    name: "Communities: leader dashboard (multi-role home, mathematics community)",
    email: DEMO_EMAILS.multiRole,
    path: () => "/",
    sql: (_ctx, viewer) => leaderDashboard(viewer, maths),
    targetMs: 150,
  },
];

export const communitiesActions: BenchAction[] = [
  {
    name: "Communities: save a closed register (network leader, every member, CPD upserts)",
    email: DEMO_EMAILS.networkLeader,
    run: async (ctx, viewer, i) => {
      const meeting = await ctx.prisma.meeting.findFirstOrThrow({ where: { communityId: english, status: "HELD" }, orderBy: { startsAt: "desc" } });
      const members = await ctx.prisma.membership.findMany({ where: { communityId: english }, select: { staffMemberId: true } });
      // Alternate who attended, so each run deletes, creates and updates CPD records.
      const present = members.filter((_, n) => (n + i) % 3 !== 0).map((m) => m.staffMemberId);
      const result = await saveRegister.run(viewer, { meetingId: meeting.id, present });
      if (!result.ok) throw new Error(result.message);
    },
  },
];
