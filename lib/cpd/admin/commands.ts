import "server-only";
// Trust reference data for CPD: annual hour targets per staff category and statutory training
// requirements. Trust admins only; anyone else gets "not found".
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command, existingOrNew, PROBLEM } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import { requirementForm, targetForm } from "../schema";
import { hoursToMinutes } from "@/lib/dates";
import { routes } from "@/lib/routes";

const admin = (viewer: Viewer) => can(viewer, "trust:admin");

/** Sets the hours expected in an academic year for a category (or the trust default). */
export const saveTarget = command({
  schema: targetForm,
  authorize: admin,
  async work(tx, viewer, input) {
    const key = { trustId: viewer.trustId, startYear: input.startYear, scope: input.scope };
    const before = await tx.cpdTarget.findUnique({ where: { trustId_startYear_scope: key } });
    const minutes = hoursToMinutes(input.hours);
    const after = await tx.cpdTarget.upsert({ where: { trustId_startYear_scope: key }, create: { ...key, minutes }, update: { minutes } });
    return changed("CpdTarget", after.id, "cpd.target.save", { ...(before ? { before } : {}), after });
  },
  revalidate: () => [routes.trustDevelopment(), routes.schoolDevelopment(), routes.development(), routes.home()],
  success: "Target saved.",
});

/** Creates or edits a statutory training requirement. */
export const saveRequirement = command({
  schema: requirementForm,
  load: (tx, viewer, input) => existingOrNew(input.id, (id) => tx.trainingRequirement.findFirst({ where: { id, trustId: viewer.trustId } })),
  authorize: admin,
  async work(tx, viewer, input, { before }) {
    const data = {
      name: input.name,
      description: input.description,
      categories: input["categories[]"],
      designation: input.designation ?? null,
      validityMonths: input.validityMonths,
      active: input.active === "on",
    };
    const after = before
      ? await tx.trainingRequirement.update({ where: { id: before.id }, data })
      : await tx.trainingRequirement.create({ data: { ...data, trustId: viewer.trustId } });
    return changed("TrainingRequirement", after.id, before ? "training.requirement.update" : "training.requirement.create", { ...(before ? { before } : {}), after });
  },
  revalidate: () => [routes.trustDevelopment(), routes.schoolDevelopment(), routes.development()],
  success: "Requirement saved.",
  onError(error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", PROBLEM, { name: ["A requirement with this name already exists."] });
  },
});
