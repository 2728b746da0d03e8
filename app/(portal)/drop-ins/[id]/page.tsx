import type { Metadata } from "next";
import { ReplyForm } from "@/components/dropins/DropInForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime } from "@/lib/dates";
import { dropInDetail } from "@/lib/dropins/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Drop-in visit" };

const box = "space-y-3 rounded border border-slate-200 bg-white p-4";

/** One visit: what went well, the next step and the thread of replies; the teacher, the visitor and the head only. */
export default async function DropInPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const v = await dropInDetail(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "Drop-in visits", href: routes.dropIns() }, { label: formatDate(v.visitedOn) }]} />
      <PageHeader title={`Drop-in visit: ${v.focus}`} lead={`${formatDate(v.visitedOn)}. Teacher: ${v.teacher}. Visitor: ${v.visitor}.`} />
      <FlashNotice />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="went-well" title="What went well" className={box}>
          <p className="break-words whitespace-pre-line">{v.wentWell}</p>
        </Section>
        <Section id="next-step" title="Next step" className={box}>
          <p className="break-words whitespace-pre-line">{v.nextStep}</p>
        </Section>
      </div>
      <Section id="replies" title="Replies" className={`${box} mt-6`}>
        {v.replies.length === 0 ? <p>No replies yet.</p> : (
          <ol className="space-y-3">
            {v.replies.map((r) => (
              <li key={r.id} className="border-t pt-3 first:border-t-0 first:pt-0">
                <p className="text-sm text-slate-700">{r.mine ? "You" : r.author}, {formatDateTime(r.at)}</p>
                <p className="break-words whitespace-pre-line">{r.body}</p>
              </li>
            ))}
          </ol>
        )}
        {v.canReply && <div className="border-t pt-3"><ReplyForm visitId={v.id} /></div>}
      </Section>
    </>
  );
}
