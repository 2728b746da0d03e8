// The reflection an attendee adds to the CPD record a meeting's register wrote for them: only the
// reflection and impact fields, since the register owns the rest.
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { optionalText } from "../schema";

export const reflectionForm = z.object({
  id: idField("That record was not found."),
  reflection: optionalText(4000, "The reflection"),
  impact: optionalText(4000, "The impact on practice"),
});
export type ReflectionForm = z.infer<typeof reflectionForm>;
