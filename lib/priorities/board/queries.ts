import "server-only";
// The board's grid (issue 18 §1): every school's priorities for a year by strand, each with its latest
// termly rating, for trustees and the trust admin. Titles and ratings only: no one is named.
import { requirePermission } from "@/lib/access/where";
import type { Viewer } from "@/lib/access/policy";
import type { CpdStrand, PriorityRag } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { academicYearLabel, termLabel } from "@/lib/dates";
import { priorityVisibleTo } from "../access";

type Cell = { id: string; title: string; rating: PriorityRag | null; term: string | null };

export async function priorityGrid(viewer: Viewer, year: number) {
  requirePermission(viewer, "priority:board", { trustId: viewer.trustId });
  const [schools, priorities] = await Promise.all([
    db().school.findMany({ where: { trustId: viewer.trustId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().improvementPriority.findMany({
      where: { ...priorityVisibleTo(viewer), academicYear: year },
      select: { id: true, schoolId: true, title: true, strand: true, progress: { orderBy: { term: "desc" }, take: 1, select: { rating: true, term: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const bySchool = new Map<string, Record<CpdStrand, Cell[]>>();
  for (const p of priorities) {
    const row = bySchool.get(p.schoolId) ?? { PROFESSIONAL_LEARNING: [], LEADERSHIP_DEVELOPMENT: [], PROFESSIONAL_NETWORKS: [], QUALITY_ASSURANCE: [] };
    const latest = p.progress[0];
    row[p.strand].push({ id: p.id, title: p.title, rating: latest?.rating ?? null, term: latest ? termLabel(latest.term) : null });
    bySchool.set(p.schoolId, row);
  }
  const ratings = priorities.map((p) => p.progress[0]?.rating ?? null);
  return {
    year,
    yearLabel: academicYearLabel(year),
    totals: { priorities: priorities.length, GREEN: ratings.filter((r) => r === "GREEN").length, AMBER: ratings.filter((r) => r === "AMBER").length, RED: ratings.filter((r) => r === "RED").length, unrated: ratings.filter((r) => r === null).length },
    rows: schools.map((s) => ({ school: s, strands: bySchool.get(s.id) ?? null })),
  };
}
