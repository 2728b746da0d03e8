import type { Metadata } from "next";
import { ExpectationForm } from "@/components/governance/ExpectationForm";
import { TrainingForm } from "@/components/governance/TrainingForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table } from "@/components/ui/Table";
import { TextTable, type TextLine } from "@/components/governance/TextTable";
import { can, canAny } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { readFlash } from "@/lib/commands/flash";
import { formatDate, formatMinutes, isoDay, londonToday } from "@/lib/dates";
import { myGovernanceTraining, trainingCompletion } from "@/lib/governance/training/queries";
import { trustRows } from "@/lib/governance/training/totals";
import { notFound } from "next/navigation";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Governance training" };

const STATE = { MET: "Done", DUE: "Due", OVERDUE: "Overdue" } as const;

/** Schools per page of the completion table (120 schools on one page were 161 kB of HTML at scale 10). */
const SCHOOLS_PER_PAGE = 40;

type Completion = NonNullable<Awaited<ReturnType<typeof trainingCompletion>>>;

/** Completion over the trust (the board, all schools' governors), then by school a page at a time. */
function CompletionTables({ completion, page }: { completion: Completion; page: number }) {
  const { trust, schools } = trustRows(completion.rows, completion.expectations.map((e) => e.id));
  const shown = pageOf(schools, page, SCHOOLS_PER_PAGE);
  // Rows as short texts for a client table (the payload carries each figure once, issue 22).
  const lines = (rows: Completion["rows"]) =>
    rows.map((r): TextLine => [r.name, r.name, String(r.people), ...completion.expectations.map((e) => {
      const m = r.met.find((x) => x.expectationId === e.id);
      return m ? `${m.met} of ${r.people}` : "n/a";
    })]);
  const columns = (first: string) => [{ header: first }, { header: "People", right: true }, ...completion.expectations.map((e) => ({ header: e.name, right: true }))];
  return (
    <>
      <TextTable label="Completion across the trust" caption="Governance training completion across the trust: the board, and every school's governors together" columns={columns("Who")} rows={lines(trust)} />
      <TextTable label="Completion by school" caption={`Governance training completion by school${shown.pageCount > 1 ? `, page ${shown.page} of ${shown.pageCount}` : ""}`} columns={columns("School")} rows={lines(shown.rows)} />
      {shown.pageCount > 1 && <Pager hrefFor={queryHref(routes.governorTraining(), {})} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools" />}
    </>
  );
}

export default async function GovernanceTrainingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const own = canAny(viewer, "governance:train");
  const board = canAny(viewer, "governance:oversee");
  if (!own && !board) notFound();
  const [mine, completion, flash, page] = await Promise.all([own ? myGovernanceTraining(viewer) : null, board ? trainingCompletion(viewer) : null, readFlash(), searchParams.then((q) => pageNumber().parse(q.page))]);
  return (
    <>
      <PageHeader title="Governance training" lead="The trust's expectations of its governors and trustees, and the training recorded against them." />
      <div className="space-y-10">
        {mine && (
          <section aria-labelledby="mine-heading" className="space-y-4">
            <h2 id="mine-heading" className="text-lg font-semibold">My governance development</h2>
            <Table caption="My expectations" captionClassName="py-2 text-left font-medium" rows={mine.status} rowKey={(s) => s.expectation.id} empty="The trust has set no expectations for your role." columns={[
              { key: "name", header: "Expectation", rowHeader: true, cell: (s) => s.expectation.name },
              { key: "state", header: "Status", cell: (s) => <span className={s.state === "OVERDUE" ? "font-semibold text-red-800" : s.state === "MET" ? "text-green-900" : ""}>{STATE[s.state]}</span> },
              { key: "done", header: "Completed", cell: (s) => formatDate(s.completedOn) },
              { key: "due", header: "Due by / renew by", cell: (s) => formatDate(s.dueBy) },
            ]} />
            <TrainingForm expectations={mine.expectations} today={isoDay(londonToday())} notice={flash ?? undefined} />
            <Table caption="Training I have recorded" captionClassName="py-2 text-left font-medium" rows={mine.records} rowKey={(r) => r.id} empty="Nothing recorded yet." columns={[
              { key: "title", header: "Training", rowHeader: true, cell: (r) => r.title },
              { key: "expectation", header: "Expectation", cell: (r) => r.expectation?.name ?? "—" },
              { key: "on", header: "Completed", cell: (r) => formatDate(r.completedOn) },
              { key: "hours", header: "Time", align: "right", cell: (r) => formatMinutes(r.minutes) },
            ]} />
          </section>
        )}
        {completion && (
          <section aria-labelledby="board-heading" className="space-y-3">
            <h2 id="board-heading" className="text-lg font-semibold">Completion by school</h2>
            <p className="text-sm text-slate-700">Governors (or trustees) who have met each expectation, of those it applies to. Counts only.</p>
            {can(viewer, "trust:admin") && <ExpectationForm />}
            <CompletionTables completion={completion} page={page} />
          </section>
        )}
      </div>
    </>
  );
}
