import type { Metadata } from "next";
import { DeleteSessionForm, EditSessionForm, SecureStepForm, SessionForm, StepForm } from "@/components/coaching/CoachingForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { CADENCE_LABEL, CADENCE_STATUS_LABEL } from "@/lib/coaching/labels";
import { pairingDetail } from "@/lib/coaching/queries";
import { formatDate, formatMinutes } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Coaching pairing" };

const box = "space-y-3 rounded border border-slate-200 bg-white p-4";

/** One pairing, for the pair alone: the current action step, the steps secured, and the sessions with their notes. */
export default async function PairingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const p = await pairingDetail(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "Coaching", href: routes.coaching() }, { label: "Pairing" }]} />
      <PageHeader title={p.focus} lead={`Coach: ${p.coach}. Coachee: ${p.coachee}.`} />
      <FlashNotice />
      <p className="mb-4 text-sm text-slate-700">
        {CADENCE_LABEL[p.cadence]}, from {formatDate(p.startsOn)} {p.endsOn ? `to ${formatDate(p.endsOn)}` : "(no end date)"}. {CADENCE_STATUS_LABEL[p.status]}. {p.sessions.length} {p.sessions.length === 1 ? "session" : "sessions"}, {formatMinutes(p.totalMinutes)} in all. Only the two of you see the steps and notes.
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="step" title="Current action step" className={box}>
          {p.current ? (
            <>
              <p className="break-words whitespace-pre-line">{p.current.description}</p>
              <p className="text-sm text-slate-700">Set on {formatDate(p.current.setOn)}.</p>
              {p.coaching && <SecureStepForm stepId={p.current.id} />}
            </>
          ) : (
            <>
              <p>{p.coaching ? "No step is set: set the next one." : "No step is set yet."}</p>
              {p.coaching && p.active && <StepForm pairingId={p.id} />}
            </>
          )}
          {p.secured.length > 0 && (
            <>
              <h3 className="pt-2 font-semibold">Steps secured</h3>
              <ul className="list-disc space-y-1 pl-5">
                {p.secured.map((s) => <li key={s.id} className="break-words">{s.description} <span className="text-sm text-slate-700">(secure {formatDate(s.securedOn)})</span></li>)}
              </ul>
            </>
          )}
        </Section>
        {p.coaching && (
          <Section id="record" title="Record a session" className={box}>
            <SessionForm pairingId={p.id} today={p.today} />
          </Section>
        )}
      </div>
      <Section id="sessions" title="Sessions" className={`${box} mt-6`}>
        {p.sessions.length === 0 ? <p>No sessions yet.</p> : (
          <ol className="space-y-4">
            {p.sessions.map((s) => (
              <li key={s.id} className="border-t pt-3 first:border-t-0 first:pt-0">
                <h3 className="font-semibold">{formatDate(s.heldOn)}, {s.minutes} minutes</h3>
                <p className="break-words whitespace-pre-line">{s.notes}</p>
                {p.coaching && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-brand-700 underline">Edit or delete the session of {formatDate(s.heldOn)}</summary>
                    <div className="mt-2 space-y-3">
                      <EditSessionForm session={s} today={p.today} />
                      <DeleteSessionForm sessionId={s.id} label={formatDate(s.heldOn)} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
