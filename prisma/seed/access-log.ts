// The demo trust's access log (issue 21 §3): over the past year each member of staff's portfolio or
// staff record were opened a few times by their school's head or a senior leader, now and then by the
// trust admin, so "Who opened my records" and the admin's search look lived-in at first start.
import type { Db, Tx } from "../../lib/db/client";
import type { RecordKind } from "../../lib/access-log/kinds";
import { ROLE_LABELS } from "../../lib/shell/roles";
import { DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng } from "./random";
import type { BuiltTrust } from "./types";

const DAY = 86_400_000;
// Both are records of the person themselves (their id is the record's).
const KINDS: [RecordKind, number][] = [["portfolio", 8], ["staff-record", 2]];

export function buildAccessLog(built: BuiltTrust, now: Date) {
  const rng = createRng(DEMO_SEED).fork("access-log");
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN");
  const rows: object[] = [];
  for (const person of built.staff) {
    if (person.leaveDate) continue;
    const leaders = built.roleAssignments.filter((r) => (r.role === "HEADTEACHER" || r.role === "SENIOR_LEADER") && r.schoolId === person.schoolId && r.userId !== person.userId);
    if (!leaders.length) continue;
    for (let i = rng.int(0, 4); i > 0; i--) {
      const reader = admin && rng.chance(0.15) ? admin : rng.pick(leaders);
      const kind = rng.weighted(KINDS);
      rows.push({
        trustId: built.trust.id,
        subjectStaffId: person.id,
        viewerUserId: reader.userId,
        viewerRole: ROLE_LABELS[reader.role],
        kind,
        recordId: person.id,
        at: new Date(now.getTime() - rng.int(1, 360) * DAY - rng.int(0, 8 * 3600) * 1000),
      });
    }
  }
  return rows;
}

export async function seedAccessLog(db: Db | Tx, built: BuiltTrust, now: Date = new Date()) {
  await insertRows(db, "RecordAccess", buildAccessLog(built, now));
}
