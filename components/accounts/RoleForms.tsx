"use client";
// The account page's forms: grant a role, remove one, send the set-password link again.
import { Choice, Form, Submit } from "@/components/ui/form";
import type { Option } from "@/components/ui/Select";
import { grantRoleAction, resendInvitationAction, revokeRoleAction } from "@/lib/accounts/actions";

export function GrantRoleForm({ userId, roles, schools }: { userId: string; roles: Option[]; schools: Option[] }) {
  return (
    <Form id="grant-role" action={grantRoleAction} loadSchema={() => import("@/lib/accounts/schema").then((m) => m.grantRoleSchema)} hidden={{ userId }} className="max-w-md space-y-4">
      <Choice name="role" label="Role" options={roles} empty="Choose a role" />
      <Choice
        name="schoolId"
        label="School"
        hint="For a headteacher, senior leader or local governor; leave it for a trustee or trust admin."
        options={schools}
        empty="No school (trust-wide role)"
        defaultValue={schools.length === 1 ? schools[0]?.value : undefined}
      />
      <Submit>Grant the role</Submit>
    </Form>
  );
}

export function RevokeRoleButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  return (
    <Form id={`revoke-${assignmentId}`} action={revokeRoleAction} hidden={{ assignmentId }} label={label} className="space-y-2">
      <Submit variant="secondary">
        Remove<span className="sr-only"> {label}</span>
      </Submit>
    </Form>
  );
}

export function ResendInvitationButton({ userId, first }: { userId: string; first: boolean }) {
  return (
    <Form id="resend-invitation" action={resendInvitationAction} hidden={{ userId }} label="Send the set-password link" className="space-y-2">
      <Submit variant="secondary">{first ? "Send a set-password link" : "Send the link again"}</Submit>
    </Form>
  );
}
