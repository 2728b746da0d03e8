import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { SelectField } from "@/components/ui/Select";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime, formatMinutes, londonToday } from "@/lib/dates";
import { options } from "@/lib/format";
import { BOOKING_STATUS_LABEL, CAREER_STAGE_LABEL, CATEGORY_LABEL, KIND_LABEL, STRAND_LABEL } from "@/lib/programme/labels";
import { myProgramme, programme } from "@/lib/programme/queries";
import { filterSchema } from "@/lib/programme/schema";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "CPD programme" };

const link = "text-brand-700 underline";

/** The next twelve months, for the month filter. */
function months() {
  const today = londonToday();
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + i, 1));
    return { value: d.toISOString().slice(0, 7), label: d.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }) };
  });
}

/** The trust's CPD programme: what is coming up, with places left, filtered; the viewer's bookings and follow-ups. */
export default async function ProgrammePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const filter = filterSchema.parse(await searchParams);
  const [p, mine] = await Promise.all([programme(viewer, filter), myProgramme(viewer)]);
  type Course = (typeof p.courses)[number];
  return (
    <>
      <PageHeader title="CPD programme" lead="Courses, conferences and school visits across the trust, from entry level to senior leadership.">
        <div className="flex flex-wrap gap-2">
          {p.canPublish && <Link href={asRoute(routes.programmeNew())} className={buttonClass("primary")}>Publish a course</Link>}
          {p.canApprove && <Link href={asRoute(routes.programmeApprovals())} className={buttonClass("secondary")}>Approvals and no-shows</Link>}
          {p.canSeeImpact && <Link href={asRoute(routes.programmeImpact())} className={buttonClass("secondary")}>Impact across the trust</Link>}
          {p.canBook && <Link href={asRoute(routes.programmeCalendar())} className={buttonClass("secondary")}>My calendar link</Link>}
        </div>
      </PageHeader>
      <FlashNotice />
      {mine.followUps.length > 0 && (
        <Section id="follow-ups" title="Six weeks on: what changed?" className="mb-6 space-y-2 rounded border-2 border-brand-700 bg-white p-4">
          <ul className="list-disc pl-5">
            {mine.followUps.map((f) => <li key={f.id}><Link href={asRoute(routes.followUp(f.id))} className={link}>Answer the follow-up: {f.title}</Link></li>)}
          </ul>
        </Section>
      )}
      {mine.bookings.length > 0 && (
        <Section id="my-bookings" title="My bookings" className="mb-6 space-y-2">
          <ul className="space-y-1">
            {mine.bookings.map((b) => (
              <li key={b.id}>
                <Link href={asRoute(routes.course(b.courseId))} className={link}>{b.title}</Link>: {BOOKING_STATUS_LABEL[b.status]}
                {b.firstStart ? `, starts ${formatDateTime(b.firstStart)}` : ""}
                {b.status === "OFFERED" && b.offerExpiresAt ? `. Accept by ${formatDateTime(b.offerExpiresAt)}.` : ""}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <form method="get" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the programme">
        <SelectField id="f-strand" name="strand" label="Strand" emptyLabel="All strands" defaultValue={filter.strand} options={options(STRAND_LABEL)} />
        <SelectField id="f-stage" name="stage" label="Career stage" emptyLabel="All stages" defaultValue={filter.stage} options={options(CAREER_STAGE_LABEL)} />
        <SelectField id="f-category" name="category" label="Staff" emptyLabel="All staff" defaultValue={filter.category} options={options(CATEGORY_LABEL)} />
        <SelectField id="f-month" name="month" label="Month" emptyLabel="Everything to come" defaultValue={filter.month} options={months()} />
        {p.canBook && (
          <div className="flex items-end gap-2 pb-2">
            <input id="f-mine" type="checkbox" name="mine" value="1" defaultChecked={filter.mine === "1"} className="h-5 w-5" />
            <label htmlFor="f-mine">Suitable for me</label>
          </div>
        )}
        <div className="flex items-end"><button type="submit" className={buttonClass("secondary", "min-h-11")}>Filter</button></div>
      </form>
      <TableBox label="Courses">
      <Table
        caption="Courses, earliest first"
        rows={p.courses}
        rowKey={(c: Course) => c.id}
        empty="No courses match: try fewer filters."
        columns={[
          { key: "title", header: "Course", rowHeader: true, className: "break-words", cell: (c: Course) => <><Link href={asRoute(routes.course(c.id))} className={link}>{c.title}</Link>{c.draft && <span className="ml-1 rounded bg-amber-100 px-1 text-xs">Draft</span>}</> },
          { key: "kind", header: "Kind", cell: (c: Course) => `${KIND_LABEL[c.kind]}, ${STRAND_LABEL[c.strand]}` },
          { key: "when", header: "Starts", cell: (c: Course) => (c.firstStart ? formatDate(c.firstStart) : "—") },
          { key: "hours", header: "Hours", cell: (c: Course) => `${formatMinutes(c.minutes)}${c.sessions > 1 ? ` over ${c.sessions} sessions` : ""}` },
          { key: "provider", header: "Provider", className: "break-words", cell: (c: Course) => c.provider },
          { key: "places", header: "Places", cell: (c: Course) => c.availability.label },
          { key: "mine", header: "My booking", cell: (c: Course) => (c.myBooking ? BOOKING_STATUS_LABEL[c.myBooking] : c.needsApproval ? "Needs approval" : "") },
        ]}
      />
      </TableBox>
    </>
  );
}
