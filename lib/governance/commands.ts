import "server-only";
// Governance commands: the trust admin imports and enters metric values and refreshes the computed
// ones; governors and trustees record visits and their own training. A computed metric is never
// typed in: the check refuses it row by row (lib/governance/validate.ts).
import { can } from "@/lib/access/policy";
import { changed, command, PROBLEM } from "@/lib/commands/command";
import { AppError, notFoundError } from "@/lib/commands/errors";
import { hoursToMinutes, londonToday } from "@/lib/dates";
import { loadCheckContext } from "./context";
import { expectationSchema, gridSchema, importSchema, refreshSchema, trainingSchema, visitSchema } from "./schema";
import { storeComputedYear, writeValues, type ValueWrite } from "./store";
import { checkRows, parseMetricCsv, type Candidate, type CheckResult } from "./validate";
import { notifyImportFinished } from "@/lib/notifications/events/governance";
import { routes } from "@/lib/routes";

const PAGES = [routes.governance(), routes.boardPack(), routes.governanceEntry(), routes.home()];

function writesOf(result: CheckResult): ValueWrite[] {
  return result.rows
    .filter((r) => r.status === "new" || r.status === "change")
    .map((r) => ({ schoolId: r.schoolId!, metricId: r.metricId!, period: r.period, periodKey: r.periodKey!, value: r.after!, before: r.before }));
}

const counts = (result: CheckResult) => ({
  created: result.rows.filter((r) => r.status === "new").length,
  changed: result.rows.filter((r) => r.status === "change").length,
  unchanged: result.unchanged,
});

/** All or nothing: the file is checked again inside the transaction, and one bad row writes nothing. */
export const importMetrics = command({
  schema: importSchema,
  authorize: (viewer) => can(viewer, "metric:edit"),
  async work(tx, viewer, { csv }) {
    const { candidates, fileError } = parseMetricCsv(csv);
    if (fileError) throw new AppError("INVALID", fileError, { csv: [fileError] });
    const result = checkRows(candidates, await loadCheckContext(tx, viewer.trustId, candidates.map((c) => c.period)));
    if (result.errors) {
      const first = result.rows.filter((r) => r.errors.length).slice(0, 20).map((r) => `Row ${r.row}: ${r.errors.join(" ")}`);
      throw new AppError("INVALID", `${result.errors} rows have errors, so nothing was imported.`, { csv: first });
    }
    const data = { rows: candidates.length, ...counts(result) };
    const writes = writesOf(result);
    if (!writes.length) return { data, unchanged: true };
    await writeValues(tx, viewer.trustId, viewer.userId, "IMPORTED", writes);
    await notifyImportFinished(tx, viewer.trustId, viewer.userId, data);
    return { data, audit: { action: "metric.import", entity: "MetricValue", entityId: "import", after: data } };
  },
  revalidate: () => PAGES,
  success: (d) => (d.created + d.changed ? `Imported ${d.rows} rows: ${d.created} new values, ${d.changed} changed, ${d.unchanged} unchanged.` : `Nothing changed: all ${d.rows} values were already stored.`),
});

