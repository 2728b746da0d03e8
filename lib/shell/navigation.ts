import "server-only";
// The portal's information architecture, in one place: a handful of sections named for what people
// do, each with its pages. Every page is offered only when the permission registry (lib/access/policy.ts)
// allows it, the same answers the pages and queries behind the links give; a section with no page left
// is not shown. Adding a slice adds one entry to one section below (decision 019).
import type { Route } from "next";
import { canAny, hasRole, visibleSchools, type Viewer } from "@/lib/access/policy";
import type { NavLink, NavSection } from "./nav-match";

export type { NavLink, NavSection } from "./nav-match";

/**
 * What the roles cannot say: `ects` when the viewer is an ECT or mentors or tutors one
 * (lib/inductions/queries.ts `hasInductionRelation`); `reviews` when they lead or sit on a review, or
 * are a school's critical friend, without a role that reads reviews (lib/reviews/queries.ts `hasReviewRelation`).
 */
export type Relations = { ects?: boolean; reviews?: boolean };

type Entry = { href: Route; label: string; also?: string[]; show: (v: Viewer, r: Relations) => boolean };
type SectionDef = { id: string; label: string | ((v: Viewer) => string); entries: Entry[] };

const any = (...permissions: Parameters<typeof canAny>[1][]) => (v: Viewer) => permissions.some((p) => canAny(v, p));

