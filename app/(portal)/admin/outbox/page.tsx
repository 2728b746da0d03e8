import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";
import { outbox } from "@/lib/mail/outbox";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requireViewer();
  const page = pageNumber().parse((await searchParams).page);
  const data = await outbox(viewer, page);
  return (
    <>
      <PageHeader
        title="Outbox"
        lead={
          data.smtp
            ? "Mail goes out through the SMTP server configured in SMTP_URL; these are messages written before it was set."
            : "No mail server is configured (SMTP_URL), so the portal writes each message here instead of sending it. Pass a link on by hand, or set SMTP_URL."
        }
      />
      {data.messages.length === 0 ? (
        <p>No messages.</p>
      ) : (
        <ol className="space-y-4">
          {data.messages.map((m) => (
            <li key={m.id} className="rounded border border-slate-300 bg-white p-4">
              <h2 className="font-semibold">{m.subject}</h2>
              <p className="text-sm text-slate-700">
                To {m.to} · {formatDateTime(m.date)}
              </p>
              <pre className="mt-2 text-sm break-all whitespace-pre-wrap">{m.text}</pre>
            </li>
          ))}
        </ol>
      )}
      <Pager hrefFor={queryHref("/admin/outbox", { page })} page={page} pageCount={data.pageCount} total={data.total} />
    </>
  );
}
