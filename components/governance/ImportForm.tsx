"use client";
// The import, in two steps: upload a CSV and see, row by row, every error and every change (nothing
// is written), then confirm to write it all in one transaction. Without JavaScript both are plain
// form posts; with it, the file is first read in the browser by a streaming parse that drives the
// progress bar (a 10,000-row file takes a moment to read on a slow machine), then sent as it is.
import Papa from "papaparse";
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/Button";
import { Form, Submit } from "@/components/ui/form";
import { importMetricsAction, previewImportAction, type ImportPreviewState } from "@/lib/governance/actions";
import { PreviewTables } from "./PreviewTables";

function Checking() {
  const { pending } = useFormStatus();
  return pending ? (
    <p role="status" className="text-sm">
      Checking every row… <progress className="ml-2 align-middle">checking</progress>
    </p>
  ) : null;
}

export function ImportForm() {
  const [state, action] = useActionState<ImportPreviewState, FormData>(previewImportAction, null);
  const [read, setRead] = useState<{ fraction: number; rows: number; done: boolean } | null>(null);

  function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return setRead(null);
    let rows = 0;
    setRead({ fraction: 0, rows: 0, done: false });
    Papa.parse<string[]>(file, {
      chunkSize: 64 * 1024,
      chunk: (result) => {
        rows += result.data.length;
        setRead({ fraction: Math.min(1, result.meta.cursor / file.size), rows, done: false });
      },
      complete: () => setRead({ fraction: 1, rows, done: true }),
    });
  }

  const preview = state?.ok ? state.preview : null;
  return (
    <div className="space-y-6">
      <form action={action} encType="multipart/form-data" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <div>
          <label htmlFor="import-file" className="block font-medium">CSV file</label>
          <p id="import-file-hint" className="text-sm text-slate-700">Columns: URN, metric, period, value. Periods are 2025/26 (a year) or 2025/26 T1, T2, T3 (autumn, spring, summer).</p>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="import-file-hint" onChange={onFile} className="mt-2 block" />
        </div>
        {read && (
          <p role="status" className="text-sm">
            <label htmlFor="import-progress">{read.done ? `Read ${read.rows.toLocaleString("en-GB")} lines.` : `Reading the file… ${read.rows.toLocaleString("en-GB")} lines so far.`}</label>
            <progress id="import-progress" max={100} value={Math.round(read.fraction * 100)} className="ml-2 align-middle">
              {Math.round(read.fraction * 100)}%
            </progress>
          </p>
        )}
        <button type="submit" className={buttonClass("primary", "min-h-11")}>Check the file</button>
        <Checking />
        {state && !state.ok && <p role="alert" className="font-medium text-red-800">{state.message}</p>}
      </form>

      {preview && (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-lg font-semibold">Preview of {preview.fileName}</h2>
          {preview.fileError ? (
            <p role="alert" className="font-medium text-red-800">{preview.fileError}</p>
          ) : (
            <>
              <p role="status">
                {preview.rows.toLocaleString("en-GB")} rows checked in {preview.checkedMs} ms: {preview.errors} with errors, {preview.changes} to write, {preview.unchanged} already stored.
              </p>
              {preview.errors > 0 ? (
                <p className="rounded border-l-4 border-red-700 bg-red-50 p-2">Nothing has been written. Correct the rows below and check the file again: the import is all or nothing.</p>
              ) : preview.changes === 0 ? (
                <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-2">Every value in this file is already stored: importing it would change nothing.</p>
              ) : (
                <Form id="confirm-import" action={importMetricsAction} hidden={{ csv: preview.csv }} className="space-y-2">
                  <Submit>Import {preview.changes.toLocaleString("en-GB")} values</Submit>
                </Form>
              )}
              <PreviewTables rows={preview.shown} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
