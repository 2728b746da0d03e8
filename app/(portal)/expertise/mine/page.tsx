import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { ExpertiseForm } from "@/components/communities/ExpertiseForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { ensure, requireViewer } from "@/lib/access/viewer";
import { deleteExpertiseAction } from "@/lib/communities/actions";
import { myExpertise } from "@/lib/communities/search/queries";

export const metadata: Metadata = { title: "Your expertise" };

export default async function MyExpertisePage() {
  const viewer = await requireViewer();
  ensure(Boolean(viewer.staff));
  const entries = await myExpertise(viewer);
  return (
    <>
      <PageHeader title="Your expertise" lead="What you could share with colleagues: it appears in the trust's expertise directory.">
        <Link href="/expertise" className="text-brand-700 underline">
          Search the directory
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        {entries.map((e) => (
          <section key={e.id} aria-label={e.area} className="rounded border border-slate-200 bg-white p-4">
            <ExpertiseForm entry={e} />
            <div className="mt-3">
              <ActionButton id={`delete-${e.id}`} action={deleteExpertiseAction} hidden={{ id: e.id }} label={`Remove ${e.area}`} variant="danger" />
            </div>
          </section>
        ))}
        <section aria-labelledby="add" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="add" className="mb-3 text-lg font-semibold">
            Add expertise
          </h2>
          <ExpertiseForm />
        </section>
      </div>
    </>
  );
}
