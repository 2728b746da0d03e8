// The reflection an attendee adds to the CPD record a meeting's register wrote for them: only the
// reflection and impact fields, since the register owns the rest.
import { z } from "zod";
import { idField, optionalText } from "@/lib/validation/fields";

export const reflectionForm = z.object({
  id: idField("That record was not found."),
  reflection: optionalText("The reflection", 4000),
  impact: optionalText("The impact on practice", 4000),
});
export type ReflectionForm = z.infer<typeof reflectionForm>;
