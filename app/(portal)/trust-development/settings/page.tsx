import type { Metadata } from "next";
import { RequirementEditor, TargetEditor } from "@/components/cpd/TrustEditors";
import { TrustTabs } from "@/components/cpd/TrustTabs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { TARGET_SCOPE_LABEL } from "@/lib/cpd/labels";
import { cpdReferenceData } from "@/lib/cpd/trust/queries";
import { academicYearLabel, formatHours } from "@/lib/dates";

export const metadata: Metadata = { title: "CPD targets and training requirements" };

export default async function SettingsPage() {
  const viewer = await requireViewer();
  const data = await cpdReferenceData(viewer);
  const y = data.year.startYear;
  const years = [y, y + 1, y - 1].map((s) => ({ value: String(s), label: academicYearLabel(s) }));
  return (
    <>
      <PageHeader title="Trust development" lead="The trust's CPD hour targets and statutory training requirements." />
      <TrustTabs current="/trust-development/settings" />
      <div className="space-y-10">
        <section aria-labelledby="targets-heading" className="space-y-3">
          <h2 id="targets-heading" className="text-lg font-semibold">CPD targets (hours per academic year)</h2>
          <p className="text-sm text-slate-700">A category without its own target uses the trust default; a year without targets uses the latest earlier year&apos;s.</p>
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {data.targets.map((t) => (
              <li key={t.id}>
                {academicYearLabel(t.startYear)} · {TARGET_SCOPE_LABEL[t.scope]}: {formatHours(t.minutes)} hours
              </li>
            ))}
          </ul>
          <TargetEditor years={years} />
        </section>
        <section aria-labelledby="requirements-heading" className="space-y-3">
          <h2 id="requirements-heading" className="text-lg font-semibold">Statutory training requirements</h2>
          {data.requirements.map((r) => (
            <RequirementEditor key={r.id} requirement={r} />
          ))}
          <h3 className="font-semibold">Add a requirement</h3>
          <RequirementEditor />
        </section>
      </div>
    </>
  );
}
