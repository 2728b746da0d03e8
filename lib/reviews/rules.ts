// The CSI slice's rules that need no database: where an evaluation area applies, and when a support
// agreement still counts. Pure, so pages, commands, queries and the seed share them.
import type { AreaApplies, SupportAgreementStatus } from "@/lib/db/generated/enums";

/** Does an area apply to a school? Early years and sixth form only where the school has them. */
export function areaApplies(area: { appliesTo: AreaApplies }, school: { hasEarlyYears: boolean; hasSixthForm: boolean }): boolean {
  if (area.appliesTo === "EARLY_YEARS") return school.hasEarlyYears;
  if (area.appliesTo === "SIXTH_FORM") return school.hasSixthForm;
  return true;
}

/** An agreement still running: the receiving school counts as supported. */
export const agreementOpen = (status: SupportAgreementStatus) => status === "PROPOSED" || status === "ACTIVE";
