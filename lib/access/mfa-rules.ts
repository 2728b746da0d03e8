import "server-only";
// Who must use a second factor: people who can reach others' records or the trust's governance,
// when the trust turns the setting on (DfE cyber security standards for schools).
import type { Role } from "@/lib/db/generated/enums";
import { hasRole, type Viewer } from "./policy";

export const MFA_ROLES: Role[] = ["TRUST_ADMIN", "HEADTEACHER", "SENIOR_LEADER", "TRUSTEE"];

export const mfaRequiredFor = (viewer: Viewer, trustRequiresMfa: boolean) => trustRequiresMfa && hasRole(viewer, ...MFA_ROLES);
