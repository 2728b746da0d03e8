// Support agreements closed with their outcome (issue 15 §4): only the trust closes one; the heads of its two
// schools and the trust read it in full; governors and trustees see that it exists, never the named staff or
// the outcome; the head of a third school finds nothing. Bad input is a field error and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { capacityPairing } from "@/lib/reviews/admin/queries";
import { supportAgreement } from "@/lib/reviews/agreements/queries";
import { closeSupportAgreement, createSupportAgreement } from "@/lib/reviews/commands/support";
import { schoolCsi } from "@/lib/reviews/queries";
import { DEMO_KEYS, type DemoKey } from "../support/fixtures";
import { expectOneAudit, expectRefused, invalid, notFound, notFoundResult } from "../support/writes";
import { day, seedCsiTrust } from "./csi-fixture";

const DEPLOYED = "Named Deployed-Teacher";
const OUTCOME = "Reading results rose; the subject leads now run their own checks.";

let t: Awaited<ReturnType<typeof seedCsiTrust>>;
let giver: string, receiver: string, third: string;
let receiverHead: Viewer, thirdHead: Viewer;
const viewerOf = async (userId: string) => {
  const v = await loadViewer(userId);
  if (!v) throw new Error("no viewer");
  return v;
};
/** A new open agreement: the demo head's school supports the first other school, from 100 days ago. */
async function openAgreement() {
  const admin = await t.viewer("admin");
  const made = await createSupportAgreement.run(admin, { giverSchoolId: giver, receiverSchoolId: receiver, focus: "Maths mastery", staffDeployed: DEPLOYED, startsOn: day(-100) });
  if (!made.ok) throw new Error(made.message);
  return made.data.id;
}
const close = (id: string, fields: Record<string, string> = {}) => ({ agreementId: id, status: "COMPLETED", endsOn: day(-1), outcomeNote: OUTCOME, ...fields });

beforeAll(async () => {
  t = await seedCsiTrust();
  giver = t.headSchool;
  receiver = t.otherSchools[0]?.id ?? "";
  third = t.otherSchools[1]?.id ?? "";
  // The demo head's school gives capacity in these tests, whatever the seed made it.
  await db().school.update({ where: { id: giver }, data: { improvementCapacity: "CAPACITY_GIVER" } });
  receiverHead = await viewerOf(t.headOf(receiver));
  thirdHead = await viewerOf(t.headOf(third));
});

describe("closing an agreement", () => {
  it("only the trust admin closes it; every other role, and both heads, find nothing and nothing changes", async () => {
    const id = await openAgreement();
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) {
      const v = await t.viewer(key);
      await expectRefused(() => closeSupportAgreement.run(v, close(id)), notFoundResult);
    }
    await expectRefused(() => closeSupportAgreement.run(receiverHead, close(id)), notFoundResult);
    await expectRefused(() => closeSupportAgreement.run(thirdHead, close(id)), notFoundResult);
    expect((await db().supportAgreement.findUniqueOrThrow({ where: { id } })).status).toBe("ACTIVE");

    const admin = await t.viewer("admin");
    await expectOneAudit(() => closeSupportAgreement.run(admin, close(id, { status: "ENDED_EARLY" })), "supportAgreement.close");
    const row = await db().supportAgreement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "ENDED_EARLY", outcomeNote: OUTCOME, closedById: admin.userId });
    expect(row.endsOn?.toISOString().slice(0, 10)).toBe(day(-1));
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "supportAgreement.close" } });
    expect(entry.before).toMatchObject({ status: "ACTIVE", outcomeNote: null });
    expect(entry.after).toMatchObject({ status: "ENDED_EARLY", outcomeNote: OUTCOME });
  });
});

