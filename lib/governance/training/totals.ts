// The governance training completion table's figures over the trust (issue 22: the table of schools is
// paged, so the trust's totals sit above it): the board's row, and one row summing every school's
// local governors, each expectation counted only where it applies.

export type CompletionRow = { name: string; people: number; met: { expectationId: string; met: number }[] };

/** `rows` as trainingCompletion gives them (the board first, then each school): the trust's two rows, and the schools. */
export function trustRows(rows: CompletionRow[], expectationIds: string[]) {
  const [board, ...schools] = rows;
  const all: CompletionRow = {
    name: "All schools' local governors",
    people: schools.reduce((n, r) => n + r.people, 0),
    met: expectationIds.flatMap((id) => {
      const counts = schools.flatMap((r) => r.met.filter((m) => m.expectationId === id));
      return counts.length ? [{ expectationId: id, met: counts.reduce((n, m) => n + m.met, 0) }] : [];
    }),
  };
  return { trust: board ? [board, all] : [all], schools };
}
