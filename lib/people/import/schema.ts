// The staff import's forms (issue 11 §3): the upload (school and file), the column mapping, and the
// preview's apply and discard. Shared by the browser's check and the commands.
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { FIELD_KEYS, type FieldKey } from "./fields";

export const uploadSchema = z.object({
  schoolId: idField("Choose the school."),
  file: z.instanceof(File, { message: "Choose the staff file (a .csv) to upload." }),
});

/** A field's chosen header ("" or absent: not in this file). Which headers exist is checked by the command. */
const column = z
  .string()
  .max(300)
  .optional()
  .transform((v) => v?.trim() || undefined);

export const mappingSchema = z.object({
  importId: idField("Choose an import."),
  ...(Object.fromEntries(FIELD_KEYS.map((f) => [f, column])) as Record<FieldKey, typeof column>),
});

export const staffImportDecisionSchema = z.object({ importId: idField("Choose an import.") });
