"use client";
// Trust admin editors: CPD hour targets per academic year and statutory training requirements.
import { saveRequirementAction, saveTargetAction } from "@/lib/cpd/actions";
import { DESIGNATION_LABEL, TARGET_SCOPE_LABEL } from "@/lib/cpd/labels";
import { StaffCategory } from "@/lib/db/generated/enums";
import { enumLabel, options } from "@/lib/format";
import { Choice, Form, Input, Submit, useField } from "@/components/ui/form";

export function TargetEditor({ years }: { years: { value: string; label: string }[] }) {
  return (
    <Form id="target" action={saveTargetAction} loadSchema={() => import("@/lib/cpd/schema").then((m) => m.targetForm)} className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-4" label="Set a CPD target">
      <Choice name="startYear" label="Academic year" options={years} defaultValue={years[0]?.value} />
      <Choice name="scope" label="Applies to" options={options(TARGET_SCOPE_LABEL)} defaultValue="DEFAULT" />
      <Input name="hours" label="Hours per year" inputMode="decimal" autoComplete="off" />
      <div className="flex items-end">
        <Submit className="w-full">Save target</Submit>
      </div>
    </Form>
  );
}

function Categories({ defaults }: { defaults: string[] }) {
  const f = useField("categories[]");
  return (
    <fieldset id={f.fieldId}>
      <legend className="font-medium">Staff categories</legend>
      <p className="text-sm text-slate-600">None ticked: applies to every category.</p>
      <div className="mt-1 flex flex-wrap gap-4">
        {Object.values(StaffCategory).map((c) => (
          <label key={c} className="flex items-center gap-2">
            <input type="checkbox" name="categories[]" value={c} defaultChecked={defaults.includes(c)} className="h-5 w-5" />
            {enumLabel(c)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type RequirementValues = { id: string; name: string; description: string | null; categories: string[]; designation: string | null; validityMonths: number; active: boolean };

export function RequirementEditor({ requirement }: { requirement?: RequirementValues }) {
  const id = requirement ? `req-${requirement.id.slice(0, 8)}` : "req-new";
  return (
    <Form
      id={id}
      action={saveRequirementAction}
      loadSchema={() => import("@/lib/cpd/schema").then((m) => m.requirementForm)}
      hidden={requirement ? { id: requirement.id } : {}}
      className="space-y-3 rounded border border-slate-200 bg-white p-4"
      label={requirement ? `Edit ${requirement.name}` : "Add a requirement"}
      values={requirement ? { name: requirement.name, description: requirement.description ?? "", designation: requirement.designation ?? "", validityMonths: String(requirement.validityMonths) } : {}}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <Input name="name" label="Name" autoComplete="off" />
        <Choice name="designation" label="Only for holders of" empty="Everyone in the categories" options={options(DESIGNATION_LABEL)} />
        <Input name="validityMonths" label="Valid for (months)" inputMode="numeric" />
      </div>
      <Input name="description" label="Description (optional)" autoComplete="off" />
      <Categories defaults={requirement?.categories ?? []} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="active" defaultChecked={requirement ? requirement.active : true} className="h-5 w-5" /> In use
      </label>
      <Submit variant={requirement ? "secondary" : "primary"}>{requirement ? "Save changes" : "Add requirement"}</Submit>
    </Form>
  );
}
