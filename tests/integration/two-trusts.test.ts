// Nothing of trust B reaches a viewer of trust A, through any query or command: every read by A's
// viewers (each demo role) returns none of B's ids, every read of a B id is not found or empty, and
// every command aimed at B's records is "not found" and leaves all of B's rows exactly as they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recentAudit } from "@/lib/admin/queries";
import { accountList } from "@/lib/accounts/queries";
import { auditParams } from "@/lib/admin/audit/params";
import { auditPage } from "@/lib/admin/audit/queries";
import { adminWorklist } from "@/lib/admin/worklist/queries";
import { clustersOverview } from "@/lib/org/admin/queries";
import { manageableSchools } from "@/lib/people/records/queries";
import { schoolRetention, trustRetention } from "@/lib/people/retention/queries";
import { academicYear, isoDay, londonToday } from "@/lib/dates";
import { recordLeaver, updateStaff } from "@/lib/people/commands";
import { secondStaff, transferStaff } from "@/lib/people/employment/commands";
import { mfaStatus } from "@/lib/account/mfa/queries";
import type { Viewer } from "@/lib/access/policy";
import { setAccountStatus } from "@/lib/account/commands";
import { endAllSessions, endSession } from "@/lib/account/sessions/commands";
import { findTrustUser, signedInPeople, userSessions } from "@/lib/account/sessions/queries";
import * as communityCommands from "@/lib/communities/commands";
import { leaderDashboard } from "@/lib/communities/dashboard/queries";
import { deleteExpertise, deleteResource, saveExpertise } from "@/lib/communities/library/commands";
import { cancelMeeting, saveMinutes, saveRegister, scheduleMeeting } from "@/lib/communities/meetings/commands";
import { getMeeting, meetingForCalendar } from "@/lib/communities/meetings/queries";
import * as communities from "@/lib/communities/queries";
import { expertiseSearchParams, resourceSearchParams } from "@/lib/communities/schema";
import { expertiseFilters, myExpertise, resourceFilters, searchExpertise, searchResources } from "@/lib/communities/search/queries";
import { saveRequirement } from "@/lib/cpd/admin/commands";
import { deleteActivity, submitActivity, verifyActivities } from "@/lib/cpd/commands";
import { lastReturn, returnedBefore } from "@/lib/cpd/history/queries";
import { staffPortfolio } from "@/lib/cpd/portfolio/queries";
import * as cpd from "@/lib/cpd/queries";
import { saveReflection } from "@/lib/cpd/records/commands";
import { developmentSchool, schoolDevelopment } from "@/lib/cpd/reports/queries";
import { schoolDevelopmentParams } from "@/lib/cpd/schema";
import { cpdReferenceData, npqPipeline, schoolCpdSummary, trustDevelopment } from "@/lib/cpd/trust/queries";
import { getSchool, listSchools, schoolAggregates, schoolNames } from "@/lib/org/queries";
import { directorySchools, myEmployment, staffDirectory } from "@/lib/people/queries";
import { staffDirectoryParams } from "@/lib/people/schema";
import { readFile } from "@/lib/storage/queries";
import { DEMO_EMAILS } from "@/prisma/seed/demo";
import type { DemoKey } from "../support/fixtures";
import { notFound } from "./communities-fixture";
import { fingerprint, seedTwoTrusts } from "./two-trusts-fixture";

let t: Awaited<ReturnType<typeof seedTwoTrusts>>;
let before: Record<string, string>;
/** Every id of trust B's rows that a leak could carry: the trust, schools, clusters, people, communities. */
let bIds: string[];
const ROLES = Object.keys(DEMO_EMAILS) as DemoKey[];
const as: Partial<Record<DemoKey, Viewer>> = {};
const v = (key: DemoKey) => as[key]!;

