"use client";
import { Choice, Form, Input, Submit } from "@/components/ui/form";
import type { Option } from "@/components/ui/Select";
import { inviteUserAction } from "@/lib/accounts/actions";
import { INVITABLE_ROLES } from "@/lib/accounts/roles";
import { ROLE_LABELS } from "@/lib/shell/roles";

const roles = INVITABLE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function InviteForm({ schools }: { schools: Option[] }) {
  return (
    <Form id="invite" action={inviteUserAction} loadSchema={() => import("@/lib/accounts/schema").then((m) => m.inviteSchema)} className="max-w-md space-y-4">
      <Input name="name" label="Full name" autoComplete="off" />
      <Input name="email" label="Email address" type="email" autoComplete="off" />
      <Choice name="role" label="Role" options={roles} empty="Choose a role" />
      <Choice name="schoolId" label="School" hint="For a local governor: the school they govern." options={schools} empty="No school (trust-wide role)" />
      <Submit>Send the invitation</Submit>
    </Form>
  );
}
