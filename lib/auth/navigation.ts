// What the navigation offers each viewer: only what their roles allow (DESIGN.md's table).
import { isTrustAdmin, scopeIsEmpty, staffRecordSchools, visibleSchools, type Viewer } from "./policy";

export type NavItem = { href: string; label: string };

export function navigationFor(viewer: Viewer): NavItem[] {
  const items: NavItem[] = [{ href: "/", label: "Home" }];
  if (viewer.staff) items.push({ href: "/development", label: "My development" });
  if (!scopeIsEmpty(visibleSchools(viewer))) items.push({ href: "/schools", label: "Schools" });
  if (!scopeIsEmpty(staffRecordSchools(viewer))) {
    items.push(
      { href: "/staff", label: "Staff directory" },
      { href: "/verification", label: "Verification" },
      { href: "/school-development", label: "School development" },
    );
  }
  // Communities, the resource library and the expertise directory are the trust's staff's (and the admin's).
  if (viewer.staff || isTrustAdmin(viewer)) {
    items.push({ href: "/communities", label: "Communities" }, { href: "/resources", label: "Resources" }, { href: "/expertise", label: "Expertise" });
  }
  if (isTrustAdmin(viewer)) items.push({ href: "/trust-development", label: "Trust development" }, { href: "/admin/audit", label: "Audit log" }, { href: "/admin/sessions", label: "Sessions" });
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
