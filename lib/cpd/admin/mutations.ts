import "server-only";
// Trust reference data for CPD: annual hour targets per staff category and statutory training
// requirements. Trust admins only; anyone else gets "not found".
import { audit } from "@/lib/audit";
import { can, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { defineCommand } from "@/lib/server/action";
import { AppError, notFoundError } from "@/lib/commands/errors";
import { requirementForm, targetForm } from "../schema";
import { hoursToMinutes } from "@/lib/dates";

function requireAdmin(viewer: Viewer) {
  if (!can(viewer, "trust:admin")) throw notFoundError();
}

/** Sets the hours expected in an academic year for a category (or the trust default). */
export const saveTarget = defineCommand(
  targetForm,
  async (viewer, input) => {
    requireAdmin(viewer);
    return db().$transaction(async (tx) => {
      const key = { trustId: viewer.trustId, startYear: input.startYear, scope: input.scope };
      const before = await tx.cpdTarget.findUnique({ where: { trustId_startYear_scope: key } });
      const minutes = hoursToMinutes(input.hours);
      const after = await tx.cpdTarget.upsert({ where: { trustId_startYear_scope: key }, create: { ...key, minutes }, update: { minutes } });
      await audit(tx, viewer, { action: "cpd.target.save", entity: "CpdTarget", entityId: after.id, ...(before ? { before } : {}), after });
      return { id: after.id };
    });
  },
  "Target saved.",
);

/** Creates or edits a statutory training requirement. */
export const saveRequirement = defineCommand(
  requirementForm,
  async (viewer, input) => {
    requireAdmin(viewer);
    const data = {
      name: input.name,
      description: input.description ?? null,
      categories: input["categories[]"],
      designation: input.designation ?? null,
      validityMonths: input.validityMonths,
      active: input.active === "on",
    };
    try {
      return await db().$transaction(async (tx) => {
        const before = input.id ? await tx.trainingRequirement.findFirst({ where: { id: input.id, trustId: viewer.trustId } }) : null;
        if (input.id && !before) throw notFoundError();
        const after = before
          ? await tx.trainingRequirement.update({ where: { id: before.id }, data })
          : await tx.trainingRequirement.create({ data: { ...data, trustId: viewer.trustId } });
        await audit(tx, viewer, { action: before ? "training.requirement.update" : "training.requirement.create", entity: "TrainingRequirement", entityId: after.id, ...(before ? { before } : {}), after });
        return { id: after.id };
      });
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") {
        throw new AppError("CONFLICT", "There is a problem: check the highlighted fields.", { name: ["A requirement with this name already exists."] });
      }
      throw error;
    }
  },
  "Requirement saved.",
);
