// The access policy of DESIGN.md, in one place. Pure functions of the viewer: every query
// builds its `where` from these, and every action asks `can` before it writes.
import type { Role } from "@/lib/db/generated/enums";

export type RoleAssignmentLite = { id: string; role: Role; schoolId: string | null; communityId: string | null };

export type Viewer = {
  userId: string;
  trustId: string;
  name: string;
  email: string;
  /** The viewer's own employment, when they are staff. */
  staff: { id: string; schoolId: string } | null;
  roles: RoleAssignmentLite[];
};

/** "all" means every school (or community) of the viewer's trust. */
export type Scope = "all" | string[];

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];

export const hasRole = (v: Viewer, ...roles: Role[]) => v.roles.some((r) => roles.includes(r.role));
export const isTrustAdmin = (v: Viewer) => hasRole(v, "TRUST_ADMIN");

function schoolsWithRole(v: Viewer, roles: Role[]): string[] {
  return unique(v.roles.filter((r) => roles.includes(r.role)).map((r) => r.schoolId));
}

/** Schools whose named staff records (development, CPD) the viewer may read. */
export function staffRecordSchools(v: Viewer): Scope {
  if (isTrustAdmin(v)) return "all";
  return schoolsWithRole(v, ["HEADTEACHER", "SENIOR_LEADER"]);
}

/** Schools whose aggregates and metrics the viewer may read (no named records). */
export function aggregateSchools(v: Viewer): Scope {
  if (hasRole(v, "TRUST_ADMIN", "TRUSTEE")) return "all";
  return schoolsWithRole(v, ["HEADTEACHER", "SENIOR_LEADER", "LOCAL_GOVERNOR"]);
}

/** Schools whose page (profile, head, staff count) the viewer may open: aggregates plus their own school. */
export function visibleSchools(v: Viewer): Scope {
  const aggregates = aggregateSchools(v);
  if (aggregates === "all") return "all";
  return unique([...aggregates, v.staff?.schoolId ?? null]);
}

/** Communities the viewer leads (may manage members, meetings, resources). */
export function ledCommunities(v: Viewer): Scope {
  if (isTrustAdmin(v)) return "all";
  return unique(v.roles.filter((r) => r.role === "NETWORK_LEADER").map((r) => r.communityId));
}

export const inScope = (scope: Scope, id: string | null | undefined) =>
  Boolean(id) && (scope === "all" || scope.includes(id as string));

export const scopeIsEmpty = (scope: Scope) => scope !== "all" && scope.length === 0;

export type Action =
  | "school.view"
  | "school.viewAggregates"
  | "staff.view"
  | "staff.edit"
  | "cpd.verify"
  | "community.manage"
  | "trust.admin";

/**
 * May the viewer do `action` to a record of this school (or community)? Records of the
 * viewer themselves are decided by the domain (own CPD is always the owner's).
 */
export function can(v: Viewer, action: Action, target: { schoolId?: string | null; communityId?: string | null } = {}): boolean {
  switch (action) {
    case "school.view":
      return inScope(visibleSchools(v), target.schoolId);
    case "school.viewAggregates":
      return inScope(aggregateSchools(v), target.schoolId);
    case "staff.view":
    case "staff.edit":
    case "cpd.verify":
      return inScope(staffRecordSchools(v), target.schoolId);
    case "community.manage":
      return inScope(ledCommunities(v), target.communityId);
    case "trust.admin":
      return isTrustAdmin(v);
  }
}

/** A `where` fragment limiting a record's school column to a scope: {} for "all", never an undefined value. */
export function whereSchoolIn(scope: Scope): { schoolId?: { in: string[] } };
export function whereSchoolIn(scope: Scope, field: "id"): { id?: { in: string[] } };
export function whereSchoolIn(scope: Scope, field: "schoolId" | "id" = "schoolId") {
  return scope === "all" ? {} : { [field]: { in: scope } };
}
