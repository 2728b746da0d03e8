// What can be opened, in the words the person reads on "Who has opened your records".
export const RECORD_KINDS = {
  portfolio: "Your development portfolio",
  "staff-record": "Your staff record (to edit it)",
  "cpd-activity": "A CPD record",
  induction: "Your induction",
  "evidence-file": "An evidence file or certificate",
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;

export const kindLabel = (kind: string) => (kind in RECORD_KINDS ? RECORD_KINDS[kind as RecordKind] : kind);
