// Retention insight's figures (issue 20 §3): five-year tables of turnover and stability (a caution on
// any group under 20), a trend chart with its table, early-career cohorts, leavers' reasons and the
// exit survey, as the anonymity rules allow. Figures only: no name anywhere.
import { LinesChart } from "@/components/ui/Charts";
import { type HrefFor, Pager } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { ExitQuestions, FigureGrid, type GridCell, type GridColumn } from "./Grids";
import { LEAVE_REASON_LABEL } from "@/lib/people/labels";
import { formatRate as percent } from "@/lib/people/turnover";
import { SMALL_GROUP, type Cohort, type Rated } from "@/lib/staff-retention/figures";
import type { ExitView } from "@/lib/staff-retention/exit/queries";
import type { ReasonView, Series } from "@/lib/staff-retention/queries";
import { CAUTION_UNDER, MIN_GROUP, TEXT_MIN } from "@/lib/voice/anonymity";
import { NOT_ENOUGH } from "@/lib/voice/labels";

export const DEFINITIONS =
  "Turnover: leavers in the academic year (1 September to 31 August) over the average of the headcounts on 1 September and on its last day (today, for this year). Stability: the share of those on the staff on 1 September still there on the last day. A leave date of 31 August counts in that year, 1 September in the next. A school counts people where they worked that day (a secondment at the host school); the trust and its categories and career stages count leaving the trust, so a move between the trust's schools is not a leaving of the trust. People, not FTE; career stage and category as on the record.";

const CAUTION = `* Fewer than ${SMALL_GROUP} staff on average: a few people move the figure a lot.`;

/** A rate as the grid shows it: the percentage, the counts under it, an asterisk for a small group; a dash alone when there is none. */
function cellOf(r: Rated, measure: "turnover" | "stability"): GridCell {
  const value = measure === "turnover" ? r.turnover : r.stability;
  if (value === null) return percent(value);
  return [percent(value), measure === "turnover" ? `${r.leavers} of ${((r.atStart + r.atEnd) / 2).toFixed(1)}` : `${r.stayed} of ${r.atStart}`, r.caution ? 1 : 0];
}

/** A group per row, an academic year per column; `href` links a row's name to its own page. */
export function SeriesTable({ caption, years, rows, measure, groupLabel, href }: { caption: string; years: string[]; rows: Series[]; measure: "turnover" | "stability"; groupLabel: string; href?: (r: Series) => string | null }) {
  return (
    <div className="space-y-1">
      <FigureGrid caption={caption} nameHeader={groupLabel} empty="No staff in these years." columns={years.map((y) => [y])} rows={rows.map((r) => [r.key, r.name, href?.(r) ?? null, r.years.map((y) => cellOf(y, measure))])} />
      {rows.some((r) => r.years.some((y) => y.caution && (measure === "turnover" ? y.turnover : y.stability) !== null)) && <p className="text-xs text-slate-700">{CAUTION}</p>}
    </div>
  );
}

/** Turnover and stability over the years as lines, the same figures in the table beside it. */
export function TrendChart({ years, lines, caption }: { years: string[]; lines: Series[]; caption: string }) {
  const data = years.map((label, i) => Object.fromEntries([["year", label], ...lines.flatMap((l) => [[`${l.key}-t`, pct(l.years[i]!.turnover)], [`${l.key}-s`, pct(l.years[i]!.stability)]])]));
  return (
    <figure className="space-y-2">
      <LinesChart className="h-64" data={data} x="year" percent lines={lines.flatMap((l) => [{ key: `${l.key}-t`, name: `${l.name}: turnover` }, { key: `${l.key}-s`, name: `${l.name}: stability` }])} />
      <figcaption className="text-sm text-slate-700">{caption} The table below holds the same figures.</figcaption>
      <FigureGrid
        caption={`${caption} (table)`}
        nameHeader="Academic year"
        columns={lines.flatMap((l) => [[`${l.name}: turnover`], [`${l.name}: stability`]] as GridColumn[])}
        rows={years.map((y, i) => [y, y, null, lines.flatMap((l) => [percent(l.years[i]!.turnover), percent(l.years[i]!.stability)])])}
      />
    </figure>
  );
}
const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

export function CohortTable({ cohorts, caption }: { cohorts: Cohort[]; caption: string }) {
  const shown = cohorts.filter((c) => c.ects > 0);
  return (
    <div className="space-y-1">
      <FigureGrid
        caption={caption}
        nameHeader="Induction began"
        empty="No ECT inductions began in these years."
        columns={[["ECTs"], ...[1, 2, 5].map((n): GridColumn => [`In the trust after ${n} year${n > 1 ? "s" : ""}`])]}
        rows={shown.map((c) => [String(c.startYear), c.label, null, [`${c.ects}${c.caution ? "*" : ""}`, ...c.retained.map((r) => (r.count === null ? "Not yet" : `${percent(r.rate)} (${r.count})`))]])}
      />
      {shown.some((c) => c.caution) && <p className="text-xs text-slate-700">* Fewer than {SMALL_GROUP} ECTs: a few people move the figure a lot. “Not yet”: the anniversary has not come for every ECT of the year.</p>}
    </div>
  );
}

