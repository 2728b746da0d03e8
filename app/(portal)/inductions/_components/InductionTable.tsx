// A list of inductions: each ECT with their school, mentor, tutor, start and status, "behind" marked
// in words (and red) with its reasons beside it; the latest mentor meeting, "lapsed" marked the same way.
import Link from "next/link";
import { Table, TableBox, type Column } from "@/components/ui/Table";
import { formatDate } from "@/lib/dates";
import { STATUS_LABEL, type InductionStatus } from "@/lib/inductions/labels";

type Person = { firstName: string; lastName: string } | null;
export type InductionRow = {
  id: string;
  startDate: Date;
  expectedCompletion: Date;
  status: InductionStatus;
  reasons: string[];
  staffMember: { firstName: string; lastName: string; jobTitle: string; school: { name: string } };
  mentor: Person;
  inductionTutor: Person;
  role?: string;
  mentorMeetings: { heldOn: Date }[];
  lapse: { since: Date } | null;
};

const nameOf = (p: Person) => (p ? `${p.firstName} ${p.lastName}` : "—");

export function StatusText({ status, reasons }: { status: InductionStatus; reasons: string[] }) {
  return (
    <>
      <span className={status === "BEHIND" ? "font-semibold text-red-800" : undefined}>{STATUS_LABEL[status]}</span>
      {reasons.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-slate-800">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function LastMeeting({ row }: { row: InductionRow }) {
  const last = row.mentorMeetings[0]?.heldOn;
  return (
    <>
      {last ? formatDate(last) : "None yet"}
      {row.lapse && <strong className="block text-red-800">Lapsed since {formatDate(row.lapse.since)}</strong>}
    </>
  );
}

export function InductionTable({ rows, caption, school = false, role = false, empty }: { rows: InductionRow[]; caption: string; school?: boolean; role?: boolean; empty: string }) {
  const columns: Column<InductionRow>[] = [
    {
      key: "ect", header: "Early career teacher", rowHeader: true,
      cell: (r) => (
        <Link href={`/inductions/${r.id}`} className="text-brand-700 underline">
          {nameOf(r.staffMember)}
        </Link>
      ),
    },
    ...(school ? [{ key: "school", header: "School", cell: (r: InductionRow) => r.staffMember.school.name }] : []),
    ...(role ? [{ key: "role", header: "You are", cell: (r: InductionRow) => r.role ?? "—" }] : []),
    { key: "mentor", header: "Mentor", cell: (r) => nameOf(r.mentor) },
    { key: "tutor", header: "Induction tutor", cell: (r) => nameOf(r.inductionTutor) },
    { key: "dates", header: "Started · expected to complete", cell: (r) => `${formatDate(r.startDate)} · ${formatDate(r.expectedCompletion)}` },
    { key: "status", header: "Status", cell: (r) => <StatusText status={r.status} reasons={r.reasons} />, className: "min-w-64" },
    { key: "meeting", header: "Last mentor meeting", cell: (r) => <LastMeeting row={r} /> },
  ];
  return (
    <TableBox label={caption}>
      <Table caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} empty={empty} rowClassName="align-top" />
    </TableBox>
  );
}
