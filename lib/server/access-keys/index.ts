// AccessKey pairs: the API's credentials, managed per account by the console's AccessKey page.
export { createAccessKey } from "./create-access-key";
export { type Credential, activeCredential } from "./credentials";
export { deleteAccessKey } from "./delete-access-key";
export { type DemoAccessKey, ensureDemoAccessKeys } from "./demo";
export { listAccessKeys } from "./list-access-keys";
export { spendNonce } from "./nonces";
export { API_RATE_LIMIT, type Admission, type ApiRateLimit, admitApiCall } from "./rate-limit";
export type { AccessKeyDto, NewAccessKey } from "./records";
export { updateAccessKeyStatus } from "./update-access-key-status";
