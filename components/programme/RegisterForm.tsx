"use client";
// A session's register on a phone: the booked names as large tick boxes, a live count, saved in one go.
import { useRef, useState } from "react";
import { Form, GroupError, Submit } from "@/components/ui/form";
import { saveRegisterAction } from "@/lib/programme/actions";

type Row = { id: string; name: string; school: string; present: boolean };

export function SessionRegisterForm({ sessionId, rows }: { sessionId: string; rows: Row[] }) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const [count, setCount] = useState(rows.filter((r) => r.present).length);
  const recount = () => setCount([...(fieldset.current?.querySelectorAll<HTMLInputElement>('input[name="present"]') ?? [])].filter((b) => b.checked).length);
  return (
    <Form id="register" action={saveRegisterAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.registerSchema)} hidden={{ sessionId }} className="space-y-4">
      <GroupError name="present" />
      <fieldset ref={fieldset} onChange={recount}>
        <legend className="mb-2 font-medium">Who attended?</legend>
        <p aria-live="polite" className="mb-2 text-sm font-medium">{count} of {rows.length} marked present</p>
        {rows.length === 0 && <p className="text-slate-600">Nobody is booked on this session.</p>}
        <ul className="grid gap-2 sm:grid-cols-2">
          {rows.map((r) => (
            <li key={r.id} className="flex min-h-11 items-center gap-3 rounded border border-slate-300 bg-white px-3 py-2">
              <input id={`present-${r.id}`} type="checkbox" name="present" value={r.id} defaultChecked={r.present} className="h-6 w-6 shrink-0" />
              <label htmlFor={`present-${r.id}`} className="break-words">
                {r.name} <span className="text-sm text-slate-600">{r.school}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Submit>Save register</Submit>
    </Form>
  );
}
