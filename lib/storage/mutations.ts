import "server-only";
// The storage interface: files go in through `storeFile` and come out through `readFile`
// (lib/storage/queries.ts). The default store keeps bytes in Postgres, so app instances share
// them with no other service; another store would keep `data` null and hold bytes by id.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { FilePurpose } from "@/lib/db/generated/enums";
import type { Viewer } from "@/lib/access/policy";
import type { CheckedFile } from "./validate";

export async function storeFile(tx: Tx, viewer: Viewer, purpose: FilePurpose, file: CheckedFile): Promise<string> {
  const row = await tx.storedFile.create({
    data: {
      trustId: viewer.trustId,
      purpose,
      name: file.name,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      data: new Uint8Array(file.bytes),
      uploadedById: viewer.userId,
    },
    select: { id: true },
  });
  return row.id;
}

export async function deleteFile(tx: Tx, id: string): Promise<void> {
  await tx.storedFile.deleteMany({ where: { id } });
}
