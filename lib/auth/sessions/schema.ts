import { z } from "zod";

const id = z.uuid("Choose a record.");

export const endSessionSchema = z.object({ userId: id, sessionId: id });
export const endAllSessionsSchema = z.object({ userId: id });
