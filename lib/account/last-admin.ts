import "server-only";
// Writes shared by the role commands (lib/accounts) and the account commands: the last-trust-admin guard.
import { AppError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";

export const LAST_ADMIN = "The trust must keep at least one active trust admin: make someone else a trust admin first.";

/**
 * Refuses when `userId` is the trust's only active trust admin. The trust's row is locked first, so two
 * admins removing each other at the same moment cannot both pass and leave the trust with none.
 */
export async function keepAnAdmin(tx: Tx, trustId: string, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Trust" WHERE id = ${trustId}::uuid FOR UPDATE`;
  const others = await tx.roleAssignment.count({
    where: { trustId, role: "TRUST_ADMIN", userId: { not: userId }, user: { status: "ACTIVE", trustId } },
  });
  if (others === 0) throw new AppError("CONFLICT", LAST_ADMIN);
}
