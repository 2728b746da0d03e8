import type { Metadata } from "next";
import { SessionRegisterForm } from "@/components/programme/RegisterForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime, formatMinutes } from "@/lib/dates";
import { sessionRegister } from "@/lib/programme/register/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Register" };

/** A session's register, for its organiser on a phone: the booked names to tick; attended hours become verified CPD. */
export default async function SessionRegisterPage({ params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const viewer = await requireViewer();
  const { id, sessionId } = await params;
  const r = await sessionRegister(viewer, id, sessionId);
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: r.course.title, href: routes.course(r.course.id) }, { label: "Register" }]} />
      <PageHeader title={`Register: ${r.session.title ?? r.course.title}`} lead={`${formatDateTime(r.session.startsAt)}, ${formatMinutes(r.session.durationMinutes)}${r.session.venue ? `, ${r.session.venue}` : ""}. Ticked names get ${formatMinutes(r.session.durationMinutes)} of verified CPD.`} />
      <FlashNotice />
      <div className="max-w-3xl space-y-6">
        {r.open ? <SessionRegisterForm sessionId={r.session.id} rows={r.people} /> : <p>The register opens on the day of the session.</p>}
        {r.taken && (
          <Section id="no-shows" title={`No-shows (${r.noShows.length})`} className="rounded border border-slate-200 bg-white p-4">
            {r.noShows.length ? <ul className="list-disc pl-5">{r.noShows.map((n) => <li key={n}>{n}</li>)}</ul> : <p>Everyone booked attended.</p>}
          </Section>
        )}
      </div>
    </>
  );
}
