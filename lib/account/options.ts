import "server-only";
import type { NextAuthOptions } from "next-auth";
import AzureADProvider from "next-auth/providers/azure-ad";
import GoogleProvider from "next-auth/providers/google";
import { entraConfigured, env, googleConfigured } from "@/lib/env";
import { sameOriginUrl } from "./redirect";
import { secureCookies, SESSION_MAX_AGE } from "./session-cookie";
import { createSession, revokeSession } from "./sessions/mutations";
import { findSsoUser } from "./sign-in";

/**
 * next-auth handles single sign-on and reads the session cookie. Email-and-password sign-in is the
 * portal's own server action (lib/account/sign-in-actions.ts: password, then a code when the account
 * has a second factor), which mints the same cookie; there is deliberately no Credentials provider,
 * which would be a second way in that skips the code. Every token names a Session row.
 */
export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [];
  if (entraConfigured(e)) {
    providers.push(
      AzureADProvider({
        clientId: e.AZURE_AD_CLIENT_ID as string,
        clientSecret: e.AZURE_AD_CLIENT_SECRET as string,
        tenantId: e.AZURE_AD_TENANT_ID,
      }),
    );
  }
  if (googleConfigured(e)) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID as string, clientSecret: e.GOOGLE_CLIENT_SECRET as string }));
  }
  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    useSecureCookies: secureCookies(),
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async signIn({ user }) {
        // Single sign-on only admits people the trust has already given an account; the identity
        // provider's own MFA covers the second factor.
        const userId = await findSsoUser(user.email);
        if (!userId) return "/signin?error=SSO_NO_ACCOUNT";
        user.id = userId;
        return true;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const session = await createSession({ userId: user.id, method: "SSO" });
          token.uid = user.id;
          token.sid = session.id;
        }
        return token;
      },
      async session({ session, token }) {
        return {
          ...session,
          uid: typeof token.uid === "string" ? token.uid : undefined,
          sid: typeof token.sid === "string" ? token.sid : undefined,
        };
      },
      redirect: ({ url, baseUrl }) => sameOriginUrl(url, baseUrl),
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid, "SIGN_OUT");
      },
    },
  };
}

export const ssoProviders = () => {
  const e = env();
  return { entra: entraConfigured(e), google: googleConfigured(e) };
};
