import type { Metadata } from "next";
import Link from "next/link";
import { AutoEraseForm, RuleForm } from "@/components/retention/RetentionForms";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate } from "@/lib/dates";
import { periodLabel } from "@/lib/retention/kinds";
import { retentionSchedule } from "@/lib/retention/queries";

export const metadata: Metadata = { title: "Retention schedule" };

/** The trust admin keeps the retention schedule: how long each kind of record is kept, and why. */
export default async function RetentionPage() {
  const viewer = await requireViewer();
  const data = await retentionSchedule(viewer);
  return (
    <>
      <FlashNotice />
      <PageHeader
        title="Retention schedule"
        lead="How long the portal keeps each kind of record, and why. Each night what has passed its date goes on the review list for you to confirm, or is erased at once if you choose. Leavers are pseudonymised, so the schools' figures stay right."
      />
      <p className="mb-6">
        <Link href="/admin/retention/review" className="text-brand-700 underline">
          Review list: {data.pending} {data.pending === 1 ? "entry" : "entries"} waiting
        </Link>
        {" · "}
        <Link href="/admin/erasure" className="text-brand-700 underline">
          Erase a person&apos;s data on request
        </Link>
      </p>
      <Section id="mode-heading" title="Review or automatic" className="mb-8 space-y-2">
        <p>{data.autoErase ? "Automatic: what passes its date is erased each night without review." : "Review: what passes its date waits on the review list until you confirm it."}</p>
        <AutoEraseForm auto={data.autoErase} />
      </Section>
      <Section id="schedule-heading" title="The schedule" className="space-y-6">
        <ul className="space-y-6">
          {data.lines.map((line) => (
            <li key={line.kind} className="rounded border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{line.label}</h3>
              <p className="mb-3 text-slate-700">
                Kept for {periodLabel(line.period, line.unit)} {line.from}.{line.updatedAt ? ` Last changed ${formatDate(line.updatedAt)}.` : " The trust's default."}
              </p>
              <RuleForm kind={line.kind} label={line.label} from={line.from} values={{ period: String(line.period), unit: line.unit, basis: line.basis }} />
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
