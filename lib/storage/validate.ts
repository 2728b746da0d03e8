// What may be uploaded: PDF, images and office documents up to 10 MB, checked by content, not only by name.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const TYPES: Record<string, { type: string; magic: number[][] }> = {
  pdf: { type: "application/pdf", magic: [[0x25, 0x50, 0x44, 0x46]] },
  png: { type: "image/png", magic: [[0x89, 0x50, 0x4e, 0x47]] },
  jpg: { type: "image/jpeg", magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { type: "image/jpeg", magic: [[0xff, 0xd8, 0xff]] },
  gif: { type: "image/gif", magic: [[0x47, 0x49, 0x46, 0x38]] },
  webp: { type: "image/webp", magic: [[0x52, 0x49, 0x46, 0x46]] },
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: [[0x50, 0x4b, 0x03, 0x04]] },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: [[0x50, 0x4b, 0x03, 0x04]] },
  pptx: { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: [[0x50, 0x4b, 0x03, 0x04]] },
  odt: { type: "application/vnd.oasis.opendocument.text", magic: [[0x50, 0x4b, 0x03, 0x04]] },
  doc: { type: "application/msword", magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  xls: { type: "application/vnd.ms-excel", magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  ppt: { type: "application/vnd.ms-powerpoint", magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
};

export const ACCEPT = Object.keys(TYPES).map((ext) => `.${ext}`).join(",");

export type CheckedFile = { name: string; contentType: string; bytes: Buffer };

/** The file's checked type, or a message for the field. */
export function checkUpload(name: string, bytes: Buffer): { ok: true; file: CheckedFile } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, message: "The file must be 10 MB or smaller." };
  const ext = name.toLowerCase().split(".").pop() ?? "";
  const known = TYPES[ext];
  if (!known) return { ok: false, message: "The file must be a PDF, an image (PNG, JPEG, GIF, WebP) or an office document." };
  if (!known.magic.some((m) => m.every((b, i) => bytes[i] === b))) {
    return { ok: false, message: `The file's contents do not match a .${ext} file.` };
  }
  const safeName = name.replace(/[^\w.\- ()]/g, "_").slice(-150);
  return { ok: true, file: { name: safeName, contentType: known.type, bytes } };
}
