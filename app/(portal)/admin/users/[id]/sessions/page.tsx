import type { Metadata } from "next";
import { EndSessionButton, PersonControls } from "@/components/auth/SessionControls";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { userSessions } from "@/lib/account/sessions/queries";
import { requireViewer } from "@/lib/access/viewer";
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
      <TableBox>
        <Table caption="Sessions, newest first" rows={sessions} rowKey={(s) => s.id} empty="No sessions yet." columns={[
            { key: "in", header: "Signed in", className: "whitespace-nowrap", cell: (s) => formatDateTime(s.createdAt) },
            { key: "how", header: "How", cell: (s) => (s.method === "SSO" ? "Single sign-on" : "Password") },
            { key: "device", header: "Device", cell: (s) => device(s.userAgent) },
            { key: "ip", header: "Address", cell: (s) => s.ip ?? "Unknown" },
            { key: "seen", header: "Last seen", className: "whitespace-nowrap", cell: (s) => formatDateTime(s.lastSeenAt) },
            {
              key: "status",
              header: "Status",
              cell: (s) => (s.live ? "Live" : s.revokedAt ? `${ENDED_BY[s.endedBy ?? ""] ?? "Ended"} ${formatDateTime(s.revokedAt)}` : "Expired"),
            },
            {
              key: "actions",
              header: <span className="sr-only">Actions</span>,
              cell: (s) => s.live && <EndSessionButton userId={user.id} sessionId={s.id} label={`End the session started ${formatDateTime(s.createdAt)}`} />,
            },
          ]}
        />
      </TableBox>
    </>
  );
}