const SECTIONS: SectionDef[] = [
  { id: "home", label: "Home", entries: [{ href: "/", label: "Home", show: () => true }] },
  {
    id: "development",
    label: "My development",
    entries: [
      { href: "/development", label: "My development", show: any("activity:view:own") },
      // An ECT, mentor or tutor without a school role reaches their inductions here; leaders under their school.
      { href: "/inductions", label: "Inductions", show: (v, r) => Boolean(r.ects) && !canAny(v, "induction:view:any") },
      { href: "/performance", label: "Performance development", show: any("appraisal:view:own") },
      { href: "/programme", label: "CPD programme", show: any("course:book:own") },
      { href: "/development/aspirations", label: "My aspirations", show: any("aspiration:edit:own") },
      { href: "/voice", label: "Staff survey", show: any("survey:answer:own") },
      { href: "/development/export", label: "Download my record", show: any("export:own") },
    ],
  },
  {
    id: "school",
    // One school (a teacher, a head, a governor) reads as theirs; the trust's people see every school.
    label: (v) => {
      const schools = visibleSchools(v);
      return schools !== "all" && schools.length === 1 ? "My school" : "Schools";
    },
    entries: [
      { href: "/schools", label: "Schools", show: any("school:view") },
      { href: "/staff", label: "Staff directory", show: any("staff:view") },
      { href: "/verification", label: "Verification", show: any("staff:view") },
      { href: "/school-development", label: "School development", show: any("staff:view") },
      { href: "/inductions", label: "Inductions", show: any("induction:view:any") },
      // Leaders and governors reach their school's; trustees and the trust admin the grid of every school.
      { href: "/priorities", label: "Improvement priorities", show: any("priority:view") },
      // A head appoints their school's senior leaders; the trust admin manages every account under Trust administration.
      { href: "/accounts", label: "Accounts and roles", show: (v) => canAny(v, "leader:appoint") && !canAny(v, "role:manage") },
      // Coaching and drop-in visits: a teacher's own, a head's school's, the trust's numbers.
      { href: "/coaching", label: "Coaching", show: any("coaching:view:own", "coaching:view:any", "coaching:numbers") },
      { href: "/drop-ins", label: "Drop-in visits", show: any("dropin:view:own", "dropin:record", "dropin:view:any") },
      // Heads keep their school's plan; the trust admin reaches every school's from the trust's pipeline.
      { href: "/succession", label: "Succession and talent", show: (v) => canAny(v, "succession:manage") && !canAny(v, "trust:admin") },
      // A school's leaders read their school's results here; governors and trustees under Governance.
      { href: "/voice/results", label: "Staff survey results", show: (v) => canAny(v, "survey:results") && canAny(v, "staff:view") && !canAny(v, "trust:admin") },
      { href: "/workload", label: "Workload impact", show: (v) => canAny(v, "workload:propose") && !canAny(v, "trust:admin") },
      // Retention (issue 20 §3): a head's school's here; governors and trustees under Governance, the trust admin under Trust administration.
      { href: "/retention", label: "Retention", show: (v) => canAny(v, "retention:view") && canAny(v, "staff:view") && !canAny(v, "trust:admin") },
    ],
  },
  {
    id: "communities",
    label: "Communities",
    entries: [
      { href: "/communities", label: "Communities", show: any("community:view") },
      { href: "/resources", label: "Resources", show: any("community:view") },
      { href: "/expertise", label: "Expertise", show: any("community:view") },
    ],
  },
  {
    id: "reviews",
    label: "Reviews",
    entries: [
      { href: "/reviews", label: "Reviews", show: (v, r) => canAny(v, "review:view") || Boolean(r.reviews) },
      { href: "/reviews/board", label: "CSI board", show: any("csi-board:view") },
      { href: "/reviews/capacity", label: "Capacity pairing", show: any("csi-support:manage") },
    ],
  },
  {
    id: "governance",
    label: "Governance",
    entries: [
      { href: "/governance", label: "Governance", show: any("trust:aggregates") },
      { href: "/governance/board-pack", label: "Board pack", show: any("trust:aggregates") },
      { href: "/governance/entry", label: "Enter metric values", show: any("metric:edit") },
      { href: "/governance/import", label: "Import metric values", show: any("metric:edit") },
      { href: "/governance/metrics", label: "Metric definitions", show: any("metric:define") },
      { href: "/governance/training", label: "Governance training", show: any("governance:train", "governance:oversee") },
      { href: "/governance/pipeline", label: "Leadership pipeline", show: (v) => canAny(v, "trust:aggregates") && !canAny(v, "trust:admin") },
      // Without a staff record: the trust's completion rates, or the heads whose appraisal panel a governor sits on.
      { href: "/performance", label: "Performance development", show: (v) => !canAny(v, "appraisal:view:own") && (canAny(v, "appraisal-completion:view") || hasRole(v, "LOCAL_GOVERNOR")) },
      { href: "/voice/results", label: "Staff survey results", show: (v) => !canAny(v, "trust:admin") && (canAny(v, "survey:headline") || (canAny(v, "survey:results") && !canAny(v, "staff:view"))) },
      { href: "/workload", label: "Workload impact", show: (v) => canAny(v, "workload:view") && !canAny(v, "workload:propose") },
      { href: "/retention", label: "Retention", show: (v) => canAny(v, "retention:view") && !canAny(v, "staff:view") },
    ],
  },
  {
    id: "admin",
    label: "Trust administration",
    entries: [
      { href: "/trust-development", label: "Trust development", show: any("trust:admin") },
      { href: "/accounts", label: "Accounts and roles", show: any("role:manage") },
      { href: "/admin/clusters", label: "Clusters", show: any("school:manage") },
      { href: "/admin/imports", label: "School register", also: ["/admin/schools"], show: any("trust:admin") },
      { href: "/admin/sessions", label: "Sessions", also: ["/admin/users"], show: any("trust:admin") },
      { href: "/admin/audit", label: "Audit log", show: any("trust:admin") },
      { href: "/admin/access-log", label: "Access log", show: any("access-log:search") },
      { href: "/admin/exports", label: "Subject access", show: any("export:any") },
      { href: "/admin/retention", label: "Retention and erasure", also: ["/admin/erasure"], show: any("retention:manage") },
      { href: "/admin/data-map", label: "Data map", show: any("data-map:view") },
      { href: "/admin/outbox", label: "Outbox", show: any("trust:admin") },
      { href: "/admin/jobs", label: "Failed jobs", show: any("jobs:manage") },
      // The trust admin runs the programme without a staff record of their own; staff reach it under My development.
      { href: "/programme", label: "CPD programme", show: (v) => canAny(v, "course:view") && !canAny(v, "course:book:own") },
      { href: "/trust-pipeline", label: "Leadership pipeline", also: ["/succession"], show: any("trust:admin") },
      { href: "/voice/results", label: "Staff surveys", also: ["/voice/build"], show: any("trust:admin") },
      { href: "/workload", label: "Workload impact", show: any("trust:admin") },
      { href: "/retention", label: "Retention", show: any("trust:admin") },
    ],
  },
];

/** The sections the viewer can use, each with the pages of it they may open; its link is its first page. */
export function navigationFor(viewer: Viewer, relations: Relations = {}): NavSection[] {
  return SECTIONS.flatMap((section) => {
    const items = section.entries.filter((e) => e.show(viewer, relations)).map(({ href, label, also }) => (also ? { href, label, also } : { href, label }));
    if (!items.length) return [];
    return [{ id: section.id, label: typeof section.label === "string" ? section.label : section.label(viewer), href: items[0]!.href, items }];
  });
}

/** The account menu, apart from the sections: one's own sign-in, and (for staff) who opened one's records. */
export function accountLinks(viewer: Viewer): NavLink[] {
  return [
    { href: "/account/security", label: "Sign-in and security" },
    ...(canAny(viewer, "access-log:view:own") ? [{ href: "/account/access" as const, label: "Who opened my records" }] : []),
    { href: "/privacy", label: "Privacy: what the portal holds" },
  ];
}
