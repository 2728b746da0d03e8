import "server-only";
// A trust admin ends a person's sessions: one (a device they no longer use) or all (a lost laptop,
// a shared password). The cookie of an ended session signs out on its next request.
import { changed, command } from "@/lib/commands/command";
import { admin, sessionsPages, trustAccount } from "../commands";
import { revokeUserSessions } from "./mutations";
import { endAllSessionsSchema, endSessionSchema } from "./schema";

/** A trust admin ends one of a person's sessions. */
export const endSession = command({
  schema: endSessionSchema,
  // A session of a person of the viewer's trust (its admin sees them all).
  load: (tx, viewer, { userId, sessionId }) => tx.session.findFirst({ where: { id: sessionId, userId, trustId: viewer.trustId } }),
  authorize: admin,
  async work(tx, viewer, _, session) {
    // Already ended: nothing changes, and there is nothing to record.
    if (session.revokedAt) return { data: { id: session.id }, unchanged: true };
    const after = await tx.session.update({ where: { id: session.id }, data: { revokedAt: new Date(), endedBy: "ADMIN" } });
    return changed("Session", session.id, "session.end", { before: session, after });
  },
  revalidate: sessionsPages,
  success: "Session ended.",
});

/** A trust admin ends all of a person's sessions. */
export const endAllSessions = command({
  schema: endAllSessionsSchema,
  load: (tx, viewer, { userId }) => trustAccount(tx, viewer, userId),
  authorize: admin,
  async work(tx, viewer, _, user) {
    const ended = await revokeUserSessions(tx, user.id, "ADMIN");
    return changed("User", user.id, "session.endAll", { after: { ended } }, { ended });
  },
  revalidate: sessionsPages,
  success: "Every session of this person has ended.",
});
