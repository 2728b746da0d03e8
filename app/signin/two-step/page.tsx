import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TwoStepSetup } from "@/components/auth/TwoStepSetup";
import { mfaStatus } from "@/lib/account/mfa/queries";
import { qrSvg } from "@/lib/account/mfa/qr";
import { getSignedIn } from "@/lib/access/viewer";

export const metadata: Metadata = { title: "Set up two-step verification" };
export const dynamic = "force-dynamic";

// Outside the portal's layout on purpose: someone the trust requires a second factor of reaches no
// portal page (the layout's requireViewer sends them here) until it is set up.
export default async function TwoStepSetupPage() {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/signin");
  const status = await mfaStatus(signedIn.viewer);
  // Already set up (or never required): the portal. The recovery codes are shown by the form itself.
  if (!signedIn.mfaEnrolmentRequired && !status.pending && !status.justEnabled) redirect("/");
  const qr = status.pending ? await qrSvg(status.pending.uri) : null;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12">
      <h1 className="text-2xl font-bold">Set up two-step verification</h1>
      <p className="mt-2 mb-6 text-slate-700">
        Your trust asks everyone who can see other people&apos;s records to confirm their sign-in with a code from a phone app as well as
        their password. It takes a minute, once.
      </p>
      <TwoStepSetup pending={status.pending} qr={qr} continueHref="/" enabled={status.justEnabled} />
    </main>
  );
}
