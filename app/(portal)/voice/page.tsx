import type { Metadata } from "next";
import Link from "next/link";
import { YouSaidWeDid } from "@/components/voice/YouSaidWeDid";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { asRoute, routes } from "@/lib/routes";
import { mySurveys } from "@/lib/voice/queries";

export const metadata: Metadata = { title: "Staff survey" };

/** A member of staff's surveys: the one open for them, and what was done about the last ones. */
export default async function StaffSurveyPage() {
  const viewer = await requireViewer();
  const data = await mySurveys(viewer);
  return (
    <>
      <PageHeader title="Staff survey" lead="Short termly surveys about wellbeing, workload and support. Your answers are anonymous: nobody, not even the head, can see who said what." />
      <FlashNotice />
      <section aria-labelledby="open" className="mb-8 space-y-3">
        <h2 id="open" className="text-lg font-semibold">Open now</h2>
        {data.open.length === 0 ? (
          <p className="text-slate-700">No survey is open for you at the moment.</p>
        ) : (
          <ul className="space-y-2">
            {data.open.map((s) => (
              <li key={s.id} className="rounded border border-slate-200 bg-white p-3">
                {s.answered ? (
                  <p><span className="font-semibold">{s.title}</span>: answered, thank you. Open until {s.closesOn}.</p>
                ) : (
                  <p><Link href={asRoute(routes.survey(s.id))} className="font-semibold text-brand-700 underline">{s.title}</Link>: about two minutes, open until {s.closesOn}.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.checks.length > 0 && (
        <section aria-labelledby="checks" className="mb-8 space-y-3">
          <h2 id="checks" className="text-lg font-semibold">Workload checks for you</h2>
          <ul className="space-y-2">
            {data.checks.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                <Link href={asRoute(routes.workloadCheck(c.id))} className="font-semibold text-brand-700 underline">How long has “{c.title}” taken you?</Link> One question, open until {c.closesOn}.
              </li>
            ))}
          </ul>
        </section>
      )}
      <YouSaidWeDid actions={data.youSaidWeDid} headingId="you-said" />
    </>
  );
}