beforeAll(async () => {
  t = await seedTwoTrusts();
  for (const key of ROLES) as[key] = await t.a.viewer(key);
  const { db } = await import("@/lib/db/client");
  const ids = await db().$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "School" WHERE "trustId" = ${t.b.trustId}::uuid UNION ALL
    SELECT id::text FROM "Cluster" WHERE "trustId" = ${t.b.trustId}::uuid UNION ALL
    SELECT id::text FROM "StaffMember" WHERE "trustId" = ${t.b.trustId}::uuid UNION ALL
    SELECT id::text FROM "User" WHERE "trustId" = ${t.b.trustId}::uuid UNION ALL
    SELECT id::text FROM "Community" WHERE "trustId" = ${t.b.trustId}::uuid UNION ALL
    SELECT id::text FROM "Meeting" WHERE "trustId" = ${t.b.trustId}::uuid UNION ALL
    SELECT id::text FROM "Resource" WHERE "trustId" = ${t.b.trustId}::uuid UNION ALL
    SELECT id::text FROM "CpdActivity" WHERE "trustId" = ${t.b.trustId}::uuid`;
  bIds = [t.b.trustId, ...ids.map((r) => r.id), ...t.b.fileIds];
  before = await fingerprint(t.b.trustId);
}, 180_000);

afterAll(async () => {
  // Whatever ran above, trust B's rows are exactly as they were seeded.
  if (before) expect(await fingerprint(t.b.trustId)).toEqual(before);
});

const json = (value: unknown) => JSON.stringify(value, (_k, x) => (typeof x === "bigint" ? x.toString() : x)) ?? "";
/** The answer, or null where the viewer is refused (not found): a refusal leaks nothing either. */
const settled = async (run: () => unknown) => {
  try {
    return await run();
  } catch (error) {
    expect(error).toEqual(notFound);
    return null;
  }
};
function expectNoB(value: unknown) {
  const text = json(value);
  expect(bIds.filter((id) => text.includes(id))).toEqual([]);
}

describe("reads of the viewer's own trust carry nothing of trust B", () => {
  const reads: [string, (viewer: Viewer) => unknown][] = [
    ["listSchools", listSchools],
    ["schoolAggregates", schoolAggregates],
    ["schoolNames", schoolNames],
    ["staffDirectory", (x) => staffDirectory(x, staffDirectoryParams.parse({ size: "100" }))],
    ["directorySchools", directorySchools],
    ["myEmployment", myEmployment],
    ["myHours / myDevelopment / myActivities", async (x) => [await cpd.myHours(x), await cpd.myDevelopment(x), await cpd.myActivities(x)]],
    ["trustTargets", cpd.trustTargets],
    ["verificationQueue", (x) => cpd.verificationQueue(x, { size: 500 })],
    ["developmentSchool / schoolDevelopment", async (x) => [await developmentSchool(x), await schoolDevelopment(x, schoolDevelopmentParams.parse({}))]],
    ["trustDevelopment / npqPipeline / cpdReferenceData", async (x) => [await trustDevelopment(x), await npqPipeline(x), await cpdReferenceData(x)]],
    ["browseCommunities", communities.browseCommunities],
    ["trustClusters", communities.trustClusters],
    ["searchResources", (x) => searchResources(x, resourceSearchParams.parse({}))],
    ["searchExpertise", (x) => searchExpertise(x, expertiseSearchParams.parse({}))],
    ["expertiseFilters / resourceFilters / myExpertise", async (x) => [await expertiseFilters(x), await resourceFilters(x), await myExpertise(x)]],
    ["recentAudit", (x) => recentAudit(x, 1000)],
    ["signedInPeople", (x) => signedInPeople(x)],
    ["mfaStatus", mfaStatus],
    // Running the trust (issue 11).
    ["accountList", (x) => accountList(x, { q: "", page: 1, invited: false })],
    ["auditPage / adminWorklist", async (x) => [await auditPage(x, auditParams.parse({})), await adminWorklist(x)]],
    ["trustRetention / schoolRetention", async (x) => [await trustRetention(x, academicYear().startYear), await schoolRetention(x, x.staff?.schoolId ?? "")]],
    ["clustersOverview / manageableSchools", async (x) => [await clustersOverview(x), await manageableSchools(x)]],
  ];
  for (const [name, read] of reads) {
    it(`${name}, for every role`, async () => {
      for (const key of ROLES) expectNoB(await settled(() => read(v(key))));
    });
  }
});

describe("a read of trust B's record by id is not found, or empty", () => {
  it("schools, staff and CPD", async () => {
    const admin = v("admin");
    await expect(getSchool(admin, t.b.schoolId)).rejects.toEqual(notFound);
    await expect(staffPortfolio(admin, t.b.staffId)).rejects.toEqual(notFound);
    await expect(cpd.activityToVerify(admin, t.b.activityId)).rejects.toEqual(notFound);
    await expect(cpd.myQualification(admin, t.b.qualificationId)).rejects.toEqual(notFound);
    await expect(developmentSchool(admin, t.b.schoolId)).rejects.toEqual(notFound);
    expect((await staffDirectory(admin, staffDirectoryParams.parse({ school: t.b.schoolId }))).total).toBe(0);
    expect((await cpd.verificationQueue(admin, { school: t.b.schoolId })).total).toBe(0);
    expect(await cpd.waitingCount(admin, t.b.schoolId)).toBe(0);
    expect((await schoolCpdSummary(admin, t.b.schoolId)).figures).toBeNull();
    expect(await cpd.activitiesOf(admin, t.b.staffId)).toEqual([]);
    expect(await cpd.activityYears(admin, t.b.staffId)).toEqual([]);
    expect(await cpd.trainingFor(admin, t.b.staffId)).toEqual([]);
    const development = await cpd.developmentOf(admin, t.b.staffId);
    expect([development.qualifications, development.induction, development.hours.target]).toEqual([[], null, null]);
    expect([...(await returnedBefore(admin, [t.b.activityId]))]).toEqual([]);
    const current = { title: "", type: "COURSE", strand: "PROFESSIONAL_LEARNING", provider: null, startDate: new Date(), endDate: new Date(), minutes: 0, subject: null, reflection: null, impact: null, evidenceUrl: null, evidenceFileId: null };
    expect(await lastReturn(admin, t.b.activityId, current)).toBeNull();
  });

  it("communities, meetings and resources", async () => {
    for (const key of ["admin", "networkLeader", "teacher"] as DemoKey[]) {
      const x = v(key);
      await expect(communities.getCommunity(x, t.b.communityId)).rejects.toEqual(notFound);
      await expect(getMeeting(x, t.b.meetingCommunityId, t.b.meetingId)).rejects.toEqual(notFound);
      await expect(meetingForCalendar(x, t.b.meetingCommunityId, t.b.meetingId)).rejects.toEqual(notFound);
      await expect(leaderDashboard(x, t.b.communityId)).rejects.toEqual(notFound);
      expect(await communities.communityResources(x, t.b.communityId)).toEqual([]);
      expect(await communities.communityName(x, t.b.communityId)).toBeNull();
      expectNoB(await searchResources(x, resourceSearchParams.parse({ community: t.b.communityId })));
      expectNoB(await searchExpertise(x, expertiseSearchParams.parse({ school: t.b.schoolId, cluster: t.b.clusterId })));
    }
    await expect(communities.communityForAdmin(v("admin"), t.b.communityId)).rejects.toEqual(notFound);
    const english = (await communities.browseCommunities(v("admin")))[0]!.id;
    expectNoB(await communities.searchStaffForCommunity(v("admin"), english, t.b.staffName));
  });

  it("files, sessions and people", async () => {
    for (const key of ROLES) for (const id of t.b.fileIds) expect(await readFile(v(key), id)).toBeNull();
    await expect(userSessions(v("admin"), t.b.userId)).rejects.toEqual(notFound);
    expect(await findTrustUser(v("admin"), `admin.trust-b@northbridge.example`)).toBeNull();
  });
});

describe("a command aimed at trust B's records is not found and changes nothing", () => {
  const refused = { ok: false, message: "That record was not found." };
  // A person named in a form is not found as a field ("That member of staff was not found.").
  const notFoundAnswer = { ok: false, message: expect.stringMatching(/^That (record|member of staff) was not found\.$/) };
  it("community commands", async () => {
    const admin = v("admin");
    const english = (await communities.browseCommunities(admin))[0]!.id;
    const community = { communityId: t.b.communityId };
    const person = { communityId: english, staffMemberId: t.b.staffId };
    const runs = [
      communityCommands.updateCommunity.run(admin, { ...community, name: "Renamed", kind: "SUBJECT_COMMUNITY", isOpen: "on" }),
      communityCommands.setCommunityArchived.run(admin, { ...community, archived: "on" }),
      communityCommands.appointLeader.run(admin, { ...community, staffMemberId: t.b.staffId }),
      communityCommands.removeLeader.run(admin, { ...community, staffMemberId: t.b.staffId }),
      communityCommands.addMember.run(admin, { ...community, staffMemberId: t.b.staffId }),
      communityCommands.removeMember.run(admin, { ...community, staffMemberId: t.b.staffId }),
      communityCommands.inviteMember.run(admin, { ...community, staffMemberId: t.b.staffId }),
      communityCommands.joinCommunity.run(v("teacher"), community),
      communityCommands.leaveCommunity.run(v("teacher"), community),
      scheduleMeeting.run(admin, { ...community, title: "Planning", startsAt: `${isoDay(new Date(londonToday().getTime() + 30 * 86_400_000))}T10:00`, durationMinutes: "60" }),
      cancelMeeting.run(admin, { meetingId: t.b.meetingId }),
      saveMinutes.run(admin, { meetingId: t.b.meetingId, minutes: "Minutes" }),
      saveRegister.run(admin, { meetingId: t.b.meetingId, present: [t.b.staffId], close: "on" }),
      deleteResource.run(admin, { resourceId: t.b.resourceId }),
      deleteExpertise.run(v("teacher"), { id: t.b.expertiseId }),
      saveExpertise.run(v("teacher"), { id: t.b.expertiseId, area: "Maths", level: "EXPERIENCED", willingToSupport: "on" }),
    ];
    for (const [i, result] of (await Promise.all(runs)).entries()) expect([i, result]).toMatchObject([i, notFoundAnswer]);
    // A B person named inside A's own community is not found either (the field says so).
    for (const cmd of [communityCommands.appointLeader, communityCommands.addMember, communityCommands.inviteMember]) {
      expect(await cmd.run(admin, person)).toMatchObject(notFoundAnswer);
    }
  });

  it("CPD commands", async () => {
    expect(await verifyActivities.run(v("admin"), { "ids[]": [t.b.activityId], decision: "verify" })).toMatchObject(refused);
    expect(await verifyActivities.run(v("head"), { "ids[]": [t.b.activityId], decision: "return", reason: "No" })).toMatchObject(refused);
    expect(await submitActivity.run(v("teacher"), { id: t.b.activityId })).toMatchObject(refused);
    expect(await deleteActivity.run(v("teacher"), { id: t.b.activityId })).toMatchObject(refused);
    expect(await saveReflection.run(v("teacher"), { id: t.b.activityId, reflection: "Mine now" })).toMatchObject(refused);
    const requirement = t.b.requirementId;
    expect(await saveRequirement.run(v("admin"), { id: requirement, name: "Renamed", validityMonths: "12" })).toMatchObject(refused);
  });

  it("account and session commands", async () => {
    expect(await endSession.run(v("admin"), { userId: t.b.userId, sessionId: t.b.sessionId })).toMatchObject(refused);
    expect(await endAllSessions.run(v("admin"), { userId: t.b.userId })).toMatchObject(refused);
    expect(await setAccountStatus.run(v("admin"), { userId: t.b.userId, status: "DISABLED" })).toMatchObject(refused);
  });

  it("staff record and employment commands", async () => {
    const admin = v("admin");
    const today = isoDay(londonToday());
    const later = isoDay(new Date(londonToday().getTime() + 30 * 86_400_000));
    const record = {
      staffMemberId: t.b.staffId, firstName: "Taken", lastName: "Over", email: "taken.over@northbridge.example", jobTitle: "Teacher", category: "TEACHER",
      careerStage: "ESTABLISHED", fte: "1", startDate: "2020-09-01", subjects: "", "designations[]": [], lineManagerId: "",
    };
    expect(await updateStaff.run(admin, record)).toMatchObject(refused);
    expect(await recordLeaver.run(admin, { staffMemberId: t.b.staffId, leaveDate: today, leaveReason: "RESIGNATION" })).toMatchObject(refused);
    expect(await transferStaff.run(admin, { staffMemberId: t.b.staffId, toSchoolId: v("head").staff!.schoolId, startDate: today })).toMatchObject(refused);
    expect(await secondStaff.run(admin, { staffMemberId: t.b.staffId, toSchoolId: v("head").staff!.schoolId, startDate: today, endDate: later })).toMatchObject(refused);
  });

  it("leaves every row of trust B as it was", async () => {
    expect(await fingerprint(t.b.trustId)).toEqual(before);
  });
});
