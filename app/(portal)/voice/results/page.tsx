import type { Metadata } from "next";
import Link from "next/link";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { canAny } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { asRoute, routes } from "@/lib/routes";
import { surveyList } from "@/lib/voice/queries";

export const metadata: Metadata = { title: "Staff survey results" };

const STATE = { open: "Open", closed: "Closed", upcoming: "Not yet open" } as const;

/** The surveys whose results the viewer reads: their school's and the trust's (the trust's people: every one). */
export default async function SurveyResultsListPage() {
  const viewer = await requireViewer();
  const rows = await surveyList(viewer);
  const build = canAny(viewer, "survey:manage");
  type Row = (typeof rows)[number];
  return (
    <>
      <PageHeader title="Staff survey results" lead="Anonymous pulse surveys: no figure for a group of fewer than 5 answers, and none that could be subtracted to reveal one.">
        {build && <Link href={asRoute(routes.surveyBuild())} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">Build a survey</Link>}
      </PageHeader>
      <FlashNotice />
      <TableBox label="Staff surveys">
      <Table
        caption="Staff surveys"
        rows={rows}
        rowKey={(r: Row) => r.id}
        empty="No surveys yet."
        columns={[
          { key: "title", header: "Survey", rowHeader: true, cell: (r: Row) => <Link href={asRoute(routes.surveyResults(r.id))} className="text-brand-700 underline">{r.title}</Link> },
          { key: "scope", header: "Asked", cell: (r: Row) => r.scope },
          { key: "term", header: "Term", cell: (r: Row) => r.term },
          { key: "dates", header: "Open", cell: (r: Row) => `${r.opensOn} to ${r.closesOn}` },
          { key: "state", header: "Status", cell: (r: Row) => STATE[r.state] },
          { key: "answered", header: "Answers", align: "right", cell: (r: Row) => r.answered },
        ]}
      />
      </TableBox>
    </>
  );
}
