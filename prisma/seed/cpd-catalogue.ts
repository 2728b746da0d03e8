// What the CPD seed draws from: believable titles, providers, reflections and lengths per type.
import type { CpdStrand, CpdType, Designation, StaffCategory } from "../../lib/db/generated/enums";

type TypeSpec = {
  weight: Record<StaffCategory, number>;
  /** Minutes: [min, max], drawn in steps of 15. */
  minutes: readonly [number, number];
  strands: readonly (readonly [CpdStrand, number])[];
  titles: readonly string[];
  providers: readonly string[];
};

const IN_HOUSE = ["In school", "Trust central team"];

export const CPD_TYPES: Record<CpdType, TypeSpec> = {
  COURSE: {
    weight: { TEACHER: 10, SUPPORT: 12, LEADERSHIP: 8 },
    minutes: [120, 420],
    strands: [["PROFESSIONAL_LEARNING", 8], ["LEADERSHIP_DEVELOPMENT", 2]],
    titles: ["Adaptive teaching in mixed-attainment classes", "Retrieval practice in the classroom", "Phonics refresher", "Behaviour for learning", "Effective feedback without marking", "Assessment for learning", "Supporting pupils with SEMH needs", "Data protection for schools", "Using the school MIS well"],
    providers: ["Teaching School Hub", "Education Endowment Foundation", "Local authority", "National College", "Subject association"],
  },
  INSET: {
    weight: { TEACHER: 18, SUPPORT: 16, LEADERSHIP: 12 },
    minutes: [90, 360],
    strands: [["PROFESSIONAL_LEARNING", 9], ["QUALITY_ASSURANCE", 1]],
    titles: ["September INSET: school priorities", "January INSET: curriculum sequencing", "INSET: reading across the curriculum", "INSET: oracy", "INSET: metacognition and self-regulation", "INSET: attendance and inclusion"],
    providers: IN_HOUSE,
  },
  COACHING: {
    weight: { TEACHER: 12, SUPPORT: 4, LEADERSHIP: 10 },
    minutes: [30, 60],
    strands: [["PROFESSIONAL_LEARNING", 6], ["LEADERSHIP_DEVELOPMENT", 4]],
    titles: ["Instructional coaching session", "Coaching: questioning", "Coaching: modelling and worked examples", "Leadership coaching"],
    providers: IN_HOUSE,
  },
  MENTORING: {
    weight: { TEACHER: 6, SUPPORT: 3, LEADERSHIP: 6 },
    minutes: [30, 90],
    strands: [["PROFESSIONAL_LEARNING", 7], ["LEADERSHIP_DEVELOPMENT", 3]],
    titles: ["Mentor meeting", "ECT mentor training", "Mentoring a trainee teacher"],
    providers: IN_HOUSE,
  },
  OBSERVATION: {
    weight: { TEACHER: 9, SUPPORT: 2, LEADERSHIP: 9 },
    minutes: [45, 60],
    strands: [["QUALITY_ASSURANCE", 6], ["PROFESSIONAL_LEARNING", 4]],
    titles: ["Peer observation", "Learning walk", "Observed a colleague's lesson", "Joint lesson observation"],
    providers: IN_HOUSE,
  },
  // Networks outside the trust: the trust's own communities log their meetings through registers.
  NETWORK_MEETING: {
    weight: { TEACHER: 3, SUPPORT: 2, LEADERSHIP: 4 },
    minutes: [60, 120],
    strands: [["PROFESSIONAL_NETWORKS", 1]],
    titles: ["Maths Hub work group", "English Hub network meeting", "Local authority SENCO network", "Local authority DSL network", "Regional headteachers' network"],
    providers: ["Maths Hub", "English Hub", "Local authority"],
  },
  CONFERENCE: {
    weight: { TEACHER: 2, SUPPORT: 1, LEADERSHIP: 4 },
    minutes: [300, 420],
    strands: [["PROFESSIONAL_LEARNING", 5], ["LEADERSHIP_DEVELOPMENT", 5]],
    titles: ["researchED national conference", "Trust annual conference", "Subject association annual conference", "Inclusion conference"],
    providers: ["researchED", "Trust central team", "Subject association"],
  },
  QUALIFICATION_STUDY: {
    weight: { TEACHER: 3, SUPPORT: 2, LEADERSHIP: 6 },
    minutes: [120, 480],
    strands: [["LEADERSHIP_DEVELOPMENT", 7], ["PROFESSIONAL_LEARNING", 3]],
    titles: ["NPQ module study", "NPQ residential", "Masters module", "Apprenticeship study day"],
    providers: ["Ambition Institute", "Teach First", "Best Practice Network", "University"],
  },
  RESEARCH_READING: {
    weight: { TEACHER: 8, SUPPORT: 3, LEADERSHIP: 7 },
    minutes: [30, 120],
    strands: [["PROFESSIONAL_LEARNING", 1]],
    titles: ["Read: Rosenshine's principles of instruction", "Read: EEF guidance report", "Journal club", "Read: Responsive Teaching"],
    providers: ["Self-directed"],
  },
  SCHOOL_VISIT: {
    weight: { TEACHER: 2, SUPPORT: 1, LEADERSHIP: 4 },
    minutes: [180, 360],
    strands: [["QUALITY_ASSURANCE", 5], ["PROFESSIONAL_NETWORKS", 5]],
    titles: ["Visit to a partner school", "Peer review visit", "Visit to a pioneer school"],
    providers: ["Trust school"],
  },
  SELF_STUDY: {
    weight: { TEACHER: 6, SUPPORT: 8, LEADERSHIP: 3 },
    minutes: [30, 120],
    strands: [["PROFESSIONAL_LEARNING", 1]],
    titles: ["Online course module", "Subject knowledge self-study", "Webinar"],
    providers: ["National College", "Oak National Academy", "FutureLearn"],
  },
  STATUTORY_TRAINING: {
    weight: { TEACHER: 5, SUPPORT: 7, LEADERSHIP: 5 },
    minutes: [60, 240],
    strands: [["PROFESSIONAL_LEARNING", 1]],
    titles: ["Safeguarding update", "Prevent duty refresher", "First aid refresher", "Fire safety awareness"],
    providers: ["Local authority", "National College", "St John Ambulance"],
  },
  // Written only by a coaching session (lib/coaching/cpd.ts), never drawn at random: the seed's coaching step writes them.
  COACHING_GIVEN: {
    weight: { TEACHER: 0, SUPPORT: 0, LEADERSHIP: 0 },
    minutes: [30, 60],
    strands: [["PROFESSIONAL_LEARNING", 1]],
    titles: ["Coaching given"],
    providers: IN_HOUSE,
  },
};

