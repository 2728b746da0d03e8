// Setting up an authenticator app: start (a new secret), scan the QR code or type the key, then
// prove it with a first code, which turns two-step verification on and shows the recovery codes.
import { Form, Submit } from "@/components/ui/form";
import { confirmEnrolmentAction, startEnrolmentAction } from "@/lib/account/actions";
import { CodeForm } from "./CodeForm";

const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * `enabled`: just turned on. The confirming form keeps its place in the tree either way, so the
 * recovery codes it shows survive the page being rendered again (always so without JavaScript).
 */
export function TwoStepSetup({
  pending, qr, continueHref, enabled = false,
}: { pending: { secret: string } | null; qr: string | null; continueHref: string; enabled?: boolean }) {
  return (
    <div className="space-y-6">
      {!pending && !enabled && (
        <Form id="mfa-start" action={startEnrolmentAction} label="Set up an authenticator app">
          <p>
            You need an authenticator app on your phone, such as Microsoft Authenticator, Google Authenticator or the app your school
            recommends.
          </p>
          <Submit>Set up an authenticator app</Submit>
        </Form>
      )}
      {pending && (
        <ol className="list-decimal space-y-4 pl-5">
          <li>
            <p>Open your authenticator app, add an account and scan this QR code.</p>
            {qr && (
              // qrSvg draws this on the server from our own otpauth URI: markup we made, not user input.
              <div role="img" aria-label="QR code to add the portal to your authenticator app" className="mt-2 h-52 w-52 border border-slate-300 bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
          )}
          <p className="mt-2">
            Cannot scan it? Choose to enter a key instead and type: <code className="font-mono text-lg font-semibold" data-testid="mfa-secret">{grouped(pending.secret)}</code>
          </p>
        </li>
        <li>
          <p>Enter the code the app then shows, to check it is set up.</p>
        </li>
      </ol>
      )}
      {(pending || enabled) && (
        <CodeForm id="mfa-confirm" action={confirmEnrolmentAction} submit="Turn on two-step verification" continueHref={continueHref} done={enabled} />
      )}
    </div>
  );
}
