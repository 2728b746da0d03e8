import type { Metadata } from "next";
import { ImportForm } from "@/components/governance/ImportForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { requirePermission } from "@/lib/access/where";

export const metadata: Metadata = { title: "Import metric values" };

export default async function ImportPage() {
  const viewer = await requireViewer();
  requirePermission(viewer, "metric:edit");
  return (
    <>
      <BackLink href="/governance">Governance</BackLink>
      <PageHeader title="Import metric values" lead="Check a CSV file first: the preview lists every error and every change, and nothing is written until you confirm. Computed metrics cannot be imported.">
        <a href="/governance/import/template" download className="text-brand-700 underline">
          Download the template CSV
        </a>
      </PageHeader>
      <ImportForm />
    </>
  );
}
