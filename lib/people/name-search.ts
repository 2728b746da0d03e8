// Finding a member of staff by name, as the admin's person searches do (subject access, erasure, the
// access log): every word typed (up to four) must start their first or last name.
import type { Prisma } from "@/lib/db/generated/client";

export const nameWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(0, 4);

/** The filter for staff whose names `text` names; null when nothing was typed. */
export function staffNamed(text: string): Prisma.StaffMemberWhereInput | null {
  const words = nameWords(text);
  if (!words.length) return null;
  return { AND: words.map((w) => ({ OR: [{ firstName: { startsWith: w, mode: "insensitive" as const } }, { lastName: { startsWith: w, mode: "insensitive" as const } }] })) };
}
