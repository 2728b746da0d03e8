// The command helper's rules (decision 008): parse, then authorize (false is "not found"), then the
// work and its audit entries in one transaction; a refusal or a failure writes nothing at all.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "@/lib/access/policy";
import { command, existingOrNew, PROBLEM } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import { db } from "@/lib/db/client";
import { routes } from "@/lib/routes";
import { seedSmallTrust } from "../support/fixtures";

let admin: Viewer;
beforeAll(async () => {
  const trust = await seedSmallTrust();
  admin = await trust.viewer("admin");
});

const schema = z.object({ startYear: z.coerce.number().int().min(2000, "Too early."), minutes: z.coerce.number().int() });
const targets = () => db().cpdTarget.count({ where: { trustId: admin.trustId, scope: "SUPPORT" } });
const audits = () => db().auditLog.count({ where: { action: "test.target" } });

/** A command writing a target, then doing whatever `then` says inside the same transaction. */
function targetCommand(then: "done" | "refuse" | "crash" | "no audit" | "unchanged", allowed = true) {
  const work = vi.fn(async (tx: Parameters<Parameters<typeof command>[0]["work"]>[0], viewer: Viewer, input: z.output<typeof schema>) => {
    const row = await tx.cpdTarget.create({ data: { trustId: viewer.trustId, startYear: input.startYear, scope: "SUPPORT", minutes: input.minutes } });
    if (then === "refuse") throw new AppError("CONFLICT", "Not now.");
    if (then === "crash") throw new Error("boom");
    if (then === "unchanged") return { data: { id: row.id }, unchanged: true as const };
    return { data: { id: row.id }, audit: then === "no audit" ? [] : [{ action: "test.target", entity: "CpdTarget", entityId: row.id, after: row }] };
  });
  const authorize = vi.fn(() => allowed);
  return { work, authorize, cmd: command({ schema, authorize, work, revalidate: (input) => [routes.activity(String(input.startYear))], success: "Saved." }) };
}

