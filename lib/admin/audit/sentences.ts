// The audit log as sentences (issue 11 §6): "Imogen Gallagher returned 'Oracy course' of Liam Brown".
// Pure: the names of the records an entry touches are looked up first (queries.ts) and passed in.
import { formatDate } from "@/lib/dates";
import { type Path, routes } from "@/lib/routes";
import { roleInSentence } from "@/lib/shell/roles";

export type Names = {
  users: Record<string, string>;
  staff: Record<string, string>;
  activities: Record<string, { title: string; owner: string }>;
  communities: Record<string, string>;
  schools: Record<string, string>;
  clusters: Record<string, string>;
};

export type Entry = { action: string; entity: string; entityId: string; before: unknown; after: unknown };

const ENTITY: Record<string, string> = {
  User: "an account", Session: "a session", StaffMember: "a staff record", CpdActivity: "a CPD activity", Community: "a community",
  Membership: "a membership", Meeting: "a meeting", Resource: "a resource", Expertise: "an expertise entry", CommunityInvitation: "an invitation",
  School: "a school", Cluster: "a cluster", SchoolReview: "a school review", ReviewAction: "a review action", ReviewCycle: "a review cycle",
  CsiLevel: "a CSI level", CriticalFriend: "a critical friend", SupportAgreement: "a support agreement", MetricValue: "a metric value",
  GovernanceVisit: "a governance visit", GovernanceTraining: "governance training", TrainingCompletion: "a training record",
  TrainingRequirement: "a training requirement", Qualification: "a qualification", CpdTarget: "a CPD target",
  DataImport: "an import", Trust: "the trust's settings",
};

/** Past tense of an action's last word, for actions without a sentence of their own. */
const VERB: Record<string, string> = {
  create: "created", update: "changed", delete: "deleted", add: "added", publish: "published", assign: "assigned", correct: "corrected",
  enter: "entered", import: "imported", compute: "computed", record: "recorded", set: "set", save: "saved", schedule: "scheduled",
  cancel: "cancelled", close: "closed", minutes: "recorded the minutes of", note: "added a note to", status: "changed the status of", invite: "invited someone to",
  join: "joined", leave: "left", archive: "archived", restore: "restored", rename: "renamed", move: "moved", reflection: "added a reflection to",
};

const field = (value: unknown, key: string): string | null => {
  const v = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : null;
};

/** What the entry is about, named: "'Oracy course' of Liam Brown", "Liam Brown", "the community Maths". */
function objectOf(e: Entry, n: Names): string {
  switch (e.entity) {
    case "CpdActivity": {
      const a = n.activities[e.entityId];
      return a ? `'${a.title}' of ${a.owner}` : "a CPD activity";
    }
    case "User":
      return n.users[e.entityId] ?? "an account";
    case "StaffMember":
      return n.staff[e.entityId] ?? "a staff record";
    case "Community":
      return n.communities[e.entityId] ? `the community ${n.communities[e.entityId]}` : "a community";
    case "School":
      return n.schools[e.entityId] ?? "a school";
    case "Cluster":
      return n.clusters[e.entityId] ? `the cluster ${n.clusters[e.entityId]}` : "a cluster";
    default:
      return ENTITY[e.entity] ?? `a record (${e.entity})`;
  }
}

