// The job queue in tests: run what the commands enqueued, in this process (no worker needed).
import type { Viewer } from "@/lib/access/policy";
import { jobSender } from "@/lib/jobs/enqueue";
import { runDueJobs } from "@/lib/worker/worker";
import { outbox } from "@/lib/mail/outbox";

export const runJobs = async () => runDueJobs(await jobSender());

/** The outbox once the mail the commands enqueued has been sent. */
export async function outboxAfterJobs(viewer: Viewer, page?: number) {
  await runJobs();
  return outbox(viewer, page);
}
