import { getViewer } from "@/lib/access/viewer";
import { noteOpened } from "@/lib/access-log/mutations";
import { readFile } from "@/lib/storage/queries";

export const dynamic = "force-dynamic";

/** Serves an uploaded file to a viewer allowed to see its record; 404 otherwise (existence is not leaked). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const id = (await params).id;
  const file = viewer ? await readFile(viewer, id) : null;
  if (!viewer || !file) return new Response("Not found", { status: 404 });
  if (file.owner) await noteOpened(viewer, "evidence-file", file.owner, id);
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.name.replaceAll('"', "")}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
