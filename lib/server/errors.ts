import "server-only";
export { AppError, notFoundError } from "@/lib/commands/errors";
