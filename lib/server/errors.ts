export { AppError, notFoundError } from "@/lib/commands/errors";
