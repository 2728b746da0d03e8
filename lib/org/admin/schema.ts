// Clusters and improvement capacity (issue 11 §2, §5): the forms' zod schemas.
import { z } from "zod";
import { ImprovementCapacity } from "@/lib/db/generated/enums";
import { isoDay, londonToday } from "@/lib/dates";
import { checkbox, dayField, idField, stripNul } from "@/lib/validation/fields";

const clusterName = z
  .string({ error: "Enter the cluster's name." })
  .transform((v) => stripNul(v).trim().replace(/\s+/g, " "))
  .pipe(z.string().min(2, "Enter the cluster's name.").max(80, "The name must be 80 characters or fewer."));

export const createClusterSchema = z.object({ name: clusterName });
export const renameClusterSchema = z.object({ clusterId: idField("Choose a cluster."), name: clusterName });
export const archiveClusterSchema = z.object({ clusterId: idField("Choose a cluster."), archived: checkbox });
export const moveSchoolSchema = z.object({
  schoolId: idField("Choose a school."),
  clusterId: z.preprocess((v) => (v === "" ? null : v), idField("Choose a cluster.").nullable()),
});
export const capacitySchema = z.object({
  schoolId: idField("Choose a school."),
  capacity: z.enum(ImprovementCapacity, { error: "Choose the improvement capacity." }),
  rationale: z
    .string({ error: "Give the reason." })
    .transform((v) => stripNul(v).trim())
    .pipe(z.string().min(10, "Give the reason in a sentence or two (10 characters at least).").max(2000, "Keep the reason to 2,000 characters.")),
  effectiveOn: dayField("date", { latest: () => isoDay(londonToday()) }),
});
