import Link from "next/link";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { Table } from "@/components/ui/Table";
import type { LeaderDashboardData } from "@/lib/communities/dashboard/queries";
import { buttonClass } from "@/components/ui/Button";
import { Attendance, MembersBySchool } from "./DashboardCharts";
import { formatDate, formatHours, formatMeetingTime, formatMinutes } from "@/lib/dates";

/** The network leader's home page. */
export function LeaderDashboard({ data }: { data: LeaderDashboardData }) {
  const held = data.attendance.length;
  const avg = held ? Math.round(data.attendance.reduce((n, m) => n + m.rate, 0) / held) : 0;
  const card = "rounded border border-slate-200 bg-white p-4";
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/communities/${data.community.id}`} className="text-brand-700 underline">
          Open {data.community.name}
        </Link>
      </p>
      {data.nextMeeting && (
        <section aria-labelledby="next-meeting" className={card}>
          <h2 id="next-meeting" className="font-semibold">
            Next meeting
          </h2>
          <p className="mt-1">
            <Link href={`/communities/${data.community.id}/meetings/${data.nextMeeting.id}`} className="text-brand-700 underline">
              {data.nextMeeting.title}
            </Link>{" "}
            · {formatMeetingTime(data.nextMeeting.startsAt)} · {formatMinutes(data.nextMeeting.durationMinutes)}
          </p>
          {data.nextMeeting.today && (
            <p className="mt-2">
              <Link href={`/communities/${data.community.id}/meetings/${data.nextMeeting.id}#register-heading`} className={buttonClass("primary", "min-h-11")}>
                Take the register
              </Link>
            </p>
          )}
        </section>
      )}
      <StatGrid>
        <Stat label="Members" value={data.memberCount} hint={`from ${data.membersBySchool.length} schools`} />
        <Stat label={`CPD hours generated, ${data.year}`} value={formatHours(data.cpd.minutes)} hint={`${data.cpd.records} verified attendance records`} />
        <Stat label="Average attendance, last 12 months" value={`${avg}%`} hint={`${held} meetings held`} />
        <Stat label="Meetings planned" value={data.upcomingMeetings} />
      </StatGrid>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="by-school" className={card}>
          <h2 id="by-school" className="font-semibold">
            Members by school
          </h2>
          <MembersBySchool rows={data.membersBySchool.map((s) => [s.school, s.cluster, s.members])} />
          <h3 className="mt-4 font-semibold">By cluster</h3>
          <ul className="text-sm">
            {data.membersByCluster.map((c) => (
              <li key={c.cluster}>
                {c.cluster}: {c.members}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="attendance" className={card}>
          <h2 id="attendance" className="font-semibold">
            Attendance rate per meeting, last 12 months
          </h2>
          <Attendance rows={data.attendance.map((m) => [formatDate(m.startsAt), m.title, m.attended, m.recorded, m.rate])} />
        </section>
        <section aria-labelledby="missing" className={card}>
          <h2 id="missing" className="font-semibold">
            Schools not yet represented ({data.schoolsNotRepresented.length})
          </h2>
          {data.schoolsNotRepresented.length === 0 ? (
            <p className="text-sm">Every school has a member.</p>
          ) : (
            <ul className="mt-2 max-h-64 overflow-y-auto text-sm">
              {data.schoolsNotRepresented.map((s) => (
                <li key={s.id}>
                  {s.name}
                  {s.cluster ? ` (${s.cluster})` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="per-term" className={card}>
          <h2 id="per-term" className="font-semibold">
            Resources added per term
          </h2>
          <Table caption="Resources added per term" look="lined" className="mt-2 w-full text-sm" rows={data.resourcesPerTerm} rowKey={(t) => t.label} columns={[
              { key: "term", header: "Term", cell: (t) => t.label },
              { key: "count", header: "Resources", align: "right", cell: (t) => t.count },
            ]}
          />
        </section>
      </div>
    </div>
  );
}
