// Communities: the resource library and expertise directory searches (target p95 < 50 ms) and
// the network leader's dashboard (target p95 < 150 ms), on the scale-10 seed.
import { DEMO_EMAILS, demoCommunity } from "../../prisma/seed/demo";
import { leaderDashboard } from "../../lib/communities/dashboard/queries";
import { saveRegister } from "../../lib/communities/meetings/commands";
import { expertiseSearchParams, resourceSearchParams } from "../../lib/communities/schema";
import { expertiseFilters, resourceFilters, searchExpertise, searchResources } from "../../lib/communities/search/queries";
import type { Viewer } from "../../lib/access/policy";
import type { BenchAction, BenchPage } from "./types";

const english = demoCommunity("English Subject Community").id;
const maths = demoCommunity("Trust Mathematics Community").id;

/** The two search pages' reads, as each page calls them. */
const SEARCHES = {
  resource: { path: "/resources", read: (viewer: Viewer, query: Record<string, string>) => Promise.all([resourceFilters(viewer), searchResources(viewer, resourceSearchParams.parse(query))]) },
  expertise: { path: "/expertise", read: (viewer: Viewer, query: Record<string, string>) => Promise.all([expertiseFilters(viewer), searchExpertise(viewer, expertiseSearchParams.parse(query))]) },
};

/** A search page, its address and its reads made from the same query (target p95 < 50 ms). */
const search = (kind: keyof typeof SEARCHES, name: string, query: Record<string, string>): BenchPage => ({
  name: `Communities: ${kind} search ${name} (teacher)`,
  email: DEMO_EMAILS.teacher,
  path: () => `${SEARCHES[kind].path}?${new URLSearchParams(query)}`,
  sql: (_ctx, viewer) => SEARCHES[kind].read(viewer, query),
  targetMs: 50,
});
/** A leader's home: their community's dashboard (target p95 < 150 ms). */
const leaderHome = (name: string, email: string, communityId: string): BenchPage => ({
  name: `Communities: leader dashboard (${name})`,
  email,
  path: () => "/",
  sql: (_ctx, viewer) => leaderDashboard(viewer, communityId),
  targetMs: 150,
});

export const communitiesPages: BenchPage[] = [
  search("resource", "'phonics'", { q: "phonics" }),
  search("resource", "'assessment' in research, page 2", { q: "assessment", kind: "RESEARCH", page: "2" }),
  search("expertise", "'A-level chemistry'", { q: "A-level chemistry" }),
  search("expertise", "'phonics', willing to support, experienced", { q: "phonics", willing: "1", level: "EXPERIENCED" }),
  leaderHome("network leader home, English community", DEMO_EMAILS.networkLeader, english),
  leaderHome("multi-role home, mathematics community", DEMO_EMAILS.multiRole, maths),
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
