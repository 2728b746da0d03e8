// The roles the account forms grant and invite, zod-free so the forms can list them without loading
// the schemas (issue 22); lib/accounts/schema.ts re-exports them.

/** Roles granted here. Network leaders are appointed through their community, staff by a staff record. */
export const GRANTABLE_ROLES = ["HEADTEACHER", "SENIOR_LEADER", "LOCAL_GOVERNOR", "TRUSTEE", "TRUST_ADMIN"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
export const SCHOOL_ROLES: readonly GrantableRole[] = ["HEADTEACHER", "SENIOR_LEADER", "LOCAL_GOVERNOR"];
/** Who may be invited without a staff record: governors, trustees, central team. */
export const INVITABLE_ROLES = ["LOCAL_GOVERNOR", "TRUSTEE", "TRUST_ADMIN"] as const;
