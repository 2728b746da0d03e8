// What each queue's job does. A handler must be safe to run twice (a worker can die after the work and
// before pg-boss records it done): each one keys its effect on the job's id or re-derives its state.
// Not `server-only` itself, but it loads app code: the worker runs it with scripts/allow-server-only.mjs.
import { appraisalWindows } from "@/lib/appraisal/sweep/mutations";
import { deliverMail } from "@/lib/mail/mutations";
import { buildExport, markExportFailed } from "@/lib/privacy/mutations";
import { QUEUES } from "@/lib/jobs/queues";
import { retentionNightly } from "@/lib/retention/mutations";
import { NOTIFICATION_HANDLERS } from "@/lib/notifications/handlers";
import { mentorLapses } from "@/lib/notifications/mentor-lapses/mutations";
import { PROGRAMME_HANDLERS } from "@/lib/programme/handlers";
import { surveySweep } from "@/lib/voice/mutations";
import { workloadSweep } from "@/lib/workload/mutations";
import { backupNightly, refreshAllTrusts, refreshGovernance, sweepExpired } from "./mutations";
import type { JobContext, Payload, QueueName } from "@/lib/jobs/queues";

export type Handler<N extends QueueName> = (payload: Payload<N>, job: JobContext) => Promise<unknown>;

export const HANDLERS: { [N in QueueName]: Handler<N> } = {
  "mail.send": (mail, job) => deliverMail(job.id, mail),
  "governance.refresh": ({ trustId }, job) => refreshGovernance(trustId, job.now),
  "governance.refresh-all": () => refreshAllTrusts(),
  "maintenance.sweep": (_, job) => sweepExpired(job.now),
  "maintenance.backup": (_, job) => backupNightly(job.now),
  "retention.nightly": (_, job) => retentionNightly(job.now),
  // The last try that fails marks the export failed, so its page stops showing progress.
  "privacy.export": ({ exportId }, job) =>
    buildExport(exportId).catch(async (error: unknown) => {
      if (job.retryCount >= QUEUES["privacy.export"].policy.retryLimit) await markExportFailed(exportId, error instanceof Error ? error.message : String(error));
      throw error;
    }),
  ...NOTIFICATION_HANDLERS,
  "notification.mentor-lapses": (_, job) => mentorLapses(job.now),
  ...PROGRAMME_HANDLERS,
  "appraisal.sweep": (_, job) => appraisalWindows(job.now),
  "voice.sweep": async (_, job) => ({ ...(await surveySweep(job.now)), ...(await workloadSweep(job.now)) }),
};
