// The load a school's live demands add, per full-time teacher per term (pure). A check asks how long a
// demand took over the half term since it started: doubled, that is the reported time per term.
export const HALF_TERM_DAYS = 42;
export const CHECK_OPEN_DAYS = 14;
export const CHECK_SAMPLE = 30;

export const reportedPerTerm = (halfTermMinutes: number) => halfTermMinutes * 2;

export type LiveDemand = { affects: string[]; expectedMinutes: number; offsetMinutes: number; reportedMinutes: number | null };

/** Added and net minutes per full-time teacher per term: the demands that fall on teachers, reported time where the rules show it. */
export function teacherLoad(demands: LiveDemand[]) {
  const onTeachers = demands.filter((d) => d.affects.includes("TEACHER"));
  const expected = onTeachers.reduce((a, d) => a + d.expectedMinutes, 0);
  const offset = onTeachers.reduce((a, d) => a + d.offsetMinutes, 0);
  const reported = onTeachers.reduce((a, d) => a + (d.reportedMinutes ?? d.expectedMinutes), 0);
  return { expected, offset, net: expected - offset, reported, reportedNet: reported - offset };
}
