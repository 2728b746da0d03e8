// The seed's public pieces, for scripts, benchmarks and tests.
export {
  DEMO_COMMUNITIES,
  DEMO_EMAIL_DOMAIN,
  DEMO_EMAILS,
  DEMO_PASSWORD,
  DEMO_SEED,
  TRUST_NAME,
  demoCommunity,
  demoEmail,
  demoSignInsText,
  type CommunityKind,
  type DemoAccount,
  type DemoCommunity,
} from "./demo";
export { buildTrust, demoAccounts } from "./factories";
export { insertRows, insertTrust, type InsertOptions, type InsertProgress } from "./insert";
export { createRng, type Rng } from "./random";
export { runSeed } from "./run";
export { MIN_STAFF_PER_SCHOOL } from "./staff";
export type {
  BuildOptions,
  BuiltTrust,
  ClusterRow,
  RoleAssignmentRow,
  SchoolRow,
  StaffRow,
  TrustRow,
  UserRow,
} from "./types";
