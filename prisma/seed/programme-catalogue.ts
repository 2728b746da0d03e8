// The demo programme's courses, in the trust's words (seed 002: "from entry level through to senior
// leadership", visits to pioneer schools), and what attendees said they would try and what changed.
export type CourseTemplate = {
  title: string; strand: string; kind: "COURSE" | "CONFERENCE" | "SCHOOL_VISIT"; stages: string[]; categories: string[];
  provider?: string; sessions: number; minutes: number; places: number; approval?: boolean; description: string;
};

export const COURSES: CourseTemplate[] = [
  { title: "Early career teachers: behaviour and routines", strand: "PROFESSIONAL_LEARNING", kind: "COURSE", stages: ["ECT", "EARLY_CAREER"], categories: ["TEACHER"], provider: "North Teaching School Hub", sessions: 3, minutes: 120, places: 24, description: "Establishing routines from the first lesson, with rehearsal and feedback." },
  { title: "Adaptive teaching for pupils with SEND", strand: "PROFESSIONAL_LEARNING", kind: "COURSE", stages: [], categories: ["TEACHER", "SUPPORT"], sessions: 2, minutes: 150, places: 30, description: "Scaffolds that fade: planning for every pupil without lowering the bar." },
  { title: "Retrieval practice that sticks", strand: "PROFESSIONAL_LEARNING", kind: "COURSE", stages: ["EARLY_CAREER", "ESTABLISHED"], categories: ["TEACHER"], sessions: 1, minutes: 180, places: 30, description: "Low-stakes quizzing, spacing and interleaving in every subject." },
  { title: "Phonics for support staff", strand: "PROFESSIONAL_LEARNING", kind: "COURSE", stages: [], categories: ["SUPPORT"], sessions: 2, minutes: 90, places: 20, description: "Delivering keep-up sessions with fidelity to the scheme." },
  { title: "Aspiring middle leaders", strand: "LEADERSHIP_DEVELOPMENT", kind: "COURSE", stages: ["ESTABLISHED", "MIDDLE_LEADER"], categories: ["TEACHER"], sessions: 4, minutes: 150, places: 18, approval: true, description: "Leading a team, curriculum intent and quality assurance for new and aspiring middle leaders." },
  { title: "Senior leadership: leading change", strand: "LEADERSHIP_DEVELOPMENT", kind: "COURSE", stages: ["MIDDLE_LEADER", "SENIOR_LEADER"], categories: ["LEADERSHIP", "TEACHER"], provider: "Institute for Educational Leadership", sessions: 3, minutes: 240, places: 16, approval: true, description: "Implementation science for senior leaders: from plan to sustained practice." },
  { title: "Coaching for aspiring heads", strand: "LEADERSHIP_DEVELOPMENT", kind: "COURSE", stages: ["SENIOR_LEADER"], categories: ["LEADERSHIP"], sessions: 3, minutes: 120, places: 10, approval: true, description: "Headteacher coaches work with deputies preparing for headship." },
  { title: "Quality assurance: deep dives done well", strand: "QUALITY_ASSURANCE", kind: "COURSE", stages: ["MIDDLE_LEADER", "SENIOR_LEADER"], categories: [], sessions: 1, minutes: 240, places: 24, description: "Evidence that leads to action: lesson visits, work scrutiny and pupil voice." },
  { title: "Governor-ready self-evaluation", strand: "QUALITY_ASSURANCE", kind: "COURSE", stages: ["SENIOR_LEADER", "HEADTEACHER"], categories: ["LEADERSHIP"], sessions: 1, minutes: 180, places: 20, description: "Writing a self-evaluation that matches what reviewers will find." },
  { title: "Trust CPD conference", strand: "PROFESSIONAL_NETWORKS", kind: "CONFERENCE", stages: [], categories: [], sessions: 4, minutes: 75, places: 120, description: "Keynotes and parallel workshops led by the trust's expert practitioners." },
  { title: "Leadership conference", strand: "LEADERSHIP_DEVELOPMENT", kind: "CONFERENCE", stages: ["MIDDLE_LEADER", "SENIOR_LEADER", "HEADTEACHER"], categories: [], sessions: 4, minutes: 90, places: 60, description: "Parallel sessions on curriculum, inclusion and finance for leaders across the trust." },
  { title: "Pioneer school visit: early reading", strand: "PROFESSIONAL_NETWORKS", kind: "SCHOOL_VISIT", stages: [], categories: ["TEACHER", "SUPPORT"], sessions: 1, minutes: 240, places: 8, description: "See the phonics programme in a pioneer school: lessons, keep-up sessions and leaders' checks." },
  { title: "Pioneer school visit: behaviour culture", strand: "PROFESSIONAL_NETWORKS", kind: "SCHOOL_VISIT", stages: [], categories: [], sessions: 1, minutes: 210, places: 8, description: "Walk the corridors and classrooms of a school with a calm, consistent culture." },
  { title: "Subject knowledge: teaching mathematics for mastery", strand: "PROFESSIONAL_LEARNING", kind: "COURSE", stages: [], categories: ["TEACHER"], provider: "Maths Hub", sessions: 3, minutes: 120, places: 24, description: "Small steps, representations and fluency across the primary years." },
  { title: "Designated safeguarding lead refresher", strand: "QUALITY_ASSURANCE", kind: "COURSE", stages: [], categories: ["LEADERSHIP", "TEACHER"], provider: "Local Safeguarding Partnership", sessions: 1, minutes: 360, places: 30, description: "The two-yearly update for designated and deputy safeguarding leads." },
];

export const WILL_TRY = [
  "Mini whiteboards in every lesson, to check everyone's answer.", "A five-question retrieval quiz to start each lesson.", "Modelling with a visualiser before independent practice.",
  "Meet-and-greet at the door with the same routine every day.", "Pre-teaching vocabulary to the pupils who need it.", "Coaching conversations with my team instead of telling.",
  "A shared deep-dive schedule with the other subject leaders.", "Cold calling, with thinking time first.",
];

export const CHANGED = [
  "Every lesson now starts with retrieval; I plan the questions a week ahead.", "My Year 7 class follows the entry routine without reminders.",
  "I run weekly coaching sessions with two teachers in my department.", "Scaffolds are planned for each unit and taken away as pupils grow confident.",
  "We rewrote the quality assurance calendar around the deep-dive model.", "I model every new method with a worked example before practice.",
];
export const NOT_YET = ["Cover pressures meant I have not tried it yet; it is planned for next half term.", "I started, but need time with my mentor to embed it."];
export const PUPILS = [
  "More pupils answer without hesitating; the quiet ones too.", "Fewer low-level disruptions at the start of lessons.", "Pupils with SEND complete more of the independent task.",
  "Better recall in the end-of-unit test than last year's class.", "Pupils explain their method in full sentences.",
];
