// The programme's job handlers, spread into lib/worker/handlers.ts. Each re-reads its row, so it is safe to run twice.
import type { JobContext, Payload } from "@/lib/jobs/queues";
import { askFollowUp, expireOffer, programmeSweep } from "./mutations";

export const PROGRAMME_HANDLERS = {
  "programme.offer-expire": ({ trustId, bookingId }: Payload<"programme.offer-expire">, job: JobContext) => expireOffer(trustId, bookingId, job.now),
  "programme.follow-up": ({ trustId, followUpId }: Payload<"programme.follow-up">, job: JobContext) => askFollowUp(trustId, followUpId, job.now),
  "programme.sweep": (_: Payload<"programme.sweep">, job: JobContext) => programmeSweep(job.now),
};
