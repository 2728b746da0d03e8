import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/Button";
import { checkUnsubscribe } from "@/lib/notifications/unsubscribe/mutations";

export const metadata: Metadata = { title: "Unsubscribe" };
export const dynamic = "force-dynamic";

// The link in an email's footer: asks before acting (a GET never changes anything), then posts to the
// one-click address, which needs no sign-in.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await checkUnsubscribe(token);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold">Unsubscribe</h1>
      {state.outcome === "done" ? (
        <>
          <p className="mt-2 mb-6 text-slate-700">Stop emails for {state.what}? They will still appear on your notifications page in the portal.</p>
          <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit" className={buttonClass("primary", "min-h-11")}>
              Stop these emails
            </button>
          </form>
        </>
      ) : (
        <p className="mt-2 text-slate-700" role="status">
          {state.outcome === "used" ? "This unsubscribe link has already been used. Nothing has changed." : "This unsubscribe link is not valid. Nothing has changed."}
        </p>
      )}
    </main>
  );
}
