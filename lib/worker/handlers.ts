// What each queue's job does. A handler must be safe to run twice (a worker can die after the work and
// before pg-boss records it done): each one keys its effect on the job's id or re-derives its state.
// Not `server-only` itself, but it loads app code: the worker runs it with scripts/allow-server-only.mjs.
import { deliverMail } from "@/lib/mail/mutations";
import { NOTIFICATION_HANDLERS } from "@/lib/notifications/handlers";
import { surveySweep } from "@/lib/voice/mutations";
import { workloadSweep } from "@/lib/workload/mutations";
import { refreshAllTrusts, refreshGovernance, sweepExpired } from "./mutations";
import type { JobContext, Payload, QueueName } from "@/lib/jobs/queues";

export type Handler<N extends QueueName> = (payload: Payload<N>, job: JobContext) => Promise<unknown>;

export const HANDLERS: { [N in QueueName]: Handler<N> } = {
  "mail.send": (mail, job) => deliverMail(job.id, mail),
  "governance.refresh": ({ trustId }, job) => refreshGovernance(trustId, job.now),
  "governance.refresh-all": () => refreshAllTrusts(),
  "maintenance.sweep": (_, job) => sweepExpired(job.now),
  ...NOTIFICATION_HANDLERS,
  "voice.sweep": async (_, job) => ({ ...(await surveySweep(job.now)), ...(await workloadSweep(job.now)) }),
};
