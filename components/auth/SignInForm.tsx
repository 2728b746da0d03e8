"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signInMessage } from "@/lib/auth/messages";
import { Button } from "@/components/ui/Button";

export function SignInForm({ initialError, sso }: { initialError: string | null; sso: { entra: boolean; google: boolean } }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(signInMessage(initialError));
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setError(signInMessage(result?.error ?? "DEFAULT"));
  }

  return (
    <div className="space-y-6">
      {error && (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </div>
      )}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email address
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
        </div>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {(sso.entra || sso.google) && (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          {sso.entra && (
            <Button variant="secondary" className="w-full" onClick={() => signIn("azure-ad", { callbackUrl: "/" })}>
              Sign in with Microsoft
            </Button>
          )}
          {sso.google && (
            <Button variant="secondary" className="w-full" onClick={() => signIn("google", { callbackUrl: "/" })}>
              Sign in with Google
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