/** The sentence after the actor's name. */
export function predicate(e: Entry, n: Names): string {
  const object = objectOf(e, n);
  const role = roleInSentence(field(e.after, "role") ?? field(e.before, "role") ?? "") ?? "a role";
  const schoolId = field(e.after, "schoolId") ?? field(e.before, "schoolId");
  const atSchool = schoolId && n.schools[schoolId] ? ` of ${n.schools[schoolId]}` : "";
  const toSchool = schoolId && n.schools[schoolId] ? ` to ${n.schools[schoolId]}` : "";
  const [from, to] = [field(e.after, "startDate"), field(e.after, "endDate")];
  const period = from && to ? ` from ${formatDate(from)} to ${formatDate(to)}` : "";
  switch (e.action) {
    case "role.grant":
      return `made ${object} ${role}${atSchool}`;
    case "role.revoke":
      return `removed ${object}'s ${role} role${atSchool}`;
    case "user.invite":
      return `invited ${object}`;
    case "user.disable":
      return `disabled the account of ${object}`;
    case "user.enable":
      return `enabled the account of ${object}`;
    case "user.setPassword":
      return "set their password from an invitation";
    case "user.passwordChange":
      return "changed their password";
    case "session.end":
      return "ended a session";
    case "session.endAll":
      return `ended every session of ${object}`;
    case "cpd.create":
      return `logged ${object}`;
    case "cpd.verify":
      return `verified ${object}`;
    case "cpd.return":
      return `returned ${object}`;
    case "cpd.submit":
      return `submitted ${object}`;
    case "staff.create":
      return `added ${object} to the staff${atSchool}`;
    case "staff.update":
      return `changed the staff record of ${object}`;
    case "staff.leave":
      return `recorded the leaving of ${object}`;
    case "staff.transfer":
      return `transferred ${object} for good${toSchool}`;
    case "staff.second":
      return `seconded ${object}${toSchool || " to another school"}${period}`;
    case "staff.swap":
      return `recorded a staff swap: ${object} goes${toSchool || " to another school"}${period}`;
    case "staff.placement.cancel":
      return `cancelled the ${field(e.before, "kind") === "SWAP" ? "staff swap" : "secondment"} of ${object} before it began`;
    case "staff.placement.end":
      return `ended the ${field(e.after, "kind") === "SWAP" ? "staff swap" : "secondment"} of ${object} early`;
    case "school.move":
      return `moved ${object} to ${field(e.after, "clusterId") && n.clusters[field(e.after, "clusterId") ?? ""] ? `the cluster ${n.clusters[field(e.after, "clusterId") ?? ""]}` : "no cluster"}`;
    case "school.capacity":
      return `set the improvement capacity of ${object}`;
    case "school.join":
      return `added ${object} to the register from GIAS`;
    case "school.update":
      return `updated ${object} from GIAS`;
    case "school.leave":
      return `archived ${object}, no longer listed under the trust in GIAS`;
    case "import.preview":
      return "uploaded a file for a preview";
    case "import.apply":
      return "applied an import";
    case "import.discard":
      return "discarded an import";
    case "trust.settings":
      return "changed the trust's settings";
    default: {
      const last = e.action.split(".").pop() ?? e.action;
      return `${VERB[last] ?? `did ${e.action} to`} ${object}`;
    }
  }
}

/** Where the record lives in the portal, when it has a page. */
export function hrefOf(e: Entry): Path | null {
  const pages: Record<string, (id: string) => Path> = {
    User: routes.account,
    StaffMember: routes.person,
    CpdActivity: routes.verify,
    Community: routes.community,
    School: routes.school,
    Cluster: routes.adminClusters,
    SchoolReview: routes.review,
    DataImport: routes.adminImport,
  };
  return pages[e.entity]?.(e.entityId) ?? null;
}

/** The kinds the log filters by: each a set of record types. */
export const KINDS = {
  accounts: { label: "Accounts and roles", entities: ["User", "Session"] },
  staff: { label: "Staff records", entities: ["StaffMember"] },
  cpd: { label: "CPD and training", entities: ["CpdActivity", "TrainingCompletion", "Qualification", "CpdTarget", "TrainingRequirement"] },
  communities: { label: "Communities", entities: ["Community", "Membership", "Meeting", "Resource", "Expertise", "CommunityInvitation"] },
  schools: { label: "Schools, clusters and imports", entities: ["School", "Cluster", "DataImport", "Trust"] },
  reviews: { label: "Reviews (CSI)", entities: ["SchoolReview", "ReviewAction", "ReviewCycle", "CsiLevel", "CriticalFriend", "SupportAgreement"] },
  governance: { label: "Governance", entities: ["MetricValue", "GovernanceVisit", "GovernanceTraining"] },
} as const;
export type Kind = keyof typeof KINDS;
