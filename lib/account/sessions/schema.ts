import { z } from "zod";
import { idField } from "@/lib/validation/fields";

const id = idField("Choose a record.");

export const endSessionSchema = z.object({ userId: id, sessionId: id });
export const endAllSessionsSchema = z.object({ userId: id });
