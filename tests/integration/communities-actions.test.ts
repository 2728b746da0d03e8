// Every exported communities action (lib/communities/actions.ts) through the form path its server
// action takes: allowed (one audit entry), denied (another community, another role) and bad input
// (nothing written). Each test makes the rows it uses.
import { beforeAll, expect } from "vitest";
import * as communities from "@/lib/communities/commands";
import * as library from "@/lib/communities/library/commands";
import * as meetings from "@/lib/communities/meetings/commands";
import { emptyFileInput } from "../support/form";
import { invalid, notFoundResult } from "../support/writes";
import { seedCommunityTrust } from "./communities-fixture";
import { type ActionCase, describeAction, rows } from "./communities-fixture-rows";
import type { DemoKey } from "../support/fixtures";
import type { FormFields } from "../support/form";
import { utcToLondonLocal } from "@/lib/dates";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
beforeAll(async () => {
  trust = await seedCommunityTrust();
});
const t = () => trust;
const make = rows(t);
const english = () => trust.english;
const inviteOnly = { ok: false, message: expect.stringContaining("by invitation only") };
const fields = (extra: Record<string, string> = {}) => ({ name: `Community ${make.unique()}`, kind: "SUBJECT_COMMUNITY", subject: "", description: "", clusterId: "", ...extra });

describeAction("create a community", t, {
  command: communities.createCommunity,
  audit: "community.create",
  allowed: () => ["admin", { ...fields(), isOpen: "on" }],
  denied: () => [["networkLeader", fields(), notFoundResult], ["head", fields(), notFoundResult]],
  bad: () => [["admin", fields({ name: "  " }), invalid("name")], ["admin", fields({ kind: "BOOK_CLUB" }), invalid("kind")]],
});

describeAction("update a community", t, {
  command: communities.updateCommunity,
  audit: "community.update",
  setup: async () => ({ id: await make.community() }),
  allowed: (c) => ["admin", fields({ communityId: c.id, description: "New words" })],
  denied: (c) => [["networkLeader", fields({ communityId: c.id }), notFoundResult], ["networkLeader", fields({ communityId: english() }), notFoundResult]],
  bad: (c) => [["admin", fields({ communityId: c.id, name: "" }), invalid("name")], ["admin", fields({ communityId: "nope" }), invalid("communityId")]],
});

describeAction("archive a community", t, {
  command: communities.setCommunityArchived,
  audit: "community.archive",
  setup: async () => ({ id: await make.community() }),
  allowed: (c) => ["admin", { communityId: c.id, archived: "on" }],
  denied: () => [["networkLeader", { communityId: english(), archived: "on" }, notFoundResult], ["teacher", { communityId: english(), archived: "on" }, notFoundResult]],
  bad: () => [["admin", { communityId: "", archived: "on" }, invalid("communityId")]],
});

describeAction("appoint a leader", t, {
  command: communities.appointLeader,
  audit: "community.appointLeader",
  setup: async () => {
    const id = await make.community();
    return { id, staff: await make.outsider(id) };
  },
  allowed: (c) => ["admin", { communityId: c.id, staffMemberId: c.staff }],
  denied: (c) => [["head", { communityId: c.id, staffMemberId: c.staff }, notFoundResult], ["networkLeader", { communityId: english(), staffMemberId: c.staff }, notFoundResult]],
  bad: (c) => [["admin", { communityId: c.id, staffMemberId: "someone" }, invalid("staffMemberId")]],
});

describeAction("remove a leader", t, {
  command: communities.removeLeader,
  audit: "community.removeLeader",
  setup: async () => {
    const id = await make.community();
    const staff = await make.outsider(id);
    const appointed = await communities.appointLeader.run(await trust.viewer("admin"), { communityId: id, staffMemberId: staff });
    if (!appointed.ok) throw new Error("could not appoint the leader");
    return { id, staff };
  },
  allowed: (c) => ["admin", { communityId: c.id, staffMemberId: c.staff }],
  denied: (c) => [["networkLeader", { communityId: c.id, staffMemberId: c.staff }, notFoundResult], ["trustee", { communityId: c.id, staffMemberId: c.staff }, notFoundResult]],
  bad: (c) => [["admin", { communityId: c.id }, invalid("staffMemberId")]],
});

