// The demo trust's governance: the metric catalogue, five years of termly (and yearly) values with
// believable trends (schools needing support trail, a few fall below threshold), the computed metrics
// worked out from the seeded CPD, training, staff, communities and reviews, governance visits, and
// governors' and trustees' training against the trust's expectations. Deterministic; grows with scale.
import type { Db, Tx } from "../../lib/db/client";
import { METRIC_CATALOGUE } from "../../lib/governance/catalogue";
import { currentTerm, periodKey, periodLabel } from "../../lib/governance/periods";
import { storeComputedYear } from "../../lib/governance/store";
import { insertRows } from "./insert";
import { addDays, startOfUtcDay } from "./dates";
import { createRng, type Rng } from "./random";
import { DEMO_SEED } from "./demo";
import type { BuiltTrust, SchoolRow } from "./types";

const TERMS = 15;
const FOCUSES = ["SAFEGUARDING", "SEND", "CURRICULUM", "ATTENDANCE", "BEHAVIOUR", "WELLBEING", "FINANCE"] as const;

/** Where a school starts and how it moves: schools needing support start worse and improve faster. */
function profile(rng: Rng, school: SchoolRow) {
  const base = school.improvementCapacity === "NEEDS_SUPPORT" ? -1 : school.improvementCapacity === "CAPACITY_GIVER" ? 0.6 : rng.float(-0.3, 0.5);
  return { quality: base + rng.float(-0.4, 0.4), drift: rng.float(-0.02, 0.06) + (base < 0 ? 0.05 : 0) };
}

/** A value for quality q (about -1.5 … 1.5, higher better) at step t, from the metric's own scale. */
function valueFor(key: string, q: number, t: number, term: number, pupils: number, rng: Rng): number | null {
  const n = (sd: number) => rng.float(-sd, sd);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  switch (key) {
    case "pupils_on_roll": return Math.round(pupils * (1 + t * 0.004) + n(pupils * 0.01));
    case "attendance": return clamp(94.4 + q * 1.4 + (term === 2 ? -0.6 : 0) + n(0.5), 85, 99.5);
    case "persistent_absence": return clamp(17 - q * 4 + (term === 2 ? 1.5 : 0) + n(1.5), 2, 45);
    case "suspensions_per_100": return clamp(4.2 - q * 2.5 + n(1), 0, 30);
    case "permanent_exclusions": return rng.chance(q < -0.5 ? 0.25 : 0.05) ? rng.int(1, 2) : 0;
    case "progress_8": return clamp(0.05 + q * 0.3 + n(0.12), -1.5, 1.5);
    case "ks2_reading": return clamp(73 + q * 7 + n(4), 35, 98);
    case "ks2_writing": return clamp(70 + q * 7 + n(4), 35, 98);
    case "ks2_maths": return clamp(72 + q * 7 + n(4), 35, 98);
    case "staff_absence_days_per_fte": return clamp(2.4 - q * 0.8 + (term === 2 ? 0.6 : 0) + n(0.5), 0.2, 12);
    case "teacher_vacancies": return Math.max(0, Math.round(0.6 - q + n(1.2)));
    case "budget_balance": return Math.round((q * 60_000 + n(70_000)) / 100) * 100;
    default: return null;
  }
}

export function buildGovernance(rng: Rng, built: BuiltTrust, today: Date) {
  const trustId = built.trust.id;
  const definitions = METRIC_CATALOGUE.map((m, position) => ({ id: rng.uuid(), trustId, position, ...m }));
  const last = currentTerm(today).key;
  // The current term's figures arrive at its end: the newest termly values are last term's.
  const terms = Array.from({ length: TERMS }, (_, i) => last - TERMS + i);
  const years = [...new Set(terms.map((k) => Math.floor(k / 3)))].filter((y) => periodKey(y) < last);
  const values: Record<string, unknown>[] = [];
  for (const school of built.schools) {
    const r = rng.fork(`metrics:${school.id}`);
    const p = profile(r, school);
    for (const m of definitions) {
      if (m.source === "COMPUTED" || (m.phases.length && !m.phases.includes(school.phase))) continue;
      const keys = m.periodKind === "TERM" ? terms : years.map((y) => periodKey(y));
      keys.forEach((key, t) => {
        const startYear = Math.floor(key / 3);
        const term = m.periodKind === "TERM" ? ((key % 3) + 1) as 1 | 2 | 3 : null;
        const v = valueFor(m.key, p.quality + p.drift * t, t, term ?? 0, school.pupilsOnRoll, r);
        if (v === null) return;
        values.push({
          id: r.uuid(), trustId, schoolId: school.id, metricId: m.id, period: periodLabel(startYear, term), periodKey: key,
          value: Math.round(v * 10 ** m.decimals) / 10 ** m.decimals, source: m.source, enteredAt: addDays(today, -((last - key) * 120 + 20)).toISOString(),
        });
      });
    }
  }
  return { definitions, values, years };
}

