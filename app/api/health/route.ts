import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseHealth();
  return Response.json(
    { status: database.up ? "ok" : "unavailable", database: database.up ? "up" : "down", latencyMs: database.latencyMs },
    { status: database.up ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
