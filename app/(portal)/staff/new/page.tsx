import type { Metadata } from "next";
import { NewStaffForm } from "@/components/people/StaffForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { lineManagerChoices, manageableSchools } from "@/lib/people/records/queries";

export const metadata: Metadata = { title: "Add a member of staff" };

export default async function NewStaffPage() {
  const viewer = await requireViewer();
  const schools = await manageableSchools(viewer);
  const managers = await lineManagerChoices(viewer, schools);
  return (
    <>
      <BackLink href="/staff">Back to the staff directory</BackLink>
      <PageHeader title="Add a member of staff" lead="They get an account in their work email's name; their CPD, training and qualifications follow them wherever they work in the trust." />
      <NewStaffForm schools={schools.map((s) => ({ value: s.id, label: s.name }))} managers={managers} />
    </>
  );
}
