import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { Table, TableBox } from "@/components/ui/Table";
import { QuestionFigures } from "@/components/voice/Figures";
import { ResultFilters } from "@/components/voice/ResultFilters";
import { RecordActionForm } from "@/components/voice/SurveyForms";
import { YouSaidWeDid } from "@/components/voice/YouSaidWeDid";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { CAUTION_UNDER, MAX_FILTERS, MIN_GROUP, TEXT_MIN } from "@/lib/voice/anonymity";
import { NOT_ENOUGH } from "@/lib/voice/labels";
import { surveyResults } from "@/lib/voice/results/view";

export const metadata: Metadata = { title: "Staff survey results" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One survey's results, as the anonymity rules allow them for the view asked. */
export default async function SurveyResultsPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const d = await surveyResults(viewer, (await params).id, await searchParams);
  const v = d.verdict;
  type School = (typeof d.schools)[number];
  type Term = NonNullable<typeof d.trend>["terms"][number];
  return (
    <>
      <Breadcrumbs items={[{ label: "Staff survey results", href: routes.surveyResultsList() }, { label: d.survey.title }]} />
      <PageHeader title={`${d.survey.title}: results`} lead={`${d.survey.scope}, ${d.survey.term}. Open ${formatDate(d.survey.opensOn)} to ${formatDate(d.survey.closesOn)}${d.survey.closed ? " (closed)" : ""}.`} />
      <FlashNotice />
      <ResultFilters filters={d.filters} schools={d.options.schools} allSchools={d.options.allSchools} phases={d.options.phases} breakdown={d.options.breakdown} />
      <StatGrid>
        <Stat label="Showing" value={d.viewLabel} />
        <Stat label="Participation" value={`${d.participation.percent}%`} hint={`${d.participation.answered} of ${d.participation.invited} current staff answered`} />
        {v.shown && <Stat label="Answers in this view" value={v.n} hint={v.caution ? `Fewer than ${CAUTION_UNDER}: read with caution` : undefined} />}
      </StatGrid>
      <div className="mt-6 space-y-8">
        {!v.shown ? (
          <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {v.reason === "too-many-filters"
              ? `At most ${MAX_FILTERS} filters at once: remove one to see figures.`
              : `${NOT_ENOUGH}. Figures appear for a group once at least ${MIN_GROUP} people have answered, and never where a smaller group could be worked out from them.`}
          </p>
        ) : (
          <Section id="questions" title="Question by question" className="space-y-3">
            {v.caution && <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-amber-950">Caution: these figures come from {v.n} answers, fewer than {CAUTION_UNDER}, so a few people can move them a lot.</p>}
            {d.comparison && !d.comparison.shown && <p className="text-slate-700">The trust’s figures are not shown: {NOT_ENOUGH.toLowerCase()}.</p>}
            <div className="grid gap-3 md:grid-cols-2">
              {d.questions.map((q) => q.figure && <QuestionFigures key={q.key} text={q.text} figure={q.figure} trust={q.trust} />)}
            </div>
          </Section>
        )}
        {d.comments && (
          <Section id="comments" title="Comments" className="space-y-2">
            <p className="text-sm text-slate-700">{d.comments.question}</p>
            {d.comments.texts ? (
              d.comments.texts.length ? <ul className="list-disc space-y-1 pl-5 break-words">{d.comments.texts.map((t, i) => <li key={i}>{t}</li>)}</ul> : <p>No comments were left.</p>
            ) : (
              <p className="text-slate-700">Comments are shown only after the survey closes, for the whole school or trust, and only when at least {TEXT_MIN} people answered.</p>
            )}
          </Section>
        )}
        {d.breakdowns.map((b) => (
          <Section key={b.param} id={`by-${b.param}`} title={`By ${b.dimension.toLowerCase()}`}>
            <TableBox label={`Results by ${b.dimension.toLowerCase()}`}>
            <Table
              caption={`Results by ${b.dimension.toLowerCase()}`}
              rows={b.rows}
              rowKey={(r) => r.value}
              columns={[
                { key: "group", header: b.dimension, rowHeader: true, cell: (r) => r.label },
                { key: "n", header: "Answers", align: "right", cell: (r) => (r.shown ? `${r.n}${r.caution ? " (caution)" : ""}` : NOT_ENOUGH) },
                { key: "agree", header: "Average agreement (of 5)", align: "right", cell: (r) => r.agreement ?? "—" },
                { key: "enps", header: "eNPS", align: "right", cell: (r) => r.enps ?? "—" },
              ]}
            />
            </TableBox>
          </Section>
        ))}
        {/* Plain links: a row per school, and next/link's client component for each costs render time. */}
        {d.schools.length > 0 && (
          <Section id="schools" title="Each school’s headline">
            <TableBox label="Each school's headline">
            <Table
              caption="Each school's participation and headline figures"
              rows={d.schools}
              rowKey={(r: School) => r.id}
              columns={[
                { key: "name", header: "School", rowHeader: true, cell: (r: School) => <a href={routes.surveyResults(d.survey.id, `school=${r.id}`)} className="text-brand-700 underline">{r.name}</a> },
                { key: "part", header: "Participation", align: "right", cell: (r: School) => `${r.answered} of ${r.invited}` },
                { key: "agree", header: "Average agreement (of 5)", align: "right", cell: (r: School) => (r.shown ? r.agreement ?? "—" : NOT_ENOUGH) },
                { key: "enps", header: "eNPS", align: "right", cell: (r: School) => (r.shown ? r.enps ?? "—" : "—") },
              ]}
            />
            </TableBox>
          </Section>
        )}
        {d.trend && (
          <Section id="trend" title="Trend over terms">
            <TableBox label="Trend over terms">
              <Table
                caption="The same view in earlier terms"
                rows={d.trend.terms}
                rowKey={(t: Term) => t.term}
                columns={[{ key: "term", header: "Term", rowHeader: true, cell: (t: Term) => t.term }, ...d.trend.questions.map((q) => ({ key: q.key, header: q.text, cell: (t: Term) => (t.shown ? t.cells[q.key] ?? "—" : NOT_ENOUGH) }))]}
              />
            </TableBox>
          </Section>
        )}
        <YouSaidWeDid actions={d.actions} headingId="you-said" />
        {d.record && (
          <Section id="record" title="Record what you did" className="max-w-2xl space-y-2 rounded border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-700">Staff see this beside the next survey.</p>
            <RecordActionForm surveyId={d.survey.id} schoolId={d.record.schoolId} questions={d.record.questions} />
          </Section>
        )}
      </div>
    </>
  );
}
