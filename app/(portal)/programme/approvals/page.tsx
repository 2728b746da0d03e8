import type { Metadata } from "next";
import Link from "next/link";
import { DecideForm } from "@/components/programme/BookingForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate } from "@/lib/dates";
import { approvals } from "@/lib/programme/register/queries";
import { pageOf } from "@/lib/paging";
import { asRoute, routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Course approvals" };

const link = "text-brand-700 underline";

/** Bookings a page (each carries its approve/decline form), no-shows a page: the trust admin's every school's were 160 kB. */
const PENDING_PER_PAGE = 6;
const NO_SHOWS_PER_PAGE = 20;

/** A head's bookings to approve or decline, and their staff's no-shows. */
export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [a, query] = await Promise.all([approvals(viewer), searchParams]);
  type NoShow = (typeof a.noShows)[number];
  const pending = pageOf(a.pending, pageNumber().parse(query.pending), PENDING_PER_PAGE);
  const noShows = pageOf(a.noShows, pageNumber().parse(query.page), NO_SHOWS_PER_PAGE);
  const hrefFor = queryHref("/programme/approvals", { pending: pending.page > 1 ? pending.page : undefined, page: noShows.page > 1 ? noShows.page : undefined });
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: "Approvals and no-shows" }]} />
      <PageHeader title="Approvals and no-shows" lead="Bookings by your staff on courses that need your approval, and who missed a session they were booked on." />
      <FlashNotice />
      <Section id="pending" title={`Awaiting your approval (${a.pending.length})`} className="mb-6 space-y-3">
        {a.pending.length === 0 && <p>Nothing is waiting.</p>}
        <ul className="grid gap-4 md:grid-cols-2">
          {pending.rows.map((b) => (
            <li key={b.id} className="space-y-2 rounded border border-slate-200 bg-white p-4">
              <p className="break-words"><strong>{b.name}</strong>, {b.jobTitle}, {b.school}</p>
              <p className="break-words"><Link href={asRoute(routes.course(b.courseId))} className={link}>{b.course}</Link>{b.firstStart ? `, starts ${formatDate(b.firstStart)}` : ""}</p>
              {b.own ? <p>Your own booking is decided by the trust.</p> : <DecideForm bookingId={b.id} who={b.name} />}
            </li>
          ))}
        </ul>
        {pending.pageCount > 1 && <Pager hrefFor={hrefFor} page={pending.page} pageCount={pending.pageCount} total={pending.total} param="pending" label="Pages of bookings awaiting approval" />}
      </Section>
      <Section id="no-shows" title="No-shows in the last year">
        <TableBox label="No-shows">
          <Table caption={`No-shows, latest first${noShows.pageCount > 1 ? ` (page ${noShows.page} of ${noShows.pageCount})` : ""}`} rows={noShows.rows} rowKey={(n: NoShow, i) => `${n.name}-${i}`} empty="No no-shows." columns={[
            { key: "name", header: "Name", rowHeader: true, className: "break-words", cell: (n: NoShow) => n.name },
            { key: "school", header: "School", className: "break-words", cell: (n: NoShow) => n.school },
            { key: "course", header: "Session", className: "break-words", cell: (n: NoShow) => <Link href={asRoute(routes.course(n.courseId))} className={link}>{n.course}</Link> },
            { key: "at", header: "Date", cell: (n: NoShow) => formatDate(n.at) },
          ]} />
        </TableBox>
        {noShows.pageCount > 1 && <Pager hrefFor={hrefFor} page={noShows.page} pageCount={noShows.pageCount} total={noShows.total} label="Pages of no-shows" />}
      </Section>
    </>
  );
}
