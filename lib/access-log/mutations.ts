import "server-only";
// Writing the access log off the page's path: `noteOpened` only adds the entry to this process's
// buffer; the buffer is written with one INSERT a quarter of a second later (or at 200 entries). A
// write that fails (the database restarting) is kept and tried again, up to a cap; a process killed
// outright loses at most the entries of its last quarter second (decision 025).
import { activeRole } from "@/lib/access/viewer";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ROLE_LABELS } from "@/lib/shell/roles";
import type { RecordKind } from "./kinds";

type Entry = { trustId: string; subjectStaffId: string; viewerUserId: string; viewerRole: string; kind: string; recordId: string; at: Date };

const FLUSH_MS = 250;
const BATCH = 200;
const CAP = 10_000;
const buffer: Entry[] = [];
let timer: NodeJS.Timeout | undefined;
let writing: Promise<void> | undefined;

/** Notes that the viewer opened `subjectStaffId`'s record; one's own records are not logged. */
export async function noteOpened(viewer: Viewer, kind: RecordKind, subjectStaffId: string, recordId: string): Promise<void> {
  if (viewer.staff?.id === subjectStaffId || env().PORTAL_ACCESS_LOG === "off") return;
  const role = await activeRole(viewer);
  buffer.push({ trustId: viewer.trustId, subjectStaffId, viewerUserId: viewer.userId, viewerRole: role ? ROLE_LABELS[role.role] : "Signed in", kind, recordId, at: new Date() });
  if (buffer.length >= BATCH) void flushAccessLog();
  else timer ??= setTimeout(() => void flushAccessLog(), FLUSH_MS).unref();
}

/** Writes what is buffered now (tests, and a process about to stop, await it). */
export async function flushAccessLog(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  await writing;
  const batch = buffer.splice(0, buffer.length);
  if (!batch.length) return;
  writing = db()
    .recordAccess.createMany({ data: batch })
    .then(
      () => undefined,
      (error: unknown) => {
        // Kept for the next try; past the cap the oldest go, and the server log says so.
        buffer.unshift(...batch.slice(Math.max(0, batch.length + buffer.length - CAP)));
        console.warn(`The access log could not be written (${error instanceof Error ? error.message : String(error)}); ${buffer.length} entries wait for the next try.`);
        timer ??= setTimeout(() => void flushAccessLog(), 5_000).unref();
      },
    );
  await writing;
}
