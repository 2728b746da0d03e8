// Sign-in identities and role assignments: every current member of staff, the governance
// people who are not staff, network leaders, and the fixed demo accounts.
import type { Role } from "../../lib/db/generated/enums";
import { DEMO_COMMUNITIES, DEMO_EMAILS, demoCommunity, type DemoAccount } from "./demo";
import { type EmailBook, type Person, person } from "./identity";
import type { SchoolPlan } from "./org";
import type { Rng } from "./random";
import type { RoleAssignmentRow, StaffRow, UserRow } from "./types";

type Ctx = { rng: Rng; trustId: string; schools: SchoolPlan[]; staff: StaffRow[]; emails: EmailBook; passwordHash: string | null };

const TRUSTEES = 7;
const GOVERNORS_PER_SCHOOL = 2;

/** Job titles whose holders lead each community; the first matches are the likeliest leaders. */
const COMMUNITY_LEADS: Record<string, readonly string[]> = {
  "Trust Mathematics Community": ["Head of Mathematics", "Mathematics Lead"],
  "English Subject Community": ["Head of English", "English Lead"],
  "Science Community": ["Head of Science", "Science Lead"],
  "SEND Network": ["SENCO"],
  "Early Years Network": ["EYFS Lead", "Early Years Lead"],
  "Curriculum Strategic Development Group": ["Deputy Headteacher"],
  "Finance Team Networking Group": ["School Business Manager", "Finance Officer"],
  "HR Team Networking Group": ["HR Officer", "Office Manager"],
};

const fullName = (p: Person) => `${p.firstName} ${p.lastName}`;
const userOf = (s: StaffRow) => {
  if (!s.userId) throw new Error(`${fullName(s)} has no user`);
  return s.userId;
};
const isClassTeacher = (s: StaffRow) => s.category === "TEACHER" && s.careerStage !== "MIDDLE_LEADER";

/** The demo personas among the staff, adjusted so each one fits the story the demo tells. */
function pickDemoStaff(schools: SchoolPlan[], current: StaffRow[]) {
  const demoSchool = schools.find((s) => s.clusterIndex === 0 && s.row.phase === "PRIMARY") ?? schools.find((s) => s.row.phase === "PRIMARY");
  const others = schools.filter((s) => s !== demoSchool);
  const multiSchool = others.find((s) => s.row.phase === "SECONDARY") ?? others[0];
  if (!demoSchool || !multiSchool) throw new Error("The demo trust needs a primary school and at least one other school.");
  const at = (school: SchoolPlan) => current.filter((s) => s.schoolId === school.row.id);
  const established = (school: SchoolPlan) => at(school).find((s) => isClassTeacher(s) && s.careerStage === "ESTABLISHED") ?? at(school).find(isClassTeacher);

  const head = at(demoSchool).find((s) => s.careerStage === "HEADTEACHER");
  const seniorLeader = at(demoSchool).find((s) => s.careerStage === "SENIOR_LEADER");
  const teacher = established(demoSchool);
  const multiRole = established(multiSchool);
  const taken = new Set([head, seniorLeader, teacher, multiRole]);
  const middle = (s: StaffRow) => s.careerStage === "MIDDLE_LEADER" && s.category === "TEACHER" && !taken.has(s);
  const networkLeader =
    current.find((s) => (s.jobTitle === "Head of English" || s.jobTitle === "English Lead") && !taken.has(s) && s.schoolId !== demoSchool.row.id) ??
    current.find((s) => middle(s) && s.schoolId !== demoSchool.row.id) ??
    current.find(middle);
  if (!head || !seniorLeader || !teacher || !multiRole || !networkLeader) {
    throw new Error("The demo schools need a head, a senior leader, a middle leader and teachers: give each school at least 6 staff.");
  }

  teacher.lineManagerId = seniorLeader.id;
  multiRole.subjects = ["Mathematics"];
  if (multiSchool.row.phase === "SECONDARY") {
    multiRole.jobTitle = "Teacher of Mathematics";
    multiRole.lineManagerId = at(multiSchool).find((s) => s.jobTitle === "Head of Mathematics")?.id ?? multiRole.lineManagerId;
  }
  if (!networkLeader.subjects.includes("English")) {
    networkLeader.jobTitle = schools.find((s) => s.row.id === networkLeader.schoolId)?.row.phase === "SECONDARY" ? "Head of English" : "English Lead";
    networkLeader.subjects = ["English"];
  }
  const governed =
    schools.find((s) => s !== multiSchool && s !== demoSchool && s.clusterIndex !== multiSchool.clusterIndex) ??
    schools.find((s) => s !== multiSchool && s !== demoSchool) ??
    demoSchool;

  teacher.email = DEMO_EMAILS.teacher;
  seniorLeader.email = DEMO_EMAILS.seniorLeader;
  head.email = DEMO_EMAILS.head;
  networkLeader.email = DEMO_EMAILS.networkLeader;
  multiRole.email = DEMO_EMAILS.multiRole;
  return { demoSchool, head, seniorLeader, teacher, networkLeader, multiRole, multiSchool, governed };
}

