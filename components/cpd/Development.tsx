// Pieces of a person's development record: hours against target, activities, statutory training,
// qualifications and induction. Server components; status is always written out, never colour alone.
import Link from "next/link";
import { LinkLine } from "@/components/ui/BackLink";
import { Table, TableBox } from "@/components/ui/Table";
import { QUALIFICATION_LABEL, STATUS_LABEL, TYPE_LABEL } from "@/lib/cpd/labels";
import { percentOf, type TrainingStatus } from "@/lib/cpd/rules";
import { TRAINING_STATUS_LABEL } from "@/lib/cpd/labels";
import { enumLabel } from "@/lib/format";
import { formatDate, formatHours } from "@/lib/dates";
import { asRoute, type Href, routes } from "@/lib/routes";

/** `whose` words the figures for the owner ("your") or for a leader reading someone's portfolio ("their"). */
export function HoursProgress({ hours, whose = "your" }: { hours: { year: string; verified: number; pending: number; target: number | null }; whose?: "your" | "their" }) {
  const percent = percentOf(hours.verified, hours.target);
  const width = Math.min(100, percent ?? 0);
  return (
    <section aria-labelledby="hours-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="hours-heading" className="text-lg font-semibold">
        Hours this academic year ({hours.year})
      </h2>
      <p className="mt-2 text-2xl font-semibold" data-testid="verified-hours">
        {formatHours(hours.verified)} {hours.target !== null ? `of ${formatHours(hours.target)}` : ""} hours verified
      </p>
      {hours.target !== null && (
        <div
          role="progressbar"
          aria-label={`Verified hours against ${whose} target`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={width}
          aria-valuetext={`${percent}% of target`}
          className="mt-2 h-4 w-full overflow-hidden rounded bg-slate-200"
        >
          <div className="h-full bg-brand-700" style={{ width: `${width}%` }} />
        </div>
      )}
      <p className="mt-2 text-sm text-slate-700">
        {percent !== null ? `${percent}% of ${whose} target. ` : `No target is set for ${whose} role. `}
        {hours.pending > 0 && `${formatHours(hours.pending)} more hours are awaiting verification.`}
      </p>
    </section>
  );
}

const STATUS_STYLE: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-800 border-slate-400",
  SUBMITTED: "bg-blue-50 text-blue-900 border-blue-700",
  VERIFIED: "bg-green-50 text-green-900 border-green-700",
  RETURNED: "bg-amber-50 text-amber-900 border-amber-700",
};

export function StatusTag({ status }: { status: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status] ?? ""}`}>{STATUS_LABEL[status] ?? status}</span>;
}

type ActivityItem = { id: string; title: string; type: string; startDate: Date; endDate: Date; minutes: number; status: string; returnReason: string | null };

/** No link where the viewer may not open it (an activity logged at another school before a move). */
const ActivityTitle = ({ title, to }: { title: string; to: Href | null }) =>
  to ? (
    <Link href={asRoute(to)} className="font-medium text-brand-700 underline">
      {title}
    </Link>
  ) : (
    <span className="font-medium">{title}</span>
  );

export function ActivityList({
  activities, empty = "No activities logged yet.", href = routes.activity,
}: { activities: ActivityItem[]; empty?: string; href?: (id: string) => Href | null }) {
  if (activities.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
      {activities.map((a) => (
        <li key={a.id} className="p-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <ActivityTitle title={a.title} to={href(a.id)} />
            <StatusTag status={a.status} />
          </div>
          <p className="text-sm text-slate-700">
            {formatDate(a.startDate)}
            {a.endDate.getTime() !== a.startDate.getTime() ? ` to ${formatDate(a.endDate)}` : ""} · {TYPE_LABEL[a.type] ?? a.type} · {formatHours(a.minutes)} h
          </p>
          {a.status === "RETURNED" && a.returnReason && <p className="mt-1 text-sm text-amber-900">Returned: {a.returnReason}</p>}
        </li>
      ))}
    </ul>
  );
}

const TRAINING_STYLE: Record<TrainingStatus, string> = {
  VALID: "bg-green-50 text-green-900 border-green-700",
  EXPIRING: "bg-amber-50 text-amber-900 border-amber-700",
  EXPIRED: "bg-red-50 text-red-900 border-red-700",
  MISSING: "bg-red-50 text-red-900 border-red-700",
};

function TrainingTag({ status }: { status: TrainingStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${TRAINING_STYLE[status]}`}>{TRAINING_STATUS_LABEL[status]}</span>;
}

type TrainingItem = { requirementId: string; name: string; validityMonths: number; completedOn: Date | null; expiresOn: Date | null; status: TrainingStatus };

