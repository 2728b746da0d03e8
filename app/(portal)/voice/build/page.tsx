import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { BuildSurveyForm } from "@/components/voice/SurveyForms";
import { requireViewer } from "@/lib/access/viewer";
import { routes } from "@/lib/routes";
import { buildOptions } from "@/lib/voice/queries";

export const metadata: Metadata = { title: "Build a staff survey" };

/** A head builds their school's survey from the bank; the trust admin one for every school (anyone else: not found). */
export default async function BuildSurveyPage() {
  const viewer = await requireViewer();
  const data = await buildOptions(viewer);
  return (
    <>
      <Breadcrumbs items={[{ label: "Staff survey results", href: routes.surveyResultsList() }, { label: "Build a survey" }]} />
      <PageHeader title="Build a staff survey" lead="Choose questions from the bank and the dates it is open. Staff are invited on the opening day and reminded two days before it closes." />
      <div className="max-w-2xl">
        <BuildSurveyForm scopes={data.scopes} bank={data.bank} defaults={data.defaults} />
      </div>
    </>
  );
}
