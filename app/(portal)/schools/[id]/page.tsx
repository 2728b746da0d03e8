import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel, formatNumber } from "@/lib/format";
import { getSchool } from "@/lib/org/queries";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "School" };

export default async function SchoolPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const school = await getSchool(viewer, (await params).id);
  const { ofsted } = school;
  return (
    <>
      <PageHeader title={school.name} lead={`${enumLabel(school.phase)} · ${school.cluster?.name ?? "No cluster"}`}>
        {school.mayViewStaff && (
          <Link href={`/staff?school=${school.id}`} className="text-brand-700 underline">
            Staff of this school
          </Link>
        )}
      </PageHeader>
      <StatGrid>
        <Stat label="URN" value={school.urn} />
        <Stat label="Pupils on roll" value={formatNumber(school.pupilsOnRoll)} />
        <Stat label="Staff" value={formatNumber(school.staffCount)} />
        <Stat label="Improvement capacity" value={enumLabel(school.improvementCapacity)} />
      </StatGrid>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="about" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="about" className="text-lg font-semibold">
            About the school
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-y-2 text-sm">
            <dt className="text-slate-600">Headteacher</dt>
            <dd>{school.head ? school.head.name : "Vacant"}</dd>
            <dt className="text-slate-600">Type</dt>
            <dd>{enumLabel(school.type)}</dd>
            <dt className="text-slate-600">Postcode</dt>
            <dd>{school.postcode}</dd>
            {school.byCategory.map((c) => (
              <div key={c.category} className="contents">
                <dt className="text-slate-600">{enumLabel(c.category)} staff</dt>
                <dd>
                  {c.count} ({c.fte.toFixed(1)} FTE)
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="ofsted" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="ofsted" className="text-lg font-semibold">
            Latest Ofsted outcome
          </h2>
          {ofsted.kind === "none" && <p className="mt-3 text-sm">Not yet inspected as an academy.</p>}
          {ofsted.kind === "grade" && (
            <p className="mt-3 text-sm">
              <strong>{ofsted.label}</strong> (inspected {formatDate(ofsted.inspectedOn)}, four-grade framework)
            </p>
          )}
          {ofsted.kind === "reportCard" && (
            <>
              <p className="mt-3 text-sm">Report card, inspected {formatDate(ofsted.inspectedOn)}</p>
              <Table
                caption="Report card grades"
                headless
                className="mt-2 w-full text-sm"
                rows={[...ofsted.areas, { area: "Safeguarding", grade: ofsted.safeguarding }]}
                rowKey={(a) => a.area}
                columns={[
                  { key: "area", header: "Area", rowHeader: true, className: "text-slate-700", cell: (a) => a.area },
                  { key: "grade", header: "Grade", cell: (a) => a.grade },
                ]}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