describe("reading an agreement", () => {
  let id: string;
  beforeAll(async () => {
    id = await openAgreement();
    expect(await closeSupportAgreement.run(await t.viewer("admin"), close(id))).toMatchObject({ ok: true });
  });

  // In full: the head of either school and the trust. Everyone else, a third school's head included: not found.
  const readsInFull: Record<DemoKey, boolean> = {
    teacher: false, seniorLeader: false, head: true, networkLeader: false, governor: false, trustee: false, admin: true, multiRole: false,
  };
  for (const key of DEMO_KEYS) {
    it(`${key}: the agreement's page ${readsInFull[key] ? "in full, with its outcome" : "is not found"}`, async () => {
      const v = await t.viewer(key);
      if (readsInFull[key]) expect(await supportAgreement(v, id)).toMatchObject({ status: "COMPLETED", outcomeNote: OUTCOME, staffDeployed: DEPLOYED, may: { close: false } });
      else await expect(supportAgreement(v, id)).rejects.toEqual(notFound);
    });
  }

  it("the receiving school's head reads it in full; a third school's head finds nothing", async () => {
    expect(await supportAgreement(receiverHead, id)).toMatchObject({ outcomeNote: OUTCOME, staffDeployed: DEPLOYED });
    await expect(supportAgreement(thirdHead, id)).rejects.toEqual(notFound);
    await expect(supportAgreement(thirdHead, "not-an-id")).rejects.toEqual(notFound);
  });

  it("both schools' CSI pages show the outcome to their heads and the trust, and only the agreement's existence to governors and trustees", async () => {
    const onPage = async (v: Viewer, schoolId: string) => (await schoolCsi(v, schoolId)).agreements.find((a) => a.id === id);
    for (const [v, schoolId] of [[await t.viewer("head"), giver], [receiverHead, receiver], [await t.viewer("admin"), giver], [await t.viewer("admin"), receiver]] as const) {
      expect(await onPage(v, schoolId)).toMatchObject({ full: true, status: "COMPLETED", outcomeNote: OUTCOME, staffDeployed: DEPLOYED });
    }
    for (const v of [await t.viewer("governor"), await t.viewer("trustee"), await t.viewer("seniorLeader")]) {
      expect(await onPage(v, giver)).toMatchObject({ full: false, status: "COMPLETED", focus: "Maths mastery", outcomeNote: null, staffDeployed: null });
    }
  });

  it("the trust can close it only once; the capacity page lists it with its outcome", async () => {
    const admin = await t.viewer("admin");
    expect((await supportAgreement(admin, id)).may.close).toBe(false);
    await expectRefused(() => closeSupportAgreement.run(admin, close(id, { outcomeNote: "again" })), invalid("status"));
    const pairing = await capacityPairing(admin);
    expect(pairing.agreements.find((a) => a.id === id)).toMatchObject({ outcomeNote: OUTCOME, full: true });
  });
});

describe("bad input", () => {
  let id: string;
  beforeAll(async () => {
    id = await openAgreement();
  });
  const unchanged = async (run: () => Promise<unknown>, field: string, message?: RegExp) => {
    const before = await db().supportAgreement.findUniqueOrThrow({ where: { id } });
    const result = (await expectRefused(run, invalid(field))) as { fieldErrors: Record<string, string[]> };
    if (message) expect(result.fieldErrors[field]?.join(" ")).toMatch(message);
    expect(await db().supportAgreement.findUniqueOrThrow({ where: { id } })).toEqual(before);
  };

  it("refuses an end date before the agreement's start", async () => {
    const admin = await t.viewer("admin");
    await unchanged(() => closeSupportAgreement.run(admin, close(id, { endsOn: day(-101) })), "endsOn", /on or after the agreement's start/);
  });
  it("refuses an empty outcome when completing", async () => {
    const admin = await t.viewer("admin");
    await unchanged(() => closeSupportAgreement.run(admin, close(id, { outcomeNote: "   " })), "outcomeNote", /outcome/);
  });
  it("refuses an end date in the future, a date that is not one, and no status", async () => {
    const admin = await t.viewer("admin");
    await unchanged(() => closeSupportAgreement.run(admin, close(id, { endsOn: day(3) })), "endsOn", /future/);
    await unchanged(() => closeSupportAgreement.run(admin, close(id, { endsOn: "2026-02-30" })), "endsOn");
    await unchanged(() => closeSupportAgreement.run(admin, close(id, { status: "" })), "status");
    await unchanged(() => closeSupportAgreement.run(admin, close(id, { status: "ACTIVE" })), "status");
  });
  it("an unknown agreement is not found", async () => {
    const admin = await t.viewer("admin");
    await expectRefused(() => closeSupportAgreement.run(admin, close("00000000-0000-4000-8000-000000000000")), notFoundResult);
  });
});
