// The account forms' zod schemas, shared by the browser check and the commands.
import { z } from "zod";
import { idField, stripNul } from "@/lib/validation/fields";
import { GRANTABLE_ROLES, INVITABLE_ROLES, SCHOOL_ROLES, type GrantableRole } from "./roles";

export { GRANTABLE_ROLES, INVITABLE_ROLES, SCHOOL_ROLES, type GrantableRole };

/** A blank school for a trust-wide role; a school is required of a school role. */
const schoolFor = <T extends { role: GrantableRole; schoolId?: string | undefined }>(v: T, ctx: z.RefinementCtx) => {
  if (SCHOOL_ROLES.includes(v.role) && !v.schoolId) ctx.addIssue({ code: "custom", path: ["schoolId"], message: "Choose the school." });
};
const optionalSchool = z.preprocess((v) => (v === "" ? undefined : v), idField("Choose the school.").optional());

export const grantRoleSchema = z
  .object({ userId: idField("Choose a person."), role: z.enum(GRANTABLE_ROLES, { error: "Choose a role." }), schoolId: optionalSchool })
  .superRefine(schoolFor);

export const revokeRoleSchema = z.object({ assignmentId: idField("Choose a role.") });

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .transform((v) => stripNul(v).trim())
    .pipe(z.string().min(1, `Enter the ${label}.`).max(max, `The ${label} must be ${max} characters or fewer.`));

export const inviteSchema = z
  .object({
    name: text("name", 120),
    email: z
      .string({ error: "Enter the email address." })
      .transform((v) => stripNul(v).trim().toLowerCase())
      .pipe(z.email("Enter an email address like name@example.org.").max(200)),
    role: z.enum(INVITABLE_ROLES, { error: "Choose a role." }),
    schoolId: optionalSchool,
  })
  .superRefine(schoolFor);

export const resendInvitationSchema = z.object({ userId: idField("Choose a person.") });

export const setPasswordSchema = z
  .object({
    token: z.string().min(20).max(100),
    newPassword: z.string().min(12, "Choose a password of at least 12 characters.").max(200, "Choose a password of at most 200 characters."),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Enter the same password twice." });