describeAction("join a community", t, {
  command: communities.joinCommunity,
  audit: "community.join",
  setup: async () => ({ open: await make.community(true), closed: await make.community(false) }),
  allowed: (c) => ["teacher", { communityId: c.open }],
  denied: (c) => [["teacher", { communityId: c.closed }, inviteOnly], ["governor", { communityId: c.open }, notFoundResult]],
  bad: () => [["teacher", { communityId: "" }, invalid("communityId")]],
});

describeAction("leave a community", t, {
  command: communities.leaveCommunity,
  audit: "community.leave",
  setup: async () => {
    const id = await make.community();
    await make.member(id, (await trust.viewer("teacher")).staff!.id);
    return { id, other: await make.community() };
  },
  allowed: (c) => ["teacher", { communityId: c.id }],
  denied: (c) => [
    ["teacher", { communityId: c.other }, notFoundResult],
    ["governor", { communityId: c.id }, notFoundResult],
    ["networkLeader", { communityId: english() }, { ok: false, message: expect.stringContaining("Leaders step down") }],
  ],
  bad: () => [["teacher", { communityId: "english" }, invalid("communityId")]],
});

const person = async () => ({ staff: await make.outsider(trust.english) });
const memberOfEnglish = async () => {
  const staff = await make.outsider(trust.english);
  await make.member(trust.english, staff);
  return { staff };
};

/** Add, remove or invite: the English leader may; the maths leader and `other` are refused. */
const personCase = (command: ActionCase<{ staff: string }>["command"], audit: string, setup: () => Promise<{ staff: string }>, other: DemoKey) => {
  const form = (staff: string) => ({ communityId: english(), staffMemberId: staff });
  return {
    command, audit, setup,
    allowed: (c: { staff: string }): [DemoKey, FormFields] => ["networkLeader", form(c.staff)],
    denied: (c: { staff: string }): [DemoKey, FormFields, object][] => [["multiRole", form(c.staff), notFoundResult], [other, form(c.staff), notFoundResult]],
    bad: (): [DemoKey, FormFields, object][] => [["networkLeader", form("42"), invalid("staffMemberId")], ["networkLeader", { staffMemberId: "42" }, invalid("communityId")]],
  };
};

describeAction("add a member", t, personCase(communities.addMember, "community.addMember", person, "teacher"));
describeAction("remove a member", t, personCase(communities.removeMember, "community.removeMember", memberOfEnglish, "head"));
describeAction("invite a member", t, personCase(communities.inviteMember, "community.invite", person, "teacher"));

const inAWeek = () => utcToLondonLocal(new Date(Date.now() + 7 * 86_400_000));
const meetingFields = (extra: Record<string, string> = {}) => ({ communityId: trust.english, title: "Moderation", startsAt: inAWeek(), durationMinutes: "60", location: "", onlineUrl: "", agenda: "", ...extra });

/** A new record in the English community from `form`: its leader may; the maths leader and a teacher are refused; each of `bad` is a field error. */
const newRecordCase = (command: ActionCase<object>["command"], audit: string, form: (extra?: Record<string, string>) => FormFields, bad: Record<string, string>) => ({
  command, audit,
  allowed: (): [DemoKey, FormFields] => ["networkLeader", form()],
  denied: (): [DemoKey, FormFields, object][] => [["multiRole", form(), notFoundResult], ["teacher", form(), notFoundResult]],
  bad: () => Object.entries(bad).map(([field, value]): [DemoKey, FormFields, object] => ["networkLeader", form({ [field]: value }), invalid(field)]),
});

describeAction("schedule a meeting", t, newRecordCase(meetings.scheduleMeeting, "meeting.schedule", meetingFields, { durationMinutes: "0", startsAt: "2026-02-30T10:00" }));

