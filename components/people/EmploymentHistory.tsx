// A staff record's "Employment history" section (transfers, secondments and swaps, ending one early)
// and, for those who may move the person (staff:manage at both schools), the forms to record one.
import Link from "next/link";
import { Section } from "@/components/ui/Section";
import { SelectField, type Option } from "@/components/ui/Select";
import { Table } from "@/components/ui/Table";
import { formatDate } from "@/lib/dates";
import type { employmentHistory } from "@/lib/people/employment/queries";
import { PLACEMENT_LABEL } from "@/lib/people/labels";
import { CancelPlacementForm, EndPlacementForm, SecondmentForm, SwapForm, TransferForm } from "./PlacementForms";

type History = Awaited<ReturnType<typeof employmentHistory>>;
type Row = History["rows"][number];

export function EmploymentHistory({ id, history, targets }: { id: string; history: History; targets: Option[] }) {
  const columns = [
    { key: "kind", header: "Kind", rowHeader: true, cell: (r: Row) => PLACEMENT_LABEL[r.kind] },
    { key: "from", header: "From", cell: (r: Row) => r.fromSchool.name },
    { key: "to", header: "To", cell: (r: Row) => r.toSchool.name },
    { key: "start", header: "Start", cell: (r: Row) => formatDate(r.startDate) },
    { key: "end", header: "End", cell: (r: Row) => (r.endDate ? formatDate(r.endDate) : "Permanent") },
    {
      key: "detail",
      header: "Details",
      cell: (r: Row) => (
        <div className="space-y-2">
          {r.partner && (
            <p>
              Swapped with{" "}
              <Link href={`/staff/${r.partner.id}`} className="text-brand-700 underline">
                {r.partner.name}
              </Link>
            </p>
          )}
          {r.note && <p>{r.note}</p>}
          {r.mayEnd && <EndPlacementForm placementId={r.id} earliest={r.earliestEnd} what={PLACEMENT_LABEL[r.kind].toLowerCase()} />}
          {r.mayCancel && <CancelPlacementForm placementId={r.id} what={PLACEMENT_LABEL[r.kind].toLowerCase()} />}
        </div>
      ),
    },
  ];
  return (
    <Section id="employment-heading" title="Employment history" className="space-y-4">
      <p className="text-sm text-slate-700">
        Their CPD, training, qualifications and expertise stay with them wherever they work; school figures count them where they work on each day.
      </p>
      <Table caption="Transfers, secondments and swaps" columns={columns} rows={history.rows} rowKey={(r) => r.id} empty="No transfers, secondments or swaps." />
      {history.mayMove && targets.length > 0 && (
        <p>
          <a href={`/staff/${id}?move=1#move-heading`} className="text-brand-700 underline">
            Record a transfer, secondment or swap
          </a>
        </p>
      )}
    </Section>
  );
}

/** The forms to move someone, at the foot of their record (linked from the history), for those who may. */
export function MoveForms({ id, targets, swap, today }: { id: string; targets: Option[]; swap: { school?: Option; people: Option[] }; today: string }) {
  return (
    <Section id="move-heading" title="Transfer, second or swap them" className="space-y-4">
      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="second-heading" title="Second them to another school" headingClassName="text-base font-semibold">
          <p className="text-sm text-slate-700">A secondment has an end date; their home school stays theirs and keeps verifying their CPD.</p>
          <SecondmentForm id={id} schools={targets} />
        </Section>
        <Section id="transfer-heading" title="Transfer them permanently" headingClassName="text-base font-semibold">
          <p className="text-sm text-slate-700">
            Their home school changes; a line manager at the old school no longer manages them, and CPD waiting for verification moves to the new
            school&rsquo;s queue.
          </p>
          <TransferForm id={id} schools={targets} today={today} />
        </Section>
        <Section id="swap-heading" title="Swap with someone at another school" headingClassName="text-base font-semibold">
          <form method="get" action={`/staff/${id}#swap-heading`} className="flex flex-wrap items-end gap-2" aria-label="Choose the school to swap with">
            <input type="hidden" name="move" value="1" />
            <SelectField id="swapSchool" name="swapSchool" label="School to swap with" defaultValue={swap.school?.value} emptyLabel="Choose a school" options={targets} />
            <button type="submit" className="min-h-11 rounded border border-slate-500 bg-white px-3">
              Show its staff
            </button>
          </form>
          {swap.school && <SwapForm id={id} people={swap.people} school={swap.school.label} />}
        </Section>
      </div>
    </Section>
  );
}
