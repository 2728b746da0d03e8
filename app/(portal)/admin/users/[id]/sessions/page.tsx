import type { Metadata } from "next";
import { EndSessionButton, PersonControls } from "@/components/auth/SessionControls";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { userSessions } from "@/lib/auth/sessions/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "A person's sessions" };

const ENDED_BY: Record<string, string> = {
  SIGN_OUT: "Signed out",
  PASSWORD_CHANGE: "Password changed",
  DISABLED: "Account disabled",
  ADMIN: "Ended by an administrator",
};

/** "Firefox on Windows"-ish, enough to tell sessions apart, without a user-agent library. */
function device(ua: string | null): string {
  if (!ua) return "Not recorded";
  const browser = /Edg\//.test(ua) ? "Edge" : /Firefox\//.test(ua) ? "Firefox" : /Chrome\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : "A browser";
  const os = /Windows/.test(ua) ? "Windows" : /iPhone|iPad/.test(ua) ? "iOS" : /Android/.test(ua) ? "Android" : /Mac OS X/.test(ua) ? "macOS" : /Linux/.test(ua) ? "Linux" : "";
  return os ? `${browser} on ${os}` : browser;
}

export default async function UserSessionsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { user, sessions } = await userSessions(viewer, id);
  return (
    <>
      <BackLink href="/admin/sessions">All signed-in people</BackLink>
      <PageHeader
        title={`Sessions of ${user.name}`}
        lead={`${user.email} · account ${user.status === "ACTIVE" ? "active" : "disabled"} · two-step verification ${user.mfaEnabledAt ? "on" : "off"} · last signed in ${formatDateTime(user.lastSignInAt)}`}
      />
      <div className="mb-6">
        <PersonControls userId={user.id} disabled={user.status === "DISABLED"} self={user.id === viewer.userId} />
      </div>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Sessions, newest first</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Signed in</th>
              <th scope="col" className="p-2">How</th>
              <th scope="col" className="p-2">Device</th>
              <th scope="col" className="p-2">Address</th>
              <th scope="col" className="p-2">Last seen</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} className="border-t border-slate-200">
                <td className="p-2 whitespace-nowrap">{formatDateTime(s.createdAt)}</td>
                <td className="p-2">{s.method === "SSO" ? "Single sign-on" : "Password"}</td>
                <td className="p-2">{device(s.userAgent)}</td>
                <td className="p-2">{s.ip ?? "Unknown"}</td>
                <td className="p-2 whitespace-nowrap">{formatDateTime(s.lastSeenAt)}</td>
                <td className="p-2">
                  {s.live ? "Live" : s.revokedAt ? `${ENDED_BY[s.endedBy ?? ""] ?? "Ended"} ${formatDateTime(s.revokedAt)}` : "Expired"}
                </td>
                <td className="p-2">{s.live && <EndSessionButton userId={user.id} sessionId={s.id} label={`End the session started ${formatDateTime(s.createdAt)}`} />}</td>
              </tr>
            ))}
            {sessions.length === 0 && (
              <tr>
                <td colSpan={7} className="p-4 text-center text-slate-600">
                  No sessions yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
