import type { Metadata } from "next";
import { FollowUpForm } from "@/components/programme/ImpactForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { followUpOf } from "@/lib/programme/impact/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Six weeks on" };

/** The six-week follow-up of a course or a long activity: what changed in practice, and in pupils. */
export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const f = await followUpOf(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: "Six weeks on" }]} />
      <PageHeader title={`Six weeks on: ${f.title}`} lead="Two short questions. Your answer is quoted without your name to the course's organiser." />
      <div className="max-w-2xl rounded border border-slate-200 bg-white p-4">
        {f.answeredAt ? (
          <div className="space-y-2">
            <p>Thank you: you answered this follow-up.</p>
            <p className="break-words">{f.changedPractice ? "You changed: " : "Not yet: "}“{f.practice}”</p>
            {f.pupils && <p className="break-words">In pupils: “{f.pupils}”</p>}
          </div>
        ) : (
          <FollowUpForm followUpId={f.id} />
        )}
      </div>
    </>
  );
}
