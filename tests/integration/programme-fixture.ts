// A small trust with communities, and helpers for the CPD programme's tests: a published course made
// through the commands, a session moved into the past ("the course has happened"), viewers for any staff.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { utcToLondonLocal } from "@/lib/dates";
import { addSession, createCourse, publishCourse } from "@/lib/programme/commands";
import { seedCommunities } from "@/prisma/seed/communities";
import { runForm, type FormFields } from "../support/form";
import { seedSmallTrust } from "../support/fixtures";

export async function seedProgrammeTrust() {
  const trust = await seedSmallTrust();
  await seedCommunities(db(), trust.built, { scale: 1 });
  const v = await trust.viewers();
  const headSchool = v.head.roles.find((r) => r.role === "HEADTEACHER")!.schoolId!;
  const leaderCommunity = v.networkLeader.roles.find((r) => r.role === "NETWORK_LEADER")!.communityId!;
  return { ...trust, v, headSchool, leaderCommunity };
}

/** A viewer for any current member of staff, as the portal would load one with only the staff role. */
export function staffViewer(s: { id: string; trustId: string; schoolId: string; userId: string | null; firstName: string; lastName: string; email: string }): Viewer {
  return { userId: s.userId ?? randomUUID(), trustId: s.trustId, name: `${s.firstName} ${s.lastName}`, email: s.email, staff: { id: s.id, schoolId: s.schoolId }, roles: [{ id: randomUUID(), role: "STAFF", schoolId: s.schoolId, communityId: null }] };
}

export const courseFields = (owner: string, extra: FormFields = {}): FormFields => ({
  owner, title: "Adaptive teaching in mixed-attainment classes", description: "Three strategies, modelled and rehearsed.", strand: "PROFESSIONAL_LEARNING", kind: "COURSE",
  providerName: "North Teaching School Hub", places: 10, ...extra,
});

/** London local "yyyy-mm-ddThh:mm" of a time `hours` from now (a datetime-local field). */
export const inHours = (hours: number) => utcToLondonLocal(new Date(Date.now() + hours * 3_600_000));

/** A course made and published through the commands: one session (or those given) a week ahead. */
export async function publishedCourse(viewer: Viewer, owner: string, extra: FormFields = {}, sessions: FormFields[] = [{ startsAt: inHours(24 * 7), durationMinutes: 180, venue: "Trust centre" }]) {
  const created = await runForm(createCourse, viewer, courseFields(owner, extra));
  expect(created).toMatchObject({ ok: true });
  const courseId = (created as { data: { id: string } }).data.id;
  for (const s of sessions) expect(await runForm(addSession, viewer, { courseId, ...s })).toMatchObject({ ok: true });
  expect(await runForm(publishCourse, viewer, { courseId })).toMatchObject({ ok: true });
  return courseId;
}

/** The course has happened: its sessions move `days` into the past, keeping their order. */
export async function happened(courseId: string, days = 1) {
  const sessions = await db().courseSession.findMany({ where: { courseId }, orderBy: { startsAt: "asc" } });
  for (const [i, s] of sessions.entries()) await db().courseSession.update({ where: { id: s.id }, data: { startsAt: new Date(Date.now() - days * 86_400_000 + i * 3_600_000) } });
}

export const bookingsOf = (courseId: string) => db().courseBooking.findMany({ where: { courseId }, orderBy: { queuedAt: "asc" } });
