import type { Metadata } from "next";
import Link from "next/link";
import { DropInForm } from "@/components/dropins/DropInForms";
import { NameSearch } from "@/components/people/NameSearch";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { dropInsHome, TEACHER_MATCHES } from "@/lib/dropins/queries";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Drop-in visits" };

const box = "space-y-3 rounded border border-slate-200 bg-white p-4";

/**
 * Drop-in visits: those made to the viewer, those they made (and the form to record one), and for a
 * head this term's visits per member of staff, who has had none first. Never a grade.
 */
export default async function DropInsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const viewer = await requireViewer();
  const { q } = await searchParams;
  const page = await dropInsHome(viewer, typeof q === "string" ? q.slice(0, 100) : "");
  type Visit = (typeof page.received)[number];
  const visits = (caption: string, rows: Visit[], empty: string, who: "teacher" | "visitor" | "both") => (
    <div className="overflow-x-auto">
      <Table
        caption={caption}
        rows={rows}
        rowKey={(v: Visit) => v.id}
        empty={empty}
        columns={[
          { key: "date", header: "Date", rowHeader: true, cell: (v: Visit) => <Link href={asRoute(routes.dropIn(v.id))} className="text-brand-700 underline">{formatDate(v.visitedOn)}<span className="sr-only">: {v.focus}</span></Link> },
          { key: "focus", header: "Class or subject", cell: (v: Visit) => <span className="break-words">{v.focus}</span> },
          ...(who !== "visitor" ? [{ key: "visitor", header: "Visitor", cell: (v: Visit) => v.visitor }] : []),
          ...(who !== "teacher" ? [{ key: "teacher", header: "Teacher", cell: (v: Visit) => v.teacher }] : []),
          { key: "replies", header: "Replies", cell: (v: Visit) => v.replies },
        ]}
      />
    </div>
  );
  return (
    <>
      <PageHeader title="Drop-in visits" lead="Short, ungraded visits to lessons: what went well and one next step, shared with the teacher, who may reply." />
      <FlashNotice />
      <div className="space-y-8">
        {viewer.staff && <Section id="received" title="Visits to your lessons">{visits("Drop-in visits to your lessons, newest first", page.received, "No drop-in visits yet.", "visitor")}</Section>}
        {page.school.map((s) => (
          <Section key={s.id} id={`school-${s.id}`} title={`${s.name}: visits this term (${page.termLabel})`}>
            <p>{s.total} {s.total === 1 ? "visit" : "visits"} this term; {s.none} of {s.people.length} teaching staff not yet visited.</p>
            <div className="overflow-x-auto">
              <Table
                caption={`Drop-in visits per member of staff, ${page.termLabel}, fewest first`}
                rows={s.people}
                rowKey={(p) => p.id}
                empty="No teaching staff."
                columns={[
                  { key: "name", header: "Member of staff", rowHeader: true, cell: (p) => <span className="break-words">{p.name}</span> },
                  { key: "job", header: "Role", cell: (p) => <span className="break-words">{p.jobTitle}</span> },
                  { key: "visits", header: "Visits this term", align: "right", cell: (p) => (p.visits === 0 ? "None yet" : p.visits) },
                ]}
              />
            </div>
          </Section>
        ))}
        {page.school.length > 0 && <Section id="school-visits" title="Visits this term">{visits(`Drop-in visits to your school, ${page.termLabel}, newest first`, page.schoolVisits, "No visits this term.", "both")}</Section>}
        {page.form && (
          <>
            <Section id="made" title="Visits you made">{visits("Drop-in visits you made, newest first", page.made, "You have not recorded a visit yet.", "teacher")}</Section>
            <Section id="record" title="Record a drop-in visit" className={box}>
              {page.findTeacher && (
                <>
                  <p className="text-sm text-slate-700">Find the teacher by name first (the form then offers the {TEACHER_MATCHES} first matches).</p>
                  <NameSearch id="teacher-q" label="Find the teacher" q={page.teacherSearch} />
                  {page.teacherSearch && <p role="status">{page.form.length} matching “{page.teacherSearch}”.</p>}
                </>
              )}
              <DropInForm teachers={page.form} today={isoDay(londonToday())} />
            </Section>
          </>
        )}
      </div>
    </>
  );
}
