import { databaseHealth } from "@/lib/db/health";
import { queueHealth } from "@/lib/jobs/queries";

export const dynamic = "force-dynamic";

// The status follows the database alone: the web server answers without a worker (jobs wait), and a
// load balancer must not take it out of service for one. The worker and the queue are reported beside it.
export async function GET() {
  const database = await databaseHealth();
  const jobs = database.up ? await queueHealth() : null;
  return Response.json(
    { status: database.up ? "ok" : "unavailable", database: database.up ? "up" : "down", latencyMs: database.latencyMs, worker: jobs?.worker ?? null, queue: jobs?.queue ?? null },
    { status: database.up ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