export const REFLECTIONS = [
  "Useful ideas I can use straight away; I want to try the routines with my Year 8 group.",
  "Made me rethink how I check for understanding before moving on.",
  "Helpful to see how colleagues in other schools sequence the same unit.",
  "Some content was familiar, but the practical examples were worth the time.",
  "I need more practice with this before it becomes habit.",
  "Good discussion with colleagues; agreed next steps for the department.",
];

export const IMPACTS = [
  "Introduced weekly low-stakes quizzes; pupils recall more at the start of lessons.",
  "Changed my questioning: more cold calling and wait time.",
  "Shared the resources with my team at the next department meeting.",
  "Updated our scheme of work for the spring term.",
  "Pupils with SEND are better supported with the new scaffolds.",
];

export const RETURN_REASONS = [
  "Please add a short reflection on what you will change in your practice.",
  "The hours look high for a single session: please check them.",
  "Please attach the certificate or a link to the course.",
  "This looks like a duplicate of another record: please check.",
];

export type RequirementSpec = { name: string; description: string; categories: StaffCategory[]; designation: Designation | null; validityMonths: number };

/** The trust's statutory training (editable reference data once seeded). */
export const TRAINING_REQUIREMENTS: readonly RequirementSpec[] = [
  { name: "Safeguarding and child protection", description: "Annual update for every member of staff (KCSIE).", categories: [], designation: null, validityMonths: 12 },
  { name: "Prevent duty", description: "Every member of staff, every two years.", categories: [], designation: null, validityMonths: 24 },
  { name: "Designated safeguarding lead", description: "DSL training, renewed every two years.", categories: [], designation: "DESIGNATED_SAFEGUARDING_LEAD", validityMonths: 24 },
  { name: "Deputy safeguarding lead", description: "Deputy DSL training, renewed every two years.", categories: [], designation: "DEPUTY_SAFEGUARDING_LEAD", validityMonths: 24 },
  { name: "First aid at work", description: "Three-day course for designated first aiders.", categories: [], designation: "FIRST_AIDER", validityMonths: 36 },
  { name: "Paediatric first aid", description: "Required for early years staff designated as paediatric first aiders.", categories: [], designation: "PAEDIATRIC_FIRST_AIDER", validityMonths: 36 },
];

/** Trust default targets in hours per academic year. */
export const TARGET_HOURS = { DEFAULT: 30, TEACHER: 30, SUPPORT: 20, LEADERSHIP: 35 } as const;
