// The CSI pages' tables share one look through components/ui/Table: plain header, a light rule under
// each row, as the slice's hand-written tables had before they moved to the one table component.
export const REVIEW_TABLE = { look: "lined", className: "w-full border-collapse text-left", rowClassName: "border-slate-200" } as const;
