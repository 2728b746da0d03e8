import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { CheckAnswerForm } from "@/components/workload/WorkloadForms";
import { requireViewer } from "@/lib/access/viewer";
import { routes } from "@/lib/routes";
import { checkToAnswer } from "@/lib/workload/queries";

export const metadata: Metadata = { title: "Workload check" };

type Props = { params: Promise<{ id: string }> };

/** The one-question check, for those asked only (anyone else: not found). */
export default async function WorkloadCheckPage({ params }: Props) {
  const viewer = await requireViewer();
  const c = await checkToAnswer(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "Staff survey", href: routes.staffSurveys() }, { label: "Workload check" }]} />
      <PageHeader title="Workload check" lead={`One anonymous question about “${c.title}”. Open until ${c.closesOn}; leaders see the average only once at least 5 have answered.`} />
      <div className="max-w-xl">
        {c.answered ? <p>You have answered this check. Thank you.</p> : c.closed ? <p>This check has closed.</p> : <CheckAnswerForm checkId={c.id} title={c.title} />}
      </div>
    </>
  );
}
