import type { Metadata } from "next";
import { AspirationForm, WithdrawAspiration } from "@/components/pipeline/Forms";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { READINESS_LABEL, ROUTE_LABEL } from "@/lib/pipeline/labels";
import { myAspirations } from "@/lib/pipeline/queries";

export const metadata: Metadata = { title: "My aspirations" };

export default async function AspirationsPage() {
  const viewer = await requireViewer();
  const aspirations = await myAspirations(viewer);
  return (
    <>
      <PageHeader title="My aspirations" lead="Where you want your career to go next, into leadership or as an expert in the classroom, and the development you want. Your head says how soon they think you would be ready." />
      <div className="space-y-8">
        <Section id="mine" title="Your aspirations" className="space-y-3">
          {aspirations.length === 0 ? (
            <p className="text-slate-700">You have not recorded an aspiration yet.</p>
          ) : (
            <ul className="space-y-3">
              {aspirations.map((a) => (
                <li key={a.id} className="rounded border border-slate-200 bg-white p-4 text-sm">
                  <h3 className="font-semibold">{ROUTE_LABEL[a.route]}</h3>
                  <p className="mt-1 break-words">Development you want: {a.development}</p>
                  {a.readiness ? (
                    <>
                      <p className="mt-1 font-medium">Your head&apos;s view: {READINESS_LABEL[a.readiness]}</p>
                      <p className="break-words text-slate-700">Note from your head: {a.endorsementNote}</p>
                    </>
                  ) : (
                    <p className="mt-1 text-slate-700">Waiting for your head&apos;s endorsement.</p>
                  )}
                  <WithdrawAspiration id={a.id} label={`Withdraw the aspiration: ${ROUTE_LABEL[a.route]}`} />
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="new" title="Record an aspiration" className="max-w-2xl space-y-3">
          <AspirationForm />
        </Section>
      </div>
    </>
  );
}
