// Whatever is typed into a URL reaches the database only as clean text and whole page numbers:
// NUL bytes (which PostgreSQL text cannot hold) and absurd numbers give results, never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { expertiseSearchParams, memberSearchParams, resourceSearchParams } from "@/lib/communities/schema";
import { searchExpertise, searchResources } from "@/lib/communities/search/queries";
import { schoolDevelopment } from "@/lib/cpd/reports/queries";
import { schoolDevelopmentParams } from "@/lib/cpd/schema";
import { staffDirectoryParams } from "@/lib/people/schema";
import { staffDirectory } from "@/lib/people/queries";
import { seedCommunityTrust } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
beforeAll(async () => {
  trust = await seedCommunityTrust();
});

const nul = { q: "ph\u0000onics", subject: "Eng\u0000lish", page: "1e400" };

describe("URL parameters with a NUL byte or an absurd page", () => {
  it("parse to clean values", () => {
    expect(resourceSearchParams.parse(nul)).toMatchObject({ q: "phonics", page: 1 });
    expect(expertiseSearchParams.parse(nul)).toMatchObject({ q: "phonics", page: 1 });
    expect(memberSearchParams.parse(nul)).toMatchObject({ q: "phonics" });
    expect(staffDirectoryParams.parse(nul)).toMatchObject({ q: "phonics", page: 1 });
    expect(schoolDevelopmentParams.parse(nul)).toMatchObject({ subject: "English" });
  });

  it("run their queries, answering as the same words without the NUL would", async () => {
    const teacher = await trust.viewer("teacher");
    const admin = await trust.viewer("admin");
    const head = await trust.viewer("head");
    const clean = { q: "phonics", subject: "English", page: "1" };
    const resources = await searchResources(teacher, resourceSearchParams.parse(nul));
    expect(resources.total).toBeGreaterThan(0);
    expect(resources).toEqual(await searchResources(teacher, resourceSearchParams.parse(clean)));
    expect(await searchExpertise(teacher, expertiseSearchParams.parse(nul))).toEqual(await searchExpertise(teacher, expertiseSearchParams.parse(clean)));
    expect(await staffDirectory(admin, staffDirectoryParams.parse(nul))).toEqual(await staffDirectory(admin, staffDirectoryParams.parse(clean)));
    expect(await schoolDevelopment(head, schoolDevelopmentParams.parse(nul))).toEqual(await schoolDevelopment(head, schoolDevelopmentParams.parse(clean)));
  });
});
