import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { ssoProviders } from "@/lib/account/options";
import { safeCallbackPath } from "@/lib/account/redirect";
import { getSignedIn, MFA_SETUP_PATH } from "@/lib/access/viewer";
import { readFlash } from "@/lib/commands/flash";
import { Notice } from "@/components/ui/Notice";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  const signedIn = await getSignedIn();
  if (signedIn) redirect(signedIn.mfaEnrolmentRequired ? MFA_SETUP_PATH : "/");
  const { error, callbackUrl } = await searchParams;
  // e.g. "Your password is set", from the invitation link's form.
  const notice = await readFlash();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">Sign in to the staff development portal</h1>
      <p className="mt-2 mb-6 text-slate-700">Use the email address your school or the trust gave you.</p>
      {notice && (
        <Notice>{notice}</Notice>
      )}
      <SignInForm initialError={error ?? null} callbackUrl={safeCallbackPath(callbackUrl)} sso={ssoProviders()} />
    </main>
  );
}
