// Governance import finished (lib/governance/commands.ts, importMetrics): the admin who imported is
// told, and only they; the link is the governance overview, which their metric:edit role (trust
// admin) opens. The text is the import's own counts, nothing about any person.
import type { Tx } from "@/lib/db/client";
import { notify } from "../notify";
import { routes } from "@/lib/routes";

type Counts = { rows: number; created: number; changed: number; unchanged: number };

export async function notifyImportFinished(tx: Tx, trustId: string, userId: string, d: Counts) {
  await notify(tx, {
    trustId,
    userIds: [userId],
    kind: "governance.import-finished",
    title: `Governance import finished: ${d.created === 1 ? "1 new value" : `${d.created} new values`}, ${d.changed} changed`,
    body: `${d.rows} rows read; ${d.unchanged} were already stored.`,
    link: routes.governance(),
  });
}
