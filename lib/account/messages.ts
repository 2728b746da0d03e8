export type SignInError = "INVALID" | "LOCKED" | "DISABLED" | "TOO_MANY_ATTEMPTS";
export type CodeError = "INVALID_CODE" | "TOO_MANY_CODES" | "CHALLENGE_EXPIRED" | "TOO_MANY_ATTEMPTS";

/** Same message for an unknown email and a wrong password: an account's existence is not leaked. */
export const SIGN_IN_MESSAGES: Record<SignInError | CodeError | "SSO_NO_ACCOUNT" | "DEFAULT", string> = {
  INVALID: "The email address or password is not right.",
  LOCKED: "This account is locked after too many failed sign-ins. Try again in 15 minutes or ask your trust administrator.",
  DISABLED: "This account is disabled. Ask your trust administrator to re-enable it.",
  TOO_MANY_ATTEMPTS: "Too many failed sign-ins from this network. Try again in 15 minutes.",
  INVALID_CODE: "That code is not right. Enter the code your authenticator app shows now, or one of your recovery codes.",
  TOO_MANY_CODES: "Too many wrong codes. Try again in 15 minutes or ask your trust administrator.",
  CHALLENGE_EXPIRED: "Your sign-in took too long. Enter your email address and password again.",
  SSO_NO_ACCOUNT: "There is no portal account for that email address. Ask your trust administrator.",
  DEFAULT: "Sign-in failed. Try again.",
};

export function signInMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return SIGN_IN_MESSAGES[code as keyof typeof SIGN_IN_MESSAGES] ?? SIGN_IN_MESSAGES.DEFAULT;
}
