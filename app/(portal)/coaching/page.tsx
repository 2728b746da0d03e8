import type { Metadata } from "next";
import Link from "next/link";
import { CoachSearch } from "@/components/coaching/CoachSearch";
import { EndPairingForm, PairingForm } from "@/components/coaching/CoachingForms";
import { Pager, queryHref } from "@/components/ui/Pager";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { CADENCE_LABEL, CADENCE_STATUS_LABEL } from "@/lib/coaching/labels";
import { coachingHome } from "@/lib/coaching/queries";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { pageOf } from "@/lib/paging";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Coaching" };

const PAIRINGS_PER_PAGE = 10;
const box = "space-y-3 rounded border border-slate-200 bg-white p-4";

/**
 * Coaching: one's own pairings (as coach or coachee, each opening its steps and notes); a head's
 * school's pairings and whether they keep their cadence (never their content); the programme's
 * numbers for the trust; and the set-up form for heads and the trust admin.
 */
export default async function CoachingPage({ searchParams }: { searchParams: Promise<{ coach?: string | string[]; coachee?: string | string[]; page?: string | string[] }> }) {
  const viewer = await requireViewer();
  const { coach, coachee, page: pageParam } = await searchParams;
  const page = await coachingHome(viewer, { coachSearch: typeof coach === "string" ? coach : "", coacheeSearch: typeof coachee === "string" ? coachee : "" });
  // The school's pairings (the trust admin's: every school's) 10 a page (issue 22: 1 MB of HTML at scale 10; each row carries its end-pairing form).
  const pairings = page.school ? pageOf(page.school, Number(typeof pageParam === "string" ? pageParam : 1), PAIRINGS_PER_PAGE) : null;
  type Mine = NonNullable<typeof page.mine>[number];
  type Row = NonNullable<typeof page.school>[number];
  return (
    <>
      <PageHeader title="Coaching" lead="Coaching pairs a coach with a colleague: one small step at a time, seen in the classroom. What is said stays with the pair." />
      <FlashNotice />
      <div className="space-y-8">
        {page.numbers && (
          <Section id="numbers" title="The coaching programme">
            <StatGrid>
              <Stat label="Active pairs" value={page.numbers.activePairs} />
              <Stat label="Sessions this term" value={page.numbers.sessionsThisTerm} />
              <Stat label="Pairs keeping their cadence" value={page.numbers.keepingPercent === null ? "—" : `${page.numbers.keepingPercent}%`} hint={`${page.numbers.keeping} of ${page.numbers.activePairs}`} />
            </StatGrid>
          </Section>
        )}
        {page.mine && (
          <Section id="mine" title="Your coaching">
            <TableBox>
            <Table
              caption="Pairings you coach or are coached in"
              rows={page.mine}
              rowKey={(p: Mine) => p.id}
              empty="You are not in a coaching pairing."
              columns={[
                { key: "with", header: "With", rowHeader: true, cell: (p: Mine) => <Link href={asRoute(routes.coachingPairing(p.id))} className="break-words text-brand-700 underline">{p.role === "coach" ? `Coaching ${p.coachee}` : `Coached by ${p.coach}`}</Link> },
                { key: "focus", header: "Focus", cell: (p: Mine) => <span className="break-words">{p.focus}</span> },
                { key: "cadence", header: "Cadence", cell: (p: Mine) => CADENCE_LABEL[p.cadence] },
                { key: "last", header: "Last session", cell: (p: Mine) => formatDate(p.lastSession) },
                { key: "status", header: "Status", cell: (p: Mine) => CADENCE_STATUS_LABEL[p.status] },
              ]}
            />
            </TableBox>
          </Section>
        )}
        {pairings && (
          <Section id="school" title="Pairings of your school">
            <p className="text-sm text-slate-700">Whether each pairing keeps its cadence. Action steps and session notes are the pair’s own and are not shown here.</p>
            <TableBox>
              <Table
                caption={`Coaching pairings, newest first${pairings.pageCount > 1 ? ` (page ${pairings.page} of ${pairings.pageCount})` : ""}`}
                rows={pairings.rows}
                rowKey={(p: Row) => p.id}
                empty="No pairings yet."
                columns={[
                  { key: "coachee", header: "Coachee", rowHeader: true, cell: (p: Row) => <span className="break-words">{p.coachee}</span> },
                  { key: "coach", header: "Coach", cell: (p: Row) => <span className="break-words">{p.coach}</span> },
                  { key: "focus", header: "Focus", cell: (p: Row) => <span className="break-words">{p.focus}</span> },
                  { key: "cadence", header: "Cadence", cell: (p: Row) => CADENCE_LABEL[p.cadence] },
                  { key: "dates", header: "Dates", cell: (p: Row) => `${formatDate(p.startsOn)} to ${p.endsOn ? formatDate(p.endsOn) : "open"}` },
                  { key: "last", header: "Last session", cell: (p: Row) => formatDate(p.lastSession) },
                  { key: "status", header: "Status", cell: (p: Row) => CADENCE_STATUS_LABEL[p.status] },
                  { key: "end", header: "Change", cell: (p: Row) => (p.manage && (p.status === "ON_TRACK" || p.status === "LAPSED") ? <EndPairingForm pairingId={p.id} label={p.coachee} /> : "") },
                ]}
              />
            </TableBox>
            {pairings.pageCount > 1 && (
              <Pager label="Pages of pairings" hrefFor={queryHref(routes.coaching(), { coach: typeof coach === "string" ? coach : undefined, coachee: typeof coachee === "string" ? coachee : undefined })} page={pairings.page} pageCount={pairings.pageCount} total={pairings.total} />
            )}
          </Section>
        )}
        {page.setUp && (
          <Section id="set-up" title="Set up a pairing" className={box}>
            {page.setUp.findCoachee && (
              <CoachSearch who="coachee" label="Find the coachee" back="Clear" search={page.setUp.coacheeSearch} found={page.setUp.coacheeSearch ? page.setUp.coachees.length : null} more={page.setUp.moreCoachees} keep={page.setUp.coachSearch} />
            )}
            <CoachSearch who="coach" label={page.setUp.findCoachee ? "Find the coach" : "Find a coach at any school"} back={page.setUp.findCoachee ? "Clear" : "Back to your school’s staff"} search={page.setUp.coachSearch} found={page.setUp.coachSearch ? page.setUp.coaches.length : null} more={page.setUp.more} keep={page.setUp.coacheeSearch} />
            <PairingForm
              coachees={page.setUp.coachees}
              coaches={page.setUp.coaches}
              coacheeHint={page.setUp.findCoachee ? (page.setUp.coacheeSearch ? `Staff of any school matching “${page.setUp.coacheeSearch}”.` : "Find the coachee above by name.") : undefined}
              coachHint={page.setUp.coachSearch ? `Staff of any school matching “${page.setUp.coachSearch}”.` : page.setUp.findCoachee ? "Find the coach above by name." : "Staff of your school; to choose someone at another school, find them above."}
              today={isoDay(londonToday())}
            />
          </Section>
        )}
      </div>
    </>
  );
}