describe("the command helper", () => {
  it("bad input is a field error; nothing is authorized, run or written", async () => {
    const { cmd, work, authorize } = targetCommand("done");
    expect(await cmd.run(admin, { startYear: "1999", minutes: "60" })).toEqual({ ok: false, message: PROBLEM, fieldErrors: { startYear: ["Too early."] } });
    expect(authorize).not.toHaveBeenCalled();
    expect(work).not.toHaveBeenCalled();
  });

  it("a refused permission is not found, and the work never runs", async () => {
    const { cmd, work } = targetCommand("done", false);
    expect(await cmd.run(admin, { startYear: "2030", minutes: "60" })).toEqual({ ok: false, message: "That record was not found.", fieldErrors: {} });
    expect(work).not.toHaveBeenCalled();
  });

  it("the change and its audit entry commit together, by the viewer, with the success message and the pages to refresh", async () => {
    const { cmd } = targetCommand("done");
    const before = await targets();
    const { result, paths } = await cmd.perform(admin, { startYear: "2031", minutes: "60" });
    expect(result).toMatchObject({ ok: true, message: "Saved." });
    expect(await targets()).toBe(before + 1);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "test.target" } });
    const id = (result as { data: { id: string } }).data.id;
    expect(entry).toMatchObject({ trustId: admin.trustId, actorUserId: admin.userId, entity: "CpdTarget", entityId: id });
    await expect(db().cpdTarget.findUniqueOrThrow({ where: { id } })).resolves.toMatchObject({ startYear: 2031, minutes: 60 });
    expect(paths).toEqual(["/development/2031"]);
  });

  it("an expected refusal, a crash or a change without an audit entry roll the whole transaction back", async () => {
    const before = { targets: await targets(), audits: await audits() };
    expect(await targetCommand("refuse").cmd.run(admin, { startYear: "2032", minutes: "1" })).toEqual({ ok: false, message: "Not now.", fieldErrors: {} });
    await expect(targetCommand("crash").cmd.run(admin, { startYear: "2033", minutes: "1" })).rejects.toThrow("boom");
    await expect(targetCommand("no audit").cmd.run(admin, { startYear: "2034", minutes: "1" })).rejects.toThrow(/without an audit entry/);
    expect({ targets: await targets(), audits: await audits() }).toEqual(before);
  });

  it("reads its input once: the pages to refresh come from the same parse as the work", async () => {
    const read = vi.fn((v: unknown) => v);
    const once = command({
      schema: z.object({ startYear: z.preprocess(read, z.coerce.number()) }),
      authorize: () => true,
      work: async () => ({ data: null, unchanged: true as const }),
      revalidate: (input) => [routes.activity(String(input.startYear))],
    });
    expect(await once.perform(admin, { startYear: "2036" })).toEqual({ result: { ok: true, data: null }, paths: ["/development/2036"] });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("work that says it changed nothing writes no audit entry", async () => {
    const before = await audits();
    expect(await targetCommand("unchanged").cmd.run(admin, { startYear: "2035", minutes: "1" })).toMatchObject({ ok: true });
    expect(await audits()).toBe(before);
  });

  describe("load: the record a command acts on", () => {
    const idSchema = z.object({ id: z.string() });
    /** A command on one of the trust's schools, found by id within the viewer's trust (the trust pin). */
    function schoolCommand(allowed: boolean) {
      const authorize = vi.fn<(viewer: Viewer, input: { id: string }, school: { id: string; name: string }) => boolean>(() => allowed);
      const work = vi.fn(async (_tx: unknown, _viewer: Viewer, _input: { id: string }, school: { id: string; name: string }) => ({ data: { name: school.name }, unchanged: true as const }));
      const cmd = command({
        schema: idSchema,
        load: (tx, viewer, input) => tx.school.findFirst({ where: { id: input.id, trustId: viewer.trustId }, select: { id: true, name: true } }),
        authorize,
        work,
      });
      return { cmd, authorize, work };
    }

    it("a row load does not find (missing, or of another trust) is not found: neither authorize nor the work runs", async () => {
      const { cmd, authorize, work } = schoolCommand(true);
      expect(await cmd.run(admin, { id: "00000000-0000-4000-8000-0000000000ff" })).toEqual({ ok: false, message: "That record was not found.", fieldErrors: {} });
      expect(authorize).not.toHaveBeenCalled();
      expect(work).not.toHaveBeenCalled();
    });

    it("authorize is asked about the loaded row, and the work is handed the same row", async () => {
      const school = await db().school.findFirstOrThrow({ where: { trustId: admin.trustId }, select: { id: true, name: true } });
      const { cmd, authorize, work } = schoolCommand(true);
      expect(await cmd.run(admin, { id: school.id })).toEqual({ ok: true, data: { name: school.name } });
      expect(authorize).toHaveBeenCalledWith(admin, { id: school.id }, school);
      expect(work.mock.calls[0]?.[3]).toEqual(school);
    });

    it("authorize refusing the loaded row is not found, and the work never runs", async () => {
      const school = await db().school.findFirstOrThrow({ where: { trustId: admin.trustId }, select: { id: true } });
      const { cmd, authorize, work } = schoolCommand(false);
      expect(await cmd.run(admin, { id: school.id })).toEqual({ ok: false, message: "That record was not found.", fieldErrors: {} });
      expect(authorize).toHaveBeenCalledTimes(1);
      expect(work).not.toHaveBeenCalled();
    });

    it("a create-or-update form's load: no id is a new record, a visible id its record, an id it cannot see not found", async () => {
      const optional = z.object({ id: z.string().optional() });
      const work = vi.fn(async (_tx: unknown, _viewer: Viewer, _input: unknown, row: { before: { id: string } | null }) => ({ data: row.before?.id ?? "new", unchanged: true as const }));
      const cmd = command({
        schema: optional,
        load: (tx, viewer, input) => existingOrNew(input.id, (id) => tx.school.findFirst({ where: { id, trustId: viewer.trustId }, select: { id: true } })),
        authorize: () => true,
        work,
      });
      const school = await db().school.findFirstOrThrow({ where: { trustId: admin.trustId }, select: { id: true } });
      expect(await cmd.run(admin, {})).toEqual({ ok: true, data: "new" });
      expect(await cmd.run(admin, { id: school.id })).toEqual({ ok: true, data: school.id });
      expect(await cmd.run(admin, { id: "00000000-0000-4000-8000-0000000000ff" })).toEqual({ ok: false, message: "That record was not found.", fieldErrors: {} });
      expect(work).toHaveBeenCalledTimes(2);
    });
  });
});
