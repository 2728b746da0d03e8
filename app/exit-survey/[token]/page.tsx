import type { Metadata } from "next";
import { ExitSurveyForm } from "@/components/staff-retention/ExitSurveyForm";
import { EXIT_LINK_GONE } from "@/lib/staff-retention/labels";
import { exitLinkLive } from "@/lib/staff-retention/exit/queries";

export const metadata: Metadata = { title: "Exit survey" };
export const dynamic = "force-dynamic";

/** The leaver's link: no sign-in (their account may be closed); a used, expired or unknown link reads the same. */
export default async function ExitSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const live = await exitLinkLive(token);
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold">Before you go: a few questions</h1>
      {live ? (
        <>
          <p className="mt-2 mb-6 text-slate-700">
            This survey is optional and anonymous: your answers are stored without your name and only with the day, and no figure is shown for fewer than five
            leavers. It takes about two minutes.
          </p>
          <ExitSurveyForm token={token} />
        </>
      ) : (
        <p className="mt-2 text-slate-700">{EXIT_LINK_GONE}</p>
      )}
    </main>
  );
}
