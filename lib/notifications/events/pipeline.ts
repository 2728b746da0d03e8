// An aspiration endorsed (lib/pipeline/commands.ts): its owner is told, and only they; the note itself
// stays on their aspirations page, behind their sign-in, rather than in an email.
import type { Tx } from "@/lib/db/client";
import { routes } from "@/lib/routes";
import { notify } from "../notify";

export async function notifyAspirationEndorsed(tx: Tx, trustId: string, userId: string | null, route: string) {
  await notify(tx, {
    trustId,
    userIds: [userId],
    kind: "aspiration.endorsed",
    title: `Your aspiration is endorsed: ${route}`,
    body: "Your head has said how soon they think you would be ready, with a note for you.",
    link: routes.aspirations(),
  });
}
