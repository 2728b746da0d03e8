import type { Metadata } from "next";
import Link from "next/link";
import { ActionList } from "@/components/reviews/ActionList";
import { AgreementList } from "@/components/reviews/AgreementList";
import { CsiLevelForm, FriendForm } from "@/components/reviews/AdminForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { listCycles, trustReviewers } from "@/lib/reviews/admin/queries";
import { CSI_CLASS } from "@/components/reviews/colours";
import { CSI_LEVEL_LABEL, FRIEND_KIND_LABEL, REVIEW_KIND_LABEL } from "@/lib/reviews/labels";
import { schoolCsi } from "@/lib/reviews/queries";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "School CSI" };

const Section = ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
  <section aria-labelledby={id} className="rounded border border-slate-200 bg-white p-4">
    <h2 id={id} className="mb-3 text-lg font-semibold">{title}</h2>
    {children}
  </section>
);

/** A school's standing in the CSI programme: its published reviews, CSI level, critical friend, actions and support. */
export default async function SchoolCsiPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const csi = await schoolCsi(viewer, (await params).id);
  const [cycles, people] = await Promise.all([csi.may.setLevel ? listCycles(viewer) : [], csi.may.assignFriend ? trustReviewers(viewer) : []]);
  const open = csi.actions.filter((a) => a.status !== "DONE");
  return (
    <>
      <Breadcrumbs items={[{ label: "Reviews", href: "/reviews" }, { label: csi.school.name }]} />
      <PageHeader title={`${csi.school.name}: reviews and actions`} lead={`${open.length} open actions, ${open.filter((a) => a.overdue).length} overdue.`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="level" title="CSI level">
          {csi.level ? (
            <p>
              <span className={`rounded px-2 py-1 font-semibold ${CSI_CLASS[csi.level.level]}`}>{CSI_LEVEL_LABEL[csi.level.level]}</span> since {formatDate(csi.level.setAt)} ({csi.level.cycle.name}): {csi.level.rationale}
            </p>
          ) : (
            <p>No CSI level set yet.</p>
          )}
          {csi.levels.length > 1 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-700 underline">Earlier levels</summary>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {csi.levels.slice(1).map((l) => <li key={l.id}>{formatDate(l.setAt)}: {CSI_LEVEL_LABEL[l.level]} ({l.cycle.name}), set by {l.setBy.name}</li>)}
              </ul>
            </details>
          )}
          {csi.may.setLevel && <div className="mt-4 border-t pt-4"><CsiLevelForm schoolId={csi.school.id} cycles={cycles.map((c) => ({ value: c.id, label: c.name }))} /></div>}
        </Section>
        <Section id="friend" title="Critical friend">
          {csi.friend ? (
            <p>{csi.friend.name} ({FRIEND_KIND_LABEL[csi.friend.kind]}{csi.friend.organisation ? `, ${csi.friend.organisation}` : ""}) since {formatDate(csi.friend.startsOn)}</p>
          ) : (
            <p>No critical friend at present.</p>
          )}
          {csi.may.assignFriend && (
            <div className="mt-4 border-t pt-4">
              <FriendForm schoolId={csi.school.id} people={people.filter((p) => !p.schoolIds.includes(csi.school.id)).map((p) => ({ value: p.userId, label: p.name }))} />
            </div>
          )}
        </Section>
        <Section id="published" title="Published reviews">
          {csi.reviews.length === 0 ? <p>No published reviews yet.</p> : (
            <ul className="divide-y divide-slate-200">
              {csi.reviews.map((r) => (
                <li key={r.id} className="py-2">
                  <Link href={`/reviews/${r.id}`} className="text-brand-700 underline">{r.cycle.name}: {REVIEW_KIND_LABEL[r.kind]}{r.version > 1 ? ` (version ${r.version})` : ""}</Link>
                  <span className="text-sm text-slate-700"> · visit {formatDate(r.visitDate)}{r.supersededAt ? " · corrected since" : ""}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="support" title="Support agreements">
          <AgreementList agreements={csi.agreements} />
        </Section>
      </div>
      <div className="mt-6">
        <Section id="actions" title="Actions">
          {csi.may.manageActions && <p className="mb-3 text-sm">Add an action from a published review&apos;s page.</p>}
          <ActionList actions={csi.actions} manage={csi.may.manageActions} />
        </Section>
      </div>
    </>
  );
}
