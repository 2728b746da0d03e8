"use client";
// The verification queue: tick activities, then verify them or return them with one reason. A plain
// form (checkboxes named ids[]) that works without JavaScript; sorting and paging are links. "Select
// all on this page" ticks every row with JavaScript; without it, the server reads the ticked box as
// every id of the page (page[]).
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useSyncExternalStore, type ChangeEvent } from "react";
import { DataTable } from "@/components/ui/DataTable";
import { queryHref } from "@/components/ui/Pager";
import { Form, Submit, TextArea } from "@/components/ui/form";
import { verifyActivitiesAction } from "@/lib/cpd/actions";
import { TYPE_LABEL } from "@/lib/cpd/labels";
import type { QueueParams } from "@/lib/cpd/reports/params";
import { QUEUE_SORTS, queueQuery } from "@/lib/cpd/reports/query";

type QueueRow = {
  id: string; title: string; type: string; startDate: string; minutes: string; submittedAt: string; staffId: string; staff: string; jobTitle: string;
  evidence: boolean; resubmitted: boolean;
  /** The school whose queue it was in before the person transferred here. */
  movedFrom: string | null;
};

const boxes = (form: HTMLFormElement | null) => [...(form?.querySelectorAll<HTMLInputElement>('input[name="ids[]"]') ?? [])];
const noop = () => () => {};

function tickAll(event: ChangeEvent<HTMLInputElement>) {
  for (const box of boxes(event.currentTarget.form)) box.checked = event.currentTarget.checked;
}

function syncAll(event: ChangeEvent<HTMLInputElement>) {
  const form = event.currentTarget.form;
  const all = form?.querySelector<HTMLInputElement>("#select-all");
  if (all) all.checked = boxes(form).every((b) => b.checked);
}

function SelectAll({ count }: { count: number }) {
  // Sent only when the page runs without JavaScript (server render); with it, the rows' own ticks are sent.
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  return (
    <label className="flex items-center gap-2 font-normal">
      <input type="checkbox" id="select-all" name={hydrated ? undefined : "all"} value="on" onChange={tickAll} className="h-5 w-5" />
      <span>
        Select all<span className="sr-only"> {count} on this page</span>
      </span>
    </label>
  );
}

export function VerificationQueue({
  rows, params, total, pageCount, empty,
}: { rows: QueueRow[]; params: QueueParams; total: number; pageCount: number; empty: string }) {
  const back = queueQuery(params);
  const columns: ColumnDef<QueueRow>[] = [
    {
      id: "select",
      header: () => <SelectAll count={rows.length} />,
      cell: ({ row: { original: r } }) => (
        <input type="checkbox" name="ids[]" value={r.id} id={`pick-${r.id}`} onChange={syncAll} className="h-5 w-5" aria-label={`Select ${r.title} by ${r.staff}`} />
      ),
    },
    {
      id: "staff",
      header: "Member of staff",
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={`/staff/${r.staffId}`} className="text-brand-700 underline">
            {r.staff}
          </Link>
          <span className="block text-xs text-slate-600">{r.jobTitle}</span>
        </>
      ),
    },
    {
      id: "activity",
      header: "Activity",
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={`/verification/${r.id}${back ? `?${back}` : ""}`} className="text-brand-700 underline">
            {r.title}
          </Link>
          <span className="block text-xs text-slate-600">
            {TYPE_LABEL[r.type] ?? r.type}
            {r.resubmitted && <span className="ml-2 rounded border border-amber-700 bg-amber-50 px-1 text-amber-900">Resubmitted</span>}
          </span>
          {r.movedFrom && <span className="block text-xs text-slate-700">Moved from {r.movedFrom}&rsquo;s queue when they transferred</span>}
        </>
      ),
    },
    { id: "date", header: "Date", accessorKey: "startDate" },
    { id: "hours", header: "Hours", accessorKey: "minutes" },
    { id: "evidence", header: "Evidence", cell: ({ row: { original: r } }) => (r.evidence ? "Yes" : "No") },
    { id: "submitted", header: "Submitted", accessorKey: "submittedAt" },
  ];
  return (
    <Form id="verification" action={verifyActivitiesAction} loadSchema={() => import("@/lib/cpd/schema").then((m) => m.verificationForm)} className="space-y-4">
      {/* The form stays when the last rows go, so the message of what was just done stays with it. */}
      {rows.length === 0 ? <p>{empty}</p> : <Rows rows={rows} columns={columns} params={params} total={total} pageCount={pageCount} />}
      {rows.length > 0 && <Decision />}
    </Form>
  );
}

function Rows({ rows, columns, params, total, pageCount }: { rows: QueueRow[]; columns: ColumnDef<QueueRow>[]; params: QueueParams; total: number; pageCount: number }) {
  return (
    <fieldset id="verification-ids">
      <legend className="sr-only">Activities awaiting verification</legend>
      {/* Remounted when the rows change, so a "select all" ticked before a refresh never carries over. */}
      <div key={rows.map((r) => r.id).join()}>
        <DataTable
          caption="Activities awaiting verification"
          columns={columns}
          rows={rows}
          sort={params}
          sortable={[...QUEUE_SORTS]}
          hrefFor={queryHref("/verification", { school: params.school, year: params.year, sort: params.sort, dir: params.dir, page: params.page })}
          page={params.page}
          pageCount={pageCount}
          total={total}
        />
        {rows.map((r) => (
          <input key={r.id} type="hidden" name="page[]" value={r.id} />
        ))}
      </div>
    </fieldset>
  );
}

function Decision() {
  return (
    <>
      <TextArea name="reason" label="Reason for returning (needed to return)" hint="The member of staff sees this and can change the record and submit it again." rows={2} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Submit name="decision" value="verify">
          Verify selected
        </Submit>
        <Submit name="decision" value="return" variant="secondary">
          Return selected with reason
        </Submit>
      </div>
    </>
  );
}
