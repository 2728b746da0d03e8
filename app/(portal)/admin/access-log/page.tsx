import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { accessSearchParams } from "@/lib/access-log/params";
import { searchAccessLog } from "@/lib/access-log/queries";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Access log" };

const input = "mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-2";

/** The trust admin's search of who opened whose record (issue 21 §3). */
export default async function AccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const p = accessSearchParams.parse(await searchParams);
  const data = await searchAccessLog(viewer, p);
  return (
    <>
      <PageHeader title="Access log" lead="Each time someone opened another person's named record (portfolio, staff record, CPD record, induction, evidence file), newest first." />
      <form method="get" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Search the access log">
        <div>
          <label htmlFor="access-subject" className="block text-sm font-medium">Whose record</label>
          <input id="access-subject" name="subject" defaultValue={p.subject} className={input} />
        </div>
        <div>
          <label htmlFor="access-reader" className="block text-sm font-medium">Opened by</label>
          <input id="access-reader" name="reader" defaultValue={p.reader} className={input} />
        </div>
        <div>
          <label htmlFor="access-from" className="block text-sm font-medium">From</label>
          <input id="access-from" name="from" type="date" defaultValue={p.from} className={input} />
        </div>
        <div>
          <label htmlFor="access-to" className="block text-sm font-medium">To</label>
          <input id="access-to" name="to" type="date" defaultValue={p.to} className={input} />
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary", "w-full")}>Search</button>
        </div>
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
