import "server-only";
// The trust admin edits a metric definition (issue 15 §4). Only the definition changes: stored values
// are never rewritten, and every page rates them on read against the thresholds as they are now
// (lib/governance/rag.ts), so a new threshold re-rates past values in the view. Audited before/after.
import { can } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { definitionSchema } from "./schema";
import { routes } from "@/lib/routes";

const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

export const updateDefinition = command({
  schema: definitionSchema,
  // One of the trust's definitions (the trust's own reference data).
  load: (tx, viewer, { id }) =>
    tx.metricDefinition.findFirst({ where: { id, trustId: viewer.trustId }, select: { key: true, label: true, unit: true, direction: true, greenAt: true, redAt: true } }),
  authorize: (viewer) => can(viewer, "metric:define"),
  async work(tx, viewer, { id, ...input }, found) {
    const before = { label: found.label, unit: found.unit, direction: found.direction, greenAt: num(found.greenAt), redAt: num(found.redAt) };
    const after = { label: input.label, unit: input.unit, direction: input.direction, greenAt: input.greenAt, redAt: input.redAt };
    const data = { id, key: found.key, label: input.label };
    if (JSON.stringify(before) === JSON.stringify(after)) return { data, unchanged: true };
    await tx.metricDefinition.update({ where: { id }, data: after });
    return changed("MetricDefinition", id, "metric-definition.update", { before, after }, data);
  },
  revalidate: (input) => [routes.governance(), routes.metrics(), routes.metric(input.id), routes.boardPack(), routes.home()],
  success: (d) => `${d.label} saved: its values are rated against the new thresholds.`,
});
