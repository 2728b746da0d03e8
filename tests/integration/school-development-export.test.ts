// The CSV export answers an out-of-scope request by sending it to the page, which answers with the
// portal's 404 page (a route handler's own notFound() is an empty body).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { seedCpdTrust } from "./cpd-fixture";

const current: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/lib/access/viewer", () => ({ requireViewer: async () => current.viewer }));
const { GET } = await import("@/app/(portal)/school-development/export/route");

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
beforeAll(async () => {
  trust = await seedCpdTrust();
});

const exportOf = (query: string) => GET(new Request(`http://portal.test/school-development/export${query}`));
const redirectTo = (url: string) => expect.objectContaining({ digest: expect.stringContaining(`;${url};`) });

describe("school development CSV export", () => {
  it("gives the head their school's CSV", async () => {
    current.viewer = await trust.viewer("head");
    const res = await exportOf("?category=TEACHER");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(await res.text()).toContain("Training compliance");
  });

  it("sends another school's export to the page, which is the portal's 404", async () => {
    const head = await trust.viewer("head");
    const other = trust.built.schools.find((s) => s.id !== head.staff!.schoolId)!;
    current.viewer = head;
    await expect(exportOf(`?school=${other.id}&category=TEACHER`)).rejects.toEqual(redirectTo(`/school-development?school=${other.id}&category=TEACHER`));
  });

  it("does the same for people who read no named records (teachers, governors, trustees)", async () => {
    for (const key of ["teacher", "governor", "trustee"] as const) {
      current.viewer = await trust.viewer(key);
      await expect(exportOf("")).rejects.toEqual(redirectTo("/school-development"));
    }
  });
});
