// A course's impact report and the trust's impact by strand and provider. Every figure carries the number
// of answers behind it; under five, a caution says it is too few to read much into.
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import type { courseImpact, trustImpact } from "@/lib/programme/impact/queries";
import { CAREER_STAGE_LABEL, FEW_ANSWERS, STRAND_LABEL } from "@/lib/programme/labels";

const box = "space-y-3 rounded border border-slate-200 bg-white p-4";
const caution = `Fewer than ${FEW_ANSWERS} answers: too few to read much into.`;

function Counts({ id, title, rows, label }: { id: string; title: string; rows: { key: string; n: number }[]; label: (k: string) => string }) {
  return (
    <Section id={id} title={title} className={box}>
      <Table caption={title} look="lined" rows={rows} rowKey={(r) => r.key} empty="Nobody attended yet." columns={[
        { key: "k", header: "", rowHeader: true, className: "break-words", cell: (r) => label(r.key) },
        { key: "n", header: "Attended", align: "right", cell: (r) => r.n },
      ]} />
    </Section>
  );
}

export function CourseImpactView({ r }: { r: Awaited<ReturnType<typeof courseImpact>> }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section id="attendance" title="Attendance" className={box}>
        <p>{r.attendance.attended} attended of {r.attendance.booked} booked; {r.attendance.noShows} {r.attendance.noShows === 1 ? "no-show" : "no-shows"}.</p>
      </Section>
      <Section id="ratings" title="Ratings" className={box}>
        <p>{r.ratings.mean === null ? "No ratings yet." : `Average ${r.ratings.mean} out of 5`} ({r.ratings.n} {r.ratings.n === 1 ? "answer" : "answers"})</p>
        {r.ratings.n > 0 && r.ratings.n < FEW_ANSWERS && <p className="text-sm font-medium text-amber-900">{caution}</p>}
        <ul className="text-sm">{r.ratings.spread.map((s) => <li key={s.rating}>{s.rating} out of 5: {s.n}</li>)}</ul>
      </Section>
      <Counts id="by-school" title="Attendance by school" rows={r.bySchool} label={(k) => k} />
      <Counts id="by-stage" title="Attendance by career stage" rows={r.byStage} label={(k) => CAREER_STAGE_LABEL[k as keyof typeof CAREER_STAGE_LABEL] ?? k} />
      <Section id="will-try" title="What they said they would try" className={box}>
        {r.willTry.length === 0 ? <p>Nothing yet.</p> : <ul className="list-disc space-y-1 pl-5">{r.willTry.map((w, i) => <li key={i} className="break-words">“{w.text}”{w.name ? ` (${w.name})` : ""}</li>)}</ul>}
      </Section>
      <Section id="six-weeks" title="Six weeks on" className={box}>
        <p>
          {r.followUps.share === null ? "No answers yet" : `${r.followUps.share}% changed something in their practice`} ({r.followUps.answered} of {r.followUps.asked} answered)
        </p>
        {r.followUps.answered > 0 && r.followUps.few && <p className="text-sm font-medium text-amber-900">{caution}</p>}
        <ul className="space-y-3">
          {r.answers.map((a, i) => (
            <li key={i} className="border-l-4 border-slate-300 pl-3 break-words">
              <p>{a.changed ? "Changed: " : "Not yet: "}“{a.practice}”</p>
              {a.pupils && <p className="text-sm">In pupils: “{a.pupils}”</p>}
              {a.name && <p className="text-sm text-slate-600">{a.name}</p>}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

type Row = Awaited<ReturnType<typeof trustImpact>>["strands"][number];

function ImpactTable({ caption, rows, label }: { caption: string; rows: Row[]; label: (k: string) => string }) {
  return (
    <TableBox label={caption}>
      <Table caption={caption} rows={rows} rowKey={(r: Row) => r.label} empty="Nothing yet." columns={[
        { key: "label", header: "", rowHeader: true, className: "break-words", cell: (r: Row) => label(r.label) },
        { key: "courses", header: "Courses", align: "right", cell: (r: Row) => r.courses },
        { key: "rating", header: "Average rating (answers)", align: "right", cell: (r: Row) => `${r.rating ?? "—"} (${r.ratingN})` },
        { key: "changed", header: "Changed practice (answers)", align: "right", cell: (r: Row) => `${r.changedShare === null ? "—" : `${r.changedShare}%`} (${r.answered})` },
        { key: "caution", header: "Caution", cell: (r: Row) => (r.few ? `Fewer than ${FEW_ANSWERS} answers` : "") },
      ]} />
    </TableBox>
  );
}

export function TrustImpactView({ r }: { r: Awaited<ReturnType<typeof trustImpact>> }) {
  return (
    <div className="space-y-6">
      <Section id="by-strand" title="By strand" className={box}>
        <ImpactTable caption="Impact by strand" rows={r.strands} label={(k) => STRAND_LABEL[k] ?? k} />
      </Section>
      <Section id="by-provider" title="By provider" className={box}>
        <ImpactTable caption="Impact by provider" rows={r.providers} label={(k) => k} />
      </Section>
    </div>
  );
}
