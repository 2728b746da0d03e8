import Link from "next/link";
import { enumLabel } from "@/lib/format";
import { formatDate } from "@/lib/dates";

type Employment = {
  jobTitle: string;
  category: string;
  careerStage: string;
  fte: { toFixed: (n: number) => string };
  startDate: Date;
  subjects: string[];
  school: { id: string; name: string };
  lineManager: { firstName: string; lastName: string; jobTitle: string } | null;
  /** "On secondment to … until …" while they work at another school. */
  placement?: string | null;
} | null;

export function StaffDashboard({ employment }: { employment: Employment }) {
  if (!employment) {
    return <p className="text-slate-700">You have no current staff record in the portal, so there is no development record to show.</p>;
  }
  return (
    <section aria-labelledby="my-role" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="my-role" className="text-lg font-semibold">
        Your role
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <dt className="text-slate-600">School</dt>
        <dd>
          <Link href={`/schools/${employment.school.id}`} className="text-brand-700 underline">
            {employment.school.name}
          </Link>
          {employment.placement && <span className="block">{employment.placement}</span>}
        </dd>
        <dt className="text-slate-600">Job title</dt>
        <dd>{employment.jobTitle}</dd>
        <dt className="text-slate-600">Category and career stage</dt>
        <dd>
          {enumLabel(employment.category)} · {enumLabel(employment.careerStage)}
        </dd>
        <dt className="text-slate-600">FTE</dt>
        <dd>{employment.fte.toFixed(2)}</dd>
        <dt className="text-slate-600">Started</dt>
        <dd>{formatDate(employment.startDate)}</dd>
        {employment.subjects.length > 0 && (
          <>
            <dt className="text-slate-600">Subjects</dt>
            <dd>{employment.subjects.join(", ")}</dd>
          </>
        )}
        {employment.lineManager && (
          <>
            <dt className="text-slate-600">Line manager</dt>
            <dd>
              {employment.lineManager.firstName} {employment.lineManager.lastName}, {employment.lineManager.jobTitle}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
