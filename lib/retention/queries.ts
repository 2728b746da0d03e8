import "server-only";
// The trust admin's retention pages (issue 21 §2): the schedule with its bases, the review list with
// the people past their date under a legal hold, the search for a person to erase or hold, and what
// an erasure of one person would do, kind by kind. 404 for everyone else.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { staffNamed } from "@/lib/people/name-search";
import type { RetentionKind, RetentionUnit } from "@/lib/db/generated/enums";
import { CATALOGUE, isExported, type Person } from "@/lib/privacy/catalogue";
import { isId } from "@/lib/validation/fields";
import { dueOn, isPast } from "./dates";
import { KIND_ORDER, RETENTION_KINDS, type KindInfo } from "./kinds";

export type ScheduleLine = KindInfo & { kind: RetentionKind; period: number; unit: RetentionUnit; basis: string; updatedAt: Date | null };

/** The trust's schedule: its stored lines, the defaults where a line is not stored yet. */
export async function scheduleOf(trustId: string): Promise<ScheduleLine[]> {
  const stored = new Map((await db().retentionRule.findMany({ where: { trustId } })).map((r) => [r.kind, r]));
  return KIND_ORDER.map((kind) => {
    const r = stored.get(kind);
    const info = RETENTION_KINDS[kind];
    return { ...info, kind, period: r?.period ?? info.period, unit: r?.unit ?? info.unit, basis: r?.basis ?? info.basis, updatedAt: r?.updatedAt ?? null };
  });
}

export async function retentionSchedule(viewer: Viewer) {
  requirePermission(viewer, "retention:manage");
  const [lines, trust, pending] = await Promise.all([
    scheduleOf(viewer.trustId),
    db().trust.findUniqueOrThrow({ where: { id: viewer.trustId }, select: { retentionAutoErase: true } }),
    db().retentionReview.count({ where: { trustId: viewer.trustId, status: "PENDING" } }),
  ]);
  return { lines, autoErase: trust.retentionAutoErase, pending };
}

const person = { select: { id: true, firstName: true, lastName: true, jobTitle: true, leaveDate: true, school: { select: { name: true } } } } as const;

/** The review list: pending entries, the leavers past their date kept by a hold, holds in force, recent erasures. */
export async function reviewList(viewer: Viewer, now = new Date()) {
  requirePermission(viewer, "retention:manage");
  const trustId = viewer.trustId;
  const [pending, holds, erasures, lines] = await Promise.all([
    db().retentionReview.findMany({ where: { trustId, status: "PENDING" }, orderBy: [{ kind: "asc" }, { dueOn: "asc" }], take: 500, select: { id: true, kind: true, dueOn: true, cutoff: true, count: true, staffMember: person } }),
    db().legalHold.findMany({ where: { trustId, liftedAt: null }, orderBy: { placedAt: "desc" }, take: 200, select: { id: true, reason: true, placedAt: true, staffMember: person } }),
    db().erasure.findMany({ where: { trustId }, orderBy: { erasedAt: "desc" }, take: 20, select: { id: true, pseudonym: true, source: true, reason: true, counts: true, erasedAt: true, staffMemberId: true } }),
    scheduleOf(trustId),
  ]);
  const personnel = lines.find((l) => l.kind === "PERSONNEL")!;
  const heldPastDate = holds.filter((h) => h.staffMember.leaveDate && isPast(dueOn(h.staffMember.leaveDate, personnel.period, personnel.unit), now));
  return {
    people: pending.filter((p) => p.kind === "PERSONNEL" && p.staffMember),
    records: pending.filter((p) => p.kind !== "PERSONNEL").map((p) => ({ ...p, label: RETENTION_KINDS[p.kind].label })),
    holds,
    heldPastDate: new Set(heldPastDate.map((h) => h.id)),
    erasures: erasures.map((e) => ({ ...e, rows: Object.values(e.counts as Record<string, number>).reduce((a, b) => a + b, 0) })),
    personnel,
  };
}

/** People of the trust matching a name, to erase on request or hold (the erased are not listed). */
export async function erasureSearch(viewer: Viewer, q: string) {
  requirePermission(viewer, "erasure:any");
  const named = staffNamed(q);
  if (!named) return [];
  return db().staffMember.findMany({
    where: { trustId: viewer.trustId, erasure: null, ...named },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 20,
    select: { ...person.select, legalHolds: { where: { liftedAt: null }, select: { id: true } } },
  });
}

/** One person and what erasing them would do: each kind of their records with its count and how it is treated. */
export async function erasurePreview(viewer: Viewer, staffMemberId: string) {
  requirePermission(viewer, "erasure:any");
  if (!isId(staffMemberId)) notFound();
  const s = await db().staffMember.findFirst({
    where: { id: staffMemberId, trustId: viewer.trustId },
    select: { ...person.select, userId: true, email: true, user: { select: { email: true, roleAssignments: { select: { role: true } } } }, erasure: { select: { pseudonym: true, erasedAt: true, reason: true, source: true } }, legalHolds: { where: { liftedAt: null }, select: { id: true, reason: true, placedAt: true } } },
  });
  if (!s) notFound();
  if (s.erasure) return { person: s, kinds: [], self: false };
  const p: Person = { trustId: viewer.trustId, staffMemberId: s.id, userId: s.userId, email: s.user?.email ?? s.email };
  const kinds = [];
  for (const [model, entry] of Object.entries(CATALOGUE)) {
    if (!isExported(entry)) continue;
    const rows = (await entry.rows(db(), p)).length;
    if (rows) kinds.push({ model, label: entry.label, rows, how: entry.erase.how, what: entry.erase.what });
  }
  return { person: s, kinds, self: s.userId === viewer.userId };
}
