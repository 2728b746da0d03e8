// A result carried across a redirect (lib/commands/flash.ts), shown once at the top of the page it led to.
import { readFlash } from "@/lib/commands/flash";
import { Notice } from "@/components/ui/Notice";

export async function FlashNotice() {
  const flash = await readFlash();
  if (!flash) return null;
  return (
    <Notice>{flash}</Notice>
  );
}
