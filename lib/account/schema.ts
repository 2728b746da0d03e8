import { z } from "zod";
import { idField } from "@/lib/validation/fields";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: z.string().min(12, "Choose a password of at least 12 characters.").max(200, "Choose a password of at most 200 characters."),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Enter the same new password twice." });

export const accountStatusSchema = z.object({ userId: idField("Choose a person."), status: z.enum(["ACTIVE", "DISABLED"]) });
