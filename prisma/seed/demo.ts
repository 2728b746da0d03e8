// The demo trust's fixed facts: what the sign-in page, the docs and the browser tests rely on.
import { createRng } from "./random";

export const TRUST_NAME = "Northbridge Learning Trust";

/**
 * The demo trust's e-mail domain. `.example` is reserved (RFC 2606), so nothing the portal
 * ever sends to a seeded address can reach a real mailbox.
 */
export const DEMO_EMAIL_DOMAIN = "northbridge.example";

export const DEMO_PASSWORD = "demo-portal-2026";

/** The seed the demo trust is built from; change it and every id and name changes. */
export const DEMO_SEED = 20260901;

export const demoEmail = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

/** Fixed sign-ins, one per role, plus one person holding several roles. */
export const DEMO_EMAILS = {
  teacher: demoEmail("teacher"),
  seniorLeader: demoEmail("senior.leader"),
  head: demoEmail("head"),
  networkLeader: demoEmail("network.leader"),
  governor: demoEmail("governor"),
  trustee: demoEmail("trustee"),
  admin: demoEmail("admin"),
  multiRole: demoEmail("multi.role"),
} as const;

/**
 * The demo's authenticator secret (base32). The demo trust requires two-step verification of its
 * trust admins, headteachers, senior leaders and trustees, and these demo sign-ins are set up with
 * this one secret: `npx tsx scripts/totp.ts` prints the current code, or add the secret to an
 * authenticator app. Demo only: a real account's secret is made at random when it is set up.
 */
export const DEMO_TOTP_SECRET = "NBXWK3TPMRSW233SORUGC3TEMVWW6MRQ";

/** The demo sign-ins that need a code as well as the password. */
export const DEMO_MFA_EMAILS: readonly string[] = [DEMO_EMAILS.admin, DEMO_EMAILS.head, DEMO_EMAILS.seniorLeader, DEMO_EMAILS.trustee];

export type DemoAccount = { role: string; email: string; name: string; description: string };

export type CommunityKind = "SUBJECT_COMMUNITY" | "PROFESSIONAL_NETWORK" | "STRATEGIC_DEVELOPMENT_GROUP" | "TEAM_NETWORKING_GROUP";

export type DemoCommunity = { id: string; name: string; kind: CommunityKind };

const communityIds = createRng(DEMO_SEED).fork("communities");
const community = (name: string, kind: CommunityKind): DemoCommunity => ({ id: communityIds.uuid(), name, kind });

/**
 * The trust's communities and networks. There is no Community table yet: NETWORK_LEADER
 * assignments point at these ids, and the migration that adds the table should seed them
 * with the same ids.
 */
export const DEMO_COMMUNITIES: readonly DemoCommunity[] = [
  community("Trust Mathematics Community", "SUBJECT_COMMUNITY"),
  community("English Subject Community", "SUBJECT_COMMUNITY"),
  community("Science Community", "SUBJECT_COMMUNITY"),
  community("SEND Network", "PROFESSIONAL_NETWORK"),
  community("Early Years Network", "PROFESSIONAL_NETWORK"),
  community("Curriculum Strategic Development Group", "STRATEGIC_DEVELOPMENT_GROUP"),
  community("Finance Team Networking Group", "TEAM_NETWORKING_GROUP"),
  community("HR Team Networking Group", "TEAM_NETWORKING_GROUP"),
];

export function demoCommunity(name: string): DemoCommunity {
  const found = DEMO_COMMUNITIES.find((c) => c.name === name);
  if (!found) throw new Error(`No demo community called ${name}`);
  return found;
}

/** The sign-ins as a plain-text table, for the terminal and the README. */
export function demoSignInsText(accounts: readonly DemoAccount[], password = DEMO_PASSWORD): string {
  const rows = [["Role", "E-mail", "Password"], ...accounts.map((a) => [a.role, a.email, password])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("   ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("   ");
  const mfa = `Trust admin, headteacher, senior leader and trustee also need a code: run npx tsx scripts/totp.ts (authenticator secret ${DEMO_TOTP_SECRET}).`;
  return ["Demo sign-ins", line(rows[0] ?? []), rule, ...rows.slice(1).map(line), "", mfa].join("\n");
}
