// The export forms: the trust admin names the member of staff; a person asks for their own (no fields).
import { z } from "zod";
import { idField } from "@/lib/validation/fields";

export const subjectAccessSchema = z.object({ staffMemberId: idField("Choose the member of staff to export.") });
export const ownExportSchema = z.object({});
