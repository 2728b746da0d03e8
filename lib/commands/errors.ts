import "server-only";
import { can, type Permission, type Target, type Viewer } from "@/lib/access/policy";

/** An expected failure with a message fit for the user. Any other error is logged and shown generically. */
export class AppError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID",
    readonly userMessage: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(userMessage);
  }
}

export const notFoundError = () => new AppError("NOT_FOUND", "That record was not found.");

export const PROBLEM = "There is a problem: check the highlighted fields.";

/** A refusal naming one field: the form shows it there, and nothing is written. */
export const fieldError = (field: string, message: string) => new AppError("INVALID", PROBLEM, { [field]: [message] });

/** Writes outside the command helper: the same answer as a not-found result. */
export function assertPermission(v: Viewer, permission: Permission, target: Target = {}): void {
  if (!can(v, permission, target)) throw notFoundError();
}
