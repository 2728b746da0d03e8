import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { NameSearch } from "@/components/people/NameSearch";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { erasureSearch } from "@/lib/retention/queries";
import { searchText } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Erase a person's data" };

/** Erasure on request: find the person, then see what erasing them would do before confirming. */
export default async function ErasurePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const raw = (await searchParams).q;
  const q = searchText(100).parse(typeof raw === "string" ? raw : undefined);
  const matches = await erasureSearch(viewer, q);
  return (
    <>
      <Breadcrumbs items={[{ label: "Retention schedule", href: "/admin/retention" }, { label: "Erase a person's data" }]} />
      <FlashNotice />
      <PageHeader title="Erase a person's data" lead="Outside the schedule, with a recorded reason: for example a request under Article 17 UK GDPR. The effect is the schedule's: a pseudonym in place of the person, their files deleted, the schools' figures unchanged. A legal hold stops it." />
      <Section id="find-heading" title="Find the person">
        <NameSearch id="erasure-q" label="Find a member of staff to erase" q={q} />
        {q && matches.length === 0 && <p>Nobody of the trust has that name (the erased are not listed).</p>}
        {matches.length > 0 && (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {matches.map((m) => (
              <li key={m.id} className="p-3">
                <Link href={`/admin/erasure/${m.id}`} className="text-brand-700 underline">
                  {m.firstName} {m.lastName}
                </Link>
                , {m.jobTitle}, {m.school.name}
                {m.leaveDate ? " (has left)" : ""}
                {m.legalHolds.length ? " (legal hold)" : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
