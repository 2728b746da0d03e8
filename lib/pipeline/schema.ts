// The leadership pipeline's forms, declared once for the browser's check and the command's.
import { z } from "zod";
import { AspirationRoute, KeyPost, Readiness } from "@/lib/db/generated/enums";
import { idField, requiredText } from "@/lib/validation/fields";

const id = idField("That record was not found.");
const emptyToNull = z.literal("").transform(() => null);

export const aspirationForm = z.object({
  id: id.optional().or(z.literal("").transform(() => undefined)),
  route: z.enum(AspirationRoute, { error: "Choose the role you aspire to." }),
  development: requiredText("Say what development you want towards it.", "The development you want", 2000),
});

export const withdrawAspirationForm = z.object({ id });

export const endorseForm = z.object({
  id,
  readiness: z.enum(Readiness, { error: "Choose how soon they would be ready." }),
  note: requiredText("Add a note for them: what would make them ready.", "The note", 2000),
});

export const postForm = z.object({
  schoolId: id,
  post: z.enum(KeyPost, { error: "Choose the post." }),
  holderId: idField("Choose the holder from the list.").or(emptyToNull).optional().transform((v) => v ?? null),
  emergencyCoverId: idField("Choose the emergency cover from the list.").or(emptyToNull).optional().transform((v) => v ?? null),
});

export const successorForm = z.object({
  schoolId: id,
  post: z.enum(KeyPost, { error: "Choose the post." }),
  staffMemberId: idField("Choose a successor from the list."),
  readiness: z.enum(Readiness, { error: "Choose how soon they would be ready." }),
});

export const removeSuccessorForm = z.object({ id });
