// The communities' forms and search parameters, declared once for the client form and the action.
import { z } from "zod";
import { MAX_DAYS_BACK } from "./limits";
import { CommunityKind, ExpertiseLevel, ResourceKind } from "@/lib/db/generated/enums";
import { checkbox, idField, numberField, optionalText, pageNumber, requiredText, searchText, textField } from "@/lib/validation/fields";
import { londonLocalToUtc, utcToLondonLocal } from "@/lib/dates";

const id = idField("Choose a valid record.");
const optionalUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, message: "Enter a web address starting with https://" }).max(500)])
  .optional()
  .transform((v) => v || null);
const idList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(5000));

export const communityFields = z.object({
  name: requiredText("Enter a name.", "The name", 120),
  kind: z.enum(CommunityKind, { message: "Choose what kind of community it is." }),
  subject: optionalText("The subject", 80),
  description: textField("The description", 2000).optional().default(""),
  clusterId: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => v || null),
  isOpen: checkbox,
});
export const createCommunitySchema = communityFields;
export const updateCommunitySchema = communityFields.extend({ communityId: id });
export const archiveCommunitySchema = z.object({ communityId: id, archived: checkbox });

/** Appoint or remove a leader; add, remove or invite a member. */
export const communityPersonSchema = z.object({ communityId: id, staffMemberId: id });
export const communityIdSchema = z.object({ communityId: id });

const MAX_YEARS_AHEAD = 2;
export { MAX_DAYS_BACK };

export const scheduleMeetingSchema = z.object({
  communityId: id,
  title: requiredText("Enter a title.", "The title", 150),
  startsAt: z
    .string({ message: "Enter the date and time." })
    .trim()
    .min(1, "Enter the date and time.")
    .transform((value, ctx) => {
      const at = londonLocalToUtc(value);
      if (!at) ctx.addIssue({ code: "custom", message: "Enter a real date and time." });
      else if (at.getTime() < Date.now() - MAX_DAYS_BACK * 86_400_000) ctx.addIssue({ code: "custom", message: `A meeting can be recorded up to ${MAX_DAYS_BACK} days after it started: choose a later start.` });
      else if (at.getTime() > Date.now() + MAX_YEARS_AHEAD * 366 * 86_400_000) ctx.addIssue({ code: "custom", message: `The meeting must be within the next ${MAX_YEARS_AHEAD} years.` });
      return at ?? new Date(0);
    }),
  durationMinutes: numberField("Enter the length in minutes.")
    .pipe(z.number().int("Enter the length in whole minutes.")
    .min(1, "The length must be more than 0 minutes.")
    .max(600, "A meeting can last at most 600 minutes (10 hours).")),
  location: optionalText("The place", 200),
  onlineUrl: optionalUrl,
  agenda: optionalText("The agenda", 5000),
});

export const meetingIdSchema = z.object({ meetingId: id });
/** The register: who attended (every other member did not); `close` closes it and logs CPD. */
/**
 * The register as saved: who is ticked present, of `shown` (the people on the form's page of the
 * register; a long register is paged). Without `shown` the form held everyone on the register.
 */
export const registerSchema = z.object({
  meetingId: id,
  present: idList,
  shown: z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]), z.array(id).max(5000).optional()),
  close: checkbox,
});
export const minutesSchema = z.object({ meetingId: id, minutes: requiredText("Write the minutes.", "The minutes", 20_000) });

export const resourceSchema = z
  .object({
    communityId: id,
    title: requiredText("Enter a title.", "The title", 200),
    description: textField("The description", 2000).optional().default(""),
    kind: z.enum(ResourceKind, { message: "Choose what kind of resource it is." }),
    url: optionalUrl,
    tags: textField("Tags", 300)
      .optional()
      .transform((v) => [...new Set((v ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 12)),
    file: z.instanceof(File).optional(),
  })
  .refine((r) => r.url || r.file, { path: ["url"], message: "Give a web address or choose a file to upload." })
  .refine((r) => !(r.url && r.file), { path: ["url"], message: "Give a web address or a file, not both." });
export const resourceIdSchema = z.object({ resourceId: id });

export const expertiseSchema = z.object({
  id: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => v || null),
  area: requiredText("Enter a subject or skill.", "The subject or skill", 120),
  level: z.enum(ExpertiseLevel, { message: "Choose a level." }),
  description: textField("The description", 1000).optional().default(""),
  willingToSupport: checkbox,
});
export const expertiseIdSchema = z.object({ id });

// URL search parameters: bad values fall back to defaults rather than erroring.
const query = searchText(200);
const page = pageNumber(1000);

export const resourceSearchParams = z.object({
  q: query,
  kind: z.enum(ResourceKind).optional().catch(undefined),
  community: id.optional().catch(undefined),
  page,
});
export type ResourceSearch = z.infer<typeof resourceSearchParams>;

export const expertiseSearchParams = z.object({
  q: query,
  school: id.optional().catch(undefined),
  cluster: id.optional().catch(undefined),
  level: z.enum(ExpertiseLevel).optional().catch(undefined),
  willing: z.literal("1").optional().catch(undefined),
  page,
});
export type ExpertiseSearch = z.infer<typeof expertiseSearchParams>;

export const memberSearchParams = z.object({ q: query });

/** Expertise and resource searches, 10 a page: at 25 the expertise directory was 91–97 kB of HTML at scale 10 (issue 22, decision 039). */
export const PAGE_SIZE = 10;

/** The schedule form's default: a week today at 4 pm, London time. */
export function suggestedStart(now: Date = new Date()): string {
  return `${utcToLondonLocal(new Date(now.getTime() + 7 * 86_400_000)).slice(0, 11)}16:00`;
}
