"use client";
import { Form, Input, Submit } from "@/components/ui/form";
import { acceptInvitationAction } from "@/lib/accounts/actions";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  return (
    <Form id="set-password" action={acceptInvitationAction} loadSchema={() => import("@/lib/accounts/schema").then((m) => m.setPasswordSchema)} hidden={{ token }} className="space-y-4">
      {/* The account's name, for password managers. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <Input name="newPassword" label="New password" hint="At least 12 characters." type="password" autoComplete="new-password" />
      <Input name="confirmPassword" label="New password again" type="password" autoComplete="new-password" />
      <Submit>Set my password</Submit>
    </Form>
  );
}
