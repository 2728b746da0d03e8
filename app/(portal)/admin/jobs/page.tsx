import type { Metadata } from "next";
import { JobControls } from "@/components/jobs/JobControls";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";
import { failedJobs } from "@/lib/jobs/failed";

export const metadata: Metadata = { title: "Failed jobs" };

export default async function FailedJobsPage() {
  const viewer = await requireViewer();
  const jobs = await failedJobs(viewer);
  return (
    <>
      <PageHeader
        title="Failed jobs"
        lead="Background work (emails, metric refreshes, nightly tidying) that failed on every attempt. Retry it once the cause is fixed (for example, the mail server is back), or discard it."
      />
      <TableBox>
        <Table
          caption="Jobs that failed on every attempt, newest first"
          rows={jobs}
          rowKey={(j) => j.id}
          empty={<>No failed jobs.</>}
          columns={[
            { key: "what", header: "What", cell: (j) => (<><span className="font-medium">{j.what}</span><br /><span className="text-sm text-slate-700">{j.detail}</span></>) },
            { key: "why", header: "Why it failed", className: "break-all", cell: (j) => `${j.why} (${j.attempts} ${j.attempts === 1 ? "attempt" : "attempts"})` },
            { key: "when", header: "When", className: "whitespace-nowrap", cell: (j) => (<>Failed {formatDateTime(j.failedOn)}<br /><span className="text-sm text-slate-700">queued {formatDateTime(j.createdOn)}</span></>) },
            { key: "actions", header: "Actions", cell: (j) => <JobControls jobId={j.id} what={`${j.what}, ${j.detail}`} /> },
          ]}
        />
      </TableBox>
    </>
  );
}
