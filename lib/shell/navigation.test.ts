import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { currentIn } from "./nav-match";
import { accountLinks, navigationFor, type Relations } from "./navigation";
import type { Viewer } from "@/lib/access/policy";

const OWN = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const COMMUNITY = "00000000-0000-4000-8000-0000000000c1";

function viewer(...roles: [Role, { schoolId?: string; communityId?: string }?][]): Viewer {
  return {
    userId: "u",
    trustId: "t",
    name: "Test",
    email: "t@example.org",
    staff: { id: "s", schoolId: OWN },
    roles: roles.map(([role, scope], i) => ({ id: `r${i}`, role, schoolId: scope?.schoolId ?? null, communityId: scope?.communityId ?? null })),
  };
}
const noStaff = (v: Viewer): Viewer => ({ ...v, staff: null });

const ROLES = {
  staff: { viewer: viewer(["STAFF"]), relations: { ects: true } },
  senior: { viewer: viewer(["STAFF"], ["SENIOR_LEADER", { schoolId: OWN }]), relations: {} },
  head: { viewer: viewer(["STAFF"], ["HEADTEACHER", { schoolId: OWN }]), relations: {} },
  leader: { viewer: viewer(["STAFF"], ["NETWORK_LEADER", { communityId: COMMUNITY }]), relations: {} },
  governor: { viewer: noStaff(viewer(["LOCAL_GOVERNOR", { schoolId: OTHER }])), relations: {} },
  trustee: { viewer: noStaff(viewer(["TRUSTEE"])), relations: {} },
  admin: { viewer: noStaff(viewer(["TRUST_ADMIN"])), relations: {} },
  multi: { viewer: viewer(["STAFF"], ["NETWORK_LEADER", { communityId: COMMUNITY }], ["LOCAL_GOVERNOR", { schoolId: OTHER }]), relations: {} },
  criticalFriend: { viewer: noStaff(viewer()), relations: { reviews: true } },
} satisfies Record<string, { viewer: Viewer; relations: Relations }>;

// The flat header each role had before the sections (issue 15): every one of its destinations must still be reached.
const OLD_HEADER: Record<keyof typeof ROLES, string[]> = {
  staff: ["/", "/development", "/schools", "/inductions", "/communities", "/resources", "/expertise"],
  senior: ["/", "/development", "/schools", "/staff", "/verification", "/school-development", "/inductions", "/communities", "/resources", "/expertise", "/reviews"],
  head: ["/", "/development", "/schools", "/staff", "/verification", "/school-development", "/inductions", "/communities", "/resources", "/expertise", "/reviews", "/accounts"],
  leader: ["/", "/development", "/schools", "/communities", "/resources", "/expertise"],
  governor: ["/", "/schools", "/reviews", "/governance/training"],
  trustee: ["/", "/schools", "/reviews", "/governance", "/governance/training"],
  admin: ["/", "/schools", "/staff", "/verification", "/school-development", "/inductions", "/communities", "/resources", "/expertise", "/trust-development", "/admin/audit", "/admin/sessions", "/reviews", "/governance", "/governance/training", "/accounts", "/admin/clusters", "/admin/imports", "/admin/outbox", "/admin/jobs"],
  multi: ["/", "/development", "/schools", "/communities", "/resources", "/expertise", "/reviews", "/governance/training"],
  criticalFriend: ["/"],
};

const sectionsOf = (key: keyof typeof ROLES) => navigationFor(ROLES[key].viewer, ROLES[key].relations);
const labels = (key: keyof typeof ROLES) => sectionsOf(key).map((s) => s.label);

