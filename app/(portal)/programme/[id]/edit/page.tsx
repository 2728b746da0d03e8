import type { Metadata } from "next";
import { EditCourseForm } from "@/components/programme/CourseForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { courseForEdit } from "@/lib/programme/course/queries";
import { courseFormOptions } from "@/lib/programme/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Edit course" };

export default async function EditCoursePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const course = await courseForEdit(viewer, (await params).id);
  const { schools } = await courseFormOptions(viewer);
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: course.title, href: routes.course(course.id) }, { label: "Edit" }]} />
      <PageHeader title={`Edit: ${course.title}`} />
      <div className="max-w-2xl rounded border border-slate-200 bg-white p-4">
        <EditCourseForm courseId={course.id} values={course.values} schools={schools} />
      </div>
    </>
  );
}
