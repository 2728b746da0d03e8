// The one name of each role, as the shell shows it (the switcher, the dashboard's title) and every list
// or form that names a role; lower-cased inside a sentence (the audit log, an invitation).
import type { Role } from "@/lib/db/generated/enums";

export const ROLE_LABELS: Record<Role, string> = {
  STAFF: "Staff",
  SENIOR_LEADER: "Senior leader",
  HEADTEACHER: "Headteacher",
  NETWORK_LEADER: "Network leader",
  LOCAL_GOVERNOR: "Local governor",
  TRUSTEE: "Trustee",
  TRUST_ADMIN: "Trust admin",
};

/** A role named inside a sentence ("granted the senior leader role"); null for a value that is no role. */
export const roleInSentence = (role: string): string | null => (Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as Role].toLowerCase() : null);
