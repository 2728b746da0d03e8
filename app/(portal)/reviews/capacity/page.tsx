import type { Metadata } from "next";
import { AgreementForm } from "@/components/reviews/AdminForms";
import { AgreementList } from "@/components/reviews/AgreementList";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel } from "@/lib/format";
import { capacityPairing } from "@/lib/reviews/admin/queries";

export const metadata: Metadata = { title: "Capacity pairing" };

/** Schools needing improvement capacity beside the capacity givers: suggested pairings, turned into support agreements. */
export default async function CapacityPage() {
  const viewer = await requireViewer();
  const { needing, givers, agreements } = await capacityPairing(viewer);
  const giverOptions = givers.map((g) => ({ value: g.id, label: g.name }));
  return (
    <>
      <BackLink href="/reviews">Back to reviews</BackLink>
      <PageHeader title="Capacity pairing" lead="Suggested capacity givers: the same cluster first, then the nearest, then the same phase." />
      <div className="grid gap-6 lg:grid-cols-2">
        {needing.map((s) => (
          <section key={s.id} aria-labelledby={`need-${s.id}`} className="rounded border border-slate-200 bg-white p-4">
            <h2 id={`need-${s.id}`} className="text-lg font-semibold">{s.name}</h2>
            <p className="text-sm text-slate-700">{enumLabel(s.phase)}{s.supported ? " · already has an active agreement" : ""}</p>
            <ol className="my-2 list-decimal pl-5">
              {s.ranked.map((r) => (
                <li key={r.id}>{r.name}: {[r.sameCluster ? "same cluster" : "other cluster", r.km === null ? null : `${r.km.toFixed(1)} km`, r.samePhase ? "same phase" : null].filter(Boolean).join(", ")}</li>
              ))}
            </ol>
            {s.ranked[0] && (
              <details>
                <summary className="cursor-pointer text-brand-700 underline">Create a support agreement</summary>
                <div className="mt-3">
                  <AgreementForm id={`agreement-${s.id}`} giverSchoolId={s.ranked[0].id} receiverSchoolId={s.id} givers={giverOptions} />
                </div>
              </details>
            )}
          </section>
        ))}
      </div>
      <section aria-labelledby="agreements" className="mt-8">
        <h2 id="agreements" className="mb-2 text-lg font-semibold">Support agreements</h2>
        <AgreementList agreements={agreements} empty="None yet." />
      </section>
    </>
  );
}
