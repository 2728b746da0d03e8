import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { canAny } from "@/lib/access/policy";
import { StaffTable } from "@/components/org/StaffTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { SelectField } from "@/components/ui/Select";
import { ApplyFilters, StaffFilters } from "@/components/org/StaffFilters";
import { requireViewer } from "@/lib/access/viewer";
import { directorySchools, staffDirectory } from "@/lib/people/queries";
import { staffDirectoryParams } from "@/lib/people/schema";

export const metadata: Metadata = { title: "Staff directory" };

export default async function StaffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const params = staffDirectoryParams.parse(await searchParams);
  const [schools, result] = await Promise.all([directorySchools(viewer), staffDirectory(viewer, params)]);
  return (
    <>
      <PageHeader title="Staff directory" lead="Current staff of the schools you lead.">
        {canAny(viewer, "staff:manage") && (
          <div className="flex flex-wrap gap-3">
            <Link href="/staff/import" className={buttonClass("secondary")}>
              Import staff from a CSV
            </Link>
            <Link href="/staff/new" className={buttonClass("primary")}>
              Add a member of staff
            </Link>
          </div>
        )}
      </PageHeader>
      <form method="get" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Filter staff">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Name or job title
          </label>
          <input id="q" name="q" type="search" defaultValue={params.q} className="mt-1 w-full rounded border border-slate-400 px-2 py-2" />
        </div>
        {schools.length > 1 && (
          <SelectField id="school" name="school" label="School" defaultValue={params.school} emptyLabel="All schools" options={schools.map((s) => ({ value: s.id, label: s.name }))} />
        )}
        <StaffFilters category={params.category} careerStage={params.careerStage} />
        <ApplyFilters sort={params.sort} dir={params.dir} />
      </form>
      <StaffTable rows={result.rows} params={params} total={result.total} pageCount={result.pageCount} />
    </>
  );
}
