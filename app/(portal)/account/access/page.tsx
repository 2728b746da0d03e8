import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { requireAny } from "@/lib/access/where";
import { requireViewer } from "@/lib/access/viewer";
import { ownAccessParams } from "@/lib/access-log/params";
import { myRecordOpenings } from "@/lib/access-log/queries";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Who opened my records" };

/** A member of staff's own view of the access log: who opened their records in the last year, and as what. */
export default async function MyAccessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  requireAny(viewer, "access-log:view:own");
  const { page } = ownAccessParams.parse(await searchParams);
  const data = await myRecordOpenings(viewer, page);
  return (
    <>
      <PageHeader
        title="Who opened my records"
        lead="Everyone who opened your development portfolio, a CPD record, your induction or one of your evidence files in the last year, and the role they held. Your own visits are not listed."
      />
      {data.total === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">Nobody else has opened your records in the last year.</p>
      ) : (
        <div className="space-y-8">
          <Section id="readers-heading" title="By person">
            <TableBox>
              <Table caption="People who opened your records, most recent first" rows={data.readers} rowKey={(r) => r.id} empty="" columns={[
                  { key: "who", header: "Person", rowHeader: true, cell: (r) => r.name },
                  { key: "times", header: "Times", className: "text-right", cell: (r) => r.times },
                  { key: "last", header: "Last opened", className: "whitespace-nowrap", cell: (r) => formatDateTime(r.last) },
                ]}
              />
            </TableBox>
          </Section>
          <Section id="entries-heading" title="Every time, newest first">
            <TableBox>
              <Table caption="Each time one of your records was opened" rows={data.rows} rowKey={(r) => r.id} empty="" columns={[
                  { key: "when", header: "When", className: "whitespace-nowrap", cell: (r) => formatDateTime(r.at) },
                  { key: "who", header: "Who", cell: (r) => r.who },
                  { key: "role", header: "As", cell: (r) => r.role },
                  { key: "what", header: "What", cell: (r) => r.what },
                ]}
              />
            </TableBox>
            <Pager hrefFor={queryHref("/account/access", { page })} page={page} pageCount={data.pageCount} total={data.total} />
          </Section>
        </div>
      )}
    </>
  );
}
