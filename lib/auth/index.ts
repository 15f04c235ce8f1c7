import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDatabase } from "../../db/client";
import { first } from "../../db/rows";
import { type User as UserRow, users } from "../../db/schema";
import { withTransaction } from "../../db/transaction";
import { env } from "../env";
import { safeCallbackUrl } from "../security/callback-url";
import { endConsoleSession, isConsoleSessionOpen, openConsoleSession } from "../server/auth/console-sessions";
import { logOnIdentity } from "../server/auth/log-on-identity";
import { now } from "../server/clock";
import { localSecret } from "../server/local-secret";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../server/password";
import { logOnAddress, throttledPasswordCheck } from "../server/throttle";

declare module "next-auth" {
  interface Session {
    /** accountUid is empty for a platform operator; ramUid is set for a RAM user acting for accountUid. */
    user: { id: string; accountUid: string; ramUid?: string; operator: boolean } & DefaultSession["user"];
  }
  interface User {
    accountUid?: string;
    ramUid?: string;
    operator?: boolean;
  }
}

/**
 * Too many failed log-ons from this address, for the account or in all (lib/server/throttle). Thrown
 * from `authorize`, so it covers the login form and POST /api/auth/callback/credentials alike; the
 * form shows the wait, the Auth.js redirect carries only `code=throttled`.
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
        let user: UserRow | undefined;
        const db = await getDatabase();
        const check = await throttledPasswordCheck(
          db,
          { email: raw?.email, address: logOnAddress(request.headers) },
          async () => {
            const parsed = credentialsSchema.safeParse(raw);
            if (!parsed.success) return false;
            user = await withTransaction(db, "read", (tx) =>
              first(tx.select().from(users).where(eq(users.email, parsed.data.email))),
            );
            return verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH) && !!user;
          },
        );
        if (check.kind === "throttled") throw new LogOnThrottled(check.retryAfterMinutes);
        if (check.kind === "wrong" || !user) return null;
        const logOn = await logOnIdentity(db, user);
        return logOn && { id: user.id, email: user.email, name: user.displayName, ...logOn };
      },
    }),
  ],
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endConsoleSession(await getDatabase(), sid);
    },
  },
  callbacks: {
    // Every Auth.js redirect (after log on, log out, or an error) stays on this site.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).href;
    },
    // Runs on every auth() and /api/auth/session: a cookie whose session was ended (log out, log out
    // everywhere, a password change) is refused here, so it is neither honoured nor renewed.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.accountUid = user.accountUid;
        token.ramUid = user.ramUid;
        token.operator = user.operator === true;
        token.sid = await openConsoleSession(await getDatabase(), user.id, now());
        return token;
      }
      const open =
        typeof token.sid === "string" &&
        typeof token.sub === "string" &&
        (await isConsoleSessionOpen(await getDatabase(), token.sid, token.sub, now()));
      return open ? token : null;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.accountUid = typeof token.accountUid === "string" ? token.accountUid : "";
      session.user.ramUid = typeof token.ramUid === "string" ? token.ramUid : undefined;
      session.user.operator = token.operator === true;
      return session;
    },
  },
});