describe("navigation", () => {
  it("offers each role only the sections it can use", () => {
    expect(labels("staff")).toEqual(["Home", "My development", "My school", "Communities"]);
    expect(labels("senior")).toEqual(["Home", "My development", "My school", "Communities", "Reviews"]);
    expect(labels("head")).toEqual(["Home", "My development", "My school", "Communities", "Reviews"]);
    expect(labels("leader")).toEqual(["Home", "My development", "My school", "Communities"]);
    expect(labels("governor")).toEqual(["Home", "My school", "Reviews", "Governance"]);
    expect(labels("trustee")).toEqual(["Home", "Schools", "Reviews", "Governance"]);
    expect(labels("admin")).toEqual(["Home", "Schools", "Communities", "Reviews", "Governance", "Trust administration"]);
    expect(labels("multi")).toEqual(["Home", "My development", "Schools", "Communities", "Reviews", "Governance"]);
  });

  it("reaches every destination of the old header, for every role", () => {
    for (const key of Object.keys(ROLES) as (keyof typeof ROLES)[]) {
      const hrefs = sectionsOf(key).flatMap((s) => s.items.map((i) => i.href));
      expect(hrefs, key).toEqual(expect.arrayContaining(OLD_HEADER[key]));
      expect(new Set(hrefs).size, `${key}: a page in one section only`).toBe(hrefs.length);
    }
  });

  it("gives a critical friend with no other role a Reviews entry, and nobody else without a reviews role", () => {
    expect(labels("criticalFriend")).toEqual(["Home", "Reviews"]);
    expect(navigationFor(ROLES.criticalFriend.viewer).map((s) => s.label)).toEqual(["Home"]);
    expect(labels("leader")).not.toContain("Reviews");
  });

  it("puts Inductions under My development for an ECT's mentor, under the school for its leaders", () => {
    expect(sectionsOf("staff").find((s) => s.label === "My development")?.items.map((i) => i.label)).toEqual(["My development", "Inductions", "Performance development", "CPD programme", "My aspirations", "Staff survey", "Download my record"]);
    expect(sectionsOf("head").find((s) => s.label === "My school")?.items.map((i) => i.label)).toEqual(["Schools", "Staff directory", "Verification", "School development", "Inductions", "Improvement priorities", "Accounts and roles", "Coaching", "Drop-in visits", "Succession and talent", "Staff survey results", "Workload impact", "Retention"]);
  });

  it("offers the CPD programme to staff under My development and to the trust admin under Trust administration", () => {
    const sectionOf = (key: keyof typeof ROLES) => sectionsOf(key).filter((s) => s.items.some((i) => i.href === "/programme")).map((s) => s.label);
    for (const key of ["staff", "senior", "head", "leader", "multi"] as const) expect(sectionOf(key), key).toEqual(["My development"]);
    expect(sectionOf("admin")).toEqual(["Trust administration"]);
    for (const key of ["governor", "trustee", "criticalFriend"] as const) expect(sectionOf(key), key).toEqual([]);
  });

  it("offers improvement priorities to a school's leaders and governors and the trust's people, not to teachers", () => {
    const hrefs = (key: keyof typeof ROLES) => sectionsOf(key).flatMap((s) => s.items.map((i) => i.href));
    for (const key of ["senior", "head", "governor", "trustee", "admin"] as const) expect(hrefs(key), key).toContain("/priorities");
    for (const key of ["staff", "leader", "criticalFriend"] as const) expect(hrefs(key), key).not.toContain("/priorities");
  });

  it("offers the staff survey to staff, its results to school leaders under the school, to governors and trustees under Governance", () => {
    const where = (key: keyof typeof ROLES) => sectionsOf(key).flatMap((s) => s.items.filter((i) => i.href.startsWith("/voice")).map((i) => `${s.id} ${i.href}`));
    expect(where("staff")).toEqual(["development /voice"]);
    expect(where("head")).toEqual(["development /voice", "school /voice/results"]);
    expect(where("governor")).toEqual(["governance /voice/results"]);
    expect(where("trustee")).toEqual(["governance /voice/results"]);
    expect(where("admin")).toEqual(["admin /voice/results"]);
  });

  it("offers retention to a head under the school, to governors and trustees under Governance, to the trust admin under Trust administration, to no one else", () => {
    const where = (key: keyof typeof ROLES) => sectionsOf(key).flatMap((s) => s.items.filter((i) => i.href === "/retention").map(() => s.id));
    expect(where("head")).toEqual(["school"]);
    expect(where("governor")).toEqual(["governance"]);
    expect(where("trustee")).toEqual(["governance"]);
    expect(where("admin")).toEqual(["admin"]);
    for (const key of ["staff", "senior", "leader", "criticalFriend"] as const) expect(where(key), key).toEqual([]);
  });

  it("offers metric definitions under Governance to the trust admin only", () => {
    const hrefs = (key: keyof typeof ROLES) => sectionsOf(key).flatMap((s) => s.items.map((i) => i.href));
    expect(hrefs("admin")).toContain("/governance/metrics");
    for (const key of ["trustee", "governor", "head", "staff"] as const) expect(hrefs(key)).not.toContain("/governance/metrics");
  });

  it("marks the page a path is at or under, and its section", () => {
    const admin = sectionsOf("admin");
    const at = (path: string) => {
      const found = currentIn(admin, path);
      return found && `${found.section.label} › ${found.item.label}`;
    };
    expect(at("/")).toBe("Home › Home");
    expect(at("/reviews/cycles/abc")).toBe("Reviews › Reviews");
    expect(at("/reviews/board")).toBe("Reviews › CSI board");
    expect(at("/governance/training")).toBe("Governance › Governance training");
    expect(at("/governance/schools/abc")).toBe("Governance › Governance");
    expect(at("/admin/imports/abc")).toBe("Trust administration › School register");
    expect(at("/admin/schools/abc")).toBe("Trust administration › School register");
    expect(at("/staff/import/abc")).toBe("Schools › Staff directory");
    expect(at("/priorities/abc")).toBe("Schools › Improvement priorities");
    expect(at("/account/security")).toBeNull();
    expect(at("/reviewsx")).toBeNull();
  });

  it("offers retention, erasure and the data map to the trust admin only, and the privacy page to everyone", () => {
    const hrefs = (key: keyof typeof ROLES) => sectionsOf(key).flatMap((s) => s.items.map((i) => i.href));
    expect(sectionsOf("admin").find((s) => s.id === "admin")?.items.map((i) => i.href)).toEqual(expect.arrayContaining(["/admin/retention", "/admin/data-map"]));
    const keys = Object.keys(ROLES) as (keyof typeof ROLES)[];
    for (const key of keys.filter((k) => k !== "admin")) expect(hrefs(key), key).not.toContain("/admin/retention");
    for (const key of keys) expect(accountLinks(ROLES[key].viewer).map((l) => l.href), key).toContain("/privacy");
  });
});
