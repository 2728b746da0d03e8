// What the demo communities are about: who joins them, what their meetings discuss, what they
// share and what expertise staff list. Plain data for prisma/seed/communities.ts.
import type { CommunityKind, ExpertiseLevel, ResourceKind } from "../../lib/db/generated/enums";
import type { StaffRow } from "./types";

export type CommunityPlan = {
  name: string;
  kind: CommunityKind;
  subject: string | null;
  description: string;
  isOpen: boolean;
  /** Chance that a member of staff joins, or 0 when they are not eligible. */
  joins: (s: StaffRow) => number;
  topics: readonly string[];
  tags: readonly string[];
};

const has = (s: StaffRow, ...subjects: string[]) => s.subjects.some((x) => subjects.includes(x));
const titled = (s: StaffRow, ...titles: string[]) => titles.includes(s.jobTitle);

export const COMMUNITY_PLANS: readonly CommunityPlan[] = [
  {
    name: "Trust Mathematics Community", kind: "SUBJECT_COMMUNITY", subject: "Mathematics", isOpen: true,
    description: "Maths teachers and leads from every phase: mastery, fluency, curriculum sequencing and moderation.",
    joins: (s) => (has(s, "Mathematics") ? 0.6 : has(s, "Primary") && s.category === "TEACHER" ? 0.06 : 0),
    topics: ["Mastery in Key Stage 2 and 3", "Times tables and fluency", "GCSE moderation", "A-level mathematics transition", "Reasoning and problem solving", "Fractions across the phases"],
    tags: ["mathematics", "mastery", "fluency", "gcse", "a-level", "fractions", "reasoning"],
  },
  {
    name: "English Subject Community", kind: "SUBJECT_COMMUNITY", subject: "English", isOpen: true,
    description: "English teachers and leads: reading for pleasure, phonics, writing moderation and GCSE literature.",
    joins: (s) => (has(s, "English", "Phonics", "Reading") ? 0.6 : has(s, "Drama", "Media Studies") ? 0.2 : has(s, "Primary") && s.category === "TEACHER" ? 0.06 : 0),
    topics: ["Phonics and early reading", "Writing moderation", "Reading fluency", "GCSE literature set texts", "Oracy across the curriculum", "Reading for pleasure"],
    tags: ["english", "phonics", "reading", "writing", "oracy", "gcse", "literature"],
  },
  {
    name: "Science Community", kind: "SUBJECT_COMMUNITY", subject: "Science", isOpen: true,
    description: "Science teachers, leads and technicians: practical work, assessment and the primary science curriculum.",
    joins: (s) => (has(s, "Science", "Biology", "Chemistry", "Physics") ? 0.55 : titled(s, "Science Technician") ? 0.5 : 0),
    topics: ["Required practicals", "A-level chemistry", "Working scientifically in primary", "Physics misconceptions", "Assessment in Key Stage 3", "Biology fieldwork"],
    tags: ["science", "chemistry", "physics", "biology", "practicals", "a-level", "assessment"],
  },
  {
    name: "SEND Network", kind: "PROFESSIONAL_NETWORK", subject: "SEND", isOpen: true,
    description: "SENCOs and SEND practitioners: EHCPs, adaptive teaching and specialist provision across the trust.",
    joins: (s) => (titled(s, "SENCO") ? 0.95 : has(s, "SEND") ? 0.3 : titled(s, "Teaching Assistant", "Higher Level Teaching Assistant", "Specialist Teaching Assistant") ? 0.04 : 0),
    topics: ["EHCP annual reviews", "Adaptive teaching", "Autism and communication", "Speech and language", "Transition to secondary", "Sensory regulation"],
    tags: ["send", "ehcp", "autism", "adaptive teaching", "speech and language", "transition"],
  },
  {
    name: "Early Years Network", kind: "PROFESSIONAL_NETWORK", subject: "Early Years", isOpen: true,
    description: "EYFS leads and practitioners: communication and language, the reception baseline and continuous provision.",
    joins: (s) => (has(s, "Early Years") ? 0.55 : titled(s, "Early Years Practitioner") ? 0.35 : 0),
    topics: ["Communication and language", "Reception baseline", "Continuous provision", "Early maths", "Transition into Year 1", "Outdoor learning"],
    tags: ["early years", "eyfs", "communication", "language", "early maths", "provision"],
  },
  {
    name: "Curriculum Strategic Development Group", kind: "STRATEGIC_DEVELOPMENT_GROUP", subject: null, isOpen: false,
    description: "Senior leaders shaping the trust's curriculum strategy: sequencing, assessment and the curriculum offer.",
    joins: (s) => (s.careerStage === "SENIOR_LEADER" ? 0.35 : s.careerStage === "HEADTEACHER" ? 0.1 : 0),
    topics: ["Curriculum intent and sequencing", "Assessment strategy", "Curriculum review cycle", "Knowledge organisers", "Disadvantaged pupils and the curriculum", "Deep dives"],
    tags: ["curriculum", "assessment", "sequencing", "strategy", "deep dive"],
  },
  {
    name: "Finance Team Networking Group", kind: "TEAM_NETWORKING_GROUP", subject: null, isOpen: true,
    description: "School business managers and finance officers: budgets, procurement and month-end.",
    joins: (s) => (titled(s, "School Business Manager", "Finance Officer") ? 0.8 : titled(s, "Office Manager") ? 0.2 : 0),
    topics: ["Budget setting", "Procurement", "Month-end close", "Academies Accounts Return", "Income generation", "Audit preparation"],
    tags: ["finance", "budget", "procurement", "audit", "month-end"],
  },
  {
    name: "HR Team Networking Group", kind: "TEAM_NETWORKING_GROUP", subject: null, isOpen: true,
    description: "HR officers and office managers: recruitment, safer recruitment, absence and wellbeing.",
    joins: (s) => (titled(s, "HR Officer") ? 0.9 : titled(s, "Office Manager", "School Business Manager") ? 0.35 : 0),
    topics: ["Safer recruitment", "Absence management", "Staff wellbeing", "Flexible working", "Induction of new staff", "Single central record"],
    tags: ["hr", "recruitment", "wellbeing", "absence", "safeguarding"],
  },
  {
    name: "Primary Phase Network", kind: "PHASE_NETWORK", subject: "Primary", isOpen: true,
    description: "Key stage and phase leaders from the primary schools: transition, assessment and the wider curriculum.",
    joins: (s) => (titled(s, "Key Stage 1 Lead", "Key Stage 2 Lead", "Phase Leader (Primary)") ? 0.7 : 0),
    topics: ["Key Stage 2 assessment", "Multiplication tables check", "Transition to Year 7", "Foundation subjects", "Behaviour and routines"],
    tags: ["primary", "assessment", "transition", "curriculum", "behaviour"],
  },
  {
    name: "Modern Foreign Languages Community", kind: "SUBJECT_COMMUNITY", subject: "Modern Foreign Languages", isOpen: true,
    description: "French, Spanish and German teachers: phonics in languages, vocabulary and GCSE speaking.",
    joins: (s) => (has(s, "French", "Spanish", "German") ? 0.6 : 0),
    topics: ["Languages phonics", "Vocabulary retrieval", "GCSE speaking", "Primary French", "Dictation"],
    tags: ["languages", "french", "spanish", "german", "vocabulary", "gcse"],
  },
];

