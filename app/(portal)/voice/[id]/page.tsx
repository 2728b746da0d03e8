import type { Metadata } from "next";
import { AnswerForm } from "@/components/voice/AnswerForm";
import { YouSaidWeDid } from "@/components/voice/YouSaidWeDid";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { routes } from "@/lib/routes";
import { surveyToAnswer } from "@/lib/voice/queries";

export const metadata: Metadata = { title: "Answer the staff survey" };

type Props = { params: Promise<{ id: string }> };

/** The survey on one page, for its audience only (anyone else: not found). */
export default async function AnswerSurveyPage({ params }: Props) {
  const viewer = await requireViewer();
  const s = await surveyToAnswer(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "Staff survey", href: routes.staffSurveys() }, { label: s.title }]} />
      <PageHeader title={s.title} lead={`Anonymous: your answers are stored without your name and only the day you answered; leaders see figures for groups of 5 or more. Open until ${s.closesOn}.`} />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          {s.answered ? (
            <p className="rounded border border-slate-200 bg-white p-3">You have answered this survey. Thank you.</p>
          ) : s.state === "closed" ? (
            <p className="rounded border border-slate-200 bg-white p-3">This survey closed on {s.closesOn}.</p>
          ) : (
            <AnswerForm surveyId={s.id} questions={s.questions} />
          )}
        </div>
        <YouSaidWeDid actions={s.youSaidWeDid} headingId="you-said" title="You said, we did: after the last survey" />
      </div>
    </>
  );
}
