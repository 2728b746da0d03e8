// Clusters and schools: names, URNs, locations, pupils and the latest Ofsted outcome.
import type { ImprovementCapacity, OfstedGrade, SchoolPhase, SchoolType } from "../../lib/db/generated/enums";
import { dayBetween, utcDate, weekday } from "./dates";
import { AREAS, AREA_SUFFIXES, FEATURE_ENDINGS, FEATURE_STEMS, SAINTS, type Place } from "./names";
import type { Rng } from "./random";
import type { ClusterRow, SchoolRow } from "./types";

/** A school with what the staff and people factories need beyond its row. */
export type SchoolPlan = { row: SchoolRow; place: Place; clusterIndex: number; sixthForm: boolean; nursery: boolean };

/** The order a cluster's schools are added in: every cluster of two or more has a secondary and a primary. */
export function clusterPhases(size: number): SchoolPhase[] {
  if (size <= 1) return ["PRIMARY"];
  if (size === 2) return ["SECONDARY", "PRIMARY"];
  return ["SECONDARY", "SPECIAL", ...Array.from({ length: size - 2 }, () => "PRIMARY" as const)];
}

export function clusterName(index: number): string {
  const area = AREAS[index % AREAS.length];
  if (!area) throw new Error("No areas to name clusters after");
  const round = Math.floor(index / AREAS.length);
  if (round === 0) return area.name;
  return `${area.name} ${AREA_SUFFIXES[round - 1] ?? round + 1}`;
}

function feature(rng: Rng): string {
  const stem = rng.pick(FEATURE_STEMS);
  const ending = rng.pick(FEATURE_ENDINGS);
  // "Brookbrook" and "Green Green" read as typos.
  return ending.trim().toLowerCase() === stem.toLowerCase() ? `${stem}field` : stem + ending;
}

function nameFor(rng: Rng, phase: SchoolPhase, place: string): string {
  const patterns: (readonly [() => string, number])[] =
    phase === "SECONDARY"
      ? [
          [() => `${place} Academy`, 3],
          [() => `${place} High School`, 2],
          [() => `${place} Community Academy`, 1],
          [() => `${feature(rng)} Academy`, 1.5],
          [() => `${rng.pick(SAINTS)} Church of England Academy`, 0.5],
        ]
      : phase === "SPECIAL"
        ? [
            [() => `${feature(rng)} School`, 3],
            [() => `${feature(rng)} Academy`, 2],
            [() => `${place} ${feature(rng)} Specialist School`, 1],
          ]
        : [
            [() => `${place} Primary Academy`, 3],
            [() => `${place} Junior and Infant School`, 1.5],
            [() => `${rng.pick(SAINTS)} CE Primary Academy`, 2],
            [() => `${feature(rng)} Primary School`, 2],
            [() => `${feature(rng)} Primary Academy`, 2],
            [() => `${place} ${feature(rng)} Primary School`, 0.5],
          ];
  return rng.weighted(patterns)();
}

function uniqueName(rng: Rng, taken: Set<string>, phase: SchoolPhase, place: string): string {
  for (let attempt = 0; attempt < 12; attempt++) {
    const name = nameFor(rng, phase, place);
    if (!taken.has(name)) return name;
  }
  const base = nameFor(rng, phase, place);
  for (let n = 1; ; n++) {
    // Real trusts tell apart same-named schools by their town.
    const name = n === 1 ? `${base}, ${place}` : `${base}, ${place} (${n})`;
    if (!taken.has(name)) return name;
  }
}

type Quality = "strong" | "typical" | "weak";

const REPORT_CARD_START = utcDate(2025, 10, 10);
const FOUR_GRADE_FROM = utcDate(2022, 0, 10);
const FOUR_GRADE_UNTIL = utcDate(2025, 6, 18);

const AREA_GRADES: Record<Quality, readonly (readonly [string, number])[]> = {
  strong: [["exceptional", 2], ["strong_standard", 5], ["expected_standard", 3]],
  typical: [["strong_standard", 2], ["expected_standard", 7], ["needs_attention", 1]],
  weak: [["expected_standard", 4], ["needs_attention", 5], ["urgent_improvement", 1]],
};

const FOUR_GRADES: Record<Quality, readonly (readonly [OfstedGrade, number])[]> = {
  strong: [["OUTSTANDING", 8], ["GOOD", 2]],
  typical: [["GOOD", 9], ["OUTSTANDING", 0.5], ["REQUIRES_IMPROVEMENT", 1]],
  weak: [["REQUIRES_IMPROVEMENT", 8], ["GOOD", 11], ["INADEQUATE", 1]],
};

/** Ofsted does not inspect in the summer holiday: an August date moves back into July. */
function inspectionDay(rng: Rng, from: Date, to: Date): Date {
  const day = dayBetween(rng, from, to);
  return day.getUTCMonth() === 7 ? weekday(utcDate(day.getUTCFullYear(), 6, day.getUTCDate() % 18 + 1)) : day;
}

