// The GIAS file upload (issue 11 §1). A route handler rather than a server action so the body is read
// as it arrives (a server action is handed the whole body first, and the national file is ~60 MB);
// proxy.ts's matcher leaves this path alone for the same reason, so the checks it would make are made
// here: trust admin only (404 otherwise), same-origin posts only. With JavaScript the file is the raw
// body (the page shows upload progress); without, a multipart form (buffered as bytes, read the same way).
import { NextResponse } from "next/server";
import { can } from "@/lib/access/policy";
import { getViewer } from "@/lib/access/viewer";
import { setFlash } from "@/lib/commands/flash";
import { previewGias } from "@/lib/gias/mutations";

export const dynamic = "force-dynamic";

async function* iterate(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return Boolean(origin && host && new URL(origin).host === host);
  } catch {
    return false;
  }
}

export async function POST(request: Request) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "trust:admin")) return new NextResponse("Not found", { status: 404 });
  if (!sameOrigin(request)) return new NextResponse("Forbidden", { status: 403 });
  const script = request.headers.get("x-upload") === "stream";
  let file: { name: string; body: AsyncIterable<Uint8Array> } | null = null;
  if (script && request.body) {
    file = { name: decodeURIComponent(request.headers.get("x-file-name") ?? ""), body: iterate(request.body) };
  } else if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const part = (await request.formData()).get("file");
    if (part instanceof File && part.size > 0) file = { name: part.name, body: iterate(part.stream()) };
  }
  const result = file ? await previewGias(viewer, file.name, file.body) : { ok: false as const, message: "Choose the establishment file (a .csv) to upload." };
  const location = result.ok ? `/admin/imports/${result.importId}` : "/admin/imports";
  if (script) return NextResponse.json(result.ok ? { ok: true, location } : { ok: false, message: result.message });
  if (!result.ok) await setFlash(result.message);
  return NextResponse.redirect(new URL(location, request.url), 303);
}
