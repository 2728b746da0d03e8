"use client";
// The leader dashboard's charts; each has a table beside it for screen readers and print (components/ui/Charts.tsx).
import { LinesChart, SchoolBarChart } from "@/components/ui/Charts";

export function MembersBySchoolChart({ data }: { data: { school: string; members: number }[] }) {
  return <SchoolBarChart className="h-72" data={data} value="members" name="Members" labelWidth={170} wholeNumbers />;
}

export function AttendanceChart({ data }: { data: { label: string; rate: number }[] }) {
  return <LinesChart className="h-64" data={data} x="label" lines={[{ key: "rate", name: "Attendance %" }]} percent />;
}
