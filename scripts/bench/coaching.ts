// Coaching and drop-in pages (issue 18 §3): the target is p95 < 150 ms for a coach's page (the
// demo senior leader coaches the demo teacher in the seed), within 3× its SQL.
import { coachingHome, pairingDetail } from "../../lib/coaching/queries";
import { dropInsHome } from "../../lib/dropins/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchContext, BenchPage } from "./types";

/** The demo senior leader's first pairing as coach. */
const coachedPairing = async (ctx: BenchContext) => {
  const coach = await ctx.viewer(DEMO_EMAILS.seniorLeader);
  return (await ctx.prisma.coachingPairing.findFirstOrThrow({ where: { coachId: coach.staff?.id ?? "" }, orderBy: { startsOn: "asc" } })).id;
};

export const coachingPages: BenchPage[] = [
  { name: "Coaching: a coach's page (a pairing, its steps and sessions)", email: DEMO_EMAILS.seniorLeader, path: async (ctx) => `/coaching/${await coachedPairing(ctx)}`, sql: async (ctx, viewer) => pairingDetail(viewer, await coachedPairing(ctx)), targetMs: 150 },
  { name: "Coaching: the head's pairings and cadence", email: DEMO_EMAILS.head, path: () => "/coaching", sql: (_ctx, viewer) => coachingHome(viewer), targetMs: 150 },
  { name: "Drop-in visits: the head's counts this term", email: DEMO_EMAILS.head, path: () => "/drop-ins", sql: (_ctx, viewer) => dropInsHome(viewer), targetMs: 150 },
];
