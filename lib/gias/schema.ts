import { z } from "zod";
import { idField, stripNul } from "@/lib/validation/fields";

/** GIAS group UIDs look like "TR01234" (trusts) or a plain number (older groups). */
export const giasUidSchema = z.object({
  giasGroupUid: z
    .string({ error: "Enter the trust's GIAS group UID." })
    .transform((v) => stripNul(v).trim().toUpperCase())
    .pipe(z.string().regex(/^(TR)?\d{1,8}$/, "Enter the GIAS group UID as it appears in the file's 'Trusts (code)' column, for example TR01234.")),
});

export const importDecisionSchema = z.object({ importId: idField("Choose an import.") });
