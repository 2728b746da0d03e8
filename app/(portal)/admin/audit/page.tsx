import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { FilterField } from "@/components/ui/SearchField";
import { Pager, queryHref } from "@/components/ui/Pager";
import { SelectField } from "@/components/ui/Select";
import { Table, TableBox } from "@/components/ui/Table";
import { auditParams } from "@/lib/admin/audit/params";
import { auditPage } from "@/lib/admin/audit/queries";
import { KINDS } from "@/lib/admin/audit/sentences";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";
import { asRoute } from "@/lib/routes";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const p = auditParams.parse(await searchParams);
  const data = await auditPage(viewer, p);
  return (
    <>
      <PageHeader title="Audit log" lead="Every change made in the portal, newest first. Filter by person (who did it or whom it was about), school, kind and date." />
      <form method="get" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6" role="search" aria-label="Filter the audit log">
        <FilterField id="audit-person" name="person" label="Person" defaultValue={p.person} />
        <SelectField id="audit-school" name="school" label="School" defaultValue={p.school} emptyLabel="All schools" options={data.schools.map((s) => ({ value: s.id, label: s.name }))} />
        <SelectField id="audit-kind" name="kind" label="Kind" defaultValue={p.kind} emptyLabel="All kinds" options={Object.entries(KINDS).map(([value, k]) => ({ value, label: k.label }))} />
        <FilterField id="audit-from" name="from" label="From" type="date" defaultValue={p.from} />
        <FilterField id="audit-to" name="to" label="To" type="date" defaultValue={p.to} />
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary", "w-full")}>Apply filters</button>
        </div>
      </form>
      <TableBox>
        <Table caption="Audit log, newest first" rows={data.rows} rowKey={(r) => r.id} empty="No changes match." columns={[
            { key: "when", header: "When", className: "whitespace-nowrap", cell: (r) => formatDateTime(r.at) },
            {
              key: "what",
              header: "What happened",
              cell: (r) => (
                <>
                  {r.actor} {r.href ? <Link href={asRoute(r.href)} className="text-brand-700 underline">{r.sentence}</Link> : r.sentence}
                  <span className="sr-only"> ({r.action})</span>
                </>
              ),
            },
          ]}
        />
      </TableBox>
      <Pager hrefFor={queryHref("/admin/audit", { person: p.person, school: p.school, kind: p.kind, from: p.from, to: p.to, page: p.page })} page={p.page} pageCount={data.pageCount} total={data.total} />
    </>
  );
}
