import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { FilterField, SearchSubmit } from "@/components/ui/SearchField";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { accessSearchParams } from "@/lib/access-log/params";
import { searchAccessLog } from "@/lib/access-log/queries";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Access log" };

/** The trust admin's search of who opened whose record (issue 21 §3). */
export default async function AccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const p = accessSearchParams.parse(await searchParams);
  const data = await searchAccessLog(viewer, p);
  return (
    <>
      <PageHeader title="Access log" lead="Each time someone opened another person's named record (portfolio, staff record, CPD record, induction, evidence file), newest first." />
      <form method="get" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Search the access log">
        <FilterField id="access-subject" name="subject" label="Whose record" defaultValue={p.subject} />
        <FilterField id="access-reader" name="reader" label="Opened by" defaultValue={p.reader} />
        <FilterField id="access-from" name="from" label="From" type="date" defaultValue={p.from} />
        <FilterField id="access-to" name="to" label="To" type="date" defaultValue={p.to} />
        <SearchSubmit />
      </form>
      <TableBox>
        <Table caption="Records opened, newest first" rows={data.rows} rowKey={(r) => r.id} empty="Nothing matches." columns={[
            { key: "when", header: "When", className: "whitespace-nowrap", cell: (r) => formatDateTime(r.at) },
            { key: "who", header: "Opened by", cell: (r) => <>{r.who}<span className="block text-xs text-slate-600">as {r.role}</span></> },
            { key: "whose", header: "Whose record", cell: (r) => <><Link href={`/staff/${r.whoseId}`} className="text-brand-700 underline">{r.whose}</Link><span className="block text-xs text-slate-600">{r.school}</span></> },
            { key: "what", header: "What", cell: (r) => r.what },
          ]}
        />
      </TableBox>
      <Pager hrefFor={queryHref("/admin/access-log", { subject: p.subject, reader: p.reader, from: p.from, to: p.to, page: p.page })} page={p.page} pageCount={data.pageCount} total={data.total} />
    </>
  );
}
