import type { Metadata } from "next";
import { NameSearch } from "@/components/people/NameSearch";
import { NewStaffForm } from "@/components/people/StaffForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { staffNamed } from "@/lib/people/name-search";
import { lineManagerChoices, MANAGER_MATCHES, manageableSchools } from "@/lib/people/records/queries";

export const metadata: Metadata = { title: "Add a member of staff" };

/** Up to this many schools, every current member of their staff is a line-manager option; beyond (the trust admin), found by name. */
const LIST_MANAGERS_UP_TO_SCHOOLS = 3;

export default async function NewStaffPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const viewer = await requireViewer();
  const { q: qParam } = await searchParams;
  const q = typeof qParam === "string" ? qParam.slice(0, 100) : "";
  const schools = await manageableSchools(viewer);
  const byName = schools.length > LIST_MANAGERS_UP_TO_SCHOOLS;
  const named = byName ? staffNamed(q) : null;
  const managers = byName && !named ? [] : await lineManagerChoices(viewer, schools, undefined, named ?? undefined);
  return (
    <>
      <BackLink href="/staff">Back to the staff directory</BackLink>
      <PageHeader title="Add a member of staff" lead="They get an account in their work email's name; their CPD, training and qualifications follow them wherever they work in the trust." />
      {byName && (
        <section aria-labelledby="manager-search" className="mb-6">
          <h2 id="manager-search" className="text-lg font-semibold">Their line manager</h2>
          <p className="text-sm text-slate-600">
            Find the line manager by name first (the form below then offers the {MANAGER_MATCHES} first matches); or leave them without one.
          </p>
          <NameSearch id="manager-q" label="Find a line manager" q={q} />
          {named && <p role="status">{managers.reduce((n, g) => n + g.options.length, 0)} matching “{q}” in the line manager list.</p>}
        </section>
      )}
      <NewStaffForm schools={schools.map((s) => ({ value: s.id, label: s.name }))} managers={managers} />
    </>
  );
}
