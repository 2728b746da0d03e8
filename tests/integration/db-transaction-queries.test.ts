// A query with several `include`s reads its relations in parallel; inside a transaction they all go to
// its one connection. pg queues them but warns (DeprecationWarning "client.query() when the client is
// already executing a query", seen in the browser tests' server log; pg 9 will refuse): the app's
// adapter takes a transaction's queries in turn, so pg never holds a queue.
import pg from "pg";
import { afterEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";

afterEach(() => vi.restoreAllMocks());

it("a transaction's parallel relation reads reach its connection one at a time", async () => {
  const original = pg.Client.prototype.query;
  let queued = 0;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    // What pg checks before it warns: a query still waiting behind the one running.
    queued = Math.max(queued, (this as unknown as { _queryQueue: unknown[] })._queryQueue.length);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as never);

  const found = await db().$transaction(async (tx) => {
    const trust = await tx.trust.create({ data: { name: "Queue Trust", clusters: { create: [{ name: "North" }, { name: "South" }] } } });
    await tx.user.create({ data: { trustId: trust.id, email: "queue@example.org", name: "Q" } });
    return tx.trust.findMany({ include: { clusters: true, schools: true, users: true, roleAssignments: true, sessions: true } });
  });

  expect(found[0]).toMatchObject({ name: "Queue Trust", users: [{ email: "queue@example.org" }] });
  expect(found[0]!.clusters).toHaveLength(2);
  expect(queued).toBe(0);
});
