// The resource library and the expertise directory: adding, searching (full-text, ranked) and who may.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addResource, deleteExpertise, saveExpertise } from "@/lib/communities/library/commands";
import { resourceSearchParams, expertiseSearchParams } from "@/lib/communities/schema";
import { myExpertise, searchExpertise, searchResources } from "@/lib/communities/search/queries";
import type { DemoKey } from "../support/fixtures";
import { notFound, notFoundResult, seedCommunityTrust } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
beforeAll(async () => {
  trust = await seedCommunityTrust();
});

const resources = (q: Record<string, string>) => resourceSearchParams.parse(q);
const expertise = (q: Record<string, string>) => expertiseSearchParams.parse(q);

describe("resources", () => {
  it("a leader adds a link; a title match outranks a description match", async () => {
    const leader = await trust.viewer("networkLeader");
    const base = { communityId: trust.english, kind: "RESEARCH", description: "" };
    expect(await addResource.run(leader, { ...base, title: "Zebrafish phonics decoding study", url: "https://example.org/a", tags: "Phonics, Early reading" })).toMatchObject({ ok: true });
    expect(await addResource.run(leader, { ...base, title: "Weekly bulletin", description: "Mentions zebrafish once", url: "https://example.org/b" })).toMatchObject({ ok: true });
    const hits = await searchResources(await trust.viewer("teacher"), resources({ q: "zebrafish" }));
    expect(hits.rows.map((r) => r.title)).toEqual(["Zebrafish phonics decoding study", "Weekly bulletin"]);
    const tagged = await searchResources(leader, resources({ q: "early reading", kind: "RESEARCH" }));
    expect(tagged.rows[0]).toMatchObject({ title: "Zebrafish phonics decoding study", tags: ["phonics", "early reading"] });
  });

  it("an upload is stored through the storage interface with purpose RESOURCE", async () => {
    const leader = await trust.viewer("networkLeader");
    const file = new File([Buffer.from("%PDF-1.7\nhello")], "handout.pdf", { type: "application/pdf" });
    const result = await addResource.run(leader, { communityId: trust.english, title: "Handout", kind: "OTHER", file });
    expect(result).toMatchObject({ ok: true });
    const saved = await db().resource.findFirstOrThrow({ where: { title: "Handout" }, include: { file: true } });
    expect(saved.file).toMatchObject({ purpose: "RESOURCE", name: "handout.pdf", contentType: "application/pdf" });
    const bad = new File([Buffer.from("MZ")], "virus.exe");
    expect(await addResource.run(leader, { communityId: trust.english, title: "Bad", kind: "OTHER", file: bad })).toMatchObject({ ok: false, fieldErrors: { file: [expect.any(String)] } });
  });

  it("needs a link or a file and a title; a member or another community's leader cannot add", async () => {
    const leader = await trust.viewer("networkLeader");
    const before = await db().resource.count();
    expect(await addResource.run(leader, { communityId: trust.english, title: "", kind: "OTHER", url: "" })).toMatchObject({ ok: false, fieldErrors: { title: ["Enter a title."] } });
    expect(await addResource.run(leader, { communityId: trust.english, title: "Nothing", kind: "OTHER" })).toMatchObject({ ok: false, fieldErrors: { url: [expect.any(String)] } });
    const link = { title: "Sneaky", kind: "OTHER", url: "https://example.org" };
    expect(await addResource.run(await trust.viewer("teacher"), { ...link, communityId: trust.english })).toEqual(notFoundResult);
    expect(await addResource.run(leader, { ...link, communityId: trust.maths })).toEqual(notFoundResult);
    expect(await db().resource.count()).toBe(before);
  });
});

describe("expertise", () => {
  it("staff add and edit their own entries; not someone else's", async () => {
    const teacher = await trust.viewer("teacher");
    const added = await saveExpertise.run(teacher, { area: "A-level chemistry", level: "EXPERIENCED", description: "Practical endorsement", willingToSupport: "on" });
    expect(added).toMatchObject({ ok: true });
    const id = added.ok ? added.data.id : "";
    expect(await saveExpertise.run(teacher, { id, area: "A-level chemistry", level: "LEADING_PRACTITIONER", willingToSupport: "on" })).toMatchObject({ ok: true });
    expect(await myExpertise(teacher)).toEqual([expect.objectContaining({ id, level: "LEADING_PRACTITIONER", willingToSupport: true })]);
    const head = await trust.viewer("head");
    expect(await saveExpertise.run(head, { id, area: "Hijacked", level: "DEVELOPING" })).toEqual(notFoundResult);
    expect(await deleteExpertise.run(head, { id })).toEqual(notFoundResult);
    expect(await saveExpertise.run(teacher, { area: "", level: "DEVELOPING" })).toMatchObject({ ok: false, fieldErrors: { area: ["Enter a subject or skill."] } });
  });

  it("the directory finds 'A-level chemistry' and filters by school, cluster, level and willingness", async () => {
    const head = await trust.viewer("head");
    const teacher = await trust.viewer("teacher");
    const hits = await searchExpertise(head, expertise({ q: "A-level chemistry" }));
    expect(hits.rows[0]).toMatchObject({ area: "A-level chemistry", staffMemberId: teacher.staff!.id });
    const school = teacher.staff!.schoolId;
    const bySchool = await searchExpertise(head, expertise({ school, willing: "1", level: "LEADING_PRACTITIONER" }));
    expect(bySchool.rows.length).toBeGreaterThan(0);
    expect(bySchool.rows.every((r) => r.schoolId === school && r.willingToSupport && r.level === "LEADING_PRACTITIONER")).toBe(true);
    expect(bySchool.rows.map((r) => r.staffMemberId)).toContain(teacher.staff!.id);
    const cluster = trust.built.schools.find((s) => s.id === school)!.clusterId;
    const other = trust.built.clusters.find((c) => c.id !== cluster)!;
    expect((await searchExpertise(head, expertise({ q: "A-level chemistry", cluster: other.id }))).rows.some((r) => r.staffMemberId === teacher.staff!.id)).toBe(false);
  });

  const cases: [DemoKey, boolean][] = [
    ["teacher", true], ["seniorLeader", true], ["head", true], ["networkLeader", true],
    ["governor", false], ["trustee", false], ["admin", true], ["multiRole", true],
  ];
  for (const [key, allowed] of cases) {
    it(`${key}: ${allowed ? "may" : "may not"} search the library and the directory`, async () => {
      const viewer = await trust.viewer(key);
      if (allowed) {
        await expect(searchResources(viewer, resources({}))).resolves.toMatchObject({ total: expect.any(Number) });
        await expect(searchExpertise(viewer, expertise({}))).resolves.toMatchObject({ total: expect.any(Number) });
      } else {
        await expect(searchResources(viewer, resources({}))).rejects.toEqual(notFound);
        await expect(searchExpertise(viewer, expertise({}))).rejects.toEqual(notFound);
      }
    });
  }
});