/** The entry grid: each non-blank cell is checked as an import row would be; errors come back under the cell's own field. */
export const saveGrid = command({
  schema: gridSchema,
  authorize: (viewer) => can(viewer, "metric:edit"),
  async work(tx, viewer, input) {
    const ctx = await loadCheckContext(tx, viewer.trustId, [input.period]);
    const schools = new Map(ctx.schools.map((s) => [s.id, s]));
    const metrics = new Map(ctx.metrics.map((m) => [m.id, m]));
    const candidates: Candidate[] = [];
    for (const [field, raw] of Object.entries(input)) {
      if (!field.startsWith("v:") || typeof raw !== "string" || !raw.trim()) continue;
      const [, schoolId, metricId] = field.split(":");
      const school = schools.get(schoolId ?? "");
      const metric = metrics.get(metricId ?? "");
      if (!school || !metric) throw notFoundError();
      candidates.push({ row: candidates.length + 1, urn: String(school.urn), metric: metric.key, period: input.period, value: raw, field });
    }
    const result = checkRows(candidates, ctx);
    if (result.errors) {
      const fieldErrors = Object.fromEntries(result.rows.filter((r) => r.errors.length).map((r) => [r.field!, [`${r.schoolName}, ${r.metricLabel ?? r.metric}: ${r.errors.join(" ")}`]]));
      throw new AppError("INVALID", PROBLEM, fieldErrors);
    }
    const data = { period: input.period, ...counts(result) };
    const writes = writesOf(result);
    if (!writes.length) return { data, unchanged: true };
    await writeValues(tx, viewer.trustId, viewer.userId, "ENTERED", writes);
    return { data, audit: { action: "metric.enter", entity: "MetricValue", entityId: input.period, after: { ...data, cells: writes.map((w) => ({ schoolId: w.schoolId, metricId: w.metricId, before: w.before, after: w.value })) } } };
  },
  revalidate: () => PAGES,
  success: (d) => (d.created + d.changed ? `Saved ${d.created + d.changed} values for ${d.period}.` : "Nothing changed."),
});

export const refreshComputed = command({
  schema: refreshSchema,
  authorize: (viewer) => can(viewer, "metric:edit"),
  async work(tx, viewer, { startYear }) {
    const done = await storeComputedYear(tx, viewer.trustId, startYear, londonToday(), viewer.userId);
    if (!done.changed) return { data: done, unchanged: true };
    return changed("MetricValue", done.period, "metric.compute", { after: done }, done);
  },
  revalidate: () => PAGES,
  success: (d) => `Computed metrics for ${d.period} refreshed: ${d.changed} values changed.`,
});

export const recordVisit = command({
  schema: visitSchema,
  load: (tx, viewer, { schoolId }) => tx.school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, trustId: true } }),
  authorize: (viewer, _, school) => can(viewer, "visit:record", { trustId: school.trustId, schoolId: school.id }),
  async work(tx, viewer, input) {
    const visit = await tx.governanceVisit.create({ data: { ...input, visitedOn: new Date(input.visitedOn), trustId: viewer.trustId, visitorUserId: viewer.userId } });
    return changed("GovernanceVisit", visit.id, "visit.record", { after: visit }, { id: visit.id, schoolId: input.schoolId });
  },
  revalidate: (input) => [routes.governanceSchool(input.schoolId), routes.home()],
  success: "Visit recorded.",
});

export const recordTraining = command({
  schema: trainingSchema,
  authorize: (viewer) => can(viewer, "governance:train"),
  async work(tx, viewer, { hours, expectationId, completedOn, ...input }) {
    if (expectationId && !(await tx.governanceExpectation.findFirst({ where: { id: expectationId, trustId: viewer.trustId, active: true } }))) throw notFoundError();
    const record = await tx.governanceTraining.create({
      data: { ...input, expectationId, completedOn: new Date(completedOn), minutes: hoursToMinutes(hours), trustId: viewer.trustId, userId: viewer.userId },
    });
    return changed("GovernanceTraining", record.id, "governance-training.record", { after: record });
  },
  revalidate: () => [routes.governorTraining(), routes.home()],
  success: "Training recorded.",
});

export const createExpectation = command({
  schema: expectationSchema,
  authorize: (viewer) => can(viewer, "trust:admin"),
  async work(tx, viewer, { "roles[]": roles, ...input }) {
    const expectation = await tx.governanceExpectation.create({ data: { ...input, roles, trustId: viewer.trustId } });
    return changed("GovernanceExpectation", expectation.id, "governance-expectation.create", { after: expectation });
  },
  revalidate: () => [routes.governorTraining()],
  success: "Expectation added.",
  onError: (error) => {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", PROBLEM, { name: ["An expectation with this name already exists."] });
  },
});
