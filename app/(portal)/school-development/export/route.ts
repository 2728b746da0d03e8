import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/access/viewer";
import { developmentCsv } from "@/lib/cpd/reports/present";
import { mayReadDevelopment, schoolDevelopment } from "@/lib/cpd/reports/queries";
import { schoolDevelopmentParams } from "@/lib/cpd/schema";
import { asRoute, routes, withQuery } from "@/lib/routes";

export const dynamic = "force-dynamic";

/** The school development table as CSV: the same filters and sort, so the same rows and columns. */
export async function GET(request: Request) {
  const viewer = await requireViewer();
  const url = new URL(request.url);
  const params = schoolDevelopmentParams.parse(Object.fromEntries(url.searchParams));
  // A route handler's notFound() is an empty 404; the same request to the page answers with the portal's 404 page.
  if (!mayReadDevelopment(viewer, params.school)) redirect(asRoute(withQuery(routes.schoolDevelopment(), url.searchParams)));
  const data = await schoolDevelopment(viewer, params);
  const slug = data.school.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return new Response(developmentCsv(data.rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="cpd-${slug}-${data.year.replace("/", "-")}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
