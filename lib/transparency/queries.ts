import "server-only";
// The staff privacy page and the DPO's data map (issue 21 §5), generated from the privacy catalogue,
// the groups of lib/transparency/map.ts, the permission registry and the trust's retention schedule.
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import type { Permission } from "@/lib/access/policy";
import { CATALOGUE, isExported } from "@/lib/privacy/catalogue";
import { periodLabel } from "@/lib/retention/kinds";
import { scheduleOf } from "@/lib/retention/queries";
import { DATA_GROUPS, readersOf, retentionKindOf } from "./map";

/** Tables whose rows point at files in the file store (evidence, certificates, resources, export ZIPs). */
const WITH_FILES = new Set(["CpdActivity", "TrainingCompletion", "Resource", "DataExport"]);

async function retentionText(trustId: string) {
  const lines = new Map((await scheduleOf(trustId)).map((l) => [l.kind, l]));
  return (model: string) => {
    const l = lines.get(retentionKindOf(model))!;
    return { kind: l.kind, text: `${periodLabel(l.period, l.unit)} ${l.from}`, basis: l.basis };
  };
}

const exportedModels = () => Object.entries(CATALOGUE).flatMap(([model, e]) => (isExported(e) ? [{ model, entry: e }] : []));

/** Everyone signed in: what the portal holds about staff, why, who sees it and for how long. */
export async function privacyPage(viewer: Viewer) {
  const retention = await retentionText(viewer.trustId);
  const groups = DATA_GROUPS.map((g) => {
    const kinds = g.models.flatMap((m) => {
      const e = CATALOGUE[m as keyof typeof CATALOGUE];
      return e && isExported(e) ? [{ model: m, label: e.label, retention: retention(m).text, erase: e.erase.what }] : [];
    });
    const periods = [...new Map(g.models.map((m) => [retention(m).kind, retention(m)])).values()];
    return { ...g, kinds, readers: g.readers.map(readersOf), periods };
  });
  return { groups };
}

/** The trust admin (the DPO's seat): one row per kind of personal data, where it is, who reads it, how long. */
export async function dataMap(viewer: Viewer) {
  requirePermission(viewer, "data-map:view");
  const retention = await retentionText(viewer.trustId);
  const rows = exportedModels().map(({ model, entry }) => {
    const group = DATA_GROUPS.find((g) => g.models.includes(model)) ?? null;
    const readers = group ? [...new Set(group.readers.flatMap((p: Permission) => readersOf(p).roles))] : [];
    const r = retention(model);
    return {
      model,
      label: entry.label,
      group: group?.title ?? null,
      stored: `PostgreSQL table "${model}"${WITH_FILES.has(model) ? ", with files in the file store" : ""}`,
      readers,
      permissions: group?.readers ?? [],
      retention: r.text,
      basis: r.basis,
      erasure: entry.erase.what,
    };
  });
  return { rows, exempt: Object.entries(CATALOGUE).flatMap(([model, e]) => (isExported(e) ? [] : [{ model, reason: e.exempt }])) };
}
