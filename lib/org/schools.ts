import "server-only";
// "One of the trust's schools", as a command checks a school its input names: in the command's
// transaction, pinned to the viewer's trust, a refusal on the form's field when it is not one.
import type { Viewer } from "@/lib/access/policy";
import { fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";

type Options = { field?: string; message?: string; /** Refuse a school archived when it left the trust. */ current?: boolean };

export async function trustSchool(tx: Tx, viewer: Viewer, schoolId: string, { field = "schoolId", message = "Choose one of the trust's schools.", current = false }: Options = {}) {
  const school = await tx.school.findFirst({
    where: { id: schoolId, trustId: viewer.trustId, ...(current ? { archivedAt: null } : {}) },
    select: { id: true, name: true, clusterId: true, phase: true, improvementCapacity: true, hasEarlyYears: true, hasSixthForm: true },
  });
  if (!school) throw fieldError(field, message);
  return school;
}
