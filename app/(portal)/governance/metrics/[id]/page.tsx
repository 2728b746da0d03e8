import type { Metadata } from "next";
import { MetricDefinitionForm } from "@/components/governance/MetricDefinitionForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { definitionToEdit } from "@/lib/governance/definitions/queries";

export const metadata: Metadata = { title: "Edit a metric definition" };

export default async function MetricDefinitionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const m = await definitionToEdit(viewer, (await params).id);
  return (
    <>
      <BackLink href="/governance/metrics">Metric definitions</BackLink>
      <PageHeader title={`Edit ${m.label}`} lead={`${m.description} Key ${m.key} (used by imports; it does not change).`} />
      <MetricDefinitionForm definition={m} />
    </>
  );
}
