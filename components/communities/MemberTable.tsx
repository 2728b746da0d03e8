"use client";
// A page of a community's members. A client component fed short rows, so the page's payload carries each
// member's name, school and job once, not a second copy of the table's markup (issue 22).
import { Table, TableBox } from "@/components/ui/Table";

/** Staff id, name, school, job title, "Leader" or "Member", and the day they joined as shown. */
export type MemberLine = [string, string, string, string, string, string];

const COLUMNS = ["Name", "School", "Job title", "Role", "Joined"];

export function MemberTable({ caption, rows }: { caption: string; rows: MemberLine[] }) {
  return (
    <TableBox>
      <Table caption={caption} rows={rows} rowKey={(m) => m[0]} columns={COLUMNS.map((header, i) => ({ key: header, header, cell: (m: MemberLine) => m[i + 1] }))} />
    </TableBox>
  );
}
