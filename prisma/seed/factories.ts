// Deterministic factories: build a whole trust as plain rows (no database access). The seed,
// the benchmarks and the integration tests all build their data here.
import { DEMO_EMAIL_DOMAIN, DEMO_EMAILS, DEMO_SEED, TRUST_NAME, type DemoAccount } from "./demo";
import { startOfUtcDay } from "./dates";
import { EmailBook } from "./identity";
import { buildOrganisation } from "./org";
import { buildPeople } from "./people";
import { createRng, type Rng } from "./random";
import { buildSchoolStaff, MIN_STAFF_PER_SCHOOL } from "./staff";
import type { BuildOptions, BuiltTrust } from "./types";

const CLUSTERS_PER_SCALE = 3;
const SCHOOLS_PER_CLUSTER = 4;

function wholeNumber(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (got ${value}).`);
  return value;
}

/**
 * Builds a trust: scale 1 is 3 clusters of 4 schools (a secondary, a special school, two
 * primaries) with about 700 staff; scale N has 3N clusters. Each part draws from its own fork
 * of `rng`, so the first clusters and their staff are the same at every scale.
 */
export function buildTrust(rng: Rng, opts: BuildOptions): BuiltTrust {
  const scale = wholeNumber("scale", opts.scale, 1);
  const clusterCount = wholeNumber("clusters", opts.clusters ?? scale * CLUSTERS_PER_SCALE, 1);
  const schoolsPerCluster = wholeNumber("schoolsPerCluster", opts.schoolsPerCluster ?? SCHOOLS_PER_CLUSTER, 1);
  if (clusterCount * schoolsPerCluster < 2) throw new Error("A demo trust needs at least two schools.");
  const staffPerSchool = opts.staffPerSchool === undefined ? undefined : wholeNumber("staffPerSchool", opts.staffPerSchool, MIN_STAFF_PER_SCHOOL);
  const today = startOfUtcDay(opts.today ?? new Date());

  const trust = { id: rng.fork("trust").uuid(), name: TRUST_NAME };
  const emails = new EmailBook(DEMO_EMAIL_DOMAIN);
  for (const email of Object.values(DEMO_EMAILS)) emails.reserve(email);

  const { clusters, schools } = buildOrganisation(rng.fork("organisation"), trust.id, {
    clusters: clusterCount,
    schoolsPerCluster,
    today,
  });
  const staff = schools.flatMap((school) =>
    buildSchoolStaff({ rng: rng.fork(`staff:${school.row.id}`), trustId: trust.id, school, today, emails }, staffPerSchool),
  );
  const people = buildPeople({
    rng: rng.fork("people"),
    trustId: trust.id,
    schools,
    staff,
    emails,
    passwordHash: opts.passwordHash ?? null,
  });
  return { trust, clusters, schools: schools.map((s) => s.row), staff, ...people };
}

/** The demo sign-ins of the seeded trust, without a database (they are the same at every scale). */
export function demoAccounts(): DemoAccount[] {
  return buildTrust(createRng(DEMO_SEED), { scale: 1 }).demoAccounts;
}
