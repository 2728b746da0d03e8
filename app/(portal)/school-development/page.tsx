import type { Metadata } from "next";
import Link from "next/link";
import { ComplianceMatrix, type MatrixCell } from "@/components/cpd/ComplianceMatrix";
import { SchoolRetention } from "@/components/people/Retention";
import { SchoolDevelopmentTable } from "@/components/cpd/SchoolDevelopmentTable";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { SelectField } from "@/components/ui/Select";
import { ApplyFilters, StaffFilters } from "@/components/org/StaffFilters";
import { requireViewer } from "@/lib/access/viewer";
import { displayRow } from "@/lib/cpd/reports/present";
import { developmentSchool, schoolDevelopment } from "@/lib/cpd/reports/queries";
import { SchoolField, SchoolMatches, findSchool } from "@/components/org/SchoolFinder";
import { schoolDevelopmentParams } from "@/lib/cpd/schema";
import { formatDate } from "@/lib/dates";
import { schoolRetention } from "@/lib/people/retention/queries";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "School development" };

/** Staff per page of the development table and the compliance matrix (a school has 20 to 150). */
const STAFF_PER_PAGE = 15;

export default async function SchoolDevelopmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const query = await searchParams;
  let params = schoolDevelopmentParams.parse(query);
  // The trust admin types a school's name (120 schools as options were 21 kB of the page).
  const typed = typeof query.schoolq === "string" && query.schoolq.trim() ? findSchool((await developmentSchool(viewer)).schools, query.schoolq, params.school) : null;
  if (typed?.school) params = { ...params, school: typed.school.id };
  const data = await schoolDevelopment(viewer, params);
  const found = typed ?? { school: data.school, typed: "", matches: [] };
  // Both tables show the same page of staff; the counts above them are of all the school's staff.
  const shown = pageOf(data.rows, pageNumber().parse(query.page), STAFF_PER_PAGE);
  const pageHref = queryHref("/school-development", { ...params, school: data.school.id });
  const retention = await schoolRetention(viewer, data.school.id);
  const csvQuery = new URLSearchParams(Object.entries({ ...params, school: data.school.id }).filter((e): e is [string, string] => typeof e[1] === "string"));
  const onTrack = data.rows.filter((r) => r.onTrack).length;
  return (
    <>
      <PageHeader title="School development" lead={`${data.school.name}, academic year ${data.year}: current staff.`}>
        <a href={`/school-development/export?${csvQuery}`} className={buttonClass("secondary")} download>
          Download CSV
        </a>
      </PageHeader>
      <form method="get" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Filter staff">
        {data.schools.length > 1 && <SchoolField id="school" schools={data.schools} current={data.school} typed={found.typed} />}
        <StaffFilters category={params.category} careerStage={params.careerStage} />
        <SelectField id="subject" name="subject" label="Subject" defaultValue={params.subject} emptyLabel="All subjects" options={data.subjects.map((s) => ({ value: s, label: s }))} />
        <ApplyFilters sort={params.sort} dir={params.dir} />
      </form>
      <SchoolMatches found={found} hrefFor={queryHref("/school-development", { ...params, school: data.school.id })} otherwise={`showing ${data.school.name}`} />
      <p className="mb-3 text-sm text-slate-700">
        {data.rows.length} staff · {onTrack} on track for their target · hours are verified activities that started this academic year.
      </p>
      <SchoolDevelopmentTable rows={shown.rows.map(displayRow)} params={{ ...params, school: data.school.id }} page={shown.page} pageCount={shown.pageCount} total={shown.total} />

      <section aria-labelledby="expiring-heading" className="mt-8 space-y-2">
        <h2 id="expiring-heading" className="text-lg font-semibold">
          Training expiring in the next 60 days
        </h2>
        {data.expiring.length === 0 ? (
          <p className="text-slate-700">Nothing expires in the next 60 days.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white text-sm">
            {data.expiring.map((e) => (
              <li key={`${e.staff}-${e.requirement}`} className="p-2">
                <Link href={`/staff/${e.staffId}`} className="font-medium text-brand-700 underline">
                  {e.staff}
                </Link>: {e.requirement}, expires {formatDate(e.expiresOn)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="mt-8">
        <SchoolRetention data={retention} name={data.school.name} />
      </div>

      <section aria-labelledby="matrix-heading" className="mt-8 space-y-2">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          Statutory training compliance
        </h2>
        <ComplianceMatrix
          requirements={data.requirements}
          rows={shown.rows.map((r) => ({ id: r.id, name: r.name, cells: r.cells.map((c): MatrixCell => (c ? [c.status, c.expiresOn ? formatDate(c.expiresOn) : null] : null)) }))}
          caption={shown.pageCount > 1 ? `page ${shown.page} of ${shown.pageCount}` : undefined} />
        {shown.pageCount > 1 && <Pager hrefFor={pageHref} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of the compliance matrix" />}
      </section>
    </>
  );
}
