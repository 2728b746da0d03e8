// The small test trust with its CPD history (the seed's own factories), and a valid activity form.
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { createRng } from "@/prisma/seed";
import { buildCpd, insertCpd } from "@/prisma/seed/cpd";
import { londonIsoDay } from "../support/days";
import { seedSmallTrust } from "../support/fixtures";

export async function seedCpdTrust() {
  const trust = await seedSmallTrust();
  const today = londonToday();
  const cpd = buildCpd(createRng(7).fork("cpd"), trust.built, today);
  await insertCpd(db(), cpd);
  return { ...trust, cpd };
}

/** A London calendar day `offset` days from today, as a form sends it (yyyy-mm-dd). */
const day = (offset: number) => londonIsoDay(offset);

export const validActivity = (extra: Record<string, unknown> = {}) => ({
  title: "Retrieval practice course",
  type: "COURSE",
  strand: "PROFESSIONAL_LEARNING",
  startDate: day(-3),
  endDate: day(-2),
  hours: "2.5",
  reflection: "Private reflection text",
  intent: "draft",
  ...extra,
});

export const pdfFile = (name = "certificate.pdf", size = 2_000) => {
  const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size)]);
  return new File([bytes], name, { type: "application/pdf" });
};

/** Row counts of the tables commands write (activities, files, completions, qualifications, audit…). */
export { rowCounts as counts } from "../support/writes";

/** The data of a result that must have succeeded. */
export const ok = <T,>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

export { day };
