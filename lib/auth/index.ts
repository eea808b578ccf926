import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "../db";
import { authConfig } from "./config";
import { authenticate } from "./service";

export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const forwarded = request?.headers?.get("x-forwarded-for") ?? undefined;
        const ip = forwarded?.split(",")[0]?.trim() || undefined;
        const result = await authenticate(await getDb(), { email: credentials?.email, password: credentials?.password, ip });
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedSignIn();
        return null;
      },
    }),
  ],
});
