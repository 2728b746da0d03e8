import "server-only";
import type { NextAuthOptions } from "next-auth";
import AzureADProvider from "next-auth/providers/azure-ad";
import CredentialsProvider from "next-auth/providers/credentials";
import GoogleProvider from "next-auth/providers/google";
import { entraConfigured, env, googleConfigured } from "@/lib/env";
import { authenticate, findSsoUser } from "./sign-in";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "local";
}

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(
          String(credentials?.email ?? ""),
          String(credentials?.password ?? ""),
          clientIp(req?.headers),
        );
        // next-auth passes a thrown error's message to the sign-in page as ?error=
        if (!result.ok) throw new Error(result.error);
        return { id: result.userId };
      },
    }),
  ];
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
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        // Single sign-on only admits people the trust has already given an account.
        const userId = await findSsoUser(user.email);
        if (!userId) return "/signin?error=SSO_NO_ACCOUNT";
        user.id = userId;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined };
      },
    },
  };
}

export const ssoProviders = () => {
  const e = env();
  return { entra: entraConfigured(e), google: googleConfigured(e) };
};
