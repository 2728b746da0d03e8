"use client";
import { Form, Input, Submit } from "@/components/ui/form";
import { changePasswordAction } from "@/lib/account/actions";

export function PasswordForm() {
  return (
    <Form id="password-change" action={changePasswordAction} loadSchema={() => import("@/lib/account/schema").then((m) => m.changePasswordSchema)}>
      <Input name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
      <Input name="newPassword" label="New password" hint="At least 12 characters. A few unrelated words make a strong one." type="password" autoComplete="new-password" />
      <Input name="confirmPassword" label="New password again" type="password" autoComplete="new-password" />
      <Submit>Change password</Submit>
    </Form>
  );
}
