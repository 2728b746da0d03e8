import "server-only";
// The generic pieces of every where-builder (as Documenso's getDocumentWhereInput): each entity's own
// builder lives with its domain (lib/<domain>/access.ts) and spreads these, so a record out of scope, or of
// another trust, is never read, rather than read and then filtered. Every builder pins the viewer's trust
// in the query itself, whatever an earlier lookup checked. The rules are lib/access/policy.ts's.
import { notFound } from "next/navigation";
import { can, canAny } from "./policy";
import type { Permission, Target, Viewer } from "./policy";

/** A uuid no row has: "nobody" for a viewer without a staff record, so a where clause never drops a filter. */
export const NOBODY = "00000000-0000-0000-0000-000000000000";

/** Matches no row (Prisma reads an empty OR as false), without claiming a key the caller may use. */
export const NOTHING: never[] = [];

/** The viewer's own staff id, or NOBODY. */
export const ownStaffId = (v: Viewer) => v.staff?.id ?? NOBODY;

/** The viewer's own records (activities, training, qualifications): nothing for a viewer without a staff record. */
export function ownedBy(v: Viewer) {
  return { trustId: v.trustId, staffMemberId: ownStaffId(v) };
}

/** Pages and queries: a permission the viewer lacks reads as a missing page (404), never "forbidden". */
export function requirePermission(v: Viewer, permission: Permission, target: Target = {}): void {
  if (!can(v, permission, target)) notFound();
}

/** Pages and queries for a whole kind of record (a queue, a directory): 404 for a viewer who may see none of it. */
export function requireAny(v: Viewer, permission: Permission): void {
  if (!canAny(v, permission)) notFound();
}
