import { env } from "../../env";
import { clientAddress, LoginThrottle, trustedProxyCount } from "./login-throttle";

export {
  accountKey,
  clientAddress,
  DEFAULT_LOGIN_THROTTLE_POLICY,
  LOCAL_ADDRESS,
  LoginThrottle,
  type LoginThrottlePolicy,
  retryAfterMinutes,
  type ThrottleVerdict,
  trustedProxyCount,
} from "./login-throttle";

// One throttle per server process. Kept on globalThis because Next may load this module once per
// route bundle (the log-on server action and the Auth.js route handler must share the counts).
const KEY = Symbol.for("hosted-connect.login-throttle");
const store = globalThis as typeof globalThis & { [KEY]?: LoginThrottle };

export function loginThrottle(): LoginThrottle {
  store[KEY] ??= new LoginThrottle();
  return store[KEY];
}

/** The throttling address of a log-on request; TRUST_PROXY says how many reverse proxies to trust. */
export function logOnAddress(headers: Pick<Headers, "get">): string {
  return clientAddress(headers, trustedProxyCount(env.TRUST_PROXY));
}
