import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { plannedSchools } from "@/lib/pipeline/queries";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Succession and talent" };

export default async function SuccessionPage() {
  const viewer = await requireViewer();
  const schools = await plannedSchools(viewer);
  // A head keeps one school's plan: straight to it.
  if (schools.length === 1) redirect(asRoute(routes.schoolSuccession(schools[0]!.id)));
  return (
    <>
      <PageHeader title="Succession and talent" lead="Each school's plan for its key posts, its staff's aspirations and NPQs." />
      <ul className="list-disc space-y-1 pl-5">
        {schools.map((s) => (
          <li key={s.id}>
            <Link href={asRoute(routes.schoolSuccession(s.id))} className="text-brand-700 underline">{s.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
