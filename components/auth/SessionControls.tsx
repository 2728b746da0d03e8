"use client";
// A trust admin's buttons on a person's sessions page: each is a one-button form (the kit's <Form>).
import { Form, Submit } from "@/components/ui/form";
import { endAllSessionsAction, endSessionAction, setAccountStatusAction } from "@/lib/account/actions";

export function EndSessionButton({ userId, sessionId, label }: { userId: string; sessionId: string; label: string }) {
  return (
    <Form id={`end-${sessionId}`} action={endSessionAction} hidden={{ userId, sessionId }} label={label} className="space-y-2">
      <Submit variant="secondary">End session</Submit>
    </Form>
  );
}

export function PersonControls({ userId, disabled, self }: { userId: string; disabled: boolean; self: boolean }) {
  return (
    <div className="flex flex-wrap gap-6">
      <Form id="end-all" action={endAllSessionsAction} hidden={{ userId }} label="End every session" className="space-y-2">
        <Submit variant="secondary">End every session</Submit>
      </Form>
      {!self && (
        <Form
          id="account-status"
          action={setAccountStatusAction}
          hidden={{ userId, status: disabled ? "ACTIVE" : "DISABLED" }}
          label={disabled ? "Enable the account" : "Disable the account"}
          className="space-y-2"
        >
          <Submit variant={disabled ? "primary" : "danger"}>{disabled ? "Enable the account" : "Disable the account"}</Submit>
        </Form>
      )}
    </div>
  );
}
