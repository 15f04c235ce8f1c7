import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../../db/client";
import { first } from "../../db/rows";
import { users } from "../../db/schema";
import { withTransaction } from "../../db/transaction";
import { env } from "../env";
import { localSecret } from "../server/local-secret";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../server/password";
import { accountKey, loginThrottle, logOnAddress, retryAfterMinutes } from "../server/throttle";

declare module "next-auth" {
  interface Session {
    user: { id: string; accountUid: string } & DefaultSession["user"];
  }
  interface User {
    accountUid?: string;
  }
}

/**
 * Too many failed log-ons for the account or the address (lib/server/throttle). Thrown from
 * `authorize`, so it covers the login form and POST /api/auth/callback/credentials alike; the form
 * shows the wait, the Auth.js redirect carries only `code=throttled`.
 */
export class LogOnThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterMinutes: number) {
    super(`Log-on throttled for ${retryAfterMinutes} min`);
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(256),
});

function findUser(email: string) {
  return withTransaction(getDb(), "read", (tx) =>
    first(tx.select().from(users).where(eq(users.email, email))),
  );
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Random test ports and 127.0.0.1 vs localhost: trust the Host header instead of one configured URL.
  trustHost: true,
  secret: env.AUTH_SECRET ?? localSecret("auth-secret"),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        const user = parsed.success ? await findUser(parsed.data.email) : undefined;
        // From here on no await: the check and the count of concurrent attempts cannot interleave, so
        // they cannot all pass the check before the first failure is counted (scrypt is synchronous).
        const throttle = loginThrottle();
        const account = accountKey(raw?.email);
        const address = logOnAddress(request.headers);
        const verdict = throttle.check(account, address);
        if (!verdict.allowed) throw new LogOnThrottled(retryAfterMinutes(verdict.retryAfterMs));
        if (!parsed.success) {
          throttle.recordFailure(account, address);
          return null;
        }
        const ok = verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
        if (!user || !ok) {
          throttle.recordFailure(account, address);
          return null;
        }
        throttle.recordSuccess(account);
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