/** One of the English community's records, by its id: the English leader may; the maths leader and a teacher are refused. */
const recordCase = (command: ActionCase<{ id: string }>["command"], audit: string, field: string, create: () => Promise<string>, badId: string) => ({
  command, audit,
  setup: async () => ({ id: await create() }),
  allowed: (c: { id: string }): [DemoKey, FormFields] => ["networkLeader", { [field]: c.id }],
  denied: (c: { id: string }): [DemoKey, FormFields, object][] => [["multiRole", { [field]: c.id }, notFoundResult], ["teacher", { [field]: c.id }, notFoundResult]],
  bad: (): [DemoKey, FormFields, object][] => [["networkLeader", { [field]: badId }, invalid(field)]],
});

describeAction("cancel a meeting", t, recordCase(meetings.cancelMeeting, "meeting.cancel", "meetingId", () => make.meeting(trust.english, 9), "tomorrow"));

describeAction("write the minutes", t, {
  command: meetings.saveMinutes,
  audit: "meeting.minutes",
  setup: async () => ({ id: await make.meeting(trust.english, -1) }),
  allowed: (c) => ["networkLeader", { meetingId: c.id, minutes: "Agreed a shared fluency assessment." }],
  denied: (c) => [["multiRole", { meetingId: c.id, minutes: "Hijack" }, notFoundResult], ["teacher", { meetingId: c.id, minutes: "Hijack" }, notFoundResult]],
  bad: (c) => [["networkLeader", { meetingId: c.id, minutes: "   " }, invalid("minutes")]],
});

describeAction("save a register (without closing it)", t, {
  command: meetings.saveRegister,
  audit: "meeting.registerSave",
  setup: async () => ({ id: await make.meeting(trust.english, -1), a: (await memberOfEnglish()).staff, b: (await memberOfEnglish()).staff }),
  // Two ticked boxes: the browser repeats the key.
  allowed: (c) => ["networkLeader", { meetingId: c.id, present: [c.a, c.b] }],
  denied: (c) => [["multiRole", { meetingId: c.id, present: [c.a] }, notFoundResult], ["head", { meetingId: c.id, present: [c.a] }, notFoundResult]],
  bad: (c) => [["networkLeader", { meetingId: "", present: [c.a] }, invalid("meetingId")]],
});

const resourceFields = (extra: Record<string, unknown> = {}) => ({ communityId: trust.english, title: `Reading list ${make.unique()}`, description: "", kind: "RESEARCH", url: "https://example.org/list", tags: "fluency", file: emptyFileInput(), ...extra });

describeAction("add a resource (a link, the file input left empty)", t, newRecordCase(library.addResource, "resource.add", resourceFields, { title: "", url: "" }));

describeAction("delete a resource", t, recordCase(library.deleteResource, "resource.delete", "resourceId", () => make.resource(trust.english, "networkLeader"), ""));

const expertiseFields = (extra: Record<string, string> = {}) => ({ id: "", area: "Phonics", level: "EXPERIENCED", description: "", ...extra });

describeAction("save expertise", t, {
  command: library.saveExpertise,
  audit: "expertise.add",
  setup: async () => ({ others: await make.expertise("head") }),
  allowed: () => ["teacher", { ...expertiseFields(), willingToSupport: "on" }],
  denied: (c) => [["teacher", expertiseFields({ id: c.others }), notFoundResult], ["governor", expertiseFields(), notFoundResult]],
  bad: () => [["teacher", expertiseFields({ level: "GURU" }), invalid("level")], ["teacher", expertiseFields({ area: "" }), invalid("area")]],
});

describeAction("delete expertise", t, {
  command: library.deleteExpertise,
  audit: "expertise.delete",
  setup: async () => ({ id: await make.expertise("teacher") }),
  allowed: (c) => ["teacher", { id: c.id }],
  denied: (c) => [["head", { id: c.id }, notFoundResult], ["networkLeader", { id: c.id }, notFoundResult]],
  bad: () => [["teacher", { id: "mine" }, invalid("id")]],
});
