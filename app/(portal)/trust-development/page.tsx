import type { Metadata } from "next";
import { RequirementEditor, TargetEditor } from "@/components/cpd/TrustEditors";
import { FiguresTable, NpqPipeline } from "@/components/cpd/TrustFigures";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/auth/viewer";
import { DESIGNATION_LABEL, TARGET_SCOPE_LABEL } from "@/lib/cpd/labels";
import { formatHours } from "@/lib/cpd/rules";
import { trustDevelopment } from "@/lib/cpd/trust/queries";
import { ENUM_LABEL } from "@/lib/format";

export const metadata: Metadata = { title: "Trust development" };

export default async function TrustDevelopmentPage() {
  const viewer = await requireViewer();
  const data = await trustDevelopment(viewer);
  const y = data.year.startYear;
  const years = [y + 1, y, y - 1].map((s) => ({ value: String(s), label: `${s}/${String((s + 1) % 100).padStart(2, "0")}` }));
  return (
    <>
      <PageHeader title="Trust development" lead={`CPD and statutory training across the trust, academic year ${data.year.label}.`} />
      <div className="space-y-10">
        <section aria-labelledby="clusters-heading" className="space-y-2">
          <h2 id="clusters-heading" className="text-lg font-semibold">By cluster</h2>
          <FiguresTable caption="CPD figures by cluster" rows={data.clusters.map((c) => ({ key: c.name, name: c.name, figures: c.figures }))} />
        </section>
        <section aria-labelledby="schools-heading" className="space-y-2">
          <h2 id="schools-heading" className="text-lg font-semibold">By school</h2>
          <FiguresTable caption="CPD figures by school" groupLabel="Cluster" rows={data.schools.map((s) => ({ key: s.id, name: s.name, group: s.cluster, figures: s.figures }))} />
        </section>
        <section aria-labelledby="npq-heading" className="space-y-2">
          <h2 id="npq-heading" className="text-lg font-semibold">Qualifications pipeline (NPQs)</h2>
          <NpqPipeline kinds={data.npqKinds} rows={data.pipeline} />
        </section>
        <section aria-labelledby="targets-heading" className="space-y-3">
          <h2 id="targets-heading" className="text-lg font-semibold">CPD targets</h2>
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {data.targets.map((t) => (
              <li key={t.id}>
                {t.startYear}/{String((t.startYear + 1) % 100).padStart(2, "0")} · {TARGET_SCOPE_LABEL[t.scope]}: {formatHours(t.minutes)} hours
              </li>
            ))}
          </ul>
          <TargetEditor years={years} />
        </section>
        <section aria-labelledby="requirements-heading" className="space-y-3">
          <h2 id="requirements-heading" className="text-lg font-semibold">Statutory training requirements</h2>
          <p className="text-sm text-slate-700">
            {data.requirements.map((r) => `${r.name} (${r.categories.length ? r.categories.map(ENUM_LABEL).join(", ") : "all staff"}${r.designation ? `, ${DESIGNATION_LABEL[r.designation]}` : ""}, ${r.validityMonths} months${r.active ? "" : ", not in use"})`).join(" · ")}
          </p>
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
