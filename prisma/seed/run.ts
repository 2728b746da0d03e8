// The seed: an empty database (or, on request, a wiped one) gets the demo trust.
import { hash } from "@node-rs/argon2";
import { createPrisma, type Tx } from "../../lib/db/client";
import { DEMO_PASSWORD, DEMO_SEED, demoSignInsText } from "./demo";
import { seedCommunities } from "./communities";
import { seedReviews } from "./reviews";
import { seedNotifications } from "./notifications";
import { seedGovernance } from "./governance";
import { seedPlacements } from "./placements";
import { seedPriorities } from "./priorities";
import { seedAccessLog } from "./access-log";
import { seedMentorMeetings } from "./mentor-meetings";
import { seedProgramme } from "./programme";
import { seedCoaching } from "./coaching";
import { seedDropIns } from "./dropins";
import { seedPipeline } from "./pipeline";
import { seedAppraisal } from "./appraisal";
import { seedVoice } from "./voice";
import { seedWorkload } from "./workload";
import { seedRetention } from "./retention";
import { seedStaffRetention } from "./staff-retention";
import { buildCpd, insertCpd } from "./cpd";
import { startOfUtcDay } from "./dates";
import { buildTrust } from "./factories";
import { enableDemoMfa } from "./identity";
import { insertTrust } from "./insert";
import { createProgress } from "./progress";
import { createRng } from "./random";

/** Two starting app instances must not both seed: the second waits, then finds the trust. */
const SEED_LOCK = 720_260_901;

/** Every table of the app's schema but Prisma's migration history, so later migrations' tables are wiped too. */
async function truncateAll(tx: Tx): Promise<void> {
  const tables = await tx.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(", ");
  await tx.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
}

export async function runSeed(
  url: string,
  opts: { scale: number; onlyIfEmpty: boolean; quiet?: boolean },
): Promise<{ seeded: boolean }> {
  const started = performance.now();
  const progress = createProgress(Boolean(opts.quiet));
  const prisma = createPrisma(url, 2);
  try {
    if (opts.onlyIfEmpty && (await prisma.trust.count()) > 0) return { seeded: false };

    progress.stage(`Building the demo trust (scale ${opts.scale})…`);
    // argon2id (Algorithm.Argon2id = 2; a const enum, which isolatedModules cannot import).
    const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2 });
    const built = buildTrust(createRng(DEMO_SEED), { scale: opts.scale, passwordHash });
    const cpd = buildCpd(createRng(DEMO_SEED).fork("cpd"), built, startOfUtcDay(new Date()));

    const seeded = await prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
        if (opts.onlyIfEmpty) {
          if ((await tx.trust.count()) > 0) return false;
        } else {
          progress.stage("Clearing any existing data…");
          await truncateAll(tx);
        }
        progress.stage("Inserting…");
        await insertTrust(tx, built, { onProgress: (p) => progress.rows(p) });
        await enableDemoMfa(tx, built.trust.id);
        await insertCpd(tx, cpd, (p) => progress.rows(p));
        await seedCommunities(tx, built, { scale: opts.scale, onProgress: (p) => progress.rows(p) });
        await seedReviews(tx, built);
        await seedGovernance(tx, built);
        await seedPlacements(tx, built, startOfUtcDay(new Date()));
        await seedPriorities(tx, built);
        await seedAppraisal(tx, built);
        await seedNotifications(tx, built);
        await seedAccessLog(tx, built);
        await seedMentorMeetings(tx, built, startOfUtcDay(new Date()));
        await seedProgramme(tx, built, new Date());
        await seedCoaching(tx, built);
        await seedDropIns(tx, built);
        await seedPipeline(tx, built);
        await seedVoice(tx, built);
        await seedWorkload(tx, built);
        await seedRetention(tx, built, startOfUtcDay(new Date()));
        await seedStaffRetention(tx, built);
        return true;
      },
      { maxWait: 60_000, timeout: 30 * 60_000 },
    );
    progress.end();
    if (!seeded) return { seeded: false };
    // Outside the transaction (VACUUM cannot run in one): marks the fresh pages all-visible, so the
    // covering indexes answer the yearly sums without reading the table, as autovacuum would later.
    await prisma.$executeRawUnsafe(`VACUUM ANALYZE "CpdActivity"`);
    // The governance dashboard's grouped read plans from MetricValue's statistics (none until autovacuum otherwise).
    await prisma.$executeRawUnsafe(`ANALYZE "MetricValue"`);

    if (!opts.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const current = built.staff.filter((s) => !s.leaveDate).length;
      console.error(
        `Seeded ${built.trust.name}: ${built.clusters.length} clusters, ${built.schools.length} schools, ` +
          `${current.toLocaleString("en-GB")} current staff (+${built.staff.length - current} leavers), ` +
          `${built.users.length.toLocaleString("en-GB")} users in ${seconds} s.`,
      );
      console.log(`\n${demoSignInsText(built.demoAccounts)}\n`);
    }
    return { seeded: true };
  } finally {
    progress.end();
    await prisma.$disconnect();
  }
}
