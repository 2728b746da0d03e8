import type { Metadata } from "next";
import { EraseForm, HoldForm } from "@/components/retention/RetentionForms";
import { ActionButton } from "@/components/ui/ActionButton";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime } from "@/lib/dates";
import { liftHoldAction } from "@/lib/retention/actions";
import { erasurePreview } from "@/lib/retention/queries";

export const metadata: Metadata = { title: "Erase a person's data" };

const HOW = { delete: "Deleted", pseudonymise: "Personal text cleared, kept under the pseudonym", keep: "Kept under the pseudonym" } as const;

/** One person: what an erasure would do, kind by kind, then the confirmation with its reason; or their legal hold. */
export default async function ErasurePersonPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { person, kinds, self } = await erasurePreview(viewer, (await params).id);
  const name = `${person.firstName} ${person.lastName}`;
  const hold = person.legalHolds[0];
  const crumbs = <Breadcrumbs items={[{ label: "Erase a person's data", href: "/admin/erasure" }, { label: name }]} />;
  if (person.erasure) {
    return (
      <>
        {crumbs}
        <FlashNotice />
        <PageHeader title={name} lead={`Erased on ${formatDateTime(person.erasure.erasedAt)} (${person.erasure.source === "REQUEST" ? "on request" : "retention schedule"}): ${person.erasure.reason}`} />
      </>
    );
  }
  return (
    <>
      {crumbs}
      <FlashNotice />
      <PageHeader title={`Erase ${name}'s data`} lead={`${person.jobTitle}, ${person.school.name}${person.leaveDate ? `, left ${formatDate(person.leaveDate)}` : ", still employed"}.`} />
      <Section id="what-heading" title="What an erasure does" className="mb-8 space-y-2">
        <TableBox>
          <Table caption={`${name}'s records and what erasure does to each`} rows={kinds} rowKey={(k) => k.model} empty="No records." columns={[
              { key: "kind", header: "Records", cell: (k) => k.label },
              { key: "rows", header: "Rows", cell: (k) => k.rows },
              { key: "how", header: "On erasure", cell: (k) => HOW[k.how] },
              { key: "what", header: "In detail", cell: (k) => k.what },
            ]}
          />
        </TableBox>
      </Section>
      <Section id="hold-heading" title="Legal hold" className="mb-8 space-y-2">
        {hold ? (
          <>
            <p>Under a legal hold since {formatDate(hold.placedAt)}: {hold.reason}. Nothing is erased until it is lifted.</p>
            <ActionButton id={`lift-${hold.id}`} action={liftHoldAction} hidden={{ holdId: hold.id }} label="Lift the legal hold" />
          </>
        ) : (
          <HoldForm staffMemberId={person.id} />
        )}
      </Section>
      {!hold && (
        <Section id="erase-heading" title="Erase" className="space-y-2">
          {self ? <p>You cannot erase your own record: ask another trust admin.</p> : <EraseForm staffMemberId={person.id} name={name} />}
        </Section>
      )}
    </>
  );
}
