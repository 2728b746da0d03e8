import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { SchoolRetention } from "@/components/staff-retention/SchoolRetention";
import { TrustRetention, trustQueryOf } from "@/components/staff-retention/TrustRetention";
import { requireViewer } from "@/lib/access/viewer";
import { retentionHome, schoolRetentionInsight, trustRetentionInsight } from "@/lib/staff-retention/queries";
import { asRoute, routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Retention" };

/** The trust's retention for trustees and the trust admin; a head's or governor's own school's; else not found. */
export default async function RetentionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const home = await retentionHome(viewer);
  if (home.kind === "trust") {
    const [d, q] = await Promise.all([trustRetentionInsight(viewer), searchParams]);
    return (
      <>
        <PageHeader title="Retention" lead="Staff turnover, stability and early-career retention across the trust over five academic years, why people left and what leavers said. Figures only: no one is named." />
        <TrustRetention d={d} q={trustQueryOf(q, (v) => pageNumber().parse(v))} />
      </>
    );
  }
  if (home.kind === "school") {
    const [d, q] = await Promise.all([schoolRetentionInsight(viewer, home.id), searchParams]);
    return (
      <>
        <PageHeader title={`Retention at ${d.school.name}`} lead="Staff turnover, stability and early-career retention over five academic years, why people left and what leavers said. Figures only: no one is named." />
        <SchoolRetention d={d} path={routes.retention()} commentsPage={pageNumber().parse(q.comments)} />
      </>
    );
  }
  return (
    <>
      <PageHeader title="Retention" lead="Choose a school." />
      <ul className="list-disc pl-5">
        {home.schools.map((s) => (
          <li key={s.id}><Link className="text-brand-700 underline" href={asRoute(routes.retentionSchool(s.id))}>{s.name}</Link></li>
        ))}
      </ul>
    </>
  );
}
