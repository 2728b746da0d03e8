import { DEMO_EMAILS } from "../../prisma/seed/demo";
import { listSchools } from "../../lib/org/queries";
import { directorySchools, staffDirectory } from "../../lib/people/queries";
import { staffDirectoryParams } from "../../lib/people/schema";
import type { BenchPage } from "./types";

export const platformPages: BenchPage[] = [
  {
    name: "Schools list (trustee, all schools)",
    email: DEMO_EMAILS.trustee,
    path: () => "/schools",
    sql: (_ctx, viewer) => listSchools(viewer),
  },
  {
    name: "Staff directory (trust admin, all staff, sorted by name, page 40)",
    email: DEMO_EMAILS.admin,
    path: () => "/staff?page=40",
    sql: (_ctx, viewer) => Promise.all([directorySchools(viewer), staffDirectory(viewer, staffDirectoryParams.parse({ page: "40" }))]),
  },
  {
    name: "Staff directory (trust admin, search 'smi', by school)",
    email: DEMO_EMAILS.admin,
    path: () => "/staff?q=smi&sort=school",
    sql: (_ctx, viewer) => Promise.all([directorySchools(viewer), staffDirectory(viewer, staffDirectoryParams.parse({ q: "smi", sort: "school" }))]),
  },
];
