import { z } from "zod";

export const totpCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."));

export const startEnrolmentSchema = z.object({});
export const confirmEnrolmentSchema = z.object({ code: totpCodeSchema });
export const turnOffMfaSchema = z.object({ code: totpCodeSchema });
export const newRecoveryCodesSchema = z.object({ code: totpCodeSchema });
