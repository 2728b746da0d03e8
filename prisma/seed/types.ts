// Row shapes the factories build: Prisma's createMany inputs, with the fields the factories and
// tests read back narrowed (ids always set, dates as Date, nullable fields explicit).
import type { Prisma } from "../../lib/db/generated/client";
import type { CareerStage, Role, SchoolPhase, StaffCategory } from "../../lib/db/generated/enums";
import type { DemoAccount } from "./demo";

export type TrustRow = Prisma.TrustCreateManyInput & { id: string; name: string };

export type ClusterRow = Prisma.ClusterCreateManyInput & { id: string; trustId: string; name: string };

export type SchoolRow = Prisma.SchoolCreateManyInput & {
  id: string;
  trustId: string;
  clusterId: string;
  urn: number;
  name: string;
  phase: SchoolPhase;
};

export type StaffRow = Prisma.StaffMemberCreateManyInput & {
  id: string;
  trustId: string;
  schoolId: string;
  userId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  category: StaffCategory;
  careerStage: CareerStage;
  fte: string;
  startDate: Date;
  leaveDate: Date | null;
  subjects: string[];
  lineManagerId: string | null;
};

export type UserRow = Prisma.UserCreateManyInput & { id: string; trustId: string; email: string; name: string };

export type RoleAssignmentRow = Prisma.RoleAssignmentCreateManyInput & {
  id: string;
  userId: string;
  role: Role;
  schoolId: string | null;
  communityId: string | null;
};

export type BuiltTrust = {
  trust: TrustRow;
  clusters: ClusterRow[];
  schools: SchoolRow[];
  staff: StaffRow[];
  users: UserRow[];
  roleAssignments: RoleAssignmentRow[];
  demoAccounts: DemoAccount[];
};

export type BuildOptions = {
  /** 1 is a realistic mid-sized trust (3 clusters, 12 schools); N multiplies the clusters. */
  scale: number;
  /** Overrides 3 × scale, e.g. 2 for a small test trust. */
  clusters?: number;
  /** Default 4: a secondary, a special school and two primaries. */
  schoolsPerCluster?: number;
  /** Current staff per school; by default it depends on the phase (secondary ~115, primary ~30). */
  staffPerSchool?: number;
  /** The day the trust is built "as of": start, leave and inspection dates are never after it. */
  today?: Date;
  /** One hash for every user: hashing thousands of passwords would take minutes. */
  passwordHash?: string | null;
};
