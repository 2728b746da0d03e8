import type { Metadata } from "next";
import { FlashNotice } from "@/components/ui/FlashNotice";
import Link from "next/link";
import { GrantRoleForm, ResendInvitationButton, RevokeRoleButton } from "@/components/accounts/RoleForms";
import { PersonControls } from "@/components/auth/SessionControls";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { accountDetail } from "@/lib/accounts/queries";
import { ROLE_LABELS } from "@/lib/shell/roles";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Account" };

function invitationText(i: { createdAt: Date; expiresAt: Date; usedAt: Date | null; revokedAt: Date | null } | null): string {
  if (!i) return "No invitation sent.";
  if (i.usedAt) return `Password set ${formatDateTime(i.usedAt)}.`;
  if (i.revokedAt) return `The last link was withdrawn ${formatDateTime(i.revokedAt)}.`;
  if (i.expiresAt <= new Date()) return `The link sent ${formatDate(i.createdAt)} expired ${formatDateTime(i.expiresAt)}.`;
  return `Link sent ${formatDateTime(i.createdAt)}, works until ${formatDateTime(i.expiresAt)}.`;
}

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const a = await accountDetail(viewer, id);
  const { user } = a;
  return (
    <>
      <BackLink href="/accounts">All accounts</BackLink>
      <FlashNotice />
      <PageHeader
        title={user.name}
        lead={`${user.email} · ${a.staff ? `${a.staff.jobTitle}, ${a.staff.school.name}${a.staff.leaveDate ? ` (left ${formatDate(a.staff.leaveDate)})` : ""}` : "no staff record"} · account ${user.state.toLowerCase()}`}
      />
      <div className="space-y-8">
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="mb-2 text-xl font-semibold">Roles</h2>
          <p className="mb-3 text-slate-700">A change counts from the person&apos;s next page: they need not sign in again.</p>
          <TableBox>
            <Table caption="Roles" rows={a.roles} rowKey={(r) => r.id} empty="No roles." columns={[
                { key: "role", header: "Role", rowHeader: true, cell: (r) => r.label },
                { key: "school", header: "School", cell: (r) => r.school?.name ?? (r.role === "NETWORK_LEADER" ? "A community (appointed there)" : "Trust-wide") },
                { key: "remove", header: <span className="sr-only">Actions</span>, cell: (r) => r.mayRemove && <RevokeRoleButton assignmentId={r.id} label={`${r.label}${r.school ? ` of ${r.school.name}` : ""}`} /> },
              ]}
            />
          </TableBox>
          {a.self && <p className="mt-3">You cannot change your own roles: another trust admin can.</p>}
        </section>
        {a.grantable.length > 0 && (
          <section aria-labelledby="grant-heading">
            <h2 id="grant-heading" className="mb-2 text-xl font-semibold">Grant a role</h2>
            <GrantRoleForm userId={user.id} roles={a.grantable.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} schools={a.schools.map((s) => ({ value: s.id, label: s.name }))} />
          </section>
        )}
        {a.admin && (
          <section aria-labelledby="account-heading">
            <h2 id="account-heading" className="mb-2 text-xl font-semibold">Account</h2>
            <p className="mb-3">
              {user.state === "Invited" ? invitationText(a.invitation) : `Last signed in ${formatDateTime(user.lastSignInAt)}. Two-step verification ${user.mfa ? "on" : "off"}.`}{" "}
              <Link href={`/admin/users/${user.id}/sessions`} className="text-brand-700 underline">
                Sessions
              </Link>
            </p>
            <div className="flex flex-wrap gap-6">
              {user.state === "Invited" && <ResendInvitationButton userId={user.id} first={!a.invitation} />}
              <PersonControls userId={user.id} disabled={user.status === "DISABLED"} self={a.self} />
            </div>
          </section>
        )}
      </div>
    </>
  );
}
