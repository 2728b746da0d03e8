// Prints the current two-step verification code for the demo sign-ins (or for a secret given as
// the argument): npx tsx scripts/totp.ts [BASE32SECRET]
import { totpCode } from "../lib/account/totp";
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo";

const secret = (process.argv[2] ?? DEMO_TOTP_SECRET).replace(/\s/g, "").toUpperCase();
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(totpCode(secret));
console.error(`(valid for ${secondsLeft} more seconds; a code works once)`);
