import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/ActionButton";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { NameSearch } from "@/components/people/NameSearch";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { ExportRefresh } from "@/components/privacy/ExportRefresh";
import { ExportTable } from "@/components/privacy/ExportTable";
import { requireViewer } from "@/lib/access/viewer";
import { requestSubjectAccessAction } from "@/lib/privacy/actions";
import { subjectAccessPage } from "@/lib/privacy/queries";
import { routes } from "@/lib/routes";
import { searchText } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Subject access exports" };

/** The trust admin answers a subject access request: find the person, export everything, review, release. */
export default async function ExportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const raw = (await searchParams).q;
  const q = searchText(100).parse(typeof raw === "string" ? raw : undefined);
  const data = await subjectAccessPage(viewer, q);
  const running = data.exports.some((r) => r.status === "QUEUED" || r.status === "RUNNING");
  return (
    <>
      <FlashNotice />
      <PageHeader
        title="Subject access exports"
        lead="Everything the trust holds about one member of staff, in one ZIP: a summary page, the data as JSON and their files. The trust has one month to answer a request; review the names listed with each export before you release it."
      />
      <Section id="find-heading" title="Export a person's data">
        <NameSearch id="export-q" label="Find a member of staff" q={q} />
        {q && data.matches.length === 0 && <p>Nobody of the trust has that name.</p>}
        {data.matches.length > 0 && (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {data.matches.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span className="break-words">
                  {m.firstName} {m.lastName}, {m.jobTitle}, {m.school.name}
                  {m.leaveDate ? " (has left)" : ""}
                </span>
                <ActionButton id={`export-${m.id}`} action={requestSubjectAccessAction} hidden={{ staffMemberId: m.id }} label={`Export everything about ${m.firstName} ${m.lastName}`} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="exports-heading" title="Exports" className="mt-8">
        <ExportRefresh running={running} />
        <ExportTable rows={data.exports} caption="Subject access exports, newest first" detail={(id) => routes.adminExport(id)} />
      </Section>
    </>
  );
}