function buildPeople(rng: Rng, built: BuiltTrust, today: Date) {
  const trustId = built.trust.id;
  const expectations = [
    { name: "Safeguarding for governors and trustees", roles: ["LOCAL_GOVERNOR", "TRUSTEE"], withinMonths: 6, renewMonths: 36, description: "Safeguarding and child protection for governance (Keeping Children Safe in Education, part 2)." },
    { name: "Governor induction", roles: ["LOCAL_GOVERNOR"], withinMonths: 6, renewMonths: null, description: "The trust's induction for new local governors, within six months of appointment." },
    { name: "Trustee induction", roles: ["TRUSTEE"], withinMonths: 6, renewMonths: null, description: "The board's induction: the scheme of delegation, finance and the trust's strategy." },
    { name: "Data and school performance", roles: ["LOCAL_GOVERNOR", "TRUSTEE"], withinMonths: 12, renewMonths: null, description: "Reading the trust's metrics and the DfE's performance data." },
  ].map((e) => ({ id: rng.uuid(), trustId, active: true, ...e }));
  const governance = built.roleAssignments.filter((a) => a.role === "LOCAL_GOVERNOR" || a.role === "TRUSTEE");
  const training: Record<string, unknown>[] = [];
  const visits: Record<string, unknown>[] = [];
  for (const a of governance) {
    const r = rng.fork(`governance:${a.id}`);
    for (const e of expectations.filter((x) => x.roles.includes(a.role))) {
      if (!r.chance(0.75)) continue;
      training.push({ id: r.uuid(), trustId, userId: a.userId, expectationId: e.id, title: e.name, provider: r.pick(["The trust", "National Governance Association", "Local authority"]), completedOn: addDays(today, -r.int(20, 900)).toISOString().slice(0, 10), minutes: r.pick([90, 120, 180, 360]) });
    }
    if (a.role !== "LOCAL_GOVERNOR" || !a.schoolId) continue;
    for (let i = r.int(1, 4); i > 0; i--) {
      visits.push({
        id: r.uuid(), trustId, schoolId: a.schoolId, visitorUserId: a.userId, visitedOn: addDays(today, -r.int(5, 700)).toISOString().slice(0, 10), focus: r.pick(FOCUSES),
        met: r.pick(["the headteacher", "the designated safeguarding lead", "the SENCO and two class teachers", "the business manager", "the deputy head and the school council"]),
        report: r.pick(["Policies are in place and known by staff; the single central record was complete.", "Provision maps are current; pupils spoke positively about support.", "Attendance actions are working; persistent absence is falling in Year 9.", "The curriculum sequence in history is clear; we asked for an update next term."]),
      });
    }
  }
  return { expectations, training, visits };
}

export async function seedGovernance(db: Db | Tx, built: BuiltTrust, opts: { today?: Date } = {}) {
  const today = startOfUtcDay(opts.today ?? new Date());
  const rng = createRng(DEMO_SEED).fork("governance");
  const { definitions, values, years } = buildGovernance(rng.fork("metrics"), built, today);
  await insertRows(db, "MetricDefinition", definitions);
  await insertRows(db, "MetricValue", values);
  const people = buildPeople(rng.fork("people"), built, today);
  await insertRows(db, "GovernanceExpectation", people.expectations);
  await insertRows(db, "GovernanceTraining", people.training);
  await insertRows(db, "GovernanceVisit", people.visits);
  // Computed metrics for the past years and the current one, from the rows seeded before this.
  for (const y of [...years, Math.floor(currentTerm(today).key / 3)]) await storeComputedYear(db, built.trust.id, y, today);
}
