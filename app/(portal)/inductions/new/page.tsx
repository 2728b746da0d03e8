import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { SelectField } from "@/components/ui/Select";
import { requireAny } from "@/lib/access/where";
import { requireViewer } from "@/lib/access/viewer";
import { isoDay, londonToday } from "@/lib/dates";
import { enumLabel } from "@/lib/format";
import { inductionSchools, startOptions } from "@/lib/inductions/queries";
import { isId } from "@/lib/validation/fields";
import { StartInductionForm } from "../_components/InductionForms";

export const metadata: Metadata = { title: "Start an induction" };

const LEAD = "The reviews are scheduled from the start date: one each term, formal assessments at the midpoint and the end.";

/** Start an ECT's induction: first the school (for someone with several), then the ECT and their people. */
export default async function NewInductionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  requireAny(viewer, "induction:view:any");
  const [{ school: asked }, schools] = await Promise.all([searchParams, inductionSchools(viewer)]);
  const schoolId = isId(asked) ? asked : schools.length === 1 ? schools[0]!.id : undefined;
  if (!schoolId) {
    return (
      <>
        <BackLink href="/inductions">Back to inductions</BackLink>
        <PageHeader title="Start an induction" lead={LEAD} />
        <form method="get" className="max-w-md space-y-4" aria-label="Choose the school">
          <SelectField id="school" name="school" label="School" emptyLabel="Choose a school" options={schools.map((s) => ({ value: s.id, label: s.name }))} />
          <button type="submit" className={buttonClass("primary", "min-h-11")}>
            Continue
          </button>
        </form>
      </>
    );
  }
  const { ects, colleagues } = await startOptions(viewer, schoolId);
  const name = (p: { firstName: string; lastName: string }) => `${p.lastName}, ${p.firstName}`;
  return (
    <>
      <BackLink href="/inductions">Back to inductions</BackLink>
      <PageHeader title="Start an induction" lead={`${schools.find((s) => s.id === schoolId)?.name ?? ""}. ${LEAD}`} />
      <StartInductionForm
        ects={ects.map((e) => ({ value: e.id, label: `${name(e)} (${enumLabel(e.careerStage)})` }))}
        colleagues={colleagues.map((c) => ({ value: c.id, label: name(c) }))}
        values={{ startDate: isoDay(londonToday()), expectedTerms: "6", inductionTutorId: viewer.staff?.id ?? "" }}
      />
    </>
  );
}
