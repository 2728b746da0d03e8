import "server-only";
// What the navigation offers each viewer: only what their roles allow, asked of the permission
// registry (lib/auth/policy.ts), the same answers the pages and queries behind these links give.
import { can, canAny, type Viewer } from "./policy";

export type NavItem = { href: string; label: string };

/**
 * `relations` are what the roles cannot say: `ects` when the viewer is an ECT or mentors or tutors one
 * (lib/inductions/queries.ts `hasInductionRelation`), who then reaches "My ECTs" or "My induction" under Inductions.
 */
export function navigationFor(viewer: Viewer, relations: { ects?: boolean } = {}): NavItem[] {
  const items: NavItem[] = [{ href: "/", label: "Home" }];
  if (canAny(viewer, "activity:view:own")) items.push({ href: "/development", label: "My development" });
  if (canAny(viewer, "school:view")) items.push({ href: "/schools", label: "Schools" });
  if (canAny(viewer, "staff:view")) {
    items.push(
      { href: "/staff", label: "Staff directory" },
      { href: "/verification", label: "Verification" },
      { href: "/school-development", label: "School development" },
    );
  }
  // ECT inductions (decision 018): a school's leaders and the trust admin; ECTs, their mentors and tutors.
  if (canAny(viewer, "induction:view:any") || relations.ects) items.push({ href: "/inductions", label: "Inductions" });
  if (can(viewer, "community:view")) {
    items.push({ href: "/communities", label: "Communities" }, { href: "/resources", label: "Resources" }, { href: "/expertise", label: "Expertise" });
  }
  if (can(viewer, "trust:admin")) items.push({ href: "/trust-development", label: "Trust development" }, { href: "/admin/audit", label: "Audit log" }, { href: "/admin/sessions", label: "Sessions" });
  // CSI reviews: whoever reads some school's published reviews (heads also review other schools from here).
  if (canAny(viewer, "review:view")) items.push({ href: "/reviews", label: "Reviews" });
  // Governance (issue 10): the trust's metrics for trustees and the admin; governors and heads reach their school's from home.
  if (canAny(viewer, "trust:aggregates")) items.push({ href: "/governance", label: "Governance" });
  if (canAny(viewer, "governance:train") || canAny(viewer, "governance:oversee")) items.push({ href: "/governance/training", label: "Governance training" });
  // Running the trust (issue 11): accounts and roles for the trust admin, and for heads their school's senior leaders.
  if (canAny(viewer, "role:manage") || canAny(viewer, "leader:appoint")) items.push({ href: "/accounts", label: "Accounts and roles" });
  if (can(viewer, "school:manage")) items.push({ href: "/admin/clusters", label: "Clusters" });
  if (can(viewer, "trust:admin")) items.push({ href: "/admin/imports", label: "School register" });
  if (can(viewer, "trust:admin")) items.push({ href: "/admin/outbox", label: "Outbox" });
  if (can(viewer, "jobs:manage")) items.push({ href: "/admin/jobs", label: "Failed jobs" });
  items.push({ href: "/account/security", label: "Account" });
  return items;
}

export const ROLE_LABELS: Record<string, string> = {
  STAFF: "Staff",
  SENIOR_LEADER: "Senior leader",
  HEADTEACHER: "Headteacher",
  NETWORK_LEADER: "Network leader",
  LOCAL_GOVERNOR: "Local governor",
  TRUSTEE: "Trustee",
  TRUST_ADMIN: "Trust admin",
};
