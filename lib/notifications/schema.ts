// The notifications' forms: mark one read, and the preferences (one choice per kind).
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { KIND_NAMES, type Kind } from "./kinds";

export const markReadForm = z.object({ id: idField("Choose a notification.") });

const choice = z.enum(["EMAIL", "DIGEST", "PORTAL_ONLY"], { error: "Choose how this arrives: by email, in a weekly digest or only in the portal." });

export const preferencesForm = z.object(Object.fromEntries(KIND_NAMES.map((k) => [k, choice])) as Record<Kind, typeof choice>);