export function buildPeople(ctx: Ctx): { users: UserRow[]; roleAssignments: RoleAssignmentRow[]; demoAccounts: DemoAccount[] } {
  const { rng, trustId } = ctx;
  const users: UserRow[] = [];
  const roleAssignments: RoleAssignmentRow[] = [];
  const addUser = (p: Person, email: string): UserRow => {
    const user = { id: rng.uuid(), trustId, email, name: fullName(p), passwordHash: ctx.passwordHash };
    users.push(user);
    return user;
  };
  const assign = (userId: string, role: Role, scope: { schoolId?: string; communityId?: string } = {}) =>
    roleAssignments.push({ id: rng.uuid(), trustId, userId, role, schoolId: scope.schoolId ?? null, communityId: scope.communityId ?? null });

  const current = ctx.staff.filter((s) => !s.leaveDate);
  const demo = pickDemoStaff(ctx.schools, current);
  const schoolName = (id: string) => ctx.schools.find((s) => s.row.id === id)?.row.name ?? "";

  // People who are not staff come first, so their names stay the same at every scale.
  const trustee = addUser(person(rng), DEMO_EMAILS.trustee);
  const admin = addUser(person(rng), DEMO_EMAILS.admin);
  const governor = addUser(person(rng), DEMO_EMAILS.governor);
  assign(trustee.id, "TRUSTEE");
  assign(admin.id, "TRUST_ADMIN");
  assign(governor.id, "LOCAL_GOVERNOR", { schoolId: demo.demoSchool.row.id });

  for (const s of current) {
    const user = addUser(s, s.email);
    s.userId = user.id;
    assign(user.id, "STAFF");
    if (s.careerStage === "HEADTEACHER") assign(user.id, "HEADTEACHER", { schoolId: s.schoolId });
    if (s.careerStage === "SENIOR_LEADER") assign(user.id, "SENIOR_LEADER", { schoolId: s.schoolId });
  }

  for (let i = 1; i < TRUSTEES; i++) {
    const p = person(rng);
    assign(addUser(p, ctx.emails.take(p)).id, "TRUSTEE");
  }
  for (const school of ctx.schools) {
    const count = school === demo.demoSchool ? GOVERNORS_PER_SCHOOL - 1 : GOVERNORS_PER_SCHOOL;
    for (let i = 0; i < count; i++) {
      const p = person(rng);
      assign(addUser(p, ctx.emails.take(p)).id, "LOCAL_GOVERNOR", { schoolId: school.row.id });
    }
  }

  const maths = demoCommunity("Trust Mathematics Community");
  const english = demoCommunity("English Subject Community");
  const multiUser = userOf(demo.multiRole);
  assign(multiUser, "NETWORK_LEADER", { communityId: maths.id });
  assign(multiUser, "LOCAL_GOVERNOR", { schoolId: demo.governed.row.id });
  assign(userOf(demo.networkLeader), "NETWORK_LEADER", { communityId: english.id });

  // Demo personas keep only their own roles, so what each demo sign-in sees stays predictable.
  const personas = new Set<StaffRow>([demo.head, demo.seniorLeader, demo.teacher, demo.networkLeader, demo.multiRole]);
  for (const community of DEMO_COMMUNITIES) {
    const titles = COMMUNITY_LEADS[community.name] ?? [];
    const fixed = community === maths || community === english ? 1 : 0;
    const wanted = rng.int(Math.max(1, fixed), 2) - fixed;
    let candidates = current.filter((s) => titles.includes(s.jobTitle) && !personas.has(s));
    if (candidates.length === 0) candidates = current.filter((s) => s.careerStage === "MIDDLE_LEADER" && !personas.has(s));
    for (const leader of rng.shuffle(candidates).slice(0, wanted)) {
      assign(userOf(leader), "NETWORK_LEADER", { communityId: community.id });
    }
  }

  const staffAccount = (role: string, s: StaffRow, description: string): DemoAccount => ({
    role, email: s.email, name: fullName(s), description,
  });
  const demoSchoolName = demo.demoSchool.row.name;
  const demoAccounts: DemoAccount[] = [
    staffAccount("Teacher", demo.teacher, `${demo.teacher.jobTitle} at ${demoSchoolName}: logs their own CPD and training.`),
    staffAccount("Senior leader", demo.seniorLeader, `${demo.seniorLeader.jobTitle} at ${demoSchoolName}: verifies the school's staff development records.`),
    staffAccount("Headteacher", demo.head, `${demo.head.jobTitle} of ${demoSchoolName}: everything about the school.`),
    staffAccount("Network leader", demo.networkLeader, `${demo.networkLeader.jobTitle} at ${schoolName(demo.networkLeader.schoolId)}; leads the ${english.name}.`),
    { role: "Local governor", email: governor.email, name: governor.name, description: `Local governor of ${demoSchoolName}: the school's aggregates, no named records.` },
    { role: "Trustee", email: trustee.email, name: trustee.name, description: "Trustee: trust-wide aggregates and metrics." },
    { role: "Trust admin", email: admin.email, name: admin.name, description: "Trust Data Manager: everything, imports, users and reference data." },
    staffAccount(
      "Several roles",
      demo.multiRole,
      `${demo.multiRole.jobTitle} at ${demo.multiSchool.row.name}; leads the ${maths.name} and is a local governor of ${demo.governed.row.name}.`,
    ),
  ];
  return { users, roleAssignments, demoAccounts };
}