export const RESOURCE_SHAPES: readonly (readonly [ResourceKind, (topic: string) => string])[] = [
  ["SCHEME_OF_WORK", (t) => `${t}: scheme of work`],
  ["LESSON_RESOURCE", (t) => `${t}: lesson slides and activities`],
  ["CURRICULUM", (t) => `${t}: curriculum map`],
  ["RESEARCH", (t) => `${t}: research summary`],
  ["POLICY", (t) => `${t}: trust guidance`],
  ["OTHER", (t) => `${t}: meeting handout`],
];

/** Expertise areas by subject (or job title), for the directory. */
export const EXPERTISE_AREAS: Record<string, readonly string[]> = {
  Mathematics: ["Mastery in mathematics", "GCSE mathematics", "A-level mathematics", "Times tables fluency"],
  English: ["Phonics", "Early reading", "GCSE English literature", "Writing moderation"],
  Phonics: ["Phonics", "Early reading"],
  Reading: ["Early reading", "Reading for pleasure"],
  Science: ["Required practicals", "Primary science"],
  Chemistry: ["A-level chemistry", "GCSE chemistry"],
  Biology: ["A-level biology", "Fieldwork"],
  Physics: ["A-level physics", "Physics misconceptions"],
  SEND: ["Autism", "Speech and language", "EHCP reviews", "Adaptive teaching", "SEN support"],
  "Early Years": ["Communication and language", "Early maths", "Continuous provision"],
  Primary: ["Behaviour and routines", "Key Stage 2 assessment", "Curriculum sequencing"],
  French: ["Primary French", "GCSE French", "Primary languages"],
  Spanish: ["GCSE Spanish"],
  History: ["GCSE history", "Disciplinary knowledge in history"],
  Geography: ["Fieldwork", "GCSE geography"],
  Computing: ["Computer science", "Online safety"],
  "Physical Education": ["Outdoor and adventurous activities", "School sport", "GCSE PE"],
  "Design and Technology": ["D&T workshop safety", "GCSE design and technology"],
  "School Business Manager": ["School finance", "Procurement", "Budget setting"],
  "Finance Officer": ["Payroll", "Month-end close"],
  "HR Officer": ["Safer recruitment", "Absence management"],
  "Office Manager": ["Admissions", "Single central record"],
  "Data Manager": ["Assessment data", "MIS reporting"],
};

/**
 * The directory's own examples ("phonics", "A-level chemistry") and its most searched subject:
 * if chance leaves one out, the first current teacher of the first of these subjects the trust
 * has lists it, so the examples find someone at every scale.
 */
export const EXAMPLE_EXPERTISE: readonly (readonly [area: string, subjects: readonly string[]])[] = [
  ["A-level chemistry", ["Chemistry", "Science"]],
  ["Phonics", ["Phonics", "English", "Early Years", "Primary"]],
  ["Mastery in mathematics", ["Mathematics"]],
];

export const LEVELS: readonly (readonly [ExpertiseLevel, number])[] = [
  ["LEADING_PRACTITIONER", 1],
  ["SPECIALIST_LEADER_OF_EDUCATION", 1],
  ["EXPERIENCED", 5],
  ["DEVELOPING", 2],
];
