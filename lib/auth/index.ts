import { eq } from "drizzle-orm";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";
import { env } from "../env";
import { localSecret } from "../server/local-secret";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../server/password";

declare module "next-auth" {
  interface Session {
    user: { id: string; accountUid: string } & DefaultSession["user"];
  }
  interface User {
    accountUid?: string;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(256),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Random test ports and 127.0.0.1 vs localhost: trust the Host header instead of one configured URL.
  trustHost: true,
  secret: env.AUTH_SECRET ?? localSecret("auth-secret"),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = getDb().select().from(users).where(eq(users.email, parsed.data.email)).get();
        const ok = verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
        if (!user || !ok) return null;
        return { id: user.id, email: user.email, name: user.displayName, accountUid: user.accountUid };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.accountUid = user.accountUid;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.accountUid = typeof token.accountUid === "string" ? token.accountUid : "";
      return session;
    },
  },
});
