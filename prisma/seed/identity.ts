// People's names and their unique work e-mail addresses, and the demo's two-step verification.
import type { Tx } from "../../lib/db/client";
import { DEMO_MFA_EMAILS, DEMO_TOTP_SECRET } from "./demo";
import { NAME_GROUPS } from "./names";
import type { Rng } from "./random";

export type Person = { firstName: string; lastName: string };

export function person(rng: Rng): Person {
  const group = rng.weighted(NAME_GROUPS.map((g) => [g, g.weight] as const));
  // Families and marriages mix backgrounds: a few people's surnames come from another list.
  const surnames = rng.chance(0.08) ? rng.weighted(NAME_GROUPS.map((g) => [g, g.weight] as const)) : group;
  return { firstName: rng.pick(group.first), lastName: rng.pick(surnames.last) };
}

/** The part of a name that can go in an e-mail address: "O'Brien" → "obrien", "Zoë" → "zoe". */
export const emailPart = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** Hands out firstname.lastname@domain, then firstname.lastname2@domain and so on: never one twice. */
export class EmailBook {
  private readonly used = new Set<string>();

  constructor(readonly domain: string) {}

  reserve(email: string): string {
    const lower = email.toLowerCase();
    if (this.used.has(lower)) throw new Error(`E-mail address ${lower} is already taken`);
    this.used.add(lower);
    return lower;
  }

  take(p: Person): string {
    const local = `${emailPart(p.firstName) || "staff"}.${emailPart(p.lastName) || "member"}`;
    for (let n = 1; ; n++) {
      const email = `${local}${n === 1 ? "" : n}@${this.domain}`;
      if (!this.used.has(email)) {
        this.used.add(email);
        return email;
      }
    }
  }
}

/**
 * The demo trust requires a second factor of its privileged roles, and its privileged demo sign-ins
 * have one already (README: how to get a code). Other heads and leaders set theirs up on first sign-in.
 */
export async function enableDemoMfa(tx: Tx, trustId: string): Promise<void> {
  await tx.trust.update({ where: { id: trustId }, data: { requireMfa: true } });
  await tx.user.updateMany({
    where: { trustId, email: { in: [...DEMO_MFA_EMAILS] } },
    data: { mfaSecret: DEMO_TOTP_SECRET, mfaEnabledAt: new Date() },
  });
}
