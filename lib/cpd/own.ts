import "server-only";
// What the commands on a member of staff's own records share: the registry's check that the viewer
// edits their own records, their staff record, and the content check of an uploaded file.
import type { z } from "zod";
import { can, type Viewer } from "@/lib/access/policy";
import { command, type CommandSpec, type Done } from "@/lib/commands/command";
import { fieldError, notFoundError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { checkUpload, type CheckedFile } from "@/lib/storage/validate";

/** Only the owner writes their CPD, training and qualifications; anyone without a staff record is refused. */
export const editsOwnRecords = (viewer: Viewer) => can(viewer, "activity:edit:own", { staffMemberId: viewer.staff?.id });

/** The viewer's staff record; `editsOwnRecords` has already refused a viewer without one. */
export function ownStaff(viewer: Viewer) {
  if (!viewer.staff) throw notFoundError();
  return viewer.staff;
}

type OwnSpec<S extends z.ZodType, R, Row> = Omit<CommandSpec<S, R, Row>, "authorize" | "work"> & {
  work: (tx: Tx, viewer: Viewer, input: z.output<S>, staff: NonNullable<Viewer["staff"]>, row: Row) => Promise<Done<R>>;
};

/** A command on the viewer's own records: authorized by `editsOwnRecords`, its work handed their staff record (and the loaded row). */
export function ownRecordsCommand<S extends z.ZodType, R, Row = undefined>(spec: OwnSpec<S, R, Row>) {
  return command<S, R, Row>({ ...spec, authorize: (viewer) => editsOwnRecords(viewer), work: (tx, viewer, input, row) => spec.work(tx, viewer, input, ownStaff(viewer), row) });
}

/**
 * An uploaded file checked by its contents (the schema checked only its size and name). A bad file is
 * a message next to `field`, thrown before anything is written, so the transaction writes nothing.
 */
export async function checkedUpload(file: File | undefined, field: string): Promise<CheckedFile | null> {
  if (!file || file.size === 0) return null;
  const result = checkUpload(file.name, Buffer.from(await file.arrayBuffer()));
  if (!result.ok) throw fieldError(field, result.message);
  return result.file;
}
