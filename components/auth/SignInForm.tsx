"use client";
// Email and password, then (when the server says the account has a second factor) the code.
// A plain <form action> to a server action: it works with JavaScript off, and useActionState keeps
// the step when it is on.
import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/Button";
import { inputClass, Submit } from "@/components/ui/form";
import { signInMessage } from "@/lib/account/messages";
import { signInAction, type SignInState } from "@/lib/account/sign-in-actions";

export function SignInForm({ initialError, callbackUrl, sso }: { initialError: string | null; callbackUrl: string; sso: { entra: boolean; google: boolean } }) {
  const [state, action] = useActionState<SignInState | null, FormData>(signInAction, null);
  const message = state ? state.message : signInMessage(initialError);
  const step = state?.step ?? "password";
  const codeRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (step === "code" && !state?.message) codeRef.current?.focus();
    else if (state?.message) alertRef.current?.focus();
  }, [step, state]);

  return (
    <div className="space-y-6">
      {message && (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {message}
        </div>
      )}
      <form action={action} className="space-y-4" noValidate aria-label="Sign in">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        {step === "password" ? (
          <>
            <div>
              <label htmlFor="email" className="block font-medium">
                Email address
              </label>
              <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state?.email ?? ""} className={inputClass(false)} />
            </div>
            <div>
              <label htmlFor="password" className="block font-medium">
                Password
              </label>
              <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass(false)} />
            </div>
            <Submit className="w-full">Sign in</Submit>
          </>
        ) : (
          <>
            <input type="hidden" name="step" value="code" />
            <input type="hidden" name="email" value={state?.email ?? ""} />
            <p>
              Signing in as <strong>{state?.email}</strong>. Your account uses two-step verification.
            </p>
            <div>
              <label htmlFor="code" className="block font-medium">
                Code from your authenticator app
              </label>
              <p id="code-hint" className="text-sm text-slate-600">
                The 6-digit code your app shows now. Lost your phone? Enter one of your recovery codes instead.
              </p>
              <input
                ref={codeRef}
                id="code"
                name="code"
                type="text"
                autoComplete="one-time-code"
                spellCheck={false}
                required
                aria-describedby="code-hint"
                className={inputClass(Boolean(state?.message))}
                aria-invalid={Boolean(state?.message) || undefined}
              />
            </div>
            <Submit className="w-full">Continue</Submit>
            <p className="text-sm">
              <a href="/signin" className="text-brand-700 underline">
                Sign in as someone else
              </a>
            </p>
          </>
        )}
      </form>
      {(sso.entra || sso.google) && step === "password" && (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          {sso.entra && (
            <Button variant="secondary" className="w-full" onClick={() => signIn("azure-ad", { callbackUrl })}>
              Sign in with Microsoft
            </Button>
          )}
          {sso.google && (
            <Button variant="secondary" className="w-full" onClick={() => signIn("google", { callbackUrl })}>
              Sign in with Google
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
