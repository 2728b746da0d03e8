import type { Metadata } from "next";
import { CodeForm } from "@/components/auth/CodeForm";
import { PasswordForm } from "@/components/auth/PasswordForm";
import { TwoStepSetup } from "@/components/auth/TwoStepSetup";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { regenerateRecoveryCodesAction, turnOffMfaAction } from "@/lib/account/actions";
import { mfaStatus } from "@/lib/account/mfa/queries";
import { qrSvg } from "@/lib/account/mfa/qr";
import { RECOVERY_CODE_COUNT } from "@/lib/account/totp";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Sign-in and security" };

export default async function AccountSecurityPage() {
  const viewer = await requireViewer();
  const status = await mfaStatus(viewer);
  const qr = status.pending ? await qrSvg(status.pending.uri) : null;
  return (
    <>
      <PageHeader title="Sign-in and security" lead={`Signed in as ${viewer.email}.`} />
      <div className="max-w-2xl space-y-10">
        <Section id="two-step" title="Two-step verification" className="space-y-4" headingClassName="text-xl font-semibold">
          {!status.enabledAt && (
            <p>Off. With it on, signing in with your password also needs a code from an app on your phone, so a stolen password is not enough.</p>
          )}
          {(!status.enabledAt || status.justEnabled) && (
            <TwoStepSetup pending={status.pending} qr={qr} continueHref="/account/security" enabled={status.justEnabled} />
          )}
          {status.enabledAt && (
            <>
              <p>
                On since {formatDateTime(status.enabledAt)}. You have {status.recoveryCodesLeft} unused recovery code
                {status.recoveryCodesLeft === 1 ? "" : "s"}.
              </p>
              <h3 className="font-semibold">New recovery codes</h3>
              <p>Makes {RECOVERY_CODE_COUNT} new codes; the old ones stop working.</p>
              <CodeForm id="mfa-recovery" action={regenerateRecoveryCodesAction} submit="Make new recovery codes" variant="secondary" />
              {status.required ? (
                <p>Your trust requires two-step verification for your role, so it stays on.</p>
              ) : (
                <>
                  <h3 className="font-semibold">Turn off two-step verification</h3>
                  <CodeForm id="mfa-off" action={turnOffMfaAction} submit="Turn off two-step verification" variant="danger" />
                </>
              )}
            </>
          )}
        </Section>
        <Section id="password" title="Change your password" className="space-y-4" headingClassName="text-xl font-semibold">
          <p>Changing it signs you out everywhere else.</p>
          <PasswordForm />
        </Section>
      </div>
    </>
  );
}
