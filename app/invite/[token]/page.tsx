import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/accounts/SetPasswordForm";
import { EXPIRED } from "@/lib/accounts/invitations";
import { invitationViewer } from "@/lib/accounts/queries";

export const metadata: Metadata = { title: "Choose your password" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invited = await invitationViewer(token);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">Choose your password</h1>
      {invited ? (
        <>
          <p className="mt-2 mb-6 text-slate-700">
            Welcome, {invited.name}. You will sign in as {invited.email}.
          </p>
          <SetPasswordForm token={token} email={invited.email} />
        </>
      ) : (
        <>
          <p className="mt-2 mb-6 text-slate-700">{EXPIRED}</p>
          <Link href="/signin" className="text-brand-700 underline">
            Go to sign in
          </Link>
        </>
      )}
    </main>
  );
}
