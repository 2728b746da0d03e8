import type { Metadata } from "next";
import { CreateCourseForm } from "@/components/programme/CourseForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { courseFormOptions } from "@/lib/programme/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Publish a course" };

/** A new course, saved as a draft: its sessions are added on the course's page, then it is published. */
export default async function NewCoursePage() {
  const viewer = await requireViewer();
  const { owners, schools } = await courseFormOptions(viewer);
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: "Publish a course" }]} />
      <PageHeader title="Publish a course" lead="Save it as a draft, add its sessions, then publish it for staff to book." />
      <div className="max-w-2xl rounded border border-slate-200 bg-white p-4">
        <CreateCourseForm
          owners={owners.filter((o) => !o.value.startsWith("school:"))}
          schools={schools}
          schoolOwners={owners.filter((o) => o.value.startsWith("school:")).length === schools.length ? "all" : owners.filter((o) => o.value.startsWith("school:")).map((o) => o.value.slice("school:".length))}
        />
      </div>
    </>
  );
}