function ofsted(rng: Rng, today: Date, quality: Quality, plan: { phase: SchoolPhase; sixthForm: boolean; nursery: boolean }) {
  // Some academies opened since their last inspection and have no outcome yet.
  if (rng.chance(0.03)) return { ofstedFramework: null, ofstedGrade: null, ofstedInspectedOn: null };
  const reportCardEra = today > REPORT_CARD_START && rng.chance(0.3);
  if (!reportCardEra) {
    const until = today < FOUR_GRADE_UNTIL ? today : FOUR_GRADE_UNTIL;
    return {
      ofstedFramework: "FOUR_GRADE" as const,
      ofstedGrade: rng.weighted(FOUR_GRADES[quality]),
      ofstedInspectedOn: inspectionDay(rng, FOUR_GRADE_FROM, until),
    };
  }
  const grade = () => rng.weighted(AREA_GRADES[quality]);
  const card: Record<string, string> = {
    inclusion: grade(),
    curriculum_and_teaching: grade(),
    achievement: grade(),
    attendance_and_behaviour: grade(),
    personal_development_and_wellbeing: grade(),
    leadership_and_governance: grade(),
  };
  if (plan.nursery || plan.phase === "PRIMARY") card.early_years = grade();
  if (plan.sixthForm) card.sixth_form = grade();
  card.safeguarding = "met";
  return {
    ofstedFramework: "REPORT_CARD" as const,
    ofstedGrade: null,
    ofstedReportCard: card,
    ofstedInspectedOn: inspectionDay(rng, REPORT_CARD_START, today),
  };
}

function capacity(rng: Rng, quality: Quality): ImprovementCapacity {
  if (quality === "strong") return rng.chance(0.75) ? "CAPACITY_GIVER" : "STABLE";
  if (quality === "weak") return rng.chance(0.75) ? "NEEDS_SUPPORT" : "STABLE";
  return rng.chance(0.05) ? "NEEDS_SUPPORT" : "STABLE";
}

const POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

const PUPILS: Record<string, readonly [number, number]> = { SECONDARY: [900, 1400], SPECIAL: [90, 180], PRIMARY: [200, 450] };

export function buildOrganisation(
  rng: Rng,
  trustId: string,
  opts: { clusters: number; schoolsPerCluster: number; today: Date },
): { clusters: ClusterRow[]; schools: SchoolPlan[] } {
  const phases = clusterPhases(opts.schoolsPerCluster);
  if (opts.clusters * phases.length > 50_000) throw new Error("Too many schools for the URN range 100000-149999");
  const clusters: ClusterRow[] = [];
  const schools: SchoolPlan[] = [];
  const names = new Set<string>();
  const urns = new Set<number>();

  for (let c = 0; c < opts.clusters; c++) {
    const cluster: ClusterRow = { id: rng.uuid(), trustId, name: clusterName(c) };
    clusters.push(cluster);
    const area = AREAS[c % AREAS.length];
    if (!area) throw new Error("No areas to place schools in");
    const round = Math.floor(c / AREAS.length);

    // Every cluster of three or more has a strong school and one that struggles: the trust's
    // model of capacity givers supporting schools nearby (seeds/003).
    const qualities: Quality[] =
      phases.length >= 3
        ? rng.shuffle<Quality>(["strong", "weak", ...phases.slice(2).map(() => "typical" as const)])
        : phases.map(() => rng.weighted<Quality>([["strong", 2], ["typical", 6], ["weak", 2]]));
    for (const [i, phase] of phases.entries()) {
      // The secondary sits in the area's main town; the others anywhere in the area.
      const place = phase === "SECONDARY" ? (area.places[round % area.places.length] ?? rng.pick(area.places)) : rng.pick(area.places);
      const name = uniqueName(rng, names, phase, place.name);
      names.add(name);
      let urn = rng.int(100_000, 149_999);
      while (urns.has(urn)) urn = rng.int(100_000, 149_999);
      urns.add(urn);

      const sixthForm = phase === "SECONDARY" ? rng.chance(0.6) : phase === "SPECIAL" && rng.chance(0.5);
      const nursery = phase === "PRIMARY" ? rng.chance(0.5) : phase === "SPECIAL" && rng.chance(0.4);
      const quality = qualities[i] ?? "typical";
      const type: SchoolType =
        phase === "SPECIAL"
          ? "SPECIAL_ACADEMY"
          : rng.weighted<SchoolType>([["ACADEMY_CONVERTER", 6], ["ACADEMY_SPONSOR_LED", 3], ["FREE_SCHOOL", phase === "PRIMARY" ? 0.5 : 0]]);
      const [minPupils, maxPupils] = PUPILS[phase] ?? [200, 450];
      const letter = () => POSTCODE_LETTERS.charAt(rng.int(0, POSTCODE_LETTERS.length - 1));

      schools.push({
        place,
        clusterIndex: c,
        sixthForm,
        nursery,
        row: {
          id: rng.uuid(),
          trustId,
          clusterId: cluster.id,
          urn,
          name,
          phase,
          type,
          pupilsOnRoll: rng.int(minPupils, maxPupils),
          postcode: `${place.district} ${rng.int(1, 9)}${letter()}${letter()}`,
          latitude: (place.lat + rng.float(-0.012, 0.012)).toFixed(6),
          longitude: (place.lon + rng.float(-0.018, 0.018)).toFixed(6),
          improvementCapacity: capacity(rng, quality),
          hasEarlyYears: nursery || phase === "PRIMARY",
          hasSixthForm: sixthForm,
          ...ofsted(rng, opts.today, quality, { phase, sixthForm, nursery }),
        },
      });
    }
  }
  return { clusters, schools };
}
