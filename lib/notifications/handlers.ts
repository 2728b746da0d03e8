// The notifications' job handlers, spread into lib/worker/handlers.ts. Each is safe to run twice.
import type { JobContext, Payload } from "@/lib/jobs/queues";
import { deliverNotifications, sendDigests } from "./mutations";
import { startDigests } from "./digest/mutations";
import { runSweeps } from "./sweeps/mutations";

export const NOTIFICATION_HANDLERS = {
  "notification.deliver": ({ trustId, ids }: Payload<"notification.deliver">, job: JobContext) => deliverNotifications(trustId, ids, job.now),
  "notification.digest": ({ trustId, userIds }: Payload<"notification.digest">, job: JobContext) => sendDigests(job.id, trustId, userIds, job.now),
  "notification.digest-all": (_: Payload<"notification.digest-all">, job: JobContext) => startDigests(job.now),
  "notification.sweep": (_: Payload<"notification.sweep">, job: JobContext) => runSweeps(job.now),
};
