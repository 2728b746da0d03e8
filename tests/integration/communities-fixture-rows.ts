// Fresh rows for one test at a time (each test makes what it uses; none reads another's), and the
// runner that gives every exported communities action its three tests through the real form path.
import { describe, it } from "vitest";
import { db } from "@/lib/db/client";
import type { DemoKey } from "../support/fixtures";
import { runForm, type FormFields } from "../support/form";
import { expectOneAudit, expectRefused } from "../support/writes";
import { nonMembers, type seedCommunityTrust } from "./communities-fixture";

type Trust = Awaited<ReturnType<typeof seedCommunityTrust>>;
const unique = () => Math.random().toString(36).slice(2, 10);

export function rows(trust: () => Trust) {
  const trustId = () => trust().built.trust.id;
  const staffOf = async (key: DemoKey) => (await trust().viewer(key)).staff!.id;
  return {
    unique,
    /** A community of its own (open unless said otherwise), with no members. */
    community: async (isOpen = true) =>
      (await db().community.create({ data: { trustId: trustId(), name: `Test community ${unique()}`, kind: "SUBJECT_COMMUNITY", isOpen } })).id,
    /** A current member of staff, with a sign-in, who is not in `communityId`. */
    outsider: async (communityId: string) => (await nonMembers(communityId, 50)).find((s) => s.userId)!.id,
    member: async (communityId: string, staffMemberId: string) =>
      (await db().membership.create({ data: { trustId: trustId(), communityId, staffMemberId } })).id,
    /** A meeting of `communityId` starting `days` from now (negative: already held). */
    meeting: async (communityId: string, days: number) =>
      (await db().meeting.create({ data: { trustId: trustId(), communityId, title: `Meeting ${unique()}`, startsAt: new Date(Date.now() + days * 86_400_000), durationMinutes: 60 } })).id,
    resource: async (communityId: string, author: DemoKey) =>
      (await db().resource.create({ data: { trustId: trustId(), communityId, title: `Resource ${unique()}`, kind: "OTHER", url: "https://example.org/r", authorId: await staffOf(author) } })).id,
    expertise: async (owner: DemoKey) =>
      (await db().expertise.create({ data: { trustId: trustId(), staffMemberId: await staffOf(owner), area: `Area ${unique()}`, level: "EXPERIENCED" } })).id,
  };
}

type Result = { ok: boolean };
type Attempt = [DemoKey, FormFields, object];
export type ActionCase<C> = {
  command: { run: (viewer: never, raw: unknown) => Promise<Result> };
  /** The audit action an allowed run writes. */
  audit: string;
  /** Rows the case needs, made afresh for each of its tests (none: no rows). */
  setup?: () => Promise<C>;
  allowed: (c: C) => [DemoKey, FormFields];
  denied: (c: C) => Attempt[];
  bad: (c: C) => Attempt[];
};

/** Allowed (one audit entry), denied and bad input (nothing written) for one action, each test with rows of its own. */
export function describeAction<C>(name: string, trust: () => Trust, spec: ActionCase<C>) {
  const run = async (key: DemoKey, fields: FormFields) => runForm(spec.command as { run: (v: unknown, raw: unknown) => Promise<Result> }, await trust().viewer(key), fields);
  const setup = spec.setup ?? (async () => ({}) as C);
  const refusals = (which: "denied" | "bad") => async () => {
    const c = await setup();
    for (const [key, fields, expected] of spec[which](c)) await expectRefused(() => run(key, fields), expected);
  };
  describe(name, () => {
    it(`allowed: writes and leaves one "${spec.audit}" audit entry`, async () => {
      const [key, fields] = spec.allowed(await setup());
      await expectOneAudit(() => run(key, fields), spec.audit);
    });
    it("denied (another community, another role): refused, nothing written", refusals("denied"));
    it("bad input: a field error, nothing written", refusals("bad"));
  });
}
