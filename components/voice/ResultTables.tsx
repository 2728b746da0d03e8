"use client";
// The survey results' figures as client components fed compact rows (issue 22, decision 041): the page's
// payload carries each figure once, as data, instead of a second copy of each card's and cell's markup.
// No hooks: they render on the server all the same, so the page reads in full without JavaScript. The
// rows are what the anonymity rules already allowed (lib/voice/results/view.ts): nothing is worked out here.
import { Table, TableBox } from "@/components/ui/Table";
import type { Figure } from "@/lib/voice/figures";
import { NOT_ENOUGH } from "@/lib/voice/labels";
import { routes } from "@/lib/routes";
import { QuestionFigures } from "./Figures";

export function QuestionCards({ questions }: { questions: { key: string; text: string; figure: Figure | null; trust: string | null }[] }) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {questions.map((q) => q.figure && <QuestionFigures key={q.key} text={q.text} figure={q.figure} trust={q.trust} />)}
    </div>
  );
}

type Group = { value: string; label: string; shown: boolean; n: number | null; caution: boolean; agreement: string | null; enps: string | null };

export function BreakdownTable({ dimension, rows }: { dimension: string; rows: Group[] }) {
  const what = `Results by ${dimension.toLowerCase()}`;
  return (
    <TableBox label={what}>
      <Table
        caption={what}
        rows={rows}
        rowKey={(r) => r.value}
        columns={[
          { key: "group", header: dimension, rowHeader: true, cell: (r) => r.label },
          { key: "n", header: "Answers", align: "right", cell: (r) => (r.shown ? `${r.n}${r.caution ? " (caution)" : ""}` : NOT_ENOUGH) },
          { key: "agree", header: "Average agreement (of 5)", align: "right", cell: (r) => r.agreement ?? "—" },
          { key: "enps", header: "eNPS", align: "right", cell: (r) => r.enps ?? "—" },
        ]}
      />
    </TableBox>
  );
}

type School = { id: string; name: string; answered: number; invited: number; shown: boolean; agreement: string | null; enps: string | null };

/** Each school's participation and headline, one page of schools, each linking to the survey's view of that school. */
export function SchoolHeadlines({ surveyId, rows, caption }: { surveyId: string; rows: School[]; caption: string }) {
  return (
    <TableBox label="Each school's headline">
      <Table
        caption={caption}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { key: "name", header: "School", rowHeader: true, cell: (r) => <a href={routes.surveyResults(surveyId, `school=${r.id}`)} className="text-brand-700 underline">{r.name}</a> },
          { key: "part", header: "Participation", align: "right", cell: (r) => `${r.answered} of ${r.invited}` },
          { key: "agree", header: "Average agreement (of 5)", align: "right", cell: (r) => (r.shown ? r.agreement ?? "—" : NOT_ENOUGH) },
          { key: "enps", header: "eNPS", align: "right", cell: (r) => (r.shown ? r.enps ?? "—" : "—") },
        ]}
      />
    </TableBox>
  );
}

type Term = { term: string; shown: boolean; cells: Record<string, string | null> };

export function TrendTable({ terms, questions }: { terms: Term[]; questions: { key: string; text: string }[] }) {
  return (
    <TableBox label="Trend over terms">
      <Table
        caption="The same view in earlier terms"
        rows={terms}
        rowKey={(t) => t.term}
        columns={[{ key: "term", header: "Term", rowHeader: true, cell: (t: Term) => t.term }, ...questions.map((q) => ({ key: q.key, header: q.text, cell: (t: Term) => (t.shown ? t.cells[q.key] ?? "—" : NOT_ENOUGH) }))]}
      />
    </TableBox>
  );
}