export function ReasonsTable({ views, caption, href }: { views: ReasonView[]; caption: string; href?: (key: string) => string | null }) {
  const reasonName = (k: string) => LEAVE_REASON_LABEL[k as keyof typeof LEAVE_REASON_LABEL] ?? "Not recorded";
  return (
    <div className="space-y-1">
      <FigureGrid
        caption={caption}
        nameHeader="Group"
        columns={[["Leavers"], ["Reasons", 1]]}
        rows={views.map((v) => [v.key, v.name, href?.(v.key) ?? null, [v.n === null ? "—" : `${v.n}${v.caution ? "*" : ""}`, v.n === null ? "Too few leavers to show" : v.reasons.map((r) => `${reasonName(r.key)} ${r.count}`).join(" · ")]])}
      />
      <p className="text-xs text-slate-700">
        Over the five years. No reasons for a group of fewer than {MIN_GROUP} leavers, nor where a smaller group could be worked out from the others (the staff survey’s rules). * Fewer than {CAUTION_UNDER}.
      </p>
    </div>
  );
}

/** Comments a page (`?comments=`): a trust's five years of leavers' comments run to hundreds. */
export const COMMENTS_PER_PAGE = 20;

/** The exit survey's figures for one view; its comments `COMMENTS_PER_PAGE` at a time, `comments` giving the page and its links. */
export function ExitResults({ view, name, comments }: { view: ExitView; name: string; comments: { page: number; hrefFor: HrefFor } }) {
  const v = view.verdict;
  if (!v.shown) {
    return <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{NOT_ENOUGH} for {name}: figures appear once at least {MIN_GROUP} leavers have answered, and never where a smaller group could be worked out from them.</p>;
  }
  return (
    <div className="space-y-3">
      <p>{v.n} leavers answered{v.caution ? `: fewer than ${CAUTION_UNDER}, so read with caution` : ""}.</p>
      <div className="rounded border border-slate-200 bg-white p-3">
        <h3 className="font-medium">What most influenced the decision to leave</h3>
        <FigureGrid caption={`Reasons leavers ticked, ${name}`} nameHeader="Reason" columns={[["Share of leavers"]]} rows={view.factors.filter((f) => f.count > 0).map((f) => [f.label, f.label, null, [`${f.percent}%`]])} />
      </div>
      <ExitQuestions figures={view.figures} />
      {view.comments && <Comments all={view.comments} page={comments.page} hrefFor={comments.hrefFor} />}
    </div>
  );
}

function Comments({ all, page, hrefFor }: { all: string[]; page: number; hrefFor: HrefFor }) {
  const shown = pageOf(all, page, COMMENTS_PER_PAGE);
  return (
    <div>
      <h3 className="font-medium">Comments ({all.length})</h3>
      <p className="text-sm text-slate-700">In alphabetical order, {COMMENTS_PER_PAGE} a page; only for {TEXT_MIN} answers or more.</p>
      <ul aria-label={shown.pageCount > 1 ? `Comments, page ${shown.page} of ${shown.pageCount}` : "Comments"} className="mt-1 list-disc space-y-1 pl-5">
        {shown.rows.map((c, i) => <li key={i}>{c}</li>)}
      </ul>
      {shown.pageCount > 1 && <Pager hrefFor={hrefFor} param="comments" page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of comments" />}
    </div>
  );
}

/** One line per school or group: answers and the most-ticked reason, where the rules allow; `href` links a school's name to its page. */
type ExitGroup = { key: string; name: string; view: ExitView };
export function ExitGroups({ groups, caption, href, first }: { groups: ExitGroup[]; caption: string; href?: (key: string) => string | null; first?: ExitGroup }) {
  const enps = (v: ExitView) => {
    const f = v.figures.find((x) => x.figure.kind === "ENPS")?.figure;
    return f && f.kind === "ENPS" ? `${f.score > 0 ? "+" : ""}${f.score}` : "—";
  };
  return (
    <FigureGrid
      caption={caption}
      nameHeader="Group"
      columns={[["Answers"], ["Most ticked reason", 1], ["eNPS"]]}
      rows={(first ? [first, ...groups] : groups).map((g) => {
        const v = g.view.verdict;
        return [g.key, g.name, href?.(g.key) ?? null, v.shown ? [`${v.n}${v.caution ? "*" : ""}`, g.view.factors[0]?.label ?? "—", enps(g.view)] : [NOT_ENOUGH, "—", "—"]];
      })}
    />
  );
}
