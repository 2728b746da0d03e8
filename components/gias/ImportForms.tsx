"use client";
// The GIAS import's forms: the trust's group UID, the upload (with a progress bar when JavaScript is
// on: the server reads the file as it arrives, so the upload's progress is the reading's).
import { useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/Button";
import { Form, Input, Submit } from "@/components/ui/form";
import { setGiasUidAction } from "@/lib/gias/actions";

export function GiasUidForm({ value }: { value: string | null }) {
  return (
    <Form id="gias-uid" action={setGiasUidAction} loadSchema={() => import("@/lib/gias/schema").then((m) => m.giasUidSchema)} values={{ giasGroupUid: value ?? "" }} className="flex flex-wrap items-end gap-3">
      <Input name="giasGroupUid" label="The trust's GIAS group UID" hint="As in the file's 'Trusts (code)' column, e.g. TR01234." />
      <Submit variant="secondary">Save</Submit>
    </Form>
  );
}

type Upload = { phase: "idle" } | { phase: "sending"; percent: number } | { phase: "reading" } | { phase: "failed"; message: string };

export function UploadForm() {
  const [state, setState] = useState<Upload>({ phase: "idle" });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return; // the server says what is missing
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/admin/gias");
    xhr.setRequestHeader("x-upload", "stream");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && setState({ phase: "sending", percent: Math.round((e.loaded / e.total) * 100) });
    xhr.upload.onload = () => setState({ phase: "reading" });
    xhr.onload = () => {
      try {
        const answer = JSON.parse(xhr.responseText) as { ok: boolean; location?: string; message?: string };
        if (answer.ok && answer.location) window.location.assign(answer.location);
        else setState({ phase: "failed", message: answer.message ?? "The file could not be read." });
      } catch {
        setState({ phase: "failed", message: "Something went wrong and nothing was saved." });
      }
    };
    xhr.onerror = () => setState({ phase: "failed", message: "The upload was interrupted. Try again." });
    setState({ phase: "sending", percent: 0 });
    xhr.send(file);
  }
  const busy = state.phase === "sending" || state.phase === "reading";
  return (
    <form action="/api/admin/gias" method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-3">
      <div>
        <label htmlFor="gias-file" className="block font-medium">Establishment file (CSV)</label>
        <p id="gias-file-hint" className="text-sm text-slate-600">The national all-establishments file or any extract with the same header, as downloaded from GIAS.</p>
        <input id="gias-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="gias-file-hint" className="mt-1 block" />
      </div>
      {state.phase === "failed" && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-2 text-red-900">{state.message}</p>
      )}
      {busy && (
        <div role="status" className="space-y-1">
          <label htmlFor="gias-progress">{state.phase === "reading" ? "Finishing reading the file…" : "Uploading and reading the file…"}</label>
          <progress id="gias-progress" className="block w-full max-w-md" max={100} value={state.phase === "sending" ? state.percent : undefined} />
        </div>
      )}
      <button type="submit" disabled={busy} className={buttonClass("primary", "min-h-11")}>Upload and preview</button>
    </form>
  );
}
