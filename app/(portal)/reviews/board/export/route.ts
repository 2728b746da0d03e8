import { redirect } from "next/navigation";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { boardCsv, csiBoard } from "@/lib/reviews/board/queries";
import { boardParams } from "@/lib/reviews/schema";

export const dynamic = "force-dynamic";

/** The CSI board as CSV: the same filters, rows and columns as the table. */
export async function GET(request: Request) {
  const viewer = await requireViewer();
  const url = new URL(request.url);
  // A route handler's notFound() is an empty 404; the page answers with the portal's 404 page.
  if (!can(viewer, "csi-board:view")) redirect("/reviews/board");
  const board = await csiBoard(viewer, boardParams.parse(Object.fromEntries(url.searchParams)));
  return new Response(boardCsv(board), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="csi-board.csv"', "cache-control": "private, no-store" },
  });
}
