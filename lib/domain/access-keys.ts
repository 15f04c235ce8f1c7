import { allow, refuse, type Verdict } from "./verdict";

/** Alibaba allows two AccessKeys per user, so one can be rotated while the other still works. */
export const MAX_ACCESS_KEYS_PER_ACCOUNT = 2;

/** A new AccessKey needs room under the limit; a disabled key counts, as it can be enabled again. */
export function checkAccessKeyQuota(existingKeys: number): Verdict {
  return existingKeys < MAX_ACCESS_KEYS_PER_ACCOUNT ? allow() : refuse("LimitExceeded.User.AccessKey");
}
