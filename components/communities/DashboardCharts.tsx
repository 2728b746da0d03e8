"use client";
// The leader dashboard's charts, each drawn with the table of its figures beneath (for screen readers,
// print and anyone who prefers numbers; components/ui/Charts.tsx). Client components fed the figures
// once: the chart and its table are both drawn from them, so the page's payload does not carry the
// figures for the chart and again the table's markup (issue 22).
import { LinesChart, SchoolBarChart } from "@/components/ui/Charts";
import { type Column, Table } from "@/components/ui/Table";

function ChartTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  const columns = head.map((h, j): Column<(string | number)[]> => ({ key: h, header: h, align: j ? "right" : undefined, cell: (r) => r[j] }));
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700 underline">{caption} as a table</summary>
      <Table caption={caption} look="lined" className="mt-2 w-full bg-white text-sm" rows={rows} rowKey={(_, i) => i} columns={columns} />
    </details>
  );
}

/** School, cluster (or null) and members, in the order shown. */
export type SchoolMembers = [string, string | null, number];

export function MembersBySchool({ rows }: { rows: SchoolMembers[] }) {
  return (
    <>
      <SchoolBarChart className="h-72" data={rows.map(([school, , members]) => ({ school, members }))} value="members" name="Members" labelWidth={170} wholeNumbers />
      <ChartTable caption="Members by school" head={["School", "Cluster", "Members"]} rows={rows.map(([school, cluster, members]) => [school, cluster ?? "—", members])} />
    </>
  );
}

/** A meeting's date (as shown), title, attended, recorded and rate (%). */
export type MeetingAttendance = [string, string, number, number, number];

export function Attendance({ rows }: { rows: MeetingAttendance[] }) {
  return (
    <>
      <LinesChart className="h-64" data={rows.map(([label, , , , rate]) => ({ label, rate }))} x="label" lines={[{ key: "rate", name: "Attendance %" }]} percent />
      <ChartTable caption="Attendance per meeting" head={["Meeting", "Attended", "Rate"]} rows={rows.map(([date, title, attended, recorded, rate]) => [`${date}: ${title}`, `${attended} of ${recorded}`, `${rate}%`])} />
    </>
  );
}