/** A "record" or "add" link under a section of the owner's own page. */
const OwnerLink = (props: { href: Href; children: React.ReactNode }) => <LinkLine className="mt-2" {...props} />;

export function TrainingTable({ training, recordHref, whose = "your" }: { training: TrainingItem[]; recordHref?: Href; whose?: "your" | "their" }) {
  if (training.length === 0) return <p className="text-slate-700">No statutory training applies to {whose} role.</p>;
  return (
    <>
      <TableBox label="Statutory training">
        <Table caption={`${whose === "your" ? "Your" : "Their"} statutory training`} rows={training} rowKey={(t) => t.requirementId} columns={[
            {
              key: "training",
              header: "Training",
              rowHeader: true,
              cell: (t) => (
                <>
                  {t.name} <span className="text-slate-600">(every {t.validityMonths} months)</span>
                </>
              ),
            },
            { key: "status", header: "Status", cell: (t) => <TrainingTag status={t.status} /> },
            { key: "completed", header: "Completed", cell: (t) => formatDate(t.completedOn) },
            { key: "expires", header: "Expires", cell: (t) => formatDate(t.expiresOn) },
          ]}
        />
      </TableBox>
      {recordHref && <OwnerLink href={recordHref}>Record training</OwnerLink>}
    </>
  );
}

type QualificationItem = {
  id: string; kind: string; title: string | null; status: string; startDate: Date | null; completedOn: Date | null; provider: string | null; cohort?: string | null; verifiedAt?: Date | null;
};

/** A person's qualifications; with `editable`, each links to its edit page and an "add" link follows. */
export function QualificationList({ qualifications, editable = false }: { qualifications: QualificationItem[]; editable?: boolean }) {
  const add = editable ? (
    <div className="flex flex-wrap gap-x-6">
      <OwnerLink href="/development/qualifications/new">Add a qualification</OwnerLink>
      <OwnerLink href="/development/qualifications/npq">Record an NPQ</OwnerLink>
    </div>
  ) : null;
  if (qualifications.length === 0) {
    return (
      <>
        <p className="text-slate-700">No qualifications recorded.</p>
        {add}
      </>
    );
  }
  return (
    <>
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {qualifications.map((q) => (
          <li key={q.id} className="p-3 text-sm">
            <p className="font-medium">
              {editable ? (
                <Link href={`/development/qualifications/${q.id}`} className="text-brand-700 underline">
                  {q.title ?? QUALIFICATION_LABEL[q.kind] ?? q.kind}
                </Link>
              ) : (
                (q.title ?? QUALIFICATION_LABEL[q.kind] ?? q.kind)
              )}
            </p>
            <p className="text-slate-700">
              {enumLabel(q.status)}
              {q.cohort ? ` · ${q.cohort} cohort` : ""}
              {q.provider ? ` · ${q.provider}` : ""}
              {q.completedOn ? ` · completed ${formatDate(q.completedOn)}` : q.startDate ? ` · started ${formatDate(q.startDate)}` : ""}
              {q.verifiedAt ? " · verified" : ""}
            </p>
          </li>
        ))}
      </ul>
      {add}
    </>
  );
}

type Person = { firstName: string; lastName: string } | null;
type Induction = {
  inductionYear: number; startDate: Date; expectedCompletion: Date; mentor: Person; inductionTutor: Person;
  reviews: { id: string; kind: string; dueOn: Date; heldOn: Date | null; outcome: string | null }[];
};

const nameOf = (p: Person) => (p ? `${p.firstName} ${p.lastName}` : "Not assigned");

export function InductionCard({ induction }: { induction: Induction }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-4 text-sm">
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        <dt className="text-slate-600">Year of induction</dt>
        <dd>Year {induction.inductionYear} of 2</dd>
        <dt className="text-slate-600">Mentor</dt>
        <dd>{nameOf(induction.mentor)}</dd>
        <dt className="text-slate-600">Induction tutor</dt>
        <dd>{nameOf(induction.inductionTutor)}</dd>
        <dt className="text-slate-600">Started · expected completion</dt>
        <dd>
          {formatDate(induction.startDate)} · {formatDate(induction.expectedCompletion)}
        </dd>
      </dl>
      <h3 className="mt-3 font-semibold">Reviews and assessments</h3>
      <ul className="mt-1 space-y-1">
        {induction.reviews.map((r) => (
          <li key={r.id}>
            {enumLabel(r.kind)}, due {formatDate(r.dueOn)}: {r.heldOn ? `held ${formatDate(r.heldOn)}, ${enumLabel(r.outcome ?? "")}` : "not yet held"}
          </li>
        ))}
      </ul>
    </div>
  );
}
