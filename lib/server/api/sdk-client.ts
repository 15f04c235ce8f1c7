// The official SDK, pointed at a local endpoint: for tests.
import { $OpenApiUtil } from "@alicloud/openapi-core";
import * as vpc from "@alicloud/vpc20160428";

// Node's ESM loader hands over the CommonJS exports object as the default export, one level above the
// class TypeScript sees.
const VpcClient = (vpc.default as unknown as { default: typeof vpc.default }).default;

export type SdkKey = { accessKeyId: string; accessKeySecret: string };

/** "ACS3" is the SDK default (ACS3-HMAC-SHA256); "v2" is its name for the legacy RPC HMAC-SHA1 signature. */
export type SignatureScheme = "ACS3" | "v2";

export function sdkClient(
  endpoint: string,
  key: SdkKey,
  scheme: SignatureScheme = "ACS3",
  config: { readTimeout?: number; connectTimeout?: number; securityToken?: string } = {},
): vpc.default {
  return new VpcClient(
    new $OpenApiUtil.Config({
      ...key,
      ...config,
      endpoint,
      protocol: "http",
      ...(scheme === "v2" ? { signatureAlgorithm: "v2" } : {}),
    }),
  );
}

export { vpc };
