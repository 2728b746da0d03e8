// A result carried across a redirect (lib/commands/flash.ts), shown once at the top of the page it led to.
import { readFlash } from "@/lib/commands/flash";

export async function FlashNotice() {
  const flash = await readFlash();
  if (!flash) return null;
  return (
    <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-2 text-green-900">
      {flash}
    </p>
  );
}
